/* SPDX-License-Identifier: MIT */
/* Where files live: the database and the installed data files. */
#ifndef NGW_PATHS_H
#define NGW_PATHS_H

#include <stddef.h>

#include <stdbool.h>

/* The system-wide settings: SYSCONFDIR/nextgen-wizard.conf, or the file
 * $NEXTGEN_WIZARD_CONFIG names. Lines "database = PATH" (absolute, at
 * most once) and "syslog = yes|no", comments starting with #, blank
 * lines; no file is no line. */
struct system_config {
	char *database; /* NULL when not named */
	bool syslog; /* audit rows to the system log too (default yes) */
};
/* False, with a sentence in err, when the file cannot be read or has a
 * wrong line (never a silent fall-back). */
bool system_config_read(struct system_config *config, char *err, size_t err_size);
void system_config_free(struct system_config *config);

/* The database when --db names none: $NEXTGEN_WIZARD_DB; else config's,
 * a system-wide one; else the person's own,
 * $XDG_STATE_HOME/nextgen-wizard/wizard.db or
 * ~/.local/state/nextgen-wizard/wizard.db. Absolute paths only. Caller
 * frees. NULL, with a sentence in err, when none is set. */
char *default_database_path(const struct system_config *config, char *err, size_t err_size);

/* The folder of data files: $NEXTGEN_WIZARD_DATADIR (tests run from
 * the source tree) or the installed pkgdatadir. */
const char *data_directory(void);

/* The folder of translations: $NEXTGEN_WIZARD_LOCALEDIR or the
 * installed localedir. */
const char *locale_directory(void);

#endif
