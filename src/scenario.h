/* Scenario files: the people, PACER accounts and CM/ECF accounts a
 * practice database starts with (data/demo.scenario). */
#ifndef NGW_SCENARIO_H
#define NGW_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "store.h"

/* Reads a scenario and adds its accounts to the store, hashing every
 * password and answer. The caller holds the transaction. On a bad line
 * returns false with "name:line: reason" in err. */
bool scenario_load(struct store *store, FILE *in, const char *name, char *err, size_t errsize);

#endif
