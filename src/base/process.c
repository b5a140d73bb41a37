/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/process.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "base/util.h"

static bool read_first_line(const char *path, char *out, size_t size)
{
	FILE *f = fopen(path, "re");
	if (f == NULL)
		return false;
	bool ok = fgets(out, (int)size, f) != NULL;
	fclose(f);
	if (ok)
		out[strcspn(out, "\n")] = '\0';
	return ok;
}

/* Field 22 of /proc/PID/stat, the start time in clock ticks since boot.
 * The command name (field 2) may hold spaces and parentheses: the fields
 * are counted from the last ')'. */
static bool start_ticks(long long pid, char *out, size_t size)
{
	char path[64], line[1024];
	snprintf(path, sizeof path, "/proc/%lld/stat", pid);
	if (!read_first_line(path, line, sizeof line))
		return false;
	char *p = strrchr(line, ')');
	for (int field = 2; p != NULL && field < 22; field++)
		p = strchr(p + 1, ' ');
	if (p == NULL)
		return false;
	size_t len = strcspn(p + 1, " ");
	if (len == 0 || len >= size)
		return false;
	memcpy(out, p + 1, len);
	out[len] = '\0';
	return true;
}

bool process_identity(long long pid, char *out, size_t size)
{
	char boot[64], ticks[32];
	out[0] = '\0';
	if (!read_first_line("/proc/sys/kernel/random/boot_id", boot, sizeof boot) ||
	    !start_ticks(pid, ticks, sizeof ticks))
		return false;
	int n = snprintf(out, size, "%s:%s", boot, ticks);
	if (n < 0 || (size_t)n >= size) {
		out[0] = '\0';
		return false;
	}
	return true;
}

bool process_alive(long long pid, const char *identity)
{
	if (pid <= 0)
		return false;
	char now[96];
	if (identity[0] != '\0' && process_identity(pid, now, sizeof now))
		return strcmp(now, identity) == 0;
	/* Without /proc: whether some process has the pid at all. */
	return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}
