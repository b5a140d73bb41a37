/* SPDX-License-Identifier: MIT */
/* The curses frontend: terminal set-up and tear-down, and the loop that
 * hands each screen to the runner for its kind. */
#include <config.h>

#include "ui/curses/ui_curses.h"

#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "base/i18n.h"
#include "ui/curses/ui_internal.h"
#include "ui/curses/ui_title.h"

#include "base/util.h"
#include <term.h>

/* Esc is Back: a short wait tells it from the start of an arrow key's
 * sequence, without the 1 s delay that makes Esc feel dead. 45 ms: an
 * arrow key split by a slow link with 40 ms between its packets still
 * arrives whole, and Esc still acts within 50 ms (doc/performance.md). */
#define ESC_DELAY_MS 45

struct curses_ui {
	SCREEN *screen;
};

/* Ctrl-S would stop the terminal's output (XON/XOFF) until Ctrl-Q, and
 * to a person the wizard would seem frozen; cbreak() leaves it on. The
 * mode is saved as the program's, so it comes back after a suspend;
 * endwin() gives the shell its own back. */
static void stop_flow_control(void)
{
	struct termios mode;
	if (tcgetattr(STDIN_FILENO, &mode) != 0)
		return;
	mode.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
	if (tcsetattr(STDIN_FILENO, TCSANOW, &mode) == 0)
		def_prog_mode();
}

/* Until a program has once left visual mode and come back, ncurses (6.4)
 * hands its output to the terminal at every cursor move: a screen change
 * went out in some twenty writes, and over SSH each write can be a packet
 * of its own. Leaving now, before anything is shown, makes the first
 * refresh come back, and from then on each refresh is one write. The
 * price is paid once: some 90 bytes telling the terminal to leave the
 * alternate screen it had not yet shown and to enter it again. */
static void leave_initial_state(void)
{
	endwin();
}

/* The sentence for a terminal type this system does not know. */
static void unknown_terminal(const char *term, char *err, size_t err_size)
{
	/* TRANSLATORS: %s is the TERM value; keep --plain, TERM=xterm and
	 * ncurses-term as they are. */
	snprintf(
		err, err_size,
		_("The terminal type \"%s\" is not known on this system. Run nextgen-wizard --plain for the line-by-line version (it works on any terminal and with a screen reader), or set TERM to a type this system knows, such as TERM=xterm (the package ncurses-term adds many more)."),
		term);
}

struct curses_ui *curses_ui_open(bool kiosk, char *err, size_t err_size)
{
	const char *term = getenv("TERM");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		copy_text(err, err_size,
			  _("The wizard needs a terminal; standard input and output are not one."));
		return NULL;
	}
	if (term == NULL || term[0] == '\0') {
		copy_text(err, err_size, _("The TERM variable is not set, so the terminal type is unknown."));
		return NULL;
	}
	/* setupterm asks first whether the terminal is known: newterm, which
	 * (unlike initscr) reports an unknown one instead of exiting, leaves
	 * memory of its own behind when it does. */
	int unknown = 0;
	if (setupterm(term, STDOUT_FILENO, &unknown) != OK) {
		unknown_terminal(term, err, err_size);
		return NULL;
	}
	del_curterm(cur_term);
	struct curses_ui *ui = xcalloc(1, sizeof *ui);
	ui->screen = newterm(NULL, stdout, stdin);
	if (ui->screen == NULL) {
		unknown_terminal(term, err, err_size);
		free(ui);
		return NULL;
	}
	leave_initial_state();
	ui_title_start();
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(ESC_DELAY_MS);
	/* A kiosk's terminal sends Ctrl-C, Ctrl-Z and Ctrl-\ as keys, which
	 * do nothing, instead of signals. */
	if (kiosk)
		raw();
	else
		cbreak();
	noecho();
	nonl();
	stop_flow_control();
	keypad(stdscr, TRUE);
	curs_set(1);
	return ui;
}

void curses_ui_paint_first(struct curses_ui *ui, const struct view *view)
{
	(void)ui;
	if (view->spec->kind != SCREEN_MENU)
		return;
	ui_title_show(view);
	ui_set_note(MESSAGE_NONE, NULL);
	paint_menu(view);
}

void curses_ui_lock_down(struct curses_ui *ui)
{
	(void)ui;
	raw();
	/* raw() changed the mode: kept as the program's, as in curses_ui_open. */
	stop_flow_control();
	/* Keys typed while the database was opened were typed at a start
	 * screen that still showed Quit: they are not acted on in a kiosk. */
	flushinp();
}

void curses_ui_give_terminal_back(void)
{
	if (stdscr != NULL && !isendwin())
		endwin();
}

void curses_ui_close(struct curses_ui *ui)
{
	if (ui == NULL)
		return;
	erase();
	ui_title_finish();
	refresh();
	endwin();
	delscreen(ui->screen);
	free(ui);
}

static enum run_result run_screen(const struct screen_run *run, const struct action_spec **action)
{
	switch (run->view->spec->kind) {
	case SCREEN_MENU:
		return run_menu(run, action);
	case SCREEN_FORM:
		return run_form(run, action);
	case SCREEN_INFO:
		return run_info(run, action);
	case SCREEN_LIST:
		return run_list(run, action);
	}
	return RUN_LOST;
}

static enum ui_result curses_present(void *data, struct session *session, const struct view *view,
				     const struct action_spec **action)
{
	(void)data;
	struct screen_run run = { session, view };
	ui_watch_session(session);
	ui_title_show(view);
	ui_set_note(MESSAGE_NONE, NULL); /* a note belongs to the screen it was said on */
	/* Keys typed before a permanent step appeared were meant for the
	 * screen before: a second Enter must not answer it unseen. */
	if (view->permanent)
		flushinp();
	for (;;) {
		enum run_result r = run_screen(&run, action);
		switch (r) {
		case RUN_LOST:
			return UI_END;
		case RUN_QUIT:
			return UI_QUIT;
		case RUN_STAFF_LEFT:
			return UI_STAFF_LEFT;
		case RUN_IDLE:
			/* Nothing of the patron's stays on the glass either. */
			clearok(curscr, TRUE);
			return UI_IDLE;
		case RUN_ACTION:
			if (*action != NULL)
				return UI_ACTION;
			break;
		case RUN_RELAYOUT:
			break; /* a resize, help closing or a too-small window */
		}
	}
}

/* What the core's key placeholders stand for on a full screen. */
static const struct key_words curses_keys = { {
	[KEY_WORD_SHOW_LIST] = N_("Press Space in the empty field to see the list."),
	[KEY_WORD_SHOW_LIST_AGAIN] = N_("Press Ctrl-U, then Space, to see the list."),
	[KEY_WORD_REDRAW] = N_("Ctrl-L redraws the screen."),
	[KEY_WORD_CHOOSE] = N_("Choose with the arrow keys and Enter, or press the number."),
	[KEY_WORD_KEEP_WORKING] = N_("Press any key to keep working."),
} };

const struct frontend curses_frontend = {
	.name = "curses",
	.keys = &curses_keys,
	.present = curses_present,
};
