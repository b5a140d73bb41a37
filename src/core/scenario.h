/* SPDX-License-Identifier: MIT */
/* Scenario files: the people, PACER accounts and CM/ECF accounts a
 * practice database starts with (data/demo.scenario). */
#ifndef NGW_SCENARIO_H
#define NGW_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "store/store.h"

/* Reads a scenario and adds its accounts to the store, hashing every
 * password and answer. The caller holds the transaction. On a bad line
 * returns false with "name:line: reason" in err. */
bool scenario_load(struct store *store, FILE *in, const char *name, char *err, size_t err_size);

/* Writes every setting of the practice, court, account and class to out
 * in the same format, secrets as their hashes, so that loading it gives
 * the same database back. On failure returns false with a reason. */
bool scenario_dump(struct store *store, FILE *out, char *err, size_t err_size);

#endif
