/* SPDX-License-Identifier: MIT */
/* Information screens: lines, paragraphs and court notices to read,
 * scrolling when they do not fit, then buttons. */
#include <config.h>

#include "ui/curses/ui_internal.h"

#include <limits.h>

#include "base/i18n.h"

#define LEFT_MARGIN 2
#define MIN_BODY_ROWS 3

struct info_screen {
	const struct screen_run *run;
	struct frame frame;
	struct body body;
	int first; /* first body line shown */
	int focus; /* index into frame.actions */
	int permanent_focus; /* the focus last told to the session */
};

static int body_rows(const struct info_screen *is)
{
	return is->frame.body_bottom - is->frame.body_top + 1;
}

static int last_first_line(const struct info_screen *is)
{
	int rows = body_rows(is);
	/* When it scrolls, one row is taken by the "more below" line. */
	return is->body.count > rows ? is->body.count - rows + 1 : 0;
}

static bool scroll_by(struct info_screen *is, int lines)
{
	int before = is->first, last = last_first_line(is);
	is->first += lines;
	if (is->first > last)
		is->first = last;
	if (is->first < 0)
		is->first = 0;
	return is->first != before;
}

static void draw(struct info_screen *is)
{
	for (int row = is->frame.body_top; row <= is->frame.body_bottom; row++) {
		move(row, 0);
		clrtoeol();
	}
	body_draw(&is->body, is->first, is->frame.body_top, is->frame.body_bottom);
	frame_message(&is->frame, is->run->view->message_kind, is->run->view->message);
	frame_draw_actions(is->run->view, &is->frame, is->focus);
	frame_place_cursor(&is->frame, is->focus);
	refresh();
}

/* Where the focus starts: where the core says (the main button, or on a
 * screen with a permanent action the safe one). */
static int first_focus(const struct info_screen *is)
{
	int field, action;
	view_focus(is->run->view, &field, &action);
	int focus = frame_target_of(&is->frame, action);
	return focus >= 0 ? focus : 0;
}

enum run_result run_info(const struct screen_run *run, const struct action_spec **action)
{
	const struct view *view = run->view;
	struct info_screen is = { .run = run, .permanent_focus = INT_MIN };
	int need_cols, need_rows;
	*action = NULL;
	body_init(&is.body, COLS - 2 * LEFT_MARGIN);
	body_add_screen_text(&is.body, view);
	int picture = view_picture_rows(view);
	struct frame usual;
	if (picture > 0 && !frame_layout(view, is.body.count, &usual, &need_cols, &need_rows)) {
		/* Not all of it fits: the picture beside the text, or, where even
		 * that cannot show it whole, words instead (a QR code cut by the
		 * window's edge is read by no phone). */
		if (picture_layout_fits(view)) {
			body_free(&is.body);
			return run_picture(run, action);
		}
		if (!frame_layout(view, picture, &usual, &need_cols, &need_rows)) {
			body_free(&is.body);
			body_init(&is.body, COLS - 2 * LEFT_MARGIN);
			is.body.no_picture = true;
			body_add_screen_text(&is.body, view);
		}
	}
	int wanted = is.body.count < MIN_BODY_ROWS ? is.body.count : MIN_BODY_ROWS;
	if (!frame_layout(view, wanted, &is.frame, &need_cols, &need_rows)) {
		body_free(&is.body);
		return wait_for_larger_window(view, need_cols, need_rows, action);
	}
	frame_draw(view, &is.frame);
	frame_status(&is.frame, _("Up/Down: scroll  Tab: next button  Enter: choose  Esc: back  F1: help"));
	enum run_result result;
	is.focus = first_focus(&is);
	for (;;) {
		ui_focus_moved(run, &is.frame, &is.permanent_focus, is.focus);
		session_remember_focus(run->session, view, -1,
				       is.frame.n_actions > 0 ? is.frame.actions[is.focus].index : -1);
		draw(&is);
		int code;
		bool fkey;
		result = read_key(&code, &fkey);
		if (result != RUN_ACTION)
			break;
		enum key_command cmd = key_command_for(code, fkey, false);
		bool arrow = key_is_arrow(code, fkey);
		int page = body_rows(&is) - 1;
		if ((cmd == CMD_NEXT && arrow && scroll_by(&is, 1)) ||
		    (cmd == CMD_PREV && arrow && scroll_by(&is, -1)))
			continue;
		if (cmd == CMD_PAGE_DOWN || (!fkey && code == ' ')) {
			scroll_by(&is, page > 0 ? page : 1);
		} else if (cmd == CMD_PAGE_UP) {
			scroll_by(&is, page > 0 ? -page : -1);
		} else if (cmd == CMD_NEXT || cmd == CMD_PREV) {
			is.focus = focus_step(is.focus, is.frame.n_actions, cmd == CMD_NEXT ? 1 : -1);
		} else if (cmd == CMD_ACTIVATE && is.frame.n_actions > 0) {
			int chosen = is.frame.actions[is.focus].index;
			if (view->actions[chosen].spec->flags & ACTION_HELP) {
				result = show_help(view);
				break;
			}
			if ((*action = ui_activate(run, chosen)) != NULL)
				break;
			/* Why not, in full: laid out again with the rows it needs. */
			if (frame_message_rows_needed(view) > is.frame.message_rows) {
				result = RUN_RELAYOUT;
				break;
			}
		} else if (cmd == CMD_BACK && view->back_action >= 0) {
			*action = view->actions[view->back_action].spec;
			break;
		} else if (cmd == CMD_HELP) {
			result = show_help(view);
			break;
		}
	}
	body_free(&is.body);
	return result;
}
