/* SPDX-License-Identifier: MIT */
/* Bringing a practice database into being: the court catalogue and the
 * demo scenario from the data folder, in one transaction. */
#ifndef NGW_SETUP_H
#define NGW_SETUP_H

#include <stdbool.h>

#include "store/store.h"

/* Replaces every court and account with the catalogue and the demo
 * scenario. All or nothing: on failure the database is as it was. */
bool setup_load_demo(struct store *store, const char *datadir, char *err, size_t err_size);

/* The same with another scenario file in place of the demo. */
bool setup_load_scenario(struct store *store, const char *datadir, const char *scenario_path, char *err,
			 size_t err_size);

/* Opens the database at path; a new one gets the demo scenario at once,
 * so the first screen shows something real. */
struct store *setup_open(const char *path, const char *datadir, char *err, size_t err_size);

#endif
