/* SPDX-License-Identifier: MIT */
/* Scenario files: the people, PACER accounts and CM/ECF accounts a
 * practice database starts with (data/demo.scenario). */
#ifndef NGW_SCENARIO_H
#define NGW_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "store/store.h"

/* A scenario read and checked line by line, every password and answer
 * already hashed (seconds at the library's cost), nothing stored yet. */
struct scenario;
/* Reads one from in (name is for messages). On a bad line returns NULL
 * with "name:line: reason" in err. Holds no lock: call it before the
 * transaction that stores it. */
struct scenario *scenario_read(FILE *in, const char *name, char *err, size_t err_size);
/* Adds its settings, courts, accounts and classes to the store, in the
 * file's order; the caller holds the transaction. On a record the store
 * refuses returns false with "name:line: reason" in err. */
bool scenario_store(struct store *store, const struct scenario *scenario, char *err, size_t err_size);
/* Frees it, wiping what it held. */
void scenario_free(struct scenario *scenario);

/* Writes every setting of the practice, court, account and class to out
 * in the same format, secrets as their hashes, so that loading it gives
 * the same database back. On failure returns false with a reason. */
bool scenario_dump(struct store *store, FILE *out, char *err, size_t err_size);

#endif
