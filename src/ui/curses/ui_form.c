/* SPDX-License-Identifier: MIT */
/* Form screens: labelled formw fields, then buttons and links. */
#include <config.h>

#include "ui/curses/ui_form.h"

#include <form.h>
#include <limits.h>
#include <menu.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "ui/curses/ui_text.h"

#define LEFT_MARGIN 2

/* Where row i of the fields' part (a field, then the live line) is on
 * the screen, or -1 when out of view. */
static int part_row(const struct form_screen *fs, int i)
{
	int row = i - fs->fields_first;
	return row >= 0 && row < fs->fields_view ? fs->fields_top + row : -1;
}

static int field_row(const struct form_screen *fs, int i)
{
	return part_row(fs, fs->field_part[i]);
}

static char *field_label(const struct view_field *f)
{
	return f->required ? xasprintf("%s *", f->label) : xstrdup(f->label);
}

/* "Label *:", as it reads on its own rows above the field. */
static char *stacked_label(const struct view_field *f)
{
	char *label = field_label(f);
	char *text = xasprintf("%s:", label);
	free(label);
	return text;
}

static int widest_label(const struct view *view)
{
	int widest = 0;
	for (int i = 0; i < view->n_fields; i++) {
		char *label = field_label(&view->fields[i]);
		int w = text_columns(label);
		free(label);
		if (w > widest)
			widest = w;
	}
	return widest;
}

/* Characters (not bytes) in UTF-8 text. */
int ui_form_characters(const char *text)
{
	int n = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++)
		n += (*p & 0xC0) != 0x80;
	return n;
}

/* The byte where character at of text starts. */
size_t ui_form_byte_of(const char *text, int at)
{
	size_t i = 0;
	for (int n = 0; text[i] != '\0'; i++) {
		if (((unsigned char)text[i] & 0xC0) != 0x80 && n++ == at)
			break;
	}
	return i;
}

/* Field i was just set to its value: what formw gives back is known
 * without asking when it holds that value whole and as is (printable
 * ASCII, no blank at an end, within max_length characters); anything
 * else is read from formw the first time it is needed. */
static void know_text_as_set(struct form_screen *fs, int i, int max_length)
{
	const char *value = fs->view->fields[i].value;
	size_t len = 0;
	while (len < FLOW_VALUE_MAX - 1 && value[len] >= ' ' && value[len] <= '~')
		len++;
	bool as_is = value[len] == '\0' && (max_length <= 0 || len <= (size_t)max_length) &&
		     (len == 0 || (value[0] != ' ' && value[len - 1] != ' '));
	fs->held_known[i] = as_is;
	if (as_is)
		memcpy(fs->held[i], value, len + 1);
}

/* Makes formw fields of the fields in view, each at its row of the
 * sub-window that spans them; returns how many, or -1. */
static int build_fields(struct form_screen *fs, int *first_row, int *last_row, int *widest)
{
	int n = 0, first = -1;
	*widest = 0;
	for (int i = 0; i < fs->n_fields; i++) {
		int row = field_row(fs, i);
		if (row < 0)
			continue;
		if (first < 0)
			first = row;
		*last_row = row;
		const struct field_spec *f = fs->view->fields[i].spec;
		int width = f->width < fs->field_cols ? f->width : fs->field_cols;
		if (width > *widest)
			*widest = width;
		FIELD *field = new_field(1, width, row - first, 0, 0, 0);
		if (field == NULL)
			return -1;
		fs->fields[i] = field;
		fs->in_view[n++] = field;
		/* A full field must never move the focus by itself, and typing
		 * at a field's first column must not erase what it holds. */
		field_opts_off(field, O_AUTOSKIP | O_STATIC | O_BLANK);
		set_max_field(field, f->max_length);
		bool password = f->kind == FIELD_PASSWORD;
		/* No attribute: brackets drawn around it (draw_labels) show
		 * a field's room on any terminal, and a typed key costs one
		 * byte; underline was switched on and off at every key. */
		set_field_back(field, A_NORMAL);
		if (password) {
			char stars[FLOW_VALUE_MAX];
			int n_stars = ui_form_characters(fs->secret[i]);
			memset(stars, '*', (size_t)n_stars);
			stars[n_stars] = '\0';
			set_field_buffer(field, 0, stars);
		} else {
			set_field_buffer(field, 0, fs->view->fields[i].value);
			know_text_as_set(fs, i, f->max_length);
		}
	}
	fs->in_view[n] = NULL;
	*first_row = first;
	return n;
}

static void free_fields(struct form_screen *fs)
{
	if (fs->form != NULL) {
		unpost_form(fs->form);
		free_form(fs->form);
		fs->form = NULL;
	}
	for (int i = 0; i < fs->n_fields; i++) {
		if (fs->fields[i] == NULL)
			continue;
		/* formw keeps its own copy of what was typed: blank it. */
		set_field_buffer(fs->fields[i], 0, "");
		free_field(fs->fields[i]);
		fs->fields[i] = NULL;
	}
	wipe_memory(fs->held, sizeof fs->held);
	memset(fs->held_known, 0, sizeof fs->held_known);
	if (fs->sub != NULL) {
		delwin(fs->sub);
		fs->sub = NULL;
	}
}

bool ui_form_is_password(const struct form_screen *fs, int i)
{
	return i >= 0 && i < fs->n_fields && fs->view->fields[i].spec->kind == FIELD_PASSWORD;
}

/* What field i holds, trimmed; a password exactly as typed, not its
 * stars. Read from formw only when an edit may have changed it since
 * the last reading, which the core is told of. */
const char *ui_form_field_text(struct form_screen *fs, int i)
{
	if (ui_form_is_password(fs, i))
		return fs->secret[i];
	if (!fs->held_known[i]) {
		form_driver(fs->form, REQ_VALIDATION); /* formw's buffer up to date */
		const char *buffer = field_buffer(fs->fields[i], 0);
		copy_text(fs->held[i], FLOW_VALUE_MAX, buffer ? buffer : "");
		trim_blanks(fs->held[i]);
		fs->held_known[i] = true;
		session_field_edited(fs->run->session, i, fs->held[i]);
	}
	return fs->held[i];
}

/* Field i was edited through formw: the next reading asks formw. */
void ui_form_field_changed(struct form_screen *fs, int i)
{
	if (i >= 0 && i < fs->n_fields)
		fs->held_known[i] = false;
}

/* Tells the session what is in the fields in view (the core keeps the
 * others already). */
void ui_form_collect_values(struct form_screen *fs)
{
	if (fs->form == NULL)
		return;
	for (int i = 0; i < fs->n_fields; i++) {
		if (fs->fields[i] == NULL)
			continue;
		if (ui_form_is_password(fs, i))
			session_field_edited(fs->run->session, i, fs->secret[i]);
		else
			(void)ui_form_field_text(fs, i);
	}
}

/* The focused field is left: kept, and drafted where the screen is;
 * what type-ahead collected in it starts afresh next time. */
void ui_form_leave_field(struct form_screen *fs)
{
	fs->prefix_field = -1;
	if (fs->focus >= fs->n_fields || fs->fields[fs->focus] == NULL)
		return;
	ui_form_collect_values(fs);
	session_field_left(fs->run->session, fs->focus, ui_form_field_text(fs, fs->focus));
}

/* Rows the live line takes at this width: the longest it can be, so
 * the layout does not jump while the person types. */
static int live_note_rows(struct form_screen *fs)
{
	char note[FLOW_MESSAGE_MAX];
	view_live_note(fs->view, note, sizeof note);
	struct wrapped w;
	wrap_text(note, COLS - 2 * LEFT_MARGIN, &w);
	int rows = (int)w.count;
	wrapped_free(&w);
	return rows;
}

static void draw_live_note(struct form_screen *fs)
{
	if (fs->note_rows == 0)
		return;
	char note[FLOW_MESSAGE_MAX];
	ui_form_collect_values(fs);
	view_live_note(fs->view, note, sizeof note);
	struct wrapped w;
	wrap_text(note, COLS - 2 * LEFT_MARGIN, &w);
	for (int i = 0; i < fs->note_rows; i++) {
		int row = part_row(fs, fs->fields_parts + i);
		if (row < 0)
			continue;
		move(row, 0);
		clrtoeol();
		if ((size_t)i < w.count)
			draw_text(stdscr, row, LEFT_MARGIN, w.lines[i], COLS - 2 * LEFT_MARGIN);
	}
	wrapped_free(&w);
}

/* Whether field i still holds what the last check found wrong: once it
 * is changed, its mark and its sentence go (the next check judges it). */
static bool field_still_wrong(struct form_screen *fs, int i)
{
	if (fs->view->fields[i].error[0] == '\0' || fs->view->fields[i].checked == NULL)
		return false;
	if (fs->fields[i] == NULL)
		return true; /* out of view: unchanged */
	return strcmp(ui_form_field_text(fs, i), fs->view->fields[i].checked) == 0;
}

/* A short mark right of each field the last check found wrong; the whole
 * sentence is in the message rows, which follow the focus to it. */
/* Where a stacked field's mark goes: after the last row of its label. */
static void stacked_mark_place(const struct form_screen *fs, int i, int *row, int *col)
{
	char *label = stacked_label(&fs->view->fields[i]);
	struct wrapped w;
	wrap_text(label, COLS - 2 * LEFT_MARGIN, &w);
	*row = w.count > 0 ? part_row(fs, fs->field_part[i] - 1) : -1;
	*col = w.count > 0 ? LEFT_MARGIN + text_columns(w.lines[w.count - 1]) + 1 : COLS;
	wrapped_free(&w);
	free(label);
}

static void draw_field_errors(struct form_screen *fs)
{
	/* TRANSLATORS: beside a field; the sentence is in the rows below. */
	const char *mark = _("! see below");
	for (int i = 0; i < fs->n_fields; i++) {
		int row = field_row(fs, i);
		if (fs->fields[i] == NULL || row < 0)
			continue;
		int rows, cols, unused;
		field_info(fs->fields[i], &rows, &cols, &unused, &unused, &unused, &unused);
		int col = fs->field_col + cols + 2; /* past the closing bracket */
		/* A stacked field's mark goes after its label, when that has
		 * room: the field itself takes the row. */
		if (fs->stacked && col + text_columns(mark) > COLS - 1)
			stacked_mark_place(fs, i, &row, &col);
		if (row < 0 || col >= COLS - 1)
			continue;
		move(row, col);
		clrtoeol();
		if (!field_still_wrong(fs, i) || col + text_columns(mark) > COLS - 1)
			continue; /* no room: the message rows say it */
		attron(A_BOLD);
		draw_text(stdscr, row, col, mark, COLS - col - 1);
		attroff(A_BOLD);
	}
}

/* The fewest rows of text a short window keeps above the fields: a line
 * and the pointer to the rest. */
#define MIN_TEXT_VIEW 2
/* A field needs this many columns beside its label, or the labels go
 * above the fields. */
#define STACK_BELOW_COLUMNS 10

/* The row in the fields' part of what has the focus, or -1 when it is
 * a button that stays below (not folded). */
static int focus_part(const struct form_screen *fs)
{
	if (fs->focus < fs->n_fields)
		return fs->field_part[fs->focus];
	if (!fs->frame.folded)
		return -1;
	return fs->fields_parts + fs->note_rows + fs->action_part[fs->focus - fs->n_fields];
}

/* Moves the fields' part so what has the focus is in view. */
static void scroll_to_focus(struct form_screen *fs)
{
	int at = focus_part(fs);
	if (at < 0)
		return;
	if (at < fs->fields_first)
		fs->fields_first = at;
	else if (at >= fs->fields_first + fs->fields_view)
		fs->fields_first = at - fs->fields_view + 1;
	/* The live line follows the last field into view. */
	int last = fs->fields_parts + fs->note_rows - fs->fields_view;
	if (fs->focus == fs->n_fields - 1 && fs->fields_first < last)
		fs->fields_first = last;
	if (fs->fields_first > at)
		fs->fields_first = at;
	/* A stacked field's label comes into view with it, room allowing. */
	if (fs->focus < fs->n_fields) {
		int label_top = at - fs->label_lines[fs->focus];
		if (label_top < fs->fields_first && at - label_top < fs->fields_view)
			fs->fields_first = label_top;
	}
}

/* Folded buttons and links: each at its screen row, or -1 out of view. */
static void place_folded_actions(struct form_screen *fs)
{
	if (!fs->frame.folded)
		return;
	for (int i = 0; i < fs->frame.n_actions; i++)
		fs->frame.actions[i].row = part_row(fs,
						    fs->fields_parts + fs->note_rows + fs->action_part[i]);
}

static bool build_form(struct form_screen *fs)
{
	int first_row = -1, last_row = -1, widest = 0;
	int n = build_fields(fs, &first_row, &last_row, &widest);
	if (n < 0)
		return false;
	if (n == 0)
		return true; /* only text in view */
	fs->form = new_form(fs->in_view);
	fs->sub = derwin(stdscr, last_row - first_row + 1, widest, first_row, fs->field_col);
	if (fs->form == NULL || fs->sub == NULL)
		return false;
	set_form_win(fs->form, stdscr);
	set_form_sub(fs->form, fs->sub);
	return true;
}

/* Short of rows: the fields keep what they need, the text what is left
 * (at least a line and its pointer, unless the buttons had to fold in
 * too), and the fields scroll when even that is too much. */
static void share_rows(struct form_screen *fs, bool fits, int text_rows, int part_rows)
{
	int available = fs->frame.body_bottom - fs->frame.body_top + 1;
	fs->text_view = fits ? text_rows : available - part_rows;
	int least_text = text_rows < MIN_TEXT_VIEW ? text_rows : MIN_TEXT_VIEW;
	if (fs->text_view < least_text)
		fs->text_view = least_text;
	if (fs->frame.folded && fs->text_view > available - 1)
		fs->text_view = available > 1 ? available - 1 : 0;
	fs->fields_view = available - fs->text_view;
	if (fs->fields_view > part_rows)
		fs->fields_view = part_rows;
}

/* Beside or above: "Label *: [value   ]" when the widest label leaves a
 * field some room, else each label's words on rows of their own above
 * its field, which starts near the margin. */
static void place_labels(struct form_screen *fs)
{
	fs->label_cols = widest_label(fs->view);
	fs->field_col = LEFT_MARGIN + fs->label_cols + 3;
	fs->field_cols = COLS - fs->field_col - LEFT_MARGIN - 1;
	fs->stacked = fs->field_cols < STACK_BELOW_COLUMNS && COLS >= UI_MIN_COLS;
	if (fs->stacked) {
		fs->field_col = LEFT_MARGIN + 3;
		fs->field_cols = COLS - fs->field_col - LEFT_MARGIN - 1;
	}
	fs->fields_parts = 0;
	for (int i = 0; i < fs->n_fields; i++) {
		fs->label_lines[i] = 0;
		if (fs->stacked) {
			char *label = stacked_label(&fs->view->fields[i]);
			struct wrapped w;
			wrap_text(label, COLS - 2 * LEFT_MARGIN, &w);
			fs->label_lines[i] = (int)w.count;
			wrapped_free(&w);
			free(label);
		}
		fs->fields_parts += fs->label_lines[i];
		fs->field_part[i] = fs->fields_parts++;
	}
}

static bool layout(struct form_screen *fs, int *need_cols, int *need_rows)
{
	body_init(&fs->text, COLS - 2 * LEFT_MARGIN);
	body_add_screen_text(&fs->text, fs->view);
	fs->text.more_hint = _("-- more: PgDn; all of it: F1 --");
	int text_rows = fs->text.count + (fs->text.count > 0 ? 1 : 0);
	fs->note_rows = fs->view->has_live_note ? live_note_rows(fs) : 0;
	place_labels(fs);
	int part_rows = fs->fields_parts + fs->note_rows;
	bool fits = frame_layout(fs->view, text_rows + part_rows, &fs->frame, need_cols, need_rows);
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS)
		return false;
	share_rows(fs, fits, text_rows, part_rows);
	/* A long message in a short window: rather than cut it, the buttons
	 * and links scroll with the fields, the focus kept in view. */
	if (fs->fields_view < 1 && fs->n_fields > 0 && fs->frame.n_actions > 0) {
		fs->action_rows = frame_fold_actions(fs->view, &fs->frame);
		for (int i = 0; i < fs->frame.n_actions; i++)
			fs->action_part[i] = fs->frame.actions[i].row;
		part_rows += fs->action_rows;
		int available = fs->frame.body_bottom - fs->frame.body_top + 1;
		share_rows(fs, available >= text_rows + part_rows, text_rows, part_rows);
	}
	if (fs->fields_view < 1 && fs->n_fields > 0) {
		*need_rows = LINES + 1 - fs->fields_view;
		return false;
	}
	fs->fields_top = fs->frame.body_top + fs->text_view;
	if (fs->field_cols < 8) {
		*need_cols = fs->field_col + 8 + LEFT_MARGIN;
		return false;
	}
	return true;
}

/* Whether some text or some field is out of view. */
static bool form_scrolls(const struct form_screen *fs)
{
	int text_rows = fs->text.count + (fs->text.count > 0 ? 1 : 0);
	return fs->text_view < text_rows ||
	       fs->fields_view < fs->fields_parts + fs->note_rows + fs->action_rows;
}

/* The brackets that show a field's room. */
static void draw_brackets(struct form_screen *fs, int i, int row)
{
	if (fs->fields[i] == NULL)
		return;
	int rows, cols, unused;
	field_info(fs->fields[i], &rows, &cols, &unused, &unused, &unused, &unused);
	mvaddch(row, fs->field_col - 1, '[');
	mvaddch(row, fs->field_col + cols, ']');
}

/* A stacked field's label, on its rows above the field. */
static void draw_stacked_label(struct form_screen *fs, int i)
{
	char *label = stacked_label(&fs->view->fields[i]);
	struct wrapped w;
	wrap_text(label, COLS - 2 * LEFT_MARGIN, &w);
	attr_t attr = i == fs->focus ? A_BOLD : A_NORMAL;
	for (int k = 0; k < fs->label_lines[i] && (size_t)k < w.count; k++) {
		int row = part_row(fs, fs->field_part[i] - fs->label_lines[i] + k);
		if (row < 0)
			continue;
		move(row, 0);
		clrtoeol();
		attron(attr);
		draw_text(stdscr, row, LEFT_MARGIN, w.lines[k], COLS - 2 * LEFT_MARGIN);
		attroff(attr);
	}
	wrapped_free(&w);
	free(label);
}

static void draw_labels(struct form_screen *fs)
{
	for (int i = 0; i < fs->n_fields; i++) {
		if (fs->stacked)
			draw_stacked_label(fs, i);
		int row = field_row(fs, i);
		if (row < 0)
			continue;
		if (fs->stacked) {
			mvhline(row, 0, ' ', fs->field_col - 1);
			draw_brackets(fs, i, row);
			continue;
		}
		char *label = field_label(&fs->view->fields[i]);
		int w = text_columns(label);
		attr_t attr = i == fs->focus ? A_BOLD : A_NORMAL;
		mvhline(row, LEFT_MARGIN, ' ', fs->label_cols + 1);
		attron(attr);
		draw_text(stdscr, row, LEFT_MARGIN + fs->label_cols - w, label, w);
		mvaddstr(row, LEFT_MARGIN + fs->label_cols, ":");
		attroff(attr);
		free(label);
		draw_brackets(fs, i, row);
	}
}

/* The text in its rows above the fields; the blank row that ends it
 * need not show. */
static void draw_text_in_view(struct form_screen *fs)
{
	int bottom = fs->frame.body_top + fs->text_view - 1;
	for (int row = fs->frame.body_top; row <= bottom; row++) {
		move(row, 0);
		clrtoeol();
	}
	if (fs->text_view > 0)
		body_draw(&fs->text, fs->text_first, fs->frame.body_top, bottom);
}

static void draw_all(struct form_screen *fs)
{
	place_folded_actions(fs);
	frame_draw(fs->view, &fs->frame);
	draw_text_in_view(fs);
	if (fs->form != NULL)
		post_form(fs->form);
	draw_field_errors(fs);
	draw_live_note(fs);
	frame_status(&fs->frame, form_scrolls(fs) ? _("Tab: next  PgUp/PgDn: more  Esc: back  F1: help")
						  : _("Tab: next  Enter: OK  Esc: back  F1 or Ctrl-G: help"));
}

/* A new view: what is typed goes to the core, the fields in view are
 * made anew, and everything is drawn again. */
static bool show_view(struct form_screen *fs)
{
	ui_form_collect_values(fs);
	free_fields(fs);
	fs->cursor_placed = -1;
	if (!build_form(fs))
		return false;
	draw_all(fs);
	return true;
}

static bool focus_in_view(const struct form_screen *fs)
{
	if (fs->focus < fs->n_fields)
		return fs->fields[fs->focus] != NULL;
	int at = focus_part(fs);
	return at < 0 || part_row(fs, at) >= 0;
}

/* The message rows follow the focus: on a field the last check found
 * wrong, its own sentence; elsewhere the screen's message. */
void ui_form_show_message_for_focus(struct form_screen *fs)
{
	const struct view *view = fs->view;
	bool corrected = view->error_field >= 0 && view->error_field < fs->n_fields &&
			 view->fields[view->error_field].error[0] != '\0' &&
			 !field_still_wrong(fs, view->error_field);
	if (fs->focus < fs->n_fields && field_still_wrong(fs, fs->focus)) {
		char *text = frame_field_error_text(view, fs->focus);
		frame_message(&fs->frame, MESSAGE_ERROR, text);
		free(text);
	} else if (corrected && view->message_kind == MESSAGE_ERROR)
		frame_message(&fs->frame, MESSAGE_NONE, ""); /* said of a field since changed */
	else
		frame_message(&fs->frame, view->message_kind, view->message);
}

static void show_focus(struct form_screen *fs)
{
	draw_labels(fs);
	draw_field_errors(fs);
	ui_form_show_message_for_focus(fs);
	int action_focus = fs->focus - fs->n_fields;
	frame_draw_actions(fs->view, &fs->frame, action_focus);
	wnoutrefresh(stdscr);
	if (fs->focus < fs->n_fields && fs->fields[fs->focus] != NULL) {
		set_current_field(fs->form, fs->fields[fs->focus]);
		/* Coming into a field, the cursor goes after what it holds, so
		 * typing adds to it. */
		if (fs->cursor_placed != fs->focus) {
			form_driver(fs->form, REQ_END_FIELD);
			fs->cursor_placed = fs->focus;
			fs->secret_at[fs->focus] = ui_form_characters(fs->secret[fs->focus]);
		}
		pos_form_cursor(fs->form);
		wnoutrefresh(fs->sub);
	} else {
		frame_place_cursor(&fs->frame, action_focus);
		wnoutrefresh(stdscr);
	}
	doupdate();
}

/* PgUp/PgDn: the text moves a page; the focus stays where it is. */
static void scroll_text(struct form_screen *fs, int direction)
{
	int shown = fs->text_view > 1 ? fs->text_view - 1 : 1; /* a row for the pointer */
	int last = fs->text.count - shown;
	fs->text_first += direction * shown;
	if (fs->text_first > last)
		fs->text_first = last;
	if (fs->text_first < 0)
		fs->text_first = 0;
	draw_text_in_view(fs);
}

static bool is_page_key(int code, bool fkey)
{
	enum key_command command = key_command_for(code, fkey, true);
	return command == CMD_PAGE_UP || command == CMD_PAGE_DOWN;
}

/* Where the focus starts: the field or the button the core says. */
static int first_focus(const struct form_screen *fs)
{
	int field, action;
	view_focus(fs->view, &field, &action);
	if (field >= 0 && field < fs->n_fields)
		return field;
	int target = frame_target_of(&fs->frame, action);
	return target >= 0 ? fs->n_fields + target : 0;
}

static void remember_focus(struct form_screen *fs)
{
	int button = fs->focus - fs->n_fields;
	ui_focus_moved(fs->run, &fs->frame, &fs->permanent_focus, button >= 0 ? button : -1);
	session_remember_focus(fs->run->session, fs->view, fs->focus < fs->n_fields ? fs->focus : -1,
			       button >= 0 ? fs->frame.actions[button].index : -1);
}

enum run_result run_form(const struct screen_run *run, const struct action_spec **action)
{
	const struct view *view = run->view;
	struct form_screen fs = { .run = run,
				  .view = view,
				  .n_fields = view->n_fields,
				  .cursor_placed = -1,
				  .permanent_focus = INT_MIN,
				  .prefix_field = -1 };
	int need_cols, need_rows;
	enum run_result result = RUN_ACTION;
	*action = NULL;
	if (!layout(&fs, &need_cols, &need_rows)) {
		body_free(&fs.text);
		return wait_for_larger_window(view, need_cols, need_rows, action);
	}
	for (int i = 0; i < fs.n_fields; i++)
		if (ui_form_is_password(&fs, i))
			copy_text(fs.secret[i], FLOW_VALUE_MAX, view->fields[i].value);
	fs.focus = first_focus(&fs);
	scroll_to_focus(&fs);
	bool ok = build_form(&fs);
	if (ok)
		draw_all(&fs);
	while (ok) {
		if (!focus_in_view(&fs)) {
			scroll_to_focus(&fs);
			if (!(ok = show_view(&fs)))
				break;
		}
		remember_focus(&fs);
		show_focus(&fs);
		int code;
		bool fkey;
		result = read_key(&code, &fkey);
		if (result != RUN_ACTION)
			break;
		if (is_page_key(code, fkey)) {
			scroll_text(&fs, key_command_for(code, fkey, true) == CMD_PAGE_DOWN ? 1 : -1);
			continue;
		}
		if (ui_form_handle_key(&fs, code, fkey, action, &result))
			break;
		if (fs.note_rows > 0)
			draw_live_note(&fs);
	}
	if (!ok)
		result = RUN_RELAYOUT; /* out of memory for the fields: lay out again */
	ui_form_collect_values(&fs);
	free_fields(&fs);
	body_free(&fs.text);
	wipe_memory(fs.secret, sizeof fs.secret);
	return result;
}
