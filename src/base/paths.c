/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static const char *absolute_env(const char *name)
{
	const char *value = getenv(name);
	return value != NULL && value[0] == '/' ? value : NULL;
}

/* The value of "database = PATH" in the configuration file, or NULL.
 * Caller frees. Other lines (comments, blank) are skipped. */
static char *configured_database(void)
{
	const char *config = absolute_env("NEXTGEN_WIZARD_CONFIG");
	FILE *file = fopen(config != NULL ? config : SYSCONFDIR "/nextgen-wizard.conf", "re");
	if (file == NULL)
		return NULL;
	char line[4096];
	char *found = NULL;
	while (found == NULL && fgets(line, sizeof line, file) != NULL) {
		char *key = line + strspn(line, " \t");
		if (strncmp(key, "database", 8) != 0)
			continue;
		char *value = key + 8 + strspn(key + 8, " \t");
		if (*value != '=')
			continue;
		value += 1 + strspn(value + 1, " \t");
		value[strcspn(value, "\r\n")] = '\0';
		size_t end = strlen(value);
		while (end > 0 && (value[end - 1] == ' ' || value[end - 1] == '\t'))
			value[--end] = '\0';
		if (value[0] == '/')
			found = xstrdup(value);
	}
	fclose(file);
	return found;
}

char *default_database_path(void)
{
	const char *named = absolute_env("NEXTGEN_WIZARD_DB");
	if (named != NULL)
		return xstrdup(named);
	char *configured = configured_database();
	if (configured != NULL)
		return configured;
	const char *state = absolute_env("XDG_STATE_HOME");
	if (state != NULL)
		return xasprintf("%s/nextgen-wizard/wizard.db", state);
	const char *home = absolute_env("HOME");
	if (home != NULL)
		return xasprintf("%s/.local/state/nextgen-wizard/wizard.db", home);
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
