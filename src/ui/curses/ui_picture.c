/* SPDX-License-Identifier: MIT */
/* A screen with a picture (the QR code of a new app's key) in a window
 * too short to show it whole under the title, as at 80x24: the picture
 * at the left, from under the banner to the last row, so a phone sees it
 * all at once; the title, the text, the message and the buttons beside
 * it. */
#include <config.h>

#include "ui/curses/ui_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "base/wrap.h"
#include "ui/curses/ui_text.h"

#define PICTURE_COL 1
#define GAP 2
#define SIDE_MIN_COLS 24

static const struct view_block *find_picture(const struct view *view)
{
	for (size_t i = 0; i < view->n_blocks; i++)
		if (view->blocks[i].kind == BLOCK_PICTURE)
			return &view->blocks[i];
	return NULL;
}

static int banner_rows(void)
{
	struct wrapped w;
	wrap_text(LINES < 20 ? flow_banner_short() : flow_banner(), COLS > 0 ? COLS : 1, &w);
	int rows = (int)w.count;
	wrapped_free(&w);
	return rows;
}

int view_picture_rows(const struct view *view)
{
	const struct view_block *picture = find_picture(view);
	int columns;
	const char *lines = picture != NULL ? picture_lines(picture, &columns) : NULL;
	return lines != NULL ? picture_rows(lines) : 0;
}

bool picture_layout_fits(const struct view *view)
{
	const struct view_block *picture = find_picture(view);
	if (picture == NULL)
		return false;
	int columns;
	const char *lines = picture_lines(picture, &columns);
	return lines != NULL && LINES >= banner_rows() + picture_rows(lines) &&
	       COLS - PICTURE_COL - columns - GAP - 1 >= SIDE_MIN_COLS;
}

struct picture_screen {
	const struct screen_run *run;
	struct body side; /* the title and the text, wrapped to the side */
	int side_col, side_cols;
	int top; /* the first row under the banner */
	int first; /* the first side line shown */
	int focus; /* index into the view's actions */
};

static void draw_banner_rows(void)
{
	struct wrapped w;
	wrap_text(LINES < 20 ? flow_banner_short() : flow_banner(), COLS, &w);
	attron(A_REVERSE | A_BOLD);
	for (size_t i = 0; i < w.count; i++) {
		mvhline((int)i, 0, ' ', COLS);
		draw_text(stdscr, (int)i, 0, w.lines[i], COLS);
	}
	attroff(A_REVERSE | A_BOLD);
	wrapped_free(&w);
}

static void draw_picture(const struct picture_screen *ps, const struct view_block *picture)
{
	int columns;
	const char *line = picture_lines(picture, &columns);
	for (int row = ps->top; *line != '\0' && row < LINES; row++) {
		size_t n = strcspn(line, "\n");
		char *copy = xmalloc(n + 1);
		memcpy(copy, line, n);
		copy[n] = '\0';
		draw_text(stdscr, row, PICTURE_COL, copy, columns);
		wipe_memory(copy, n);
		free(copy);
		line += n + (line[n] == '\n');
	}
}

/* The side from the bottom up: one row a button, the keys' hint, the
 * message; the text takes what is left, scrolling. */
static void draw_side(struct picture_screen *ps)
{
	const struct view *view = ps->run->view;
	int buttons_top = LINES - view->n_actions;
	int hint_row = buttons_top - 1;
	for (int row = ps->top; row < LINES; row++) {
		move(row, ps->side_col);
		clrtoeol();
	}
	for (int i = 0; i < view->n_actions; i++) {
		char *label = xasprintf("[ %s ]", view->actions[i].label);
		attr_t attr = i == ps->focus ? A_REVERSE : A_NORMAL;
		attron(attr);
		draw_text(stdscr, buttons_top + i, ps->side_col, label, ps->side_cols);
		attroff(attr);
		free(label);
	}
	attron(A_DIM);
	draw_text(stdscr, hint_row, ps->side_col, _("F1: help  Esc: back"), ps->side_cols);
	attroff(A_DIM);
	int text_bottom = hint_row - 1;
	enum message_kind kind = view->message_kind;
	const char *message = view->message;
	(void)ui_note(&kind, &message);
	if (kind != MESSAGE_NONE && message != NULL && message[0] != '\0') {
		struct wrapped w;
		char *text = kind == MESSAGE_ERROR ? xasprintf(_("Error: %s"), message) : xstrdup(message);
		wrap_text(text, ps->side_cols, &w);
		int rows = w.count > 4 ? 4 : (int)w.count;
		text_bottom -= rows;
		attron(kind == MESSAGE_ERROR ? A_BOLD : A_NORMAL);
		for (int i = 0; i < rows; i++)
			draw_text(stdscr, text_bottom + 1 + i, ps->side_col, w.lines[i], ps->side_cols);
		attroff(A_BOLD);
		wrapped_free(&w);
		free(text);
	}
	int rows = text_bottom - ps->top + 1;
	if (ps->first > ps->side.count - rows)
		ps->first = ps->side.count - rows > 0 ? ps->side.count - rows : 0;
	for (int i = 0; i < rows && ps->first + i < ps->side.count; i++) {
		const struct body_line *line = &ps->side.lines[ps->first + i];
		attron(line->attr);
		draw_text(stdscr, ps->top + i, ps->side_col + line->indent, line->text,
			  ps->side_cols - line->indent);
		attroff(line->attr);
	}
	move(buttons_top + ps->focus, ps->side_col + 2);
	refresh();
}

/* The view's blocks but the picture, under the title. */
static void fill_side(struct picture_screen *ps)
{
	const struct view *view = ps->run->view;
	body_init(&ps->side, ps->side_cols);
	body_add(&ps->side, view->title, A_BOLD, 0);
	struct view text = *view;
	text.blocks = xcalloc(view->n_blocks, sizeof *text.blocks);
	text.n_blocks = 0;
	for (size_t i = 0; i < view->n_blocks; i++)
		if (view->blocks[i].kind != BLOCK_PICTURE)
			text.blocks[text.n_blocks++] = view->blocks[i];
	body_add_blank(&ps->side);
	body_add_screen_text(&ps->side, &text);
	free(text.blocks);
}

enum run_result run_picture(const struct screen_run *run, const struct action_spec **action)
{
	const struct view *view = run->view;
	const struct view_block *picture = find_picture(view);
	struct picture_screen ps = { .run = run };
	int columns;
	(void)picture_lines(picture, &columns);
	ps.top = banner_rows();
	ps.side_col = PICTURE_COL + columns + GAP;
	ps.side_cols = COLS - ps.side_col - 1;
	int field, focus_action;
	view_focus(view, &field, &focus_action);
	ps.focus = focus_action >= 0 ? focus_action : 0;
	fill_side(&ps);
	erase();
	draw_banner_rows();
	draw_picture(&ps, picture);
	*action = NULL;
	enum run_result result;
	int permanent_focus = INT_MIN;
	struct frame frame = { .n_actions = view->n_actions };
	for (int i = 0; i < view->n_actions; i++)
		frame.actions[i] = (struct target){ TARGET_BUTTON, i, -1, 0, 0 };
	for (;;) {
		ui_focus_moved(run, &frame, &permanent_focus, ps.focus);
		session_remember_focus(run->session, view, -1, ps.focus);
		draw_side(&ps);
		int code;
		bool fkey;
		result = read_key(&code, &fkey);
		if (result != RUN_ACTION)
			break;
		enum key_command cmd = key_command_for(code, fkey, false);
		bool arrow = key_is_arrow(code, fkey);
		if (arrow && (cmd == CMD_NEXT || cmd == CMD_PREV)) {
			ps.first += cmd == CMD_NEXT ? 1 : (ps.first > 0 ? -1 : 0);
		} else if (cmd == CMD_NEXT || cmd == CMD_PREV) {
			ps.focus = focus_step(ps.focus, view->n_actions, cmd == CMD_NEXT ? 1 : -1);
		} else if (cmd == CMD_ACTIVATE && view->n_actions > 0) {
			if (view->actions[ps.focus].spec->flags & ACTION_HELP) {
				result = show_help(view);
				break;
			}
			if ((*action = ui_activate(run, ps.focus)) != NULL)
				break;
		} else if (cmd == CMD_BACK && view->back_action >= 0) {
			*action = view->actions[view->back_action].spec;
			break;
		} else if (cmd == CMD_HELP) {
			result = show_help(view);
			break;
		}
	}
	body_free(&ps.side);
	return result;
}
