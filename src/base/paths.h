/* SPDX-License-Identifier: MIT */
/* Where files live: the database and the installed data files. */
#ifndef NGW_PATHS_H
#define NGW_PATHS_H

/* $XDG_STATE_HOME/nextgen-wizard/wizard.db, else
 * ~/.local/state/nextgen-wizard/wizard.db. Caller frees. NULL when
 * neither XDG_STATE_HOME nor HOME is set to an absolute path. */
char *default_database_path(void);

/* The folder of data files: $NEXTGEN_WIZARD_DATADIR (tests run from
 * the source tree) or the installed pkgdatadir. */
const char *data_directory(void);

/* The folder of translations: $NEXTGEN_WIZARD_LOCALEDIR or the
 * installed localedir. */
const char *locale_directory(void);

#endif
