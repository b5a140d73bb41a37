/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/paths.h"

#include <stdlib.h>

#include "base/util.h"

static const char *absolute_env(const char *name)
{
	const char *value = getenv(name);
	return value != NULL && value[0] == '/' ? value : NULL;
}

char *default_database_path(void)
{
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
