/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/options.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/ascii.h"
#include "base/i18n.h"
#include "base/language.h"
#include "base/paths.h"
#include "base/util.h"

/* The locale asked for the characters (LC_ALL, LC_CTYPE, LANG: the first
 * that is set), or NULL. */
static const char *asked_ctype(void)
{
	static const char *const variables[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	for (size_t i = 0; i < sizeof variables / sizeof variables[0]; i++) {
		const char *value = getenv(variables[i]);
		if (value != NULL && value[0] != '\0')
			return value;
	}
	return NULL;
}

/* With no locale at all (an SSH ForceCommand, a getty), or with a UTF-8
 * one that was never generated (es_US.UTF-8), the C locale would show
 * every accented letter and dash as escapes; Debian always has C.UTF-8,
 * which changes nothing but the characters. A locale that asks for
 * something else (LANG=C for an ASCII terminal, a Latin-1 one) is kept,
 * and the wizard speaks ASCII there (src/base/ascii.h). */
static void prefer_utf8_characters(void)
{
	const char *ctype = setlocale(LC_CTYPE, NULL);
	if (ctype == NULL || (strcmp(ctype, "C") != 0 && strcmp(ctype, "POSIX") != 0))
		return;
	const char *asked = asked_ctype();
	if (asked == NULL || strcasestr(asked, "UTF-8") != NULL || strcasestr(asked, "UTF8") != NULL)
		setlocale(LC_CTYPE, "C.UTF-8");
}

void program_start(void)
{
	setlocale(LC_ALL, "");
	prefer_utf8_characters();
	ascii_decide();
	bindtextdomain(PACKAGE, locale_directory());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	language_from_environment();
	umask(077);
	struct rlimit none = { 0, 0 };
	setrlimit(RLIMIT_CORE, &none);
}

char *database_path(const char *program, const char *option_value, bool *system_log)
{
	char err[ERROR_MAX];
	struct system_config config;
	if (!system_config_read(&config, err, sizeof err)) {
		fprintf(stderr, "%s: %s\n", program, err);
		return NULL;
	}
	*system_log = config.syslog;
	char *path = option_value != NULL ? xstrdup(option_value)
					  : default_database_path(&config, err, sizeof err);
	if (path == NULL)
		fprintf(stderr, "%s: %s\n", program, err);
	system_config_free(&config);
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
