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

/* One "key = value" line into config (syslog_named: whether a syslog
 * line came before); false with a sentence in err. */
static bool take_config_line(struct system_config *config, bool *syslog_named, char *line, const char *file,
			     unsigned long number, char *err, size_t err_size)
{
	char *equals = strchr(line, '=');
	char *value = equals != NULL ? trimmed(equals + 1) : NULL;
	if (equals != NULL)
		*equals = '\0';
	const char *key = trimmed(line);
	if (value != NULL && strcmp(key, "syslog") == 0) {
		bool yes = strcmp(value, "yes") == 0;
		if (!yes && strcmp(value, "no") != 0) {
			snprintf(err, err_size, _("%s:%lu: syslog is yes or no."), file, number);
			return false;
		}
		if (*syslog_named) {
			snprintf(err, err_size, _("%s:%lu: syslog is named twice."), file, number);
			return false;
		}
		config->syslog = yes;
		*syslog_named = true;
	} else if (value == NULL || strcmp(key, "database") != 0) {
		snprintf(err, err_size, _("%s:%lu: expected \"database = PATH\" or \"syslog = yes|no\"."),
			 file, number);
		return false;
	} else if (config->database != NULL) {
		snprintf(err, err_size, _("%s:%lu: the database is named twice."), file, number);
		return false;
	} else if (value[0] != '/') {
		snprintf(err, err_size, _("%s:%lu: the database must be an absolute path."), file, number);
		return false;
	} else {
		config->database = xstrdup(value);
	}
	return true;
}

bool system_config_read(struct system_config *config, char *err, size_t err_size)
{
	const char *file_name = absolute_env("NEXTGEN_WIZARD_CONFIG");
	if (file_name == NULL)
		file_name = SYSCONFDIR "/nextgen-wizard.conf";
	*config = (struct system_config){ .database = NULL, .syslog = true };
	FILE *file = fopen(file_name, "re");
	if (file == NULL) {
		if (errno == ENOENT)
			return true;
		snprintf(err, err_size, _("Cannot read %s: %s."), file_name, strerror(errno));
		return false;
	}
	char *buffer = NULL;
	size_t size = 0;
	bool ok = true, syslog_named = false;
	for (unsigned long number = 1; ok && getline(&buffer, &size, file) != -1; number++) {
		char *line = trimmed(buffer);
		if (line[0] != '\0' && line[0] != '#')
			ok = take_config_line(config, &syslog_named, line, file_name, number, err, err_size);
	}
	free(buffer);
	fclose(file);
	if (!ok)
		system_config_free(config);
	return ok;
}

void system_config_free(struct system_config *config)
{
	free(config->database);
	config->database = NULL;
}

char *default_database_path(const struct system_config *config, char *err, size_t err_size)
{
	const char *named = absolute_env("NEXTGEN_WIZARD_DB");
	if (named != NULL)
		return xstrdup(named);
	if (config->database != NULL)
		return xstrdup(config->database);
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
