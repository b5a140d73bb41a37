/* SPDX-License-Identifier: MIT */
/* Where files live: the database and the installed data files. */
#ifndef NGW_PATHS_H
#define NGW_PATHS_H

/* The database when --db names none: $NEXTGEN_WIZARD_DB; else the
 * "database = PATH" line of SYSCONFDIR/nextgen-wizard.conf (or of the
 * file $NEXTGEN_WIZARD_CONFIG names), a system-wide one; else the
 * person's own, $XDG_STATE_HOME/nextgen-wizard/wizard.db or
 * ~/.local/state/nextgen-wizard/wizard.db. Absolute paths only. Caller
 * frees. NULL when none is set. */
char *default_database_path(void);

/* The folder of data files: $NEXTGEN_WIZARD_DATADIR (tests run from
 * the source tree) or the installed pkgdatadir. */
const char *data_directory(void);

/* The folder of translations: $NEXTGEN_WIZARD_LOCALEDIR or the
 * installed localedir. */
const char *locale_directory(void);

#endif
