/* nextgen-wizard: options, the practice database, and the frontend. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flow.h"
#include "i18n.h"
#include "options.h"
#include "paths.h"
#include "setup.h"
#include "ui_curses.h"
#include "ui_keys.h"
#include "util.h"
#include "validate.h"

static const char *program = "nextgen-wizard";

static void usage(FILE *out)
{
	fprintf(out, _("Usage: %s [OPTION]...\n"), program);
	fputs(_("Practise upgrading a PACER account and linking a CM/ECF account for NextGen CM/ECF,\n"
		"screen by screen, against a local practice database.\n\n"), out);
	fputs(_("  --db PATH    use the practice database at PATH (created with the demo\n"
		"               accounts if missing)\n"
		"  --as-of DATE practise as if today were DATE (YYYY-MM-DD), for example\n"
		"               before a court's NextGen date\n"
		"  --keys       print the keyboard table and exit\n"
		"  --help       show this help and exit\n"
		"  --version    show the version and exit\n\n"), out);
	fputs(_("Default database: $XDG_STATE_HOME/nextgen-wizard/wizard.db\n"
		"(~/.local/state/nextgen-wizard/wizard.db when XDG_STATE_HOME is not set).\n\n"), out);
	fputs(_("Exit status: 0 when the person quits, 1 when the database or the terminal\n"
		"cannot be used, 2 for wrong options.\n"), out);
}

static int run_wizard(const char *db_path, const char *as_of)
{
	char err[STORE_ERROR_MAX];
	struct store *store = setup_open(db_path, data_directory(), err);
	if (store == NULL) {
		fprintf(stderr, "%s: %s\n", program, err);
		return EXIT_FAILURE_RUNTIME;
	}
	struct flow *flow = malloc(sizeof *flow);
	if (flow == NULL || !flow_init(flow, store, session_terminal(), err, sizeof err)) {
		fprintf(stderr, "%s: %s\n", program, flow ? err : "out of memory");
		free(flow);
		store_close(store);
		return EXIT_FAILURE_RUNTIME;
	}
	if (as_of != NULL) {
		copy_text(flow->today, sizeof flow->today, as_of);
		flow->simulated_today = true;
	}
	int status = EXIT_OK;
	struct curses_ui *ui = curses_ui_open(err, sizeof err);
	if (ui == NULL) {
		fprintf(stderr, "%s: %s\n", program, err);
		status = EXIT_FAILURE_RUNTIME;
	} else {
		status = flow_run(flow, &curses_frontend, ui) == 0 ? EXIT_OK : EXIT_FAILURE_RUNTIME;
		curses_ui_close(ui);
	}
	flow_free(flow);
	free(flow);
	store_close(store);
	return status;
}

int main(int argc, char **argv)
{
	enum { OPT_DB = 256, OPT_AS_OF, OPT_KEYS, OPT_HELP, OPT_VERSION };
	static const struct option options[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "as-of", required_argument, NULL, OPT_AS_OF },
		{ "keys", no_argument, NULL, OPT_KEYS },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_option = NULL, *as_of = NULL;
	program_start();
	int c;
	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case OPT_DB:
			db_option = optarg;
			break;
		case OPT_AS_OF:
			if (strlen(optarg) != 10 || !parse_date(optarg, NULL)) {
				fprintf(stderr, _("%s: --as-of takes a date as YYYY-MM-DD, such as 2021-02-10.\n"),
					program);
				return EXIT_USAGE;
			}
			as_of = optarg;
			break;
		case OPT_KEYS:
			keys_print_table(stdout);
			return EXIT_OK;
		case OPT_HELP:
			usage(stdout);
			return EXIT_OK;
		case OPT_VERSION:
			printf("%s %s\n", program, PACKAGE_VERSION);
			return EXIT_OK;
		default:
			fprintf(stderr, _("Try '%s --help' for more information.\n"), program);
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, _("%s: unexpected argument '%s'\n"), program, argv[optind]);
		fprintf(stderr, _("Try '%s --help' for more information.\n"), program);
		return EXIT_USAGE;
	}
	char *db_path = database_path(program, db_option);
	if (db_path == NULL)
		return EXIT_FAILURE_RUNTIME;
	int status = run_wizard(db_path, as_of);
	free(db_path);
	return status;
}
