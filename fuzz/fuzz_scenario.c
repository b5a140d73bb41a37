/* SPDX-License-Identifier: MIT */
/* libFuzzer: the scenario loader (data/demo.scenario, scenario dump
 * files) on any bytes, against a real database; each input is loaded in
 * a transaction that is then rolled back, so every input meets the
 * same database. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/scenario.h"
#include "core/setup.h"
#include "store/store.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct store *store;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char dir[] = "/tmp/ngw-fuzz-scenario-XXXXXX";
	if (mkdtemp(dir) == NULL)
		abort();
	char path[sizeof dir + 16];
	snprintf(path, sizeof path, "%s/f.db", dir);
	char err[ERROR_MAX];
	const char *datadir = getenv("NEXTGEN_WIZARD_DATADIR");
	store = setup_open(path, datadir ? datadir : PKGDATADIR, err, sizeof err);
	if (store == NULL) {
		fprintf(stderr, "fuzz_scenario: %s\n", err);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	FILE *in = fmemopen((void *)data, size, "r");
	if (in == NULL)
		return 0;
	char err[ERROR_MAX];
	struct scenario *scenario = scenario_read(in, "fuzz.scenario", err, sizeof err);
	fclose(in);
	if (scenario == NULL)
		return 0;
	if (!store_begin(store))
		abort();
	(void)scenario_store(store, scenario, err, sizeof err);
	store_rollback(store);
	scenario_free(scenario);
	return 0;
}
