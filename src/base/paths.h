/* SPDX-License-Identifier: MIT */
/* Where files live: the database and the installed data files. */
#ifndef NGW_PATHS_H
#define NGW_PATHS_H

#include <stddef.h>

/* The database when --db names none: $NEXTGEN_WIZARD_DB; else the
 * "database = PATH" line of SYSCONFDIR/nextgen-wizard.conf (or of the
 * file $NEXTGEN_WIZARD_CONFIG names), a system-wide one; else the
 * person's own, $XDG_STATE_HOME/nextgen-wizard/wizard.db or
 * ~/.local/state/nextgen-wizard/wizard.db. Absolute paths only. Caller
 * frees. NULL, with a sentence in err, when none is set or the file
 * cannot be read or has a wrong line (never a silent fall-back). */
char *default_database_path(char *err, size_t err_size);

/* The folder of data files: $NEXTGEN_WIZARD_DATADIR (tests run from
 * the source tree) or the installed pkgdatadir. */
const char *data_directory(void);

/* The folder of translations: $NEXTGEN_WIZARD_LOCALEDIR or the
 * installed localedir. */
const char *locale_directory(void);

#endif
