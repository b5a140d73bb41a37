/* SPDX-License-Identifier: MIT */
/* make bench: two tmux commands written to a file descriptor (a control
 * mode client's input) with a gap between them, to a tenth of a
 * millisecond: a key split in two packets by a slow link.
 * Usage: gapsend FD GAP_MS FIRST SECOND */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int say(int fd, const char *command)
{
	char line[256];
	int n = snprintf(line, sizeof line, "%s\n", command);
	return n > 0 && (size_t)n < sizeof line && write(fd, line, (size_t)n) == n ? 0 : -1;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fputs("usage: gapsend FD GAP_MS FIRST SECOND\n", stderr);
		return 2;
	}
	int fd = atoi(argv[1]);
	long gap_ms = atol(argv[2]);
	struct timespec gap = { gap_ms / 1000, (gap_ms % 1000) * 1000000L };
	if (say(fd, argv[3]) != 0)
		return 1;
	while (nanosleep(&gap, &gap) != 0 && errno == EINTR)
		;
	return say(fd, argv[4]) != 0;
}
