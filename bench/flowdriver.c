/* SPDX-License-Identifier: MIT */
/* make bench: many whole flows at once on one database, started without
 * a shell per flow, so the time measured is the wizard's and not the
 * driver's. Usage: flowdriver WIZARD DB DIR COUNT
 * starts COUNT flows at once, each "WIZARD --db DB --answers
 * DIR/trNNNN.answers" with its output in DIR/trNNNN.out, waits for all
 * and prints one line: "ERRORS WALL_MS CPU_MS QUEUED_MS BLOCKED_MS": the
 * flows that did not exit 0, the milliseconds from the first start to
 * the last exit (CLOCK_MONOTONIC), and for all the flows together the
 * processor time (user and system), the time they were ready to run but
 * waited for a core (the kernel's schedstat) and the rest of their
 * lives, when they slept or waited for the disk: a lock's wait is there.
 * Each failed flow is named on standard error. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static double cpu_ms(const struct rusage *usage)
{
	return (double)(usage->ru_utime.tv_sec + usage->ru_stime.tv_sec) * 1000.0 +
	       (double)(usage->ru_utime.tv_usec + usage->ru_stime.tv_usec) / 1000.0;
}

/* Starts flow number flow; its pid, or -1 (said on standard error). */
static pid_t start_flow(const char *wizard, const char *db, const char *dir, int flow)
{
	char answers[4096], out[4096];
	snprintf(answers, sizeof answers, "%s/tr%04d.answers", dir, flow);
	snprintf(out, sizeof out, "%s/tr%04d.out", dir, flow);
	posix_spawn_file_actions_t actions;
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
	char *const argv[] = { (char *)wizard, "--db", (char *)db, "--answers", answers, NULL };
	pid_t pid;
	int rc = posix_spawn(&pid, wizard, &actions, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	if (rc != 0) {
		fprintf(stderr, "flowdriver: flow %d: %s\n", flow, strerror(rc));
		return -1;
	}
	return pid;
}

/* The milliseconds a process has run and has waited to run, from
 * /proc/PID/schedstat, read while it is a zombie (not yet waited for). */
static void read_schedstat(pid_t pid, double *ran_ms, double *queued_ms)
{
	char path[64];
	unsigned long long ran = 0, queued = 0;
	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	FILE *file = fopen(path, "r");
	if (file != NULL) {
		if (fscanf(file, "%llu %llu", &ran, &queued) != 2)
			ran = queued = 0;
		fclose(file);
	}
	*ran_ms = (double)ran / 1e6;
	*queued_ms = (double)queued / 1e6;
}

/* The flow whose pid this is, or 0. */
static int flow_of(const pid_t *pids, int count, pid_t pid)
{
	for (int i = 0; i < count; i++)
		if (pids[i] == pid)
			return i + 1;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: flowdriver WIZARD DB DIR COUNT\n");
		return 2;
	}
	int count = atoi(argv[4]);
	if (count < 1)
		return 2;
	pid_t *pids = calloc((size_t)count, sizeof *pids);
	if (pids == NULL)
		return 1;
	int errors = 0, running = 0;
	double begin = now_ms(), cpu = 0, queued = 0, blocked = 0;
	for (int i = 0; i < count; i++) {
		pids[i] = start_flow(argv[1], argv[2], argv[3], i + 1);
		if (pids[i] < 0)
			errors++;
		else
			running++;
	}
	while (running > 0) {
		siginfo_t info;
		if (waitid(P_ALL, 0, &info, WEXITED | WNOWAIT) != 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		double lived = now_ms() - begin, ran, waited;
		read_schedstat(info.si_pid, &ran, &waited);
		int status;
		struct rusage usage;
		pid_t pid = wait4(info.si_pid, &status, 0, &usage);
		if (pid < 0)
			break;
		running--;
		cpu += cpu_ms(&usage);
		queued += waited;
		blocked += lived - ran - waited;
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			errors++;
			fprintf(stderr, "flowdriver: flow %d failed (status %d)\n", flow_of(pids, count, pid),
				status);
		}
	}
	double end = now_ms();
	printf("%d %.0f %.0f %.0f %.0f\n", errors + running, end - begin, cpu, queued, blocked);
	free(pids);
	return 0;
}
