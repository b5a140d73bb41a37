/* SPDX-License-Identifier: MIT */
/* libFuzzer: the answers frontend (nextgen-wizard --answers FILE) on any
 * bytes, driving the whole flow against a copy of a demo database made
 * once, so every input starts from the same accounts. */
#include <config.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/setup.h"
#include "flow/flow.h"
#include "flow/session.h"
#include "store/store.h"
#include "ui/lines/ui_answers.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char template_path[64], work_path[64], input_path[64];
static FILE *sink;

static bool copy_file(const char *from, const char *to)
{
	int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	bool ok = in >= 0 && out >= 0;
	char buffer[65536];
	ssize_t n;
	while (ok && (n = read(in, buffer, sizeof buffer)) > 0)
		ok = write(out, buffer, (size_t)n) == n;
	if (in >= 0)
		close(in);
	if (out >= 0)
		close(out);
	return ok;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	char dir[] = "/tmp/ngw-fuzz-answers-XXXXXX";
	if (mkdtemp(dir) == NULL)
		abort();
	snprintf(template_path, sizeof template_path, "%s/template.db", dir);
	snprintf(work_path, sizeof work_path, "%s/work.db", dir);
	snprintf(input_path, sizeof input_path, "%s/input.answers", dir);
	char err[ERROR_MAX];
	const char *datadir = getenv("NEXTGEN_WIZARD_DATADIR");
	struct store *store = setup_open(template_path, datadir ? datadir : PKGDATADIR, err, sizeof err);
	if (store == NULL) {
		fprintf(stderr, "fuzz_answers: %s\n", err);
		abort();
	}
	store_close(store); /* checkpoints the WAL into the file */
	/* A checklist saved by an input goes to the scratch folder. */
	setenv("HOME", dir, 1);
	sink = fopen("/dev/null", "w");
	return sink == NULL ? -1 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *input = fopen(input_path, "w");
	if (input == NULL || fwrite(data, 1, size, input) != size || fclose(input) != 0)
		abort();
	unlink(work_path);
	if (!copy_file(template_path, work_path))
		abort();
	char err[ERROR_MAX];
	bool created;
	struct store *store = store_open(work_path, &created, err, sizeof err);
	if (store == NULL)
		abort();
	struct flow *flow = malloc(sizeof *flow);
	if (flow == NULL || !flow_init(flow, store, "fuzz", err, sizeof err))
		abort();
	struct session session;
	if (!session_open(&session, flow, err, sizeof err))
		abort();
	struct answers_ui *ui = answers_ui_open(input_path, sink, err, sizeof err);
	if (ui != NULL) {
		(void)session_run(&session, &answers_frontend, ui);
		answers_ui_close(ui);
	}
	session_close(&session);
	flow_free(flow);
	free(flow);
	store_close(store);
	return 0;
}
