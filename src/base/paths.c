/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/paths.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"

static const char *absolute_env(const char *name)
{
	const char *value = getenv(name);
	return value != NULL && value[0] == '/' ? value : NULL;
}

/* A line of the configuration file with its blanks trimmed at both
 * ends, in place. */
static char *trimmed(char *line)
{
	line += strspn(line, " \t");
	size_t end = strcspn(line, "\r\n");
	while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t'))
		end--;
	line[end] = '\0';
	return line;
}

/* The database the configuration file names (*found NULL when it names
 * none or does not exist; caller frees); false with a sentence in err
 * when it cannot be read or a line is wrong. Lines: "database = PATH"
 * (absolute, at most once), comments starting with #, blank lines. */
static bool configured_database(char **found, char *err, size_t err_size)
{
	const char *config = absolute_env("NEXTGEN_WIZARD_CONFIG");
	if (config == NULL)
		config = SYSCONFDIR "/nextgen-wizard.conf";
	*found = NULL;
	FILE *file = fopen(config, "re");
	if (file == NULL) {
		if (errno == ENOENT)
			return true;
		snprintf(err, err_size, _("Cannot read %s: %s."), config, strerror(errno));
		return false;
	}
	char *buffer = NULL;
	size_t size = 0;
	bool ok = true;
	for (unsigned long number = 1; ok && getline(&buffer, &size, file) != -1; number++) {
		char *line = trimmed(buffer);
		if (line[0] == '\0' || line[0] == '#')
			continue;
		char *equals = strchr(line, '=');
		char *key = line, *value = equals != NULL ? trimmed(equals + 1) : NULL;
		if (equals != NULL)
			*equals = '\0';
		key = trimmed(key);
		if (value == NULL || strcmp(key, "database") != 0) {
			snprintf(err, err_size, _("%s:%lu: expected \"database = PATH\"."), config, number);
			ok = false;
		} else if (*found != NULL) {
			snprintf(err, err_size, _("%s:%lu: the database is named twice."), config, number);
			ok = false;
		} else if (value[0] != '/') {
			snprintf(err, err_size, _("%s:%lu: the database must be an absolute path."), config,
				 number);
			ok = false;
		} else {
			*found = xstrdup(value);
		}
	}
	free(buffer);
	fclose(file);
	if (!ok) {
		free(*found);
		*found = NULL;
	}
	return ok;
}

char *default_database_path(char *err, size_t err_size)
{
	const char *named = absolute_env("NEXTGEN_WIZARD_DB");
	if (named != NULL)
		return xstrdup(named);
	char *configured = NULL;
	if (!configured_database(&configured, err, err_size))
		return NULL;
	if (configured != NULL)
		return configured;
	const char *state = absolute_env("XDG_STATE_HOME");
	if (state != NULL)
		return xasprintf("%s/nextgen-wizard/wizard.db", state);
	const char *home = absolute_env("HOME");
	if (home != NULL)
		return xasprintf("%s/.local/state/nextgen-wizard/wizard.db", home);
	copy_text(err, err_size, _("Neither XDG_STATE_HOME nor HOME is set; use --db PATH."));
	return NULL;
}

const char *data_directory(void)
{
	const char *dir = absolute_env("NEXTGEN_WIZARD_DATADIR");
	return dir != NULL ? dir : PKGDATADIR;
}

const char *locale_directory(void)
{
	const char *dir = absolute_env("NEXTGEN_WIZARD_LOCALEDIR");
	return dir != NULL ? dir : LOCALEDIR;
}
