/* SPDX-License-Identifier: MIT */
/* log_listener SOCKET FILE: stands where syslog(3) sends (/dev/log of a
 * root made for a test), writing each message it receives to FILE as a
 * line, until it is sent SIGTERM. For tests/package.sh, which reads the
 * audit lines the installed programs send. */
#include <config.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_term(int sig)
{
	(void)sig;
	stop = 1;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: log_listener SOCKET FILE\n");
		return 2;
	}
	struct sockaddr_un address = { .sun_family = AF_UNIX };
	if (strlen(argv[1]) >= sizeof address.sun_path) {
		fprintf(stderr, "log_listener: %s: name too long\n", argv[1]);
		return 1;
	}
	strcpy(address.sun_path, argv[1]);
	int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	unlink(argv[1]);
	if (fd < 0 || bind(fd, (struct sockaddr *)&address, sizeof address) != 0) {
		perror("log_listener");
		return 1;
	}
	FILE *out = fopen(argv[2], "a");
	if (out == NULL) {
		perror(argv[2]);
		return 1;
	}
	struct sigaction action = { .sa_handler = on_term };
	sigaction(SIGTERM, &action, NULL);
	char message[8192];
	while (!stop) {
		ssize_t n = recv(fd, message, sizeof message - 1, 0);
		if (n < 0)
			continue;
		message[n] = '\0';
		fprintf(out, "%s\n", message);
		fflush(out);
	}
	fclose(out);
	close(fd);
	unlink(argv[1]);
	return 0;
}
