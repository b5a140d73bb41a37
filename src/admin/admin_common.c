#include <config.h>

#include "admin/admin_common.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/options.h"
#include "base/paths.h"
#include "core/setup.h"

const char admin_program[] = "nextgen-admin";

struct store *admin_open_store(const char *path)
{
	char err[STORE_ERROR_MAX];
	struct store *store = setup_open(path, data_directory(), err);
	if (store == NULL)
		fprintf(stderr, "%s: %s\n", admin_program, err);
	return store;
}

bool admin_confirm(const char *question)
{
	if (!isatty(STDIN_FILENO)) {
		fprintf(stderr, _("%s: no terminal to ask on; add --yes to confirm.\n"), admin_program);
		return false;
	}
	printf("%s ", question);
	fflush(stdout);
	char answer[16];
	if (fgets(answer, sizeof answer, stdin) == NULL)
		return false;
	/* TRANSLATORS: the letters that mean "yes" at a [y/N] question. */
	return answer[0] != '\0' && strchr(_("yY"), answer[0]) != NULL;
}

bool admin_go_ahead(char *question, bool yes)
{
	bool go = yes || admin_confirm(question);
	free(question);
	if (!go)
		fprintf(stderr, _("%s: nothing was changed.\n"), admin_program);
	return go;
}

int admin_fail_usage(void)
{
	fprintf(stderr, _("Try '%s --help' for more information.\n"), admin_program);
	return EXIT_USAGE;
}

/* One line from standard input, without echo when it is a terminal. */
bool admin_read_secret(const char *prompt, char *out, size_t size)
{
	bool terminal = isatty(STDIN_FILENO);
	struct termios saved, quiet;
	if (terminal) {
		fputs(prompt, stderr);
		if (tcgetattr(STDIN_FILENO, &saved) != 0)
			return false;
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
			return false;
	}
	bool ok = fgets(out, (int)size, stdin) != NULL;
	if (terminal) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
		fputc('\n', stderr);
	}
	if (ok)
		out[strcspn(out, "\r\n")] = '\0';
	return ok;
}


const char *admin_operator(void)
{
	static char who[128];
	const struct passwd *pw = getpwuid(getuid());
	snprintf(who, sizeof who, "admin:%s", pw != NULL ? pw->pw_name : "?");
	return who;
}
