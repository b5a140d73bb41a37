/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/setup.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/courts.h"
#include "core/scenario.h"

static bool add_court(const struct court *court, void *data)
{
	return store_add_court(data, court);
}

/* A data file of the package, or (a name with a slash) a file of the
 * person's own. */
static FILE *open_named_file(const char *datadir, const char *name, char **path, char *err, size_t err_size)
{
	*path = strchr(name, '/') != NULL ? xstrdup(name) : xasprintf("%s/%s", datadir, name);
	FILE *in = fopen(*path, "re");
	if (in == NULL)
		snprintf(err, err_size, _("Cannot read %s: %s."), *path, strerror(errno));
	return in;
}

static bool load_courts(struct store *store, const char *datadir, char *err, size_t err_size)
{
	char *path;
	FILE *in = open_named_file(datadir, "courts.tsv", &path, err, err_size);
	bool ok = in != NULL && courts_read_catalogue(in, path, add_court, store, err, err_size);
	if (in != NULL)
		fclose(in);
	free(path);
	return ok;
}

static struct scenario *read_scenario(const char *datadir, const char *name, char *err, size_t err_size)
{
	char *path;
	FILE *in = open_named_file(datadir, name, &path, err, err_size);
	struct scenario *scenario = in != NULL ? scenario_read(in, path, err, err_size) : NULL;
	if (in != NULL)
		fclose(in);
	free(path);
	return scenario;
}

bool setup_load_demo(struct store *store, const char *datadir, char *err, size_t err_size)
{
	return setup_load_scenario(store, datadir, "demo.scenario", err, err_size);
}

bool setup_load_scenario(struct store *store, const char *datadir, const char *scenario_path, char *err,
			 size_t err_size)
{
	/* Read and hashed before the write lock is taken: sessions on the
	 * same database wait only for the writing. */
	struct scenario *scenario = read_scenario(datadir, scenario_path, err, err_size);
	if (scenario == NULL)
		return false;
	if (!store_begin(store)) {
		copy_text(err, err_size, store_error(store));
		scenario_free(scenario);
		return false;
	}
	bool ok = store_clear_scenario(store);
	if (!ok)
		copy_text(err, err_size, store_error(store));
	ok = ok && load_courts(store, datadir, err, err_size) &&
	     scenario_store(store, scenario, err, err_size);
	scenario_free(scenario);
	bool committed = store_end(store, ok);
	if (ok && !committed)
		copy_text(err, err_size, store_error(store));
	return committed;
}

struct store *setup_open(const char *path, const char *datadir, char *err, size_t err_size)
{
	bool created = false;
	struct store *store = store_open(path, &created, err, err_size);
	if (store == NULL || !created)
		return store;
	if (!setup_load_demo(store, datadir, err, err_size)) {
		/* A half-made database would hide the error next time. */
		store_close(store);
		static const char *const suffixes[] = { "", "-wal", "-shm" };
		for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
			char *file = xasprintf("%s%s", path, suffixes[i]);
			unlink(file);
			free(file);
		}
		return NULL;
	}
	return store;
}
