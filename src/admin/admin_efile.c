/* SPDX-License-Identifier: MIT */
/* nextgen-admin efile list | approve: the trainer plays the court that
 * receives e-file registrations. A request sent from the wizard waits as
 * pending; approving it makes the PACER account an e-filer at the court,
 * as a NextGen court's approval does. */
#include <config.h>

#include "admin/admin_efile.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"

/* The columns of the list of requests (0: the last). */
static const int request_widths[] = { 4, 16, 6, 12, 18, 10, 6, 9, 0 };

static bool print_request(const struct efile_request *r, void *data)
{
	int *rows = data;
	(*rows)++;
	char id[24];
	snprintf(id, sizeof id, "%lld", r->id);
	const char *status = strcmp(r->status, "approved") == 0 ? _("approved")
			     : strcmp(r->status, "closed") == 0 ? _("closed")
								: _("pending");
	const char *cells[] = { id,
				r->username,
				r->court_id,
				r->kind,
				r->filer_type,
				r->bar_number[0] ? r->bar_number : "-",
				r->bar_state[0] ? r->bar_state : "-",
				status,
				r->requested_at };
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
		admin_print_cell(cells[i], request_widths[i]);
	return true;
}

static int list_requests(struct store *store, bool all)
{
	int rows = 0;
	const char *heads[] = { _("ID"),    _("USERNAME"),   _("COURT"),
				_("KIND"),  _("FILER TYPE"), _("BAR NUMBER"),
				_("STATE"), _("STATUS"),     _("REQUESTED (UTC)") };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
		admin_print_cell(heads[i], request_widths[i]);
	if (!store_each_efile_request(store, !all, print_request, &rows)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	if (rows == 0)
		printf("%s\n", all ? _("No e-file requests.") : _("No pending e-file requests."));
	return EXIT_OK;
}

static int approve_request(struct store *store, const char *id_text)
{
	char *end;
	errno = 0;
	long long id = strtoll(id_text, &end, 10);
	struct efile_request request;
	bool found = false;
	if (*id_text == '\0' || *end != '\0' || id <= 0 || errno == ERANGE) {
		fprintf(stderr, _("%s: a request ID is a number, as efile list shows.\n"), admin_program);
		return EXIT_USAGE;
	}
	if (!store_find_efile_request(store, id, &request, &found)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	if (!found || strcmp(request.status, "pending") != 0) {
		fprintf(stderr,
			found ? _("%s: request %lld is decided already.\n")
			      : _("%s: no e-file request %lld.\n"),
			admin_program, id);
		return EXIT_FAILURE_RUNTIME;
	}
	enum store_result result = store_approve_efile_request(store, &request, session_terminal());
	if (result == STORE_USERNAME_TAKEN || result == STORE_SHARED_ACCOUNT) {
		fprintf(stderr,
			result == STORE_USERNAME_TAKEN
				? _("%s: %s already has a CM/ECF account at %s; the request is closed.\n")
				: _("%s: %s is a firm's shared account, which a court never approves "
				    "(each filer needs their own); the request to %s is closed.\n"),
			admin_program, request.username, request.court_id);
		return EXIT_FAILURE_RUNTIME;
	}
	if (result != STORE_DONE) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	printf(_("Approved request %lld: %s now e-files at %s.\n"), id, request.username, request.court_id);
	return EXIT_OK;
}

/* What an efile command works on. */
struct efile_job {
	struct store *store;
	bool all;
};

static int run_list(const struct admin_call *call)
{
	const struct efile_job *job = call->options;
	return list_requests(job->store, job->all);
}

static int run_approve(const struct admin_call *call)
{
	const struct efile_job *job = call->options;
	return approve_request(job->store, call->words[0]);
}

static const struct admin_command efile_commands[] = {
	{ .name = "list",
	  .synopsis = N_("efile [list] [--all]"),
	  .summary = N_("the pending requests (--all: the decided ones too)"),
	  .wrong_words = N_("efile list takes no request ID."),
	  .reads_only = true,
	  .run = run_list },
	{ .name = "approve",
	  .synopsis = N_("efile approve ID"),
	  .summary = N_("approve request ID as the court would"),
	  .help = N_("approve request ID: the trainee's PACER account becomes an e-filer at\n"
		     "that court, linked, and the court's filing menus appear at the next\n"
		     "login there\n"),
	  .min_words = 1,
	  .max_words = 1,
	  .wrong_words = N_("efile approve takes one request ID."),
	  .run = run_approve },
};

const struct admin_group admin_efile_group = {
	.description = N_("E-file registrations sent from the wizard's e-filing request form; you\n"
			  "decide them as the court would.\n"),
	.commands = efile_commands,
	.n_commands = sizeof efile_commands / sizeof efile_commands[0],
};

enum {
	OPT_ALL = ADMIN_OPTION_FIRST
};

static void take_efile_option(int option, const char *arg, void *into)
{
	(void)arg;
	struct efile_job *job = into;
	if (option == OPT_ALL)
		job->all = true;
}

static const struct option efile_long_options[] = {
	{ "all", no_argument, NULL, OPT_ALL },
	{ "help", no_argument, NULL, ADMIN_OPTION_HELP },
	{ NULL, 0, NULL, 0 },
};

static const struct admin_options efile_options = {
	.short_options = "",
	.options = efile_long_options,
	.take = take_efile_option,
};

int admin_efile_command(const struct admin_call *call)
{
	struct efile_job job = { 0 };
	int first;
	int status = admin_group_options(call, &efile_options, &job, &first);
	if (status != ADMIN_GO_ON)
		return status;
	struct admin_call sub;
	if (!admin_group_call(call, first, "list", &sub))
		return EXIT_USAGE;
	if (sub.command->run != run_list && job.all) {
		fprintf(stderr, _("%s: --all goes only with efile list.\n"), admin_program);
		return admin_fail_usage();
	}
	sub.options = &job;
	return admin_run_with_store(&sub, &job.store);
}
