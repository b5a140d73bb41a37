/* SPDX-License-Identifier: MIT */
/* make bench: what the password hashing alone costs, per operation and
 * per whole flow, so the concurrency figures can be set beside it.
 * Usage: hashbench COUNT  (prints "hash_ms verify_ms cost", the cost as
 * the setting's method and parameters, "$y$j9T$") */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/auth.h"

/* Processor time, not wall time: the bound is what the hashing costs the
 * cores, and the other programs on a busy machine do not add to it. */
static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	int count = argc > 1 ? atoi(argv[1]) : 20;
	if (count < 1)
		count = 1;
	char hash[AUTH_HASH_MAX];
	double start = now_ms();
	for (int i = 0; i < count; i++)
		if (!auth_hash_secret("Linked!2021", hash))
			return 1;
	double hashed = now_ms();
	for (int i = 0; i < count; i++)
		if (!auth_verify_secret("Linked!2021", hash))
			return 1;
	double verified = now_ms();
	/* "$y$" and the parameters up to the next "$": the salt left out. */
	const char *end = strchr(hash + 3, '$');
	int cost_length = end != NULL ? (int)(end - hash) + 1 : 0;
	printf("%.2f %.2f %.*s\n", (hashed - start) / count, (verified - hashed) / count, cost_length, hash);
	return 0;
}
