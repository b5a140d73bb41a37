/* SPDX-License-Identifier: MIT */
/* make bench: copies standard input (what a program in tmux writes, from
 * pipe-pane) to OUT, and after every read appends to TIMES the wall
 * clock time in nanoseconds and the bytes so far, so the bench knows
 * when each byte came out. Usage: stampcat OUT TIMES */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 3)
		return 2;
	FILE *out = fopen(argv[1], "w"), *times = fopen(argv[2], "w");
	if (out == NULL || times == NULL)
		return 1;
	char buffer[65536];
	long long total = 0;
	ssize_t n;
	while ((n = read(STDIN_FILENO, buffer, sizeof buffer)) > 0) {
		struct timespec now;
		clock_gettime(CLOCK_REALTIME, &now);
		total += n;
		if (fwrite(buffer, 1, (size_t)n, out) != (size_t)n)
			return 1;
		fflush(out);
		fprintf(times, "%lld %lld\n", (long long)now.tv_sec * 1000000000LL + now.tv_nsec, total);
		fflush(times);
	}
	return fclose(out) == 0 && fclose(times) == 0 ? 0 : 1;
}
