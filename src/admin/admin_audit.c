/* SPDX-License-Identifier: MIT */
/* nextgen-admin audit [show] | prune: the audit log read, as a table or
 * for a spreadsheet, and its old rows removed. */
#include <config.h>

#include "admin/admin_audit.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"
#include "core/validate.h"

/* What an audit command works on. */
struct audit_job {
	struct store *store;
	struct audit_filter filter;
	const char *before;
	bool csv;
	bool excel; /* CSV that Excel opens as UTF-8 */
	bool filtered; /* one of the options that choose rows was given */
	int rows;
};

/* The columns of the audit table (0: the last). */
static const int audit_widths[] = { 19, 14, 16, 6, 16, 0 };
static const char *const audit_heads[] = { N_("TIME (UTC)"), N_("TERMINAL"), N_("USERNAME"),
					   N_("COURT"),      N_("EVENT"),    N_("OUTCOME") };

static bool print_audit_row(const struct audit_row *row, void *data)
{
	struct audit_job *job = data;
	job->rows++;
	if (job->csv) {
		const char *fields[] = { row->at,    row->terminal, row->username, row->court_id,
					 row->event, row->outcome,  row->host,     row->class_name };
		size_t n = sizeof fields / sizeof fields[0];
		for (size_t i = 0; i < n; i++)
			write_csv_field(stdout, fields[i], i + 1 == n);
		return true;
	}
	const char *cells[] = { row->at,       row->terminal,
				row->username, row->court_id[0] ? row->court_id : "-",
				row->event,    row->outcome };
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
		admin_print_cell(cells[i], audit_widths[i]);
	return true;
}

static int run_show(const struct admin_call *call)
{
	struct audit_job *job = call->options;
	if (job->excel)
		fputs(UTF8_BYTE_ORDER_MARK, stdout);
	if (job->csv)
		printf("time,terminal,username,court,event,outcome,host,class\n");
	else
		for (size_t i = 0; i < sizeof audit_heads / sizeof audit_heads[0]; i++)
			admin_print_cell(_(audit_heads[i]), audit_widths[i]);
	if (!store_each_audit(job->store, &job->filter, print_audit_row, job)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(job->store));
		return EXIT_FAILURE_RUNTIME;
	}
	return EXIT_OK;
}

static int run_prune(const struct admin_call *call)
{
	struct audit_job *job = call->options;
	struct audit_event record = { .terminal = session_terminal(),
				      .username = admin_operator(),
				      .court_id = "",
				      .event = "audit prune" };
	int removed = 0;
	if (!store_prune_audit(job->store, job->before, &record, &removed)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(job->store));
		return EXIT_FAILURE_RUNTIME;
	}
	printf(ngettext("Removed %d row of the audit log written before %s.\n",
			"Removed %d rows of the audit log written before %s.\n", removed),
	       removed, job->before);
	return EXIT_OK;
}

static const struct admin_command audit_commands[] = {
	{ .name = "show",
	  .synopsis = N_("audit [show] [--since DATE] [--until DATE] [--user NAME] [--event EVENT] "
			 "[--csv|--excel]"),
	  .summary = N_("the rows, oldest first"),
	  .help = N_("the rows, oldest first; a read-only copy (a backup) can be read too\n"
		     "  --since YYYY-MM-DD   from that day (UTC)\n"
		     "  --until YYYY-MM-DD   up to that day, included\n"
		     "  --user NAME          one username's rows\n"
		     "  --event EVENT        one kind of row (login, upgrade, link, ...)\n"
		     "  --csv                comma-separated, for a spreadsheet\n"
		     "  --excel              the same with a byte-order mark, for Excel\n"),
	  .wrong_words = N_("audit show takes options only."),
	  .reads_only = true,
	  .run = run_show },
	{ .name = "prune",
	  .synopsis = N_("audit prune --before DATE"),
	  .summary = N_("remove the rows written before DATE, and say how many"),
	  .help = N_("remove the rows written before DATE (YYYY-MM-DD, UTC; that day's rows\n"
		     "stay); the removal is itself a row of the log. Take a backup first if\n"
		     "the rows are to be kept elsewhere.\n"),
	  .wrong_words = N_("audit prune takes --before DATE only."),
	  .run = run_prune },
};

const struct admin_group admin_audit_group = {
	.description = N_("The audit log: every login, upgrade, link, reset and staff change. It\n"
			  "never holds a password or an answer. Each row also goes to the system\n"
			  "log (journald or syslog), logins with the facility authpriv, unless\n"
			  "nextgen-wizard.conf says syslog = no.\n"),
	.commands = audit_commands,
	.n_commands = sizeof audit_commands / sizeof audit_commands[0],
};

enum {
	OPT_SINCE = ADMIN_OPTION_FIRST,
	OPT_UNTIL,
	OPT_USER,
	OPT_EVENT,
	OPT_CSV,
	OPT_EXCEL,
	OPT_BEFORE
};

static void take_audit_option(int option, const char *arg, void *into)
{
	struct audit_job *job = into;
	switch (option) {
	case OPT_SINCE:
		job->filter.since = arg;
		break;
	case OPT_UNTIL:
		job->filter.until = arg;
		break;
	case OPT_USER:
		job->filter.username = arg;
		break;
	case OPT_EVENT:
		job->filter.event = arg;
		break;
	case OPT_CSV:
		job->csv = true;
		break;
	case OPT_EXCEL:
		job->csv = job->excel = true;
		break;
	case OPT_BEFORE:
		job->before = arg;
		return;
	default:
		return;
	}
	job->filtered = true;
}

static const struct option audit_long_options[] = {
	{ "since", required_argument, NULL, OPT_SINCE },
	{ "until", required_argument, NULL, OPT_UNTIL },
	{ "user", required_argument, NULL, OPT_USER },
	{ "event", required_argument, NULL, OPT_EVENT },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "excel", no_argument, NULL, OPT_EXCEL },
	{ "before", required_argument, NULL, OPT_BEFORE },
	{ "help", no_argument, NULL, ADMIN_OPTION_HELP },
	{ NULL, 0, NULL, 0 },
};

static const struct admin_options audit_options = {
	.short_options = "",
	.options = audit_long_options,
	.take = take_audit_option,
};

static bool is_day(const char *text)
{
	return text[0] == '\0' || (strlen(text) == 10 && parse_date(text, NULL));
}

/* Whether the options go with sub's command; a message when not. */
static bool options_fit(const struct admin_call *sub, const struct audit_job *job)
{
	bool prune = sub->command->run == run_prune;
	const char *wrong = NULL;
	if (!is_day(job->filter.since) || !is_day(job->filter.until) || !is_day(job->before))
		wrong = _("dates are YYYY-MM-DD, such as 2021-02-16");
	else if (prune && job->before[0] == '\0')
		wrong = _("audit prune needs --before DATE");
	else if (prune && job->filtered)
		wrong = _("audit prune takes --before DATE only");
	else if (!prune && job->before[0] != '\0')
		wrong = _("--before goes only with audit prune");
	if (wrong != NULL)
		fprintf(stderr, "%s: %s.\n", admin_program, wrong);
	return wrong == NULL;
}

int admin_audit_command(const struct admin_call *call)
{
	struct audit_job job = { .filter = { "", "", "", "" }, .before = "" };
	int first;
	int status = admin_group_options(call, &audit_options, &job, &first);
	if (status != ADMIN_GO_ON)
		return status;
	struct admin_call sub;
	if (!admin_group_call(call, first, "show", &sub))
		return EXIT_USAGE;
	if (!options_fit(&sub, &job))
		return admin_fail_usage();
	sub.options = &job;
	return admin_run_with_store(&sub, &job.store);
}
