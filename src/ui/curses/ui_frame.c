/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "ui/curses/ui_internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"
#include "base/i18n.h"
#include "base/util.h"
#include "core/notices.h"
#include "ui/curses/ui_text.h"

#define MESSAGE_ROWS 2 /* a form's least: a short error never moves its fields */
#define LEFT_MARGIN 2
#define TITLE_ROWS_MAX 2 /* a longer title is cut at the window's edge */

/* Lays the screen's buttons (one run) and links (another) out from the
 * left, wrapping at the right edge; returns the rows they need. */
static int place_run(const struct view *view, bool links, int first_row, struct frame *frame)
{
	int row = 0, col = LEFT_MARGIN, used_rows = 0;
	if (view->spec->kind == SCREEN_MENU)
		return 0; /* its actions are the menu itself */
	for (int i = 0; i < view->n_actions; i++) {
		const struct action_spec *a = view->actions[i].spec;
		if (((a->flags & ACTION_LINK) != 0) != links)
			continue;
		int width = text_columns(view->actions[i].label) + (links ? 0 : 4);
		int gap = links ? 3 : 2;
		if (col > LEFT_MARGIN && col + gap + width > COLS - 1) {
			row++;
			col = LEFT_MARGIN;
		} else if (col > LEFT_MARGIN) {
			col += gap;
		}
		struct target *t = &frame->actions[frame->n_actions++];
		t->kind = links ? TARGET_LINK : TARGET_BUTTON;
		t->index = i;
		t->row = first_row + row;
		t->col = col;
		t->width = width;
		col += width;
		used_rows = row + 1;
	}
	return used_rows;
}

static int count_run_rows(const struct view *view, bool links)
{
	struct frame scratch = { 0 };
	return place_run(view, links, 0, &scratch);
}

int frame_target_of(const struct frame *frame, int action)
{
	for (int i = 0; action >= 0 && i < frame->n_actions; i++)
		if (frame->actions[i].index == action)
			return i;
	return -1;
}

/* A short window (a zoomed font) gets the short banner; the full
 * sentence is on the start screen and in every help. */
static const char *banner_text(void)
{
	return LINES < 20 ? flow_banner_short() : flow_banner();
}

/* The text of the message rows: an error says so in words. */
static char *message_text(enum message_kind kind, const char *message)
{
	return kind == MESSAGE_ERROR ? xasprintf(_("Error: %s"), message) : xstrdup(message);
}

/* The message rows' width: the left margin, and a column at the right. */
static int message_columns(void)
{
	return COLS - LEFT_MARGIN - 1;
}

/* Rows a message takes wrapped at the message width. */
static int message_text_rows(enum message_kind kind, const char *message)
{
	if (kind == MESSAGE_NONE || message == NULL || message[0] == '\0')
		return 0;
	char *text = message_text(kind, message);
	struct wrapped lines;
	wrap_text(text, message_columns(), &lines);
	int rows = (int)lines.count;
	wrapped_free(&lines);
	free(text);
	return rows;
}

char *frame_field_error_text(const struct view *view, int field)
{
	int count = 0;
	for (int i = 0; i < view->n_fields; i++)
		count += view->fields[i].error[0] != '\0';
	const struct view_field *f = &view->fields[field];
	/* TRANSLATORS: "2 errors. Date of Birth: Type a real date ...": how
	 * many fields are wrong, then the field in focus and its sentence. */
	return count > 1 ? xasprintf(ngettext("%d error. %s: %s", "%d errors. %s: %s", count), count,
				     f->label, f->error)
			 : xasprintf("%s: %s", f->label, f->error);
}

int frame_message_rows_needed(const struct view *view)
{
	enum message_kind note_kind;
	const char *note;
	int rows = message_text_rows(view->message_kind, view->message);
	if (ui_note(&note_kind, &note) && message_text_rows(note_kind, note) > rows)
		rows = message_text_rows(note_kind, note);
	/* The rows follow the focus to each field's own sentence. */
	for (int i = 0; i < view->n_fields; i++) {
		if (view->fields[i].error[0] == '\0')
			continue;
		char *text = frame_field_error_text(view, i);
		if (message_text_rows(MESSAGE_ERROR, text) > rows)
			rows = message_text_rows(MESSAGE_ERROR, text);
		free(text);
	}
	return rows;
}

/* The message rows: every row the longest message needs, so none is
 * ever cut, yet a row left above them for the focus. A form keeps two
 * even when empty (an error must not move its fields while typing);
 * another screen with nothing to say gives the rows to its text. */
static int message_rows_for(const struct view *view, int top_rows)
{
	int rows = frame_message_rows_needed(view);
	int least = view->spec->kind == SCREEN_INFO ? 0 : MESSAGE_ROWS;
	if (rows < least)
		rows = least;
	int most = LINES - 1 - top_rows - 1;
	return rows > most && most > 0 ? most : rows;
}

bool frame_layout(const struct view *view, int body_rows, struct frame *frame, int *need_cols, int *need_rows)
{
	memset(frame, 0, sizeof *frame);
	struct wrapped banner;
	wrap_text(banner_text(), COLS > 0 ? COLS : 1, &banner);
	frame->banner_rows = (int)banner.count;
	wrapped_free(&banner);

	frame->title_row = frame->banner_rows;
	struct wrapped title;
	wrap_text(view->title, COLS - 2 * LEFT_MARGIN, &title);
	frame->title_rows = title.count > 1 ? TITLE_ROWS_MAX : 1; /* a court's long name */
	wrapped_free(&title);

	frame->status_row = LINES - 1;
	frame->message_rows = message_rows_for(view, frame->banner_rows + frame->title_rows);
	/* A short window with a long message: the title's second row goes
	 * before a word of the message would. */
	if (frame->title_rows > 1 && frame->message_rows < frame_message_rows_needed(view)) {
		frame->title_rows = 1;
		frame->message_rows = message_rows_for(view, frame->banner_rows + frame->title_rows);
	}
	frame->message_row = frame->status_row - frame->message_rows;
	int link_rows = count_run_rows(view, true);
	int button_rows = count_run_rows(view, false);
	int buttons_top = frame->message_row - link_rows - button_rows;
	place_run(view, false, buttons_top, frame);
	place_run(view, true, buttons_top + button_rows, frame);

	bool roomy = LINES >= 20;
	frame->body_top = frame->title_row + frame->title_rows + (roomy ? 1 : 0);
	frame->body_bottom = buttons_top - (roomy && button_rows + link_rows > 0 ? 2 : 1);

	int available = frame->body_bottom - frame->body_top + 1;
	*need_cols = COLS > UI_MIN_COLS ? COLS : UI_MIN_COLS;
	/* Below the minimum width the text wraps differently, so the rows
	 * needed can only be told once the width is there. */
	*need_rows = COLS < UI_MIN_COLS ? UI_MIN_ROWS : LINES + (body_rows - available);
	if (*need_rows < UI_MIN_ROWS)
		*need_rows = UI_MIN_ROWS;
	return COLS >= UI_MIN_COLS && LINES >= UI_MIN_ROWS && available >= body_rows;
}

int frame_fold_actions(const struct view *view, struct frame *frame)
{
	frame->n_actions = 0;
	int button_rows = place_run(view, false, 0, frame);
	int link_rows = place_run(view, true, button_rows, frame);
	frame->body_bottom = frame->message_row - 1;
	frame->folded = true;
	return button_rows + link_rows;
}

void frame_message(const struct frame *frame, enum message_kind kind, const char *message)
{
	for (int i = 0; i < frame->message_rows; i++) {
		move(frame->message_row + i, 0);
		clrtoeol();
	}
	enum message_kind note_kind;
	const char *note;
	if (ui_note(&note_kind, &note)) {
		kind = note_kind;
		message = note;
	}
	if (kind == MESSAGE_NONE || message[0] == '\0')
		return;
	char *text = message_text(kind, message);
	struct wrapped lines;
	wrap_text(text, message_columns(), &lines);
	attr_t attr = kind == MESSAGE_ERROR ? A_BOLD : A_NORMAL;
	attron(attr);
	for (int i = 0; i < frame->message_rows && (size_t)i < lines.count; i++)
		draw_text(stdscr, frame->message_row + i, LEFT_MARGIN, lines.lines[i], message_columns());
	attroff(attr);
	wrapped_free(&lines);
	free(text);
}

/* The practice banner, on every screen including help; returns its rows. */
static int draw_banner(void)
{
	struct wrapped banner;
	wrap_text(banner_text(), COLS, &banner);
	attron(A_REVERSE | A_BOLD);
	for (size_t i = 0; i < banner.count; i++) {
		mvhline((int)i, 0, ' ', COLS);
		draw_text(stdscr, (int)i, 0, banner.lines[i], COLS);
	}
	attroff(A_REVERSE | A_BOLD);
	int rows = (int)banner.count;
	wrapped_free(&banner);
	return rows;
}

/* The practice settings at the right of a title row: as many as fit,
 * the date first, on the first row with room (a long title wraps). */
static void draw_practice_note(const struct view *view, int top, const int *used, int rows)
{
	char note[FLOW_MESSAGE_MAX];
	for (int detail = FLOW_NOTE_FULL; detail >= 0; detail--) {
		view_practice_note(view, detail, note, sizeof note);
		int width = text_columns(note);
		for (int i = 0; width > 0 && i < rows; i++) {
			if (LEFT_MARGIN + used[i] + 2 + width < COLS) {
				draw_text(stdscr, top + i, COLS - width - 1, note, width);
				return;
			}
		}
	}
}

void frame_draw(const struct view *view, const struct frame *frame)
{
	erase();
	draw_banner();

	struct wrapped title;
	wrap_text(view->title, COLS - 2 * LEFT_MARGIN, &title);
	int used[TITLE_ROWS_MAX] = { 0 }; /* columns of each title row */
	int rows = 0;
	attron(A_BOLD);
	for (; rows < frame->title_rows && rows < TITLE_ROWS_MAX && (size_t)rows < title.count; rows++)
		used[rows] = draw_text(stdscr, frame->title_row + rows, LEFT_MARGIN, title.lines[rows],
				       COLS - 2 * LEFT_MARGIN);
	attroff(A_BOLD);
	wrapped_free(&title);
	draw_practice_note(view, frame->title_row, used, rows);
	frame_message(frame, view->message_kind, view->message);
}

void frame_draw_actions(const struct view *view, const struct frame *frame, int focused)
{
	for (int i = 0; i < frame->n_actions; i++) {
		const struct target *t = &frame->actions[i];
		const char *label = view->actions[t->index].label;
		if (t->row < 0)
			continue; /* scrolled out of view */
		attr_t attr = i == focused ? A_REVERSE | A_BOLD : A_NORMAL;
		if (t->kind == TARGET_LINK) {
			if (i > 0 && frame->actions[i - 1].kind == TARGET_LINK &&
			    frame->actions[i - 1].row == t->row)
				mvaddstr(t->row, t->col - 2, "|");
			attron(attr | A_UNDERLINE);
			draw_text(stdscr, t->row, t->col, label, t->width);
			attroff(attr | A_UNDERLINE);
		} else {
			char *text = xasprintf("[ %s ]", label);
			attron(attr);
			draw_text(stdscr, t->row, t->col, text, t->width);
			attroff(attr);
			free(text);
		}
	}
}

void frame_place_cursor(const struct frame *frame, int focused)
{
	if (focused < 0 || focused >= frame->n_actions)
		return;
	const struct target *t = &frame->actions[focused];
	if (t->row < 0)
		return;
	move(t->row, t->col + (t->kind == TARGET_BUTTON ? 2 : 0));
}

void frame_status(const struct frame *frame, const char *keys_hint)
{
	attron(A_REVERSE);
	mvhline(frame->status_row, 0, ' ', COLS);
	draw_text(stdscr, frame->status_row, 1, keys_hint, COLS - 2);
	attroff(A_REVERSE);
}

/* ---- body -------------------------------------------------------------- */

void body_init(struct body *body, int width)
{
	body->lines = NULL;
	body->count = 0;
	body->width = width < 10 ? 10 : width;
	body->no_picture = false;
	body->more_hint = _("-- more below: Down or PgDn --");
}

void body_add(struct body *body, const char *text, attr_t attr, int indent)
{
	struct wrapped w;
	wrap_text(text, body->width - indent, &w);
	body->lines = xreallocarray(body->lines, (size_t)body->count + w.count, sizeof *body->lines);
	for (size_t i = 0; i < w.count; i++) {
		struct body_line *line = &body->lines[body->count++];
		line->text = w.lines[i];
		line->attr = attr;
		line->indent = indent;
	}
	free(w.lines); /* the strings now belong to the body */
}

void body_add_hanging(struct body *body, const char *marker, const char *text, attr_t attr)
{
	int first = body->count;
	int indent = text_columns(marker);
	body_add(body, text, attr, indent);
	if (body->count > first) {
		char *marked = xasprintf("%s%s", marker, body->lines[first].text);
		free(body->lines[first].text);
		body->lines[first].text = marked;
		body->lines[first].indent = 0;
	}
}

void body_add_blank(struct body *body)
{
	body_add(body, "", A_NORMAL, 0);
}

const char *picture_lines(const struct view_block *block, int *columns)
{
	bool ascii = ascii_only();
	*columns = ascii ? block->ascii_columns : block->columns;
	return ascii ? block->ascii : block->text;
}

int picture_rows(const char *lines)
{
	int rows = 0;
	for (const char *c = lines; *c != '\0'; c++)
		rows += *c == '\n';
	return rows;
}

/* A picture's lines as they are, never wrapped; one wider than the body
 * is left out with a sentence: the screen says the same in words. */
static void body_add_picture(struct body *body, const struct view_block *block)
{
	int columns;
	const char *line = picture_lines(block, &columns);
	if (line == NULL || columns > body->width || body->no_picture) {
		body_add(body, _("(The QR code needs a larger window: type the Key below into your app.)"),
			 A_NORMAL, 0);
		return;
	}
	while (*line != '\0') {
		size_t n = strcspn(line, "\n");
		body->lines = xreallocarray(body->lines, (size_t)body->count + 1, sizeof *body->lines);
		char *copy = xmalloc(n + 1);
		memcpy(copy, line, n);
		copy[n] = '\0';
		body->lines[body->count++] = (struct body_line){ copy, A_NORMAL, 0 };
		line += n + (line[n] == '\n');
	}
}

/* "Label: value" lines, their labels aligned on the widest. */
static int widest_line_label(const struct view *view, int most)
{
	int widest = 0;
	for (size_t i = 0; i < view->n_blocks; i++) {
		if (view->blocks[i].kind != BLOCK_LINE)
			continue;
		int w = text_columns(view->blocks[i].label);
		if (w > widest)
			widest = w;
	}
	return widest > most ? most : widest;
}

/* "Step 2 of 3:  Person | [Address] | Security": where the person is,
 * in words and brackets, not by colour. */
static void add_tab_bar(struct body *body, const struct view *view)
{
	char *bar = view->tabs_are_steps ? xasprintf(_("Step %d of %d:"), view->tab_index + 1, view->n_tabs)
					 : xstrdup("");
	for (int i = 0; i < view->n_tabs; i++) {
		char *grown = xasprintf(i == view->tab_index ? "%s%s[%s]" : "%s%s%s", bar,
					bar[0] == '\0' ? "" : (i == 0 ? "  " : " | "), view->tabs[i]);
		free(bar);
		bar = grown;
	}
	body_add(body, bar, A_BOLD, 0);
	free(bar);
}

void body_add_screen_text(struct body *body, const struct view *view)
{
	int label_cols = widest_line_label(view, body->width / 2);
	for (size_t i = 0; i < view->n_blocks; i++) {
		const struct view_block *b = &view->blocks[i];
		if (b->after_gap)
			body_add_blank(body);
		switch (b->kind) {
		case BLOCK_STEP:
			add_tab_bar(body, view);
			break;
		case BLOCK_LINE: {
			int pad = label_cols - text_columns(b->label);
			char *line = xasprintf("%*s%s: %s", pad > 0 ? pad : 0, "", b->label, b->text);
			body_add(body, line, A_NORMAL, 0);
			free(line);
			break;
		}
		case BLOCK_WARNING:
			body_add(body, b->text, A_BOLD, 0);
			break;
		case BLOCK_NOTICE:
			body_add_hanging(body, "! ", b->text, A_BOLD);
			break;
		case BLOCK_ADAPTATION:
			body_add(body, b->text, A_NORMAL, 2);
			break;
		case BLOCK_TEXT:
		case BLOCK_REQUIRED:
			body_add(body, b->text, A_NORMAL, 0);
			break;
		case BLOCK_PICTURE:
			body_add_picture(body, b);
			break;
		}
	}
}

void body_draw(const struct body *body, int first_line, int top, int bottom)
{
	int rows = bottom - top + 1;
	bool more_below = body->count - first_line > rows;
	int shown = more_below ? rows - 1 : rows;
	for (int i = 0; i < shown && first_line + i < body->count; i++) {
		const struct body_line *line = &body->lines[first_line + i];
		attron(line->attr);
		draw_text(stdscr, top + i, LEFT_MARGIN + line->indent, line->text,
			  COLS - 2 * LEFT_MARGIN - line->indent);
		attroff(line->attr);
	}
	if (more_below) {
		attron(A_BOLD);
		draw_text(stdscr, bottom, LEFT_MARGIN, body->more_hint, COLS - 2 * LEFT_MARGIN);
		attroff(A_BOLD);
	}
}

void body_free(struct body *body)
{
	/* A body may show a key, its QR code or backup codes. */
	for (int i = 0; i < body->count; i++) {
		wipe_memory(body->lines[i].text, strlen(body->lines[i].text));
		free(body->lines[i].text);
	}
	free(body->lines);
	body->lines = NULL;
	body->count = 0;
}

/* ---- keys, help, small windows -------------------------------------------- */

enum run_result wait_for_larger_window(const struct view *view, int need_cols, int need_rows,
				       const struct action_spec **action)
{
	const struct action_spec *back = view->back_action >= 0 ? view->actions[view->back_action].spec
								: NULL;
	for (;;) {
		erase();
		char *text = xasprintf(_("Please make the window larger (needs %d×%d, now %d×%d)."),
				       need_cols, need_rows, COLS, LINES);
		if (back != NULL) {
			char *with_back = xasprintf("%s %s", text, _("Esc: back."));
			free(text);
			text = with_back;
		}
		struct wrapped w;
		wrap_text(text, COLS > 2 ? COLS - 1 : 1, &w);
		for (size_t i = 0; i < w.count && (int)i < LINES; i++)
			draw_text(stdscr, (int)i, 0, w.lines[i], COLS);
		wrapped_free(&w);
		free(text);
		move(0, 0);
		refresh();
		int code;
		bool fkey;
		enum run_result r = read_key(&code, &fkey);
		if (r != RUN_ACTION)
			return r; /* a resize: let the caller lay out again */
		if (back != NULL && key_command_for(code, fkey, false) == CMD_BACK) {
			*action = back;
			return RUN_ACTION;
		}
	}
}

/* The core's help, then the keys of this frontend. */
static char *screen_help(const struct view *view)
{
	char *text = view_help(view);
	char *keys = keys_help_text();
	char *grown = xasprintf("%s\n\n%s\n%s", text, _("Keys:"), keys);
	free(keys);
	free(text);
	return grown;
}

enum run_result show_help(const struct view *view)
{
	char *text = screen_help(view);
	int first = 0;
	enum run_result result = RUN_ACTION;
	for (;;) {
		struct body body;
		body_init(&body, COLS - 2 * LEFT_MARGIN);
		char *title = xasprintf(_("Help: %s"), view->title);
		erase();
		int title_row = draw_banner();
		int top = title_row + 2, bottom = LINES - 2;
		attron(A_BOLD);
		draw_text(stdscr, title_row, LEFT_MARGIN, title, COLS - 2 * LEFT_MARGIN);
		attroff(A_BOLD);
		free(title);
		body_add(&body, text, A_NORMAL, 0);
		int rows = bottom - top + 1;
		int max_first = body.count > rows ? body.count - rows + 1 : 0;
		if (first > max_first)
			first = max_first;
		body_draw(&body, first, top, bottom);
		body_free(&body);
		attron(A_REVERSE);
		mvhline(LINES - 1, 0, ' ', COLS);
		draw_text(stdscr, LINES - 1, 1, _("Up/Down/PgUp/PgDn: scroll   Esc, Enter or q: close help"),
			  COLS - 2);
		attroff(A_REVERSE);
		move(top, LEFT_MARGIN);
		refresh();
		int code;
		bool fkey;
		result = read_key(&code, &fkey);
		if (result != RUN_ACTION && result != RUN_RELAYOUT)
			break;
		if (result == RUN_RELAYOUT)
			continue;
		enum key_command cmd = key_command_for(code, fkey, false);
		if (cmd == CMD_BACK || cmd == CMD_ACTIVATE || cmd == CMD_HELP || (!fkey && code == 'q'))
			break;
		if (cmd == CMD_NEXT && (fkey || code != '\t'))
			first = first < max_first ? first + 1 : first;
		else if (cmd == CMD_PREV && (fkey || code != KEY_BTAB))
			first = first > 0 ? first - 1 : 0;
		else if (cmd == CMD_PAGE_DOWN || code == ' ')
			first = first + rows - 1 < max_first ? first + rows - 1 : max_first;
		else if (cmd == CMD_PAGE_UP)
			first = first > rows - 1 ? first - rows + 1 : 0;
	}
	free(text);
	/* The screen below must be laid out again in any case. */
	return result != RUN_ACTION ? result : RUN_RELAYOUT;
}

/* ---- focus -------------------------------------------------------------- */

int focus_step(int focused, int count, int step)
{
	if (count <= 0)
		return -1;
	return ((focused + step) % count + count) % count;
}

/* ---- permanent actions ------------------------------------------------------ */

const struct action_spec *ui_activate(const struct screen_run *run, int action)
{
	if (action < 0 || action >= run->view->n_actions)
		return NULL;
	const struct action_spec *a = run->view->actions[action].spec;
	const char *why;
	if (session_may_commit(run->session, a, COMMIT_BY_KEY, &why))
		return a;
	ui_set_note(MESSAGE_INFO, why);
	return NULL;
}

void ui_focus_moved(const struct screen_run *run, const struct frame *frame, int *last, int now)
{
	if (*last == now)
		return;
	*last = now;
	bool permanent = now >= 0 && now < frame->n_actions &&
			 (run->view->actions[frame->actions[now].index].spec->flags & ACTION_PERMANENT);
	session_permanent_focus(run->session, permanent);
}
