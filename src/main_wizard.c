/* SPDX-License-Identifier: MIT */
/* nextgen-wizard: options, the practice database, and the frontend. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/i18n.h"
#include "base/language.h"
#include "base/lazy.h"
#include "base/options.h"
#include "base/paths.h"
#include "base/settings.h"
#include "base/signals.h"
#include "base/util.h"
#include "core/setup.h"
#include "core/validate.h"
#include "flow/flow.h"
#include "flow/session.h"
#include "ui/curses/ui_curses.h"
#include "ui/curses/ui_keys.h"
#include "ui/lines/ui_answers.h"
#include "ui/lines/ui_lines.h"
#include "ui/lines/ui_plain.h"

static const char *program = "nextgen-wizard";

static void usage(FILE *out)
{
	fprintf(out, _("Usage: %s [OPTION]...\n"), program);
	fputs(_("Practise upgrading a PACER account and linking a CM/ECF account for NextGen CM/ECF,\n"
		"screen by screen, against a local practice database.\n\n"),
	      out);
	fputs(_("  --db PATH    use the practice database at PATH (created with the demo\n"
		"               accounts if missing)\n"
		"  --as-of DATE practise as if today were DATE (YYYY-MM-DD), for example\n"
		"               before a court's NextGen date\n"
		"  --plain      ask in plain lines (for screen readers, braille displays\n"
		"               and pipes); chosen by itself when TERM is dumb or unset\n"
		"  --answers FILE  take every value and choice from FILE (- for standard\n"
		"               input): lines 'screen.field = value' and 'screen = action'\n"
		"  --screens    list every screen with its fields and actions, as an\n"
		"               answers file names them, and exit\n"
		"  --kiosk      a public terminal: no way out but the staff passphrase\n"
		"               (Ctrl-X), and an idle reset (3 minutes unless --idle)\n"
		"  --idle SECONDS  with no key for SECONDS, warn, then clear the session\n"
		"               for the next person (0: never)\n"
		"  --lang en|es English or Spanish, whatever the environment says (the\n"
		"               start screen switches too)\n"
		"  --keys       print the keyboard table and exit\n"
		"  --key-sequences  print what real terminals send for keys, as the\n"
		"               wizard reads them, and exit\n"
		"  --help       show this help and exit\n"
		"  --version    show the version and exit\n\n"),
	      out);
	fputs(_("Default database: $XDG_STATE_HOME/nextgen-wizard/wizard.db\n"
		"(~/.local/state/nextgen-wizard/wizard.db when XDG_STATE_HOME is not set).\n\n"),
	      out);
	fputs(_("Exit status: 0 when the person quits, 1 when the database or the terminal\n"
		"cannot be used, 2 for wrong options.\n"),
	      out);
}

/* "upgrade-person: fields prefix first ...; actions next back", one a line. */
static void print_screens(FILE *out)
{
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_spec *spec = screen_spec((enum screen_id)id);
		fprintf(out, "%s:", spec->name);
		if (spec->n_fields > 0)
			fputs(" fields", out);
		for (size_t i = 0; i < spec->n_fields; i++)
			fprintf(out, " %s", spec->fields[i].id);
		fputs(spec->n_fields > 0 ? "; actions" : " actions", out);
		for (size_t i = 0; i < spec->n_actions; i++)
			fprintf(out, " %s", spec->actions[i].id);
		fputc('\n', out);
	}
}

enum frontend_choice {
	FRONTEND_CURSES,
	FRONTEND_PLAIN,
	FRONTEND_ANSWERS
};

/* Within the idle setting's range (0: never), in seconds; -1 for
 * anything else. */
static int idle_seconds_option(const char *text)
{
	int seconds = -1;
	return setting_number(&settings_table[SETTING_IDLE], text, &seconds) ? seconds : -1;
}

/* The exit status for how a session ended. */
static int exit_status(enum session_end end)
{
	return end == SESSION_FAILED ? EXIT_FAILURE_RUNTIME : EXIT_OK;
}

static enum session_end run_answers(struct session *session, const char *answers, FILE *out)
{
	char err[ERROR_MAX];
	struct answers_ui *ui = answers_ui_open(answers, out, err, sizeof err);
	if (ui == NULL) {
		fprintf(stderr, "%s: %s\n", program, err);
		return SESSION_FAILED;
	}
	enum session_end end = session_run(session, &answers_frontend, ui);
	answers_ui_close(ui);
	return end;
}

static enum session_end run_plain(struct session *session, FILE *out)
{
	struct plain_ui *ui = plain_ui_open(fileno(stdin), out, session->flow->kiosk);
	enum session_end end = session_run(session, &plain_frontend, ui);
	plain_ui_close(ui);
	return end;
}

/* ui: the terminal already opened for the first paint, or NULL to open
 * it now. */
static enum session_end run_curses(struct session *session, struct curses_ui *ui)
{
	char err[ERROR_MAX];
	if (ui == NULL)
		ui = curses_ui_open(session->flow->kiosk, err, sizeof err);
	if (ui == NULL) {
		fprintf(stderr, "%s: %s\n", program, err);
		return SESSION_FAILED;
	}
	enum session_end end = session_run(session, &curses_frontend, ui);
	curses_ui_close(ui);
	return end;
}

/* Runs the session with the chosen frontend, and with the lines when the
 * person asks for them on the full screen (and back); 0, or 1 when it
 * failed. early: the full screen's terminal, opened already. */
static int run_frontend(struct session *session, enum frontend_choice choice, const char *answers,
			struct curses_ui *early)
{
	/* A terminal that is not UTF-8 gets the lines in ASCII, the person's
	 * own words too. */
	FILE *out = ascii_only() ? ascii_stream_open(stdout) : stdout;
	if (out == NULL)
		out = stdout;
	enum session_end end;
	if (choice == FRONTEND_ANSWERS) {
		end = run_answers(session, answers, out);
	} else if (choice == FRONTEND_PLAIN) {
		end = run_plain(session, out);
	} else {
		do {
			end = run_curses(session, early);
			early = NULL;
			if (end == SESSION_TO_LINES)
				end = run_plain(session, out);
		} while (end == SESSION_TO_FULL_SCREEN);
	}
	int status = exit_status(end);
	if (out != stdout && fclose(out) != 0)
		status = EXIT_FAILURE_RUNTIME;
	return status;
}

struct wizard_options {
	const char *as_of;
	const char *answers;
	bool kiosk;
	int idle_seconds; /* -1: the database's setting */
};

/* The start screen on the full screen before the database is opened:
 * its opening, check (a quick_check of every table but the log), schema,
 * settings and WAL set-up were some 5 ms of every start before anything
 * was shown (doc/performance.md). The start screen needs no database: it
 * is painted with the settings' defaults and the command line's options,
 * and the session's own first paint, once the database has been opened
 * and checked and before the first key is read, sends only what the
 * database's settings change (the era's paragraph, a practice date, a
 * kiosk's missing Quit): nothing at all with the defaults, so no flicker
 * there. NULL when the terminal cannot be used: the database is then
 * opened first, its errors told before the terminal's, as ever. */
static struct curses_ui *paint_start_early(const struct wizard_options *o)
{
	char err[ERROR_MAX];
	struct curses_ui *ui = curses_ui_open(o->kiosk, err, sizeof err);
	if (ui == NULL)
		return NULL;
	struct flow *preview = xmalloc(sizeof *preview);
	flow_init_defaults(preview, session_terminal());
	if (o->as_of != NULL)
		flow_fix_today(preview, o->as_of);
	flow_set_kiosk(preview, o->kiosk, o->idle_seconds);
	flow_enter(preview, SCREEN_START);
	struct view view;
	view_build(&view, preview, curses_frontend.keys);
	curses_ui_paint_first(ui, &view);
	view_free(&view);
	flow_free(preview);
	free(preview);
	return ui;
}

/* The database opened (and made, with the demo, if missing), the flow on
 * it and the session started; false with a sentence in err. */
static bool open_session(const char *db_path, const struct wizard_options *o, struct session *session,
			 char *err, size_t err_size)
{
	struct store *store = setup_open(db_path, data_directory(), err, err_size);
	if (store == NULL)
		return false;
	struct flow *flow = xmalloc(sizeof *flow);
	if (!flow_init(flow, store, session_terminal(), err, err_size)) {
		free(flow);
		store_close(store);
		return false;
	}
	if (o->as_of != NULL)
		flow_fix_today(flow, o->as_of);
	flow_set_kiosk(flow, o->kiosk, o->idle_seconds);
	if (!session_open(session, flow, err, err_size)) {
		flow_free(flow);
		free(flow);
		store_close(store);
		return false;
	}
	return true;
}

static void close_session(struct session *session)
{
	struct flow *flow = session->flow;
	struct store *store = flow->store;
	session_close(session);
	flow_free(flow);
	free(flow);
	store_close(store);
}

static void say_notice(const struct session *session)
{
	const char *notice = store_notice(session->flow->store);
	if (notice[0] != '\0')
		fprintf(stderr, "%s: %s\n", program, notice);
}

static int run_wizard(const char *db_path, const struct wizard_options *o, enum frontend_choice choice)
{
	struct curses_ui *early = NULL;
	lazy_before_failing(curses_ui_give_terminal_back);
	if (choice == FRONTEND_CURSES) {
		/* Ctrl-C while the database opens must not kill a program that
		 * holds the terminal in curses' modes. */
		signals_install();
		if (o->kiosk)
			signals_lock_down();
		early = paint_start_early(o);
	}
	lazy_open_base_libraries();
	lazy_open_store_libraries();
	lazy_open_core_libraries();
	lazy_open_curses_libraries();
	char err[ERROR_MAX];
	struct session session;
	if (!open_session(db_path, o, &session, err, sizeof err)) {
		curses_ui_close(early);
		fprintf(stderr, "%s: %s\n", program, err);
		return EXIT_FAILURE_RUNTIME;
	}
	/* On the full screen the notice (a database's mode narrowed) waits
	 * until the terminal is given back: its alternate screen would hide
	 * it, or the first paint clear it, until then anyway. */
	if (early == NULL)
		say_notice(&session);
	if (choice != FRONTEND_CURSES)
		signals_install();
	if (session.flow->kiosk) {
		signals_lock_down();
		/* A Ctrl-C of the moment before the database said kiosk: not a
		 * way out. */
		(void)signals_take_interrupt();
		if (early != NULL && !o->kiosk)
			curses_ui_lock_down(early);
	}
	int status = run_frontend(&session, choice, o->answers, early);
	if (early != NULL)
		say_notice(&session);
	close_session(&session);
	return status;
}

int main(int argc, char **argv)
{
	enum {
		OPT_DB = 256,
		OPT_AS_OF,
		OPT_PLAIN,
		OPT_ANSWERS,
		OPT_SCREENS,
		OPT_KEYS,
		OPT_HELP,
		OPT_VERSION,
		OPT_KIOSK,
		OPT_IDLE,
		OPT_LANG,
		OPT_KEY_SEQUENCES
	};
	static const struct option options[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "as-of", required_argument, NULL, OPT_AS_OF },
		{ "plain", no_argument, NULL, OPT_PLAIN },
		{ "answers", required_argument, NULL, OPT_ANSWERS },
		{ "screens", no_argument, NULL, OPT_SCREENS },
		{ "keys", no_argument, NULL, OPT_KEYS },
		{ "key-sequences", no_argument, NULL, OPT_KEY_SEQUENCES },
		{ "kiosk", no_argument, NULL, OPT_KIOSK },
		{ "idle", required_argument, NULL, OPT_IDLE },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_option = NULL;
	struct wizard_options o = { .idle_seconds = -1 };
	const char *term = getenv("TERM");
	/* A terminal that cannot be addressed gets the plain conversation. */
	enum frontend_choice choice = term == NULL || term[0] == '\0' || strcmp(term, "dumb") == 0
					      ? FRONTEND_PLAIN
					      : FRONTEND_CURSES;
	program_start();
	int c;
	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case OPT_DB:
			db_option = optarg;
			break;
		case OPT_AS_OF:
			if (strlen(optarg) != 10 || !parse_date(optarg, NULL)) {
				fprintf(stderr,
					_("%s: --as-of takes a date as YYYY-MM-DD, such as 2021-02-10.\n"),
					program);
				return EXIT_USAGE;
			}
			o.as_of = optarg;
			break;
		case OPT_KIOSK:
			o.kiosk = true;
			break;
		case OPT_LANG:
			if (!language_set(optarg)) {
				fprintf(stderr, _("%s: --lang takes en (English) or es (Spanish).\n"),
					program);
				return EXIT_USAGE;
			}
			break;
		case OPT_IDLE:
			o.idle_seconds = idle_seconds_option(optarg);
			if (o.idle_seconds < 0) {
				fprintf(stderr, _("%s: --idle takes seconds: 0 (never) to 86400 (a day).\n"),
					program);
				return EXIT_USAGE;
			}
			break;
		case OPT_PLAIN:
			choice = FRONTEND_PLAIN;
			break;
		case OPT_ANSWERS:
			o.answers = optarg;
			break;
		case OPT_SCREENS:
			print_screens(stdout);
			return EXIT_OK;
		case OPT_KEYS:
			keys_print_table(stdout);
			return EXIT_OK;
		case OPT_KEY_SEQUENCES:
			keys_print_sequences(stdout);
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
	language_remember_default();
	bool system_log = false;
	char *db_path = database_path(program, db_option, &system_log);
	if (db_path == NULL)
		return EXIT_FAILURE_RUNTIME;
	if (system_log)
		store_log_to_system(program);
	if (o.answers != NULL)
		choice = FRONTEND_ANSWERS;
	int status = run_wizard(db_path, &o, choice);
	free(db_path);
	return status;
}
