#include <config.h>

#include "options.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "language.h"
#include "paths.h"
#include "util.h"

/* With no locale at all (an SSH ForceCommand, a getty) the C locale
 * would show every accented letter and dash as escapes; Debian always
 * has C.UTF-8, which changes nothing but the characters. */
static void prefer_utf8_characters(void)
{
	const char *ctype = setlocale(LC_CTYPE, NULL);
	if (ctype != NULL && (strcmp(ctype, "C") == 0 || strcmp(ctype, "POSIX") == 0))
		setlocale(LC_CTYPE, "C.UTF-8");
}

void program_start(void)
{
	setlocale(LC_ALL, "");
	prefer_utf8_characters();
	bindtextdomain(PACKAGE, locale_directory());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	language_from_environment();
	umask(077);
	struct rlimit none = { 0, 0 };
	setrlimit(RLIMIT_CORE, &none);
}

char *database_path(const char *program, const char *option_value)
{
	if (option_value != NULL)
		return xstrdup(option_value);
	char *path = default_database_path();
	if (path == NULL)
		fprintf(stderr, _("%s: neither XDG_STATE_HOME nor HOME is set; use --db PATH.\n"), program);
	return path;
}

const char *session_terminal(void)
{
	static char terminal[128];
	const char *ssh = getenv("SSH_CLIENT");
	if (ssh != NULL && ssh[0] != '\0') {
		snprintf(terminal, sizeof terminal, "ssh %.*s", (int)strcspn(ssh, " "), ssh);
		return terminal;
	}
	const char *tty = ttyname(STDIN_FILENO);
	copy_text(terminal, sizeof terminal, tty ? tty : "");
	return terminal;
}
