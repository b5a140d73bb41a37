/* SPDX-License-Identifier: MIT */
/* nextgen-admin room: the trainer's view of the room, each trainee (or
 * each session) with where they are, how long they have been idle and
 * whether they are stuck. --once prints it once, for scripts; without
 * it the view is live (ui/curses/ui_room.c). */
#include <config.h>

#include "admin/admin_room.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"
#include "flow/room.h"

/* The columns of the room (0: the last; -1: the MFA's, as wide as its
 * words, and left out before the 2025 era, which has no MFA). */
static const int room_widths[] = { 3, 20, 14, 10, 14, 24, 12, -1, 6, 6, 0 };

static void print_cells(const char *const *cells, int mfa_width)
{
	for (size_t i = 0; i < sizeof room_widths / sizeof room_widths[0]; i++)
		if (room_widths[i] >= 0 || mfa_width > 0)
			admin_print_cell(cells[i], room_widths[i] < 0 ? mfa_width : room_widths[i]);
}

void room_print_heading(int mfa_width)
{
	const char *heads[] = { "#",         _("NAME"), _("USERNAME"), _("STATE"), _("TERMINAL"),
				_("SCREEN"), _("STEP"), _("MFA"),      _("IDLE"),  _("FAILED"),
				"" };
	print_cells(heads, mfa_width);
}

void room_print_row(const struct room_row *row, const struct room_line *line, int era, int mfa_width)
{
	char position[16], failures[16], mfa[64];
	snprintf(position, sizeof position, "%d", row->position);
	snprintf(failures, sizeof failures, "%d", line->failures);
	if (row->username[0] != '\0')
		room_mfa_word(&row->mfa, era, mfa, sizeof mfa);
	else
		copy_text(mfa, sizeof mfa, "-"); /* a session nobody logged in to */
	const char *cells[] = { row->position > 0 ? position : "-",
				row->name[0] ? row->name : "-",
				row->username[0] ? row->username : "-",
				line->state,
				line->where,
				line->screen,
				line->step,
				mfa,
				line->idle,
				failures,
				line->stuck ? _("STUCK") : "" };
	print_cells(cells, mfa_width);
}

struct room_once {
	long long now;
	int era;
	int mfa_width;
	int rows;
};

static bool print_once(const struct room_row *row, void *data)
{
	struct room_once *once = data;
	struct room_line line;
	room_describe(row, once->now, &line);
	room_print_row(row, &line, once->era, once->mfa_width);
	once->rows++;
	return true;
}

int admin_room_once(struct store *store, const char *class_name)
{
	struct store_settings settings;
	if (!store_load_settings(store, &settings)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	struct room_once once = { .now = (long long)time(NULL),
				  .era = settings.era,
				  .mfa_width = settings.era >= 2025 ? admin_mfa_width() : 0 };
	room_print_heading(once.mfa_width);
	if (!store_each_room_row(store, class_name, print_once, &once)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	if (once.rows == 0)
		printf("%s\n",
		       class_name[0] ? _("The class has no trainee.") : _("No session of the wizard yet."));
	bool room_mode = false;
	int room_idle = 0;
	if (!store_room_mode(store, &room_mode, &room_idle)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	if (room_mode && room_idle == 0)
		printf("%s\n", _("A class is running: no session is wiped for being idle."));
	else if (room_mode)
		printf(ngettext("A class is running: no session is wiped for being idle sooner than after %d "
				"minute.\n",
				"A class is running: no session is wiped for being idle sooner than after %d "
				"minutes.\n",
				(unsigned long)(room_idle / 60)),
		       room_idle / 60);
	return EXIT_OK;
}

/* What room was asked for. */
struct room_options {
	const char *class_name;
	bool once;
};

enum {
	OPT_CLASS = ADMIN_OPTION_FIRST,
	OPT_ONCE
};

static void take_room_option(int option, const char *arg, void *into)
{
	struct room_options *o = into;
	if (option == OPT_CLASS)
		o->class_name = arg;
	else if (option == OPT_ONCE)
		o->once = true;
}

static const struct option room_long_options[] = {
	{ "class", required_argument, NULL, OPT_CLASS },
	{ "once", no_argument, NULL, OPT_ONCE },
	{ "help", no_argument, NULL, ADMIN_OPTION_HELP },
	{ NULL, 0, NULL, 0 },
};

static const struct admin_options room_options = {
	.short_options = "",
	.options = room_long_options,
	.take = take_room_option,
};

static room_view_function live_view;

void admin_room_set_view(room_view_function view)
{
	live_view = view;
}

static int run_show(const struct admin_call *call)
{
	const struct room_options *o = call->options;
	struct store *store = admin_open_store_to_read(call->path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char court[STORE_COURT_ID_MAX];
	bool found = true;
	int status = EXIT_FAILURE_RUNTIME;
	if (o->class_name[0] != '\0' && !store_class_exists(store, o->class_name, court, &found))
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	else if (!found)
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, o->class_name);
	else if (o->once || live_view == NULL || !isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO))
		status = admin_room_once(store, o->class_name);
	else
		status = live_view(store, o->class_name) ? EXIT_OK : EXIT_FAILURE_RUNTIME;
	store_close(store);
	return status;
}

static const struct admin_command room_commands[] = {
	{ .name = "show",
	  .synopsis = N_("room [show] [--class NAME] [--once]"),
	  .summary = N_("the room, refreshed every two seconds"),
	  .help = N_("each trainee of the class (or each session, with no --class) with the\n"
		     "state of the session (connected, dropped, left), its terminal, the\n"
		     "screen and the step (\"Upgrade 2/3\", \"Linked\"), how long it has been\n"
		     "idle, the wrong passwords, and STUCK after three wrong passwords on one\n"
		     "step or five minutes idle. Keys: Up/Down choose, Enter shows the\n"
		     "trainee's recent events, s changes the order, f what is shown, q\n"
		     "leaves.\n"
		     "  --class NAME   that class's trainees\n"
		     "  --once         print it once, as text (so too when the output is no\n"
		     "                 terminal), with each account's MFA as class report\n"
		     "                 shows it\n"),
	  .wrong_words = N_("room takes only --class NAME and --once."),
	  .reads_only = true,
	  .run = run_show },
};

const struct admin_group admin_room_group = {
	.description = N_("The trainer's view of the room: who is connected, where, on which\n"
			  "step, idle for how long, and who is stuck.\n"),
	.commands = room_commands,
	.n_commands = sizeof room_commands / sizeof room_commands[0],
};

int admin_room_command(const struct admin_call *call)
{
	struct room_options o = { .class_name = "" };
	int first;
	int status = admin_group_options(call, &room_options, &o, &first);
	if (status != ADMIN_GO_ON)
		return status;
	struct admin_call sub;
	if (!admin_group_call(call, first, "show", &sub))
		return EXIT_USAGE;
	sub.options = &o;
	return sub.command->run(&sub);
}
