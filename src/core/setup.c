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

static FILE *open_data_file(const char *datadir, const char *name, char **path, char *err, size_t err_size)
{
	*path = xasprintf("%s/%s", datadir, name);
	FILE *in = fopen(*path, "re");
	if (in == NULL)
		snprintf(err, err_size, _("Cannot read %s: %s."), *path, strerror(errno));
	return in;
}

static bool load_file(struct store *store, const char *datadir, const char *name, char *err, size_t err_size)
{
	char *path;
	/* A name with a slash is a file of the person's own, not a data file. */
	FILE *in;
	if (strchr(name, '/') != NULL) {
		path = xstrdup(name);
		in = fopen(path, "re");
		if (in == NULL)
			snprintf(err, err_size, _("Cannot read %s: %s."), path, strerror(errno));
	} else {
		in = open_data_file(datadir, name, &path, err, err_size);
	}
	bool ok = in != NULL;
	if (ok) {
		if (strstr(name, ".tsv") != NULL)
			ok = courts_read_catalogue(in, path, add_court, store, err, err_size);
		else
			ok = scenario_load(store, in, path, err, err_size);
		fclose(in);
	}
	free(path);
	return ok;
}

bool setup_load_demo(struct store *store, const char *datadir, char *err, size_t err_size)
{
	return setup_load_scenario(store, datadir, "demo.scenario", err, err_size);
}

bool setup_load_scenario(struct store *store, const char *datadir, const char *scenario_path, char *err,
			 size_t err_size)
{
	if (!store_begin(store)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	bool ok = store_clear_scenario(store);
	if (!ok)
		copy_text(err, err_size, store_error(store));
	ok = ok && load_file(store, datadir, "courts.tsv", err, err_size) &&
	     load_file(store, datadir, scenario_path, err, err_size);
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
