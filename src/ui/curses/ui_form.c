/* Form screens: labelled formw fields, then buttons and links. */
#include <config.h>

#include "ui/curses/ui_internal.h"

#include <form.h>
#include <limits.h>
#include <menu.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "ui/curses/ui_text.h"
#include "base/util.h"

#define LEFT_MARGIN 2

/* The body of a form has two parts: the text (intro, notices) and the
 * fields with the live line. When the window is short (a zoomed font)
 * each part scrolls on its own: the text with PgUp/PgDn, the fields so
 * that the focused one is always in view. Only the fields in view are
 * formw fields; the core keeps the values of the others (view.fields). */
struct form_screen {
	const struct screen_run *run;
	const struct view *view;
	struct frame frame;
	struct body text;
	FIELD *fields[FLOW_MAX_FIELDS];		/* NULL when out of view */
	FIELD *in_view[FLOW_MAX_FIELDS + 1];	/* the form's own list */
	FORM *form;
	WINDOW *sub;
	int n_fields;
	/* A label too wide to leave a field room beside it (a question, a
	 * Spanish label at 40 columns) goes on rows of its own above it:
	 * stacked. Each field is then label_lines rows and its own. */
	bool stacked;
	int label_lines[FLOW_MAX_FIELDS];
	int field_part[FLOW_MAX_FIELDS];	/* the part row of each field */
	int fields_parts;			/* the part rows of all fields */
	int label_cols;
	int field_cols;
	int field_col;
	int note_rows;		/* the screen's live line, if it has one */
	int text_view;		/* rows the text is shown in */
	int text_first;		/* the first text line shown */
	int fields_top;		/* the screen row of the fields' part */
	int fields_view;	/* rows of fields and live line shown */
	int fields_first;	/* the first of them shown */
	int focus;		/* 0..n_fields-1: a field; then frame->actions */
	int cursor_placed;	/* the field whose cursor went to its end, or -1 */
	/* A password field shows one star a character; what was typed is
	 * here, with the cursor's place in it, in characters. */
	char secret[FLOW_MAX_FIELDS][FLOW_VALUE_MAX];
	int secret_at[FLOW_MAX_FIELDS];
	/* What was typed in the focused list field since it got the focus
	 * (type-ahead chooses the first entry that starts so). */
	char prefix[FLOW_VALUE_MAX];
	int prefix_field;
	int permanent_focus;	/* the button last told to the session */
	/* Buttons and links folded into the fields' part (frame.folded):
	 * the row of each in that part, after the fields and live line. */
	int action_part[FLOW_MAX_ACTIONS];
	int action_rows;
};

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
static int characters(const char *text)
{
	int n = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++)
		n += (*p & 0xC0) != 0x80;
	return n;
}

/* The byte where character at of text starts. */
static size_t byte_of(const char *text, int at)
{
	size_t i = 0;
	for (int n = 0; text[i] != '\0'; i++) {
		if (((unsigned char)text[i] & 0xC0) != 0x80 && n++ == at)
			break;
	}
	return i;
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
			int n_stars = characters(fs->secret[i]);
			memset(stars, '*', (size_t)n_stars);
			stars[n_stars] = '\0';
			set_field_buffer(field, 0, stars);
		} else {
			set_field_buffer(field, 0, fs->view->fields[i].value);
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
	if (fs->sub != NULL) {
		delwin(fs->sub);
		fs->sub = NULL;
	}
}

static bool is_password(const struct form_screen *fs, int i)
{
	return i >= 0 && i < fs->n_fields && fs->view->fields[i].spec->kind == FIELD_PASSWORD;
}

/* What field i holds, trimmed, into value (FLOW_VALUE_MAX bytes); a
 * password exactly as typed, not its stars. */
static void field_text(struct form_screen *fs, int i, char *value)
{
	if (is_password(fs, i)) {
		copy_text(value, FLOW_VALUE_MAX, fs->secret[i]);
		return;
	}
	const char *buffer = field_buffer(fs->fields[i], 0);
	copy_text(value, FLOW_VALUE_MAX, buffer ? buffer : "");
	trim_blanks(value);
}

/* Tells the session what is in the fields in view (the core keeps the
 * others already). */
static void collect_values(struct form_screen *fs)
{
	if (fs->form == NULL)
		return;
	form_driver(fs->form, REQ_VALIDATION);
	char value[FLOW_VALUE_MAX];
	for (int i = 0; i < fs->n_fields; i++) {
		if (fs->fields[i] == NULL)
			continue;
		field_text(fs, i, value);
		session_field_edited(fs->run->session, i, value);
	}
	wipe_memory(value, sizeof value);
}

/* The focused field is left: kept, and drafted where the screen is;
 * what type-ahead collected in it starts afresh next time. */
static void leave_field(struct form_screen *fs)
{
	fs->prefix_field = -1;
	if (fs->focus >= fs->n_fields || fs->fields[fs->focus] == NULL)
		return;
	collect_values(fs);
	char value[FLOW_VALUE_MAX];
	field_text(fs, fs->focus, value);
	session_field_left(fs->run->session, fs->focus, value);
	wipe_memory(value, sizeof value);
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
	collect_values(fs);
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
		return true;	/* out of view: unchanged */
	char value[FLOW_VALUE_MAX];
	if (fs->form != NULL)
		form_driver(fs->form, REQ_VALIDATION);	/* formw's buffer up to date */
	field_text(fs, i, value);
	bool same = strcmp(value, fs->view->fields[i].checked) == 0;
	wipe_memory(value, sizeof value);
	return same;
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
		int col = fs->field_col + cols + 2;	/* past the closing bracket */
		/* A stacked field's mark goes after its label, when that has
		 * room: the field itself takes the row. */
		if (fs->stacked && col + text_columns(mark) > COLS - 1)
			stacked_mark_place(fs, i, &row, &col);
		if (row < 0 || col >= COLS - 1)
			continue;
		move(row, col);
		clrtoeol();
		if (!field_still_wrong(fs, i) || col + text_columns(mark) > COLS - 1)
			continue;	/* no room: the message rows say it */
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
		fs->frame.actions[i].row = part_row(fs, fs->fields_parts + fs->note_rows + fs->action_part[i]);
}

static bool build_form(struct form_screen *fs)
{
	int first_row = -1, last_row = -1, widest = 0;
	int n = build_fields(fs, &first_row, &last_row, &widest);
	if (n < 0)
		return false;
	if (n == 0)
		return true;	/* only text in view */
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
	frame_status(&fs->frame, form_scrolls(fs)
				 ? _("Tab: next  PgUp/PgDn: more  Esc: back  F1: help")
				 : _("Tab: next  Enter: OK  Esc: back  F1 or Ctrl-G: help"));
}

/* A new view: what is typed goes to the core, the fields in view are
 * made anew, and everything is drawn again. */
static bool show_view(struct form_screen *fs)
{
	collect_values(fs);
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
static void show_message_for_focus(struct form_screen *fs)
{
	const struct view *view = fs->view;
	bool corrected = view->error_field >= 0 && view->error_field < fs->n_fields &&
			 view->fields[view->error_field].error[0] != '\0' &&
			 !field_still_wrong(fs, view->error_field);
	if (fs->focus < fs->n_fields && field_still_wrong(fs, fs->focus)) {
		char *text = frame_field_error_text(view, fs->focus);
		frame_message(&fs->frame, MESSAGE_ERROR, text);
		free(text);
	}
	else if (corrected && view->message_kind == MESSAGE_ERROR)
		frame_message(&fs->frame, MESSAGE_NONE, "");	/* said of a field since changed */
	else
		frame_message(&fs->frame, view->message_kind, view->message);
}

static void show_focus(struct form_screen *fs)
{
	draw_labels(fs);
	draw_field_errors(fs);
	show_message_for_focus(fs);
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
			fs->secret_at[fs->focus] = characters(fs->secret[fs->focus]);
		}
		pos_form_cursor(fs->form);
		wnoutrefresh(fs->sub);
	} else {
		frame_place_cursor(&fs->frame, action_focus);
		wnoutrefresh(stdscr);
	}
	doupdate();
}

static bool is_choice_field(const struct form_screen *fs, int i)
{
	return i >= 0 && i < fs->n_fields && fs->view->fields[i].list;
}

static bool list_has_entries(const struct form_screen *fs, int i)
{
	size_t count;
	(void)view_choices(fs->view, i, &count);
	return count > 0;
}

static bool field_is_empty(struct form_screen *fs, int i)
{
	form_driver(fs->form, REQ_VALIDATION);
	const char *buffer = field_buffer(fs->fields[i], 0);
	return buffer == NULL || buffer[strspn(buffer, " ")] == '\0';
}

/* Leaving a list field: what was typed becomes the entry it names
 * ("cal" becomes "California"); anything else is left for the check. */
static void complete_choice_field(struct form_screen *fs)
{
	if (!is_choice_field(fs, fs->focus))
		return;
	collect_values(fs);
	char completed[FLOW_VALUE_MAX];
	const char *typed = fs->view->fields[fs->focus].value;
	if (view_complete_choice(fs->view, fs->focus, typed, completed, sizeof completed) &&
	    strcmp(completed, typed) != 0)
		set_field_buffer(fs->fields[fs->focus], 0, completed);
}

struct choice_popup {
	ITEM **items;
	char **labels;
	size_t count;
	int entries;		/* the items one can choose (not group titles) */
	const char *title;	/* the field's label */
	MENU *menu;
	/* shade blanks the popup's rows across the screen, so that a screen
	 * reader reading a line hears the entry, not the form behind it. */
	WINDOW *shade, *win, *sub;
};

static void free_popup(struct choice_popup *p)
{
	if (p->menu != NULL) {
		unpost_menu(p->menu);
		free_menu(p->menu);
	}
	for (size_t i = 0; i < p->count; i++) {
		if (p->items[i] != NULL)
			free_item(p->items[i]);
		free(p->labels[i]);
	}
	free(p->items);
	free(p->labels);
	if (p->sub != NULL)
		delwin(p->sub);
	if (p->win != NULL)
		delwin(p->win);
	if (p->shade != NULL)
		delwin(p->shade);
}

static bool build_popup(struct choice_popup *p, const struct choice *entries, size_t count,
			const char *title)
{
	p->title = title;
	int widest = 0;
	p->items = xcalloc(count + 1, sizeof *p->items);	/* NOLINT(bugprone-sizeof-expression): ITEM pointers */
	p->labels = xcalloc(count, sizeof *p->labels);
	p->count = count;
	for (size_t i = 0; i < count; i++) {
		/* A group title reads as one in words too, not by its look alone. */
		char *label = entries[i].heading ? xasprintf("-- %s --", _(entries[i].value))
			      : xstrdup(entries[i].label ? _(entries[i].label) : entries[i].value);
		p->labels[i] = label;
		p->items[i] = new_item(label, "");
		if (p->items[i] == NULL)
			return false;
		if (entries[i].heading)
			item_opts_off(p->items[i], O_SELECTABLE);
		else
			p->entries++;
		if (text_columns(label) > widest)
			widest = text_columns(label);
	}
	int rows = (int)count < LINES - 4 ? (int)count : LINES - 4;
	int cols = widest + 4 < COLS - 4 ? widest + 4 : COLS - 4;
	if (text_columns(title) + 4 > cols)	/* the title on the top line */
		cols = text_columns(title) + 4 < COLS - 4 ? text_columns(title) + 4 : COLS - 4;
	p->menu = new_menu(p->items);
	int top = (LINES - rows - 2) / 2;
	p->shade = newwin(rows + 2, COLS, top, 0);
	p->win = newwin(rows + 2, cols + 2, top, (COLS - cols - 2) / 2);
	if (p->menu == NULL || p->win == NULL || p->shade == NULL)
		return false;
	p->sub = derwin(p->win, rows, cols, 1, 1);
	if (p->sub == NULL)
		return false;
	keypad(p->win, TRUE);
	set_menu_win(p->menu, p->win);
	set_menu_sub(p->menu, p->sub);
	set_menu_format(p->menu, rows, 1);
	set_menu_mark(p->menu, "> ");
	set_menu_grey(p->menu, A_BOLD | A_UNDERLINE);
	box_set(p->win, WACS_VLINE, WACS_HLINE);
	if (post_menu(p->menu) != E_OK)
		return false;
	if (!(item_opts(current_item(p->menu)) & O_SELECTABLE))
		menu_driver(p->menu, REQ_DOWN_ITEM);
	return true;
}

/* The box's words: the field's name on top, "3 of 50" below for the
 * entry in focus (group titles not counted). */
static void draw_popup_words(struct choice_popup *p)
{
	int height, width;
	getmaxyx(p->win, height, width);
	box_set(p->win, WACS_VLINE, WACS_HLINE);
	draw_text(p->win, 0, 2, p->title, width - 4);
	int at = 0;
	ITEM *current = current_item(p->menu);
	for (size_t i = 0; i < p->count && p->items[i] != current; i++)
		at += (item_opts(p->items[i]) & O_SELECTABLE) != 0;
	char *where = xasprintf(_("%d of %d"), at + 1, p->entries);
	draw_text(p->win, height - 1, 2, where, width - 4);
	free(where);
}

/* Runs the list until Enter on an entry (its label in out) or Esc. */
static enum run_result pick_from_popup(struct choice_popup *p, char *out, size_t size)
{
	werase(p->shade);
	wnoutrefresh(p->shade);
	for (;;) {
		draw_popup_words(p);
		pos_menu_cursor(p->menu);
		wrefresh(p->win);
		int code;
		bool fkey;
		enum run_result r = read_key_in(p->win, &code, &fkey);
		if (r != RUN_ACTION)
			return r;
		enum key_command cmd = key_command_for(code, fkey, true);
		if (cmd == CMD_BACK)
			return RUN_RELAYOUT;
		if (cmd == CMD_ACTIVATE) {
			ITEM *item = current_item(p->menu);
			if (item != NULL && (item_opts(item) & O_SELECTABLE)) {
				copy_text(out, size, item_name(item));
				return RUN_ACTION;
			}
			continue;
		}
		int request = 0;
		if (fkey && (code == KEY_DOWN || code == KEY_UP || code == KEY_NPAGE ||
			     code == KEY_PPAGE || code == KEY_HOME || code == KEY_END))
			request = code == KEY_DOWN ? REQ_DOWN_ITEM : code == KEY_UP ? REQ_UP_ITEM
				: code == KEY_NPAGE ? REQ_SCR_DPAGE : code == KEY_PPAGE ? REQ_SCR_UPAGE
				: code == KEY_HOME ? REQ_FIRST_ITEM : REQ_LAST_ITEM;
		else if (cmd == CMD_NEXT)
			request = REQ_DOWN_ITEM;
		else if (cmd == CMD_PREV)
			request = REQ_UP_ITEM;
		if (request != 0)
			menu_driver(p->menu, request);
		else if (!fkey && code >= ' ' && code < 127 && menu_driver(p->menu, code) != E_OK)
			menu_driver(p->menu, REQ_CLEAR_PATTERN);
	}
}

/* Space in an empty list field: the whole list in a box. */
static enum run_result open_choice_list(struct form_screen *fs)
{
	collect_values(fs);
	size_t count;
	const struct choice *entries = view_choices(fs->view, fs->focus, &count);
	if (count == 0)
		return RUN_ACTION;	/* free text here: nothing to show */
	struct choice_popup popup = { 0 };
	char picked[FLOW_VALUE_MAX] = "";
	bool built = build_popup(&popup, entries, count, fs->view->fields[fs->focus].label);
	/* The list opens on what the field holds. */
	for (size_t i = 0; built && i < popup.count; i++)
		if (strcmp(popup.labels[i], fs->view->fields[fs->focus].value) == 0)
			set_current_item(popup.menu, popup.items[i]);
	enum run_result r = built ? pick_from_popup(&popup, picked, sizeof picked) : RUN_RELAYOUT;
	free_popup(&popup);
	if (picked[0] != '\0') {
		set_field_buffer(fs->fields[fs->focus], 0, picked);
		fs->prefix[0] = '\0';
	}
	touchwin(stdscr);
	return r == RUN_RELAYOUT ? RUN_ACTION : r;
}

static int edit_request(int code)
{
	switch (code) {
	case KEY_LEFT:
		return REQ_PREV_CHAR;
	case KEY_RIGHT:
		return REQ_NEXT_CHAR;
	case KEY_HOME:
		return REQ_BEG_FIELD;
	case KEY_END:
		return REQ_END_FIELD;
	case KEY_BACKSPACE:
		return REQ_DEL_PREV;
	case KEY_DC:
		return REQ_DEL_CHAR;
	default:
		return 0;
	}
}

/* Whether every field after the focused one may stay empty (such as a
 * court login's Client Code after the password). */
static bool only_optional_fields_left(const struct form_screen *fs)
{
	for (int i = fs->focus + 1; i < fs->n_fields; i++)
		if (fs->view->fields[i].required)
			return false;
	return true;
}

/* Enter in a field: the next field, or once only optional fields are left
 * the screen's default action; a permanent action only gets the focus,
 * and its quiet time starts (session.h). */
static bool enter_in_field(struct form_screen *fs, const struct action_spec **action)
{
	int def = fs->view->default_action;
	if (def < 0 || !only_optional_fields_left(fs)) {
		fs->focus = focus_step(fs->focus, fs->n_fields + fs->frame.n_actions, 1);
		return false;
	}
	if (fs->view->actions[def].spec->flags & ACTION_PERMANENT) {
		int target = frame_target_of(&fs->frame, def);
		if (target >= 0)
			fs->focus = fs->n_fields + target;
		return false;
	}
	*action = fs->view->actions[def].spec;
	return true;
}

/* A key in a password field: the formw field holds stars and moves as
 * usual; the characters themselves go to fs->secret, at the same place. */
static bool handle_password_key(struct form_screen *fs, int code, bool fkey)
{
	int i = fs->focus;
	char *secret = fs->secret[i];
	int *at = &fs->secret_at[i], n = characters(secret);
	if (!fkey && (code == 127 || code == 8))
		code = KEY_BACKSPACE, fkey = true;
	if (!fkey && code == ('u' & 0x1f)) {
		form_driver(fs->form, REQ_CLR_FIELD);
		wipe_memory(secret, FLOW_VALUE_MAX);
		*at = 0;
		return true;
	}
	if (!fkey && code >= 32) {
		char bytes[MB_LEN_MAX];
		mbstate_t state;
		memset(&state, 0, sizeof state);
		size_t len = wcrtomb(bytes, (wchar_t)code, &state);
		size_t used = strlen(secret), where = byte_of(secret, *at);
		/* Full: nothing more goes in (formw says so for the stars). */
		if (len != (size_t)-1 && used + len < FLOW_VALUE_MAX &&
		    form_driver_w(fs->form, OK, L'*') == E_OK) {
			memmove(secret + where + len, secret + where, used - where + 1);
			memcpy(secret + where, bytes, len);
			(*at)++;
		}
		wipe_memory(bytes, sizeof bytes);
		return true;
	}
	if (!fkey)
		return false;
	int request = edit_request(code);
	/* formw would move past the stars into the field's blank room, or
	 * take a blank away: the stars and the password must stay in step. */
	bool nothing_there = ((code == KEY_RIGHT || code == KEY_DC) && *at >= n) ||
			     ((code == KEY_LEFT || code == KEY_BACKSPACE) && *at <= 0);
	if (request == 0 || nothing_there || form_driver(fs->form, request) != E_OK)
		return request != 0;
	size_t where = byte_of(secret, *at);
	switch (code) {
	case KEY_LEFT:
		*at -= *at > 0;
		break;
	case KEY_RIGHT:
		*at += *at < n;
		break;
	case KEY_HOME:
		*at = 0;
		break;
	case KEY_END:
		*at = n;
		break;
	case KEY_BACKSPACE:
		if (*at > 0) {
			size_t from = byte_of(secret, *at - 1);
			memmove(secret + from, secret + where, strlen(secret + where) + 1);
			(*at)--;
		}
		break;
	case KEY_DC:
		if (*at < n) {
			size_t to = byte_of(secret, *at + 1);
			memmove(secret + where, secret + to, strlen(secret + to) + 1);
		}
		break;
	default:
		break;
	}
	return true;
}

/* A key in a list field: letters choose, as a web page's list does, the
 * first entry that starts with what was typed since the field got the
 * focus (the field never holds anything not in the list); Backspace
 * takes the last letter back. */
static bool handle_list_key(struct form_screen *fs, int code, bool fkey)
{
	size_t count;
	(void)view_choices(fs->view, fs->focus, &count);
	if (count == 0)
		return false;	/* free text here (a county of another state) */
	if (fs->prefix_field != fs->focus) {
		fs->prefix[0] = '\0';
		fs->prefix_field = fs->focus;
	}
	char wanted[FLOW_VALUE_MAX];
	copy_text(wanted, sizeof wanted, fs->prefix);
	size_t len = strlen(wanted);
	if ((fkey && code == KEY_BACKSPACE) || (!fkey && (code == 127 || code == 8))) {
		while (len > 0 && ((unsigned char)wanted[--len] & 0xC0) == 0x80)
			;
		wanted[len] = '\0';
	} else if (!fkey && code >= 32) {
		char bytes[MB_LEN_MAX];
		mbstate_t state;
		memset(&state, 0, sizeof state);
		size_t n = wcrtomb(bytes, (wchar_t)code, &state);
		if (n == (size_t)-1 || len + n >= sizeof wanted)
			return true;
		memcpy(wanted + len, bytes, n);
		wanted[len + n] = '\0';
	} else {
		/* Delete would leave a word not in the list. */
		return fkey && code == KEY_DC;
	}
	const char *label = wanted[0] != '\0' ? view_choice_starting(fs->view, fs->focus, wanted)
					       : NULL;
	if (wanted[0] != '\0' && label == NULL) {
		/* What was typed so far still stands; the letter goes. */
		char *said = xasprintf(_("No item starts with \"%s\"."), wanted);
		ui_set_note(MESSAGE_INFO, said);
		free(said);
		return true;
	}
	copy_text(fs->prefix, sizeof fs->prefix, wanted);
	ui_set_note(MESSAGE_NONE, NULL);
	if (label == NULL)
		return true;
	set_field_buffer(fs->fields[fs->focus], 0, label);
	/* The cursor on the entry chosen, where a screen reader reads it. */
	form_driver(fs->form, REQ_BEG_FIELD);
	return true;
}

static bool handle_text_key(struct form_screen *fs, int code, bool fkey)
{
	if (is_password(fs, fs->focus))
		return handle_password_key(fs, code, fkey);
	if (is_choice_field(fs, fs->focus) && handle_list_key(fs, code, fkey))
		return true;
	if (fkey) {
		int request = edit_request(code);
		if (request != 0)
			form_driver(fs->form, request);
		return request != 0;
	}
	if (code == 127 || code == 8) {
		form_driver(fs->form, REQ_DEL_PREV);
		return true;
	}
	if (code == ('u' & 0x1f)) {
		form_driver(fs->form, REQ_CLR_FIELD);
		fs->prefix_field = -1;
		return true;
	}
	if (code >= 32) {
		form_driver_w(fs->form, OK, (wchar_t)code);
		return true;
	}
	return false;
}

/* The help, over the form: what the fields hold is taken first, as the
 * help's screen covers the window formw reads the focused field from. */
static enum run_result help_over_form(struct form_screen *fs)
{
	collect_values(fs);
	return show_help(fs->view);
}

/* One key; true when the screen is done (an action was chosen). */
static bool handle_key(struct form_screen *fs, int code, bool fkey, const struct action_spec **action,
		       enum run_result *result)
{
	bool in_field = fs->focus < fs->n_fields;
	int count = fs->n_fields + fs->frame.n_actions;
	enum key_command command = key_command_for(code, fkey, in_field);
	/* Space opens a list, unless it is part of the words being typed
	 * ("In what city"); so does Enter while nothing is chosen yet. */
	bool typing = fs->prefix_field == fs->focus && fs->prefix[0] != '\0';
	bool opens_list = is_choice_field(fs, fs->focus) &&
			  ((!fkey && code == ' ' && !typing) ||
			   (command == CMD_ACTIVATE && field_is_empty(fs, fs->focus)));
	if (opens_list && list_has_entries(fs, fs->focus)) {
		*result = open_choice_list(fs);
		return *result != RUN_ACTION;
	}
	if (command == CMD_NEXT || command == CMD_PREV || command == CMD_ACTIVATE) {
		complete_choice_field(fs);
		if (in_field)
			leave_field(fs);	/* kept, and drafted */
	}
	switch (command) {
	case CMD_NEXT:
		fs->focus = focus_step(fs->focus, count, 1);
		return false;
	case CMD_PREV:
		fs->focus = focus_step(fs->focus, count, -1);
		return false;
	case CMD_ACTIVATE: {
		if (in_field)
			return enter_in_field(fs, action);
		int chosen = fs->frame.actions[fs->focus - fs->n_fields].index;
		if (fs->view->actions[chosen].spec->flags & ACTION_HELP) {
			*result = help_over_form(fs);
			return true;
		}
		*action = ui_activate(fs->run, chosen);
		if (*action == NULL)
			show_message_for_focus(fs);	/* why it was not taken */
		return *action != NULL;
	}
	case CMD_BACK:
		if (fs->view->back_action < 0)
			return false;
		*action = fs->view->actions[fs->view->back_action].spec;
		return true;
	case CMD_HELP:
		*result = help_over_form(fs);
		return true;
	case CMD_REDRAW:	/* read_key repaints before a screen sees it */
	case CMD_PAGE_UP:
	case CMD_PAGE_DOWN:
	case CMD_STAFF_EXIT:
	case CMD_NONE:
		break;
	}
	if (in_field)
		handle_text_key(fs, code, fkey);
	else if (!fkey && code == ' ')
		return handle_key(fs, '\n', false, action, result);
	return false;
}

/* PgUp/PgDn: the text moves a page; the focus stays where it is. */
static void scroll_text(struct form_screen *fs, int direction)
{
	int shown = fs->text_view > 1 ? fs->text_view - 1 : 1;	/* a row for the pointer */
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
	struct form_screen fs = { .run = run, .view = view, .n_fields = view->n_fields,
				  .cursor_placed = -1, .permanent_focus = INT_MIN, .prefix_field = -1 };
	int need_cols, need_rows;
	enum run_result result = RUN_ACTION;
	*action = NULL;
	if (!layout(&fs, &need_cols, &need_rows)) {
		body_free(&fs.text);
		return wait_for_larger_window(view, need_cols, need_rows, action);
	}
	for (int i = 0; i < fs.n_fields; i++)
		if (is_password(&fs, i))
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
		if (handle_key(&fs, code, fkey, action, &result))
			break;
		if (fs.note_rows > 0)
			draw_live_note(&fs);
	}
	if (!ok)
		result = RUN_RELAYOUT;	/* out of memory for the fields: lay out again */
	collect_values(&fs);
	free_fields(&fs);
	body_free(&fs.text);
	wipe_memory(fs.secret, sizeof fs.secret);
	return result;
}
