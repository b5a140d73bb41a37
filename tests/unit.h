/* Helpers shared by the unit tests: a private temporary folder and a
 * practice database loaded with the demo scenario. */
#ifndef NGW_TESTS_UNIT_H
#define NGW_TESTS_UNIT_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "setup.h"
#include "store.h"

static inline char *unit_temp_dir(void)
{
	const char *base = getenv("TMPDIR");
	char *templ;
	if (asprintf(&templ, "%s/ngw-unit-XXXXXX", base && base[0] ? base : "/tmp") < 0)
		abort();
	if (mkdtemp(templ) == NULL)
		abort();
	return templ;
}

static inline void unit_remove_tree(const char *dir)
{
	char *cmd;
	if (asprintf(&cmd, "rm -rf '%s'", dir) < 0)
		abort();
	if (system(cmd) != 0)
		fprintf(stderr, "# could not remove %s\n", dir);
	free(cmd);
}

static inline const char *unit_data_dir(void)
{
	const char *dir = getenv("NEXTGEN_WIZARD_DATADIR");
	return dir ? dir : "data";
}

/* A new database with the demo scenario at dir/name. */
static inline struct store *unit_demo_store(const char *dir, const char *name)
{
	char *path;
	char err[STORE_ERROR_MAX];
	if (asprintf(&path, "%s/%s", dir, name) < 0)
		abort();
	struct store *store = setup_open(path, unit_data_dir(), err);
	if (store == NULL)
		fprintf(stderr, "# %s\n", err);
	free(path);
	return store;
}

#endif
