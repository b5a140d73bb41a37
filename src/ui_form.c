/* Form screens: labelled formw fields, then buttons and links. */
#include <config.h>

#include "ui_internal.h"

#include <form.h>
#include <menu.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_text.h"
#include "util.h"

#define LEFT_MARGIN 2

struct form_screen {
	struct flow *flow;
	struct frame frame;
	struct body text;
	FIELD *fields[FLOW_MAX_FIELDS + 1];
	FORM *form;
	WINDOW *sub;
	int n_fields;
	int label_cols;
	int fields_top, field_col;
	int note_top, note_rows;	/* the screen's live line, if it has one */
	int text_rows;			/* rows of text above the fields */
	int focus;		/* 0..n_fields-1: a field; then frame->actions */
};

static void collect_values(struct form_screen *fs);

static char *field_label(const struct field_spec *f)
{
	return f->required ? xasprintf("%s *", _(f->label)) : xstrdup(_(f->label));
}

static int widest_label(const struct screen_spec *spec)
{
	int widest = 0;
	for (size_t i = 0; i < spec->n_fields; i++) {
		char *label = field_label(&spec->fields[i]);
		int w = text_columns(label);
		free(label);
		if (w > widest)
			widest = w;
	}
	return widest;
}

static bool any_required(const struct screen_spec *spec)
{
	for (size_t i = 0; i < spec->n_fields; i++)
		if (spec->fields[i].required)
			return true;
	return false;
}

static bool build_fields(struct form_screen *fs, int field_cols)
{
	const struct screen_spec *spec = fs->flow->screen;
	for (int i = 0; i < fs->n_fields; i++) {
		const struct field_spec *f = &spec->fields[i];
		int width = f->width < field_cols ? f->width : field_cols;
		FIELD *field = new_field(1, width, i, 0, 0, 0);
		if (field == NULL)
			return false;
		fs->fields[i] = field;
		/* A full field must never move the focus by itself. */
		field_opts_off(field, O_AUTOSKIP | O_STATIC);
		set_max_field(field, f->max_length);
		if (f->kind == FIELD_PASSWORD)
			field_opts_off(field, O_PUBLIC);
		set_field_back(field, A_UNDERLINE);
		set_field_buffer(field, 0, fs->flow->values[spec->id][i]);
	}
	fs->fields[fs->n_fields] = NULL;
	return true;
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

/* Copies what is in the fields into the flow, trimmed. */
static void collect_values(struct form_screen *fs)
{
	if (fs->form == NULL)
		return;
	const struct screen_spec *spec = fs->flow->screen;
	form_driver(fs->form, REQ_VALIDATION);
	for (int i = 0; i < fs->n_fields; i++) {
		char *dst = fs->flow->values[spec->id][i];
		const char *buffer = field_buffer(fs->fields[i], 0);
		copy_text(dst, FLOW_VALUE_MAX, buffer ? buffer : "");
		if (spec->fields[i].kind == FIELD_PASSWORD) {
			size_t len = strlen(dst);
			while (len > 0 && dst[len - 1] == ' ')
				dst[--len] = '\0';
		} else {
			trim_blanks(dst);
		}
	}
}

/* Rows the live line takes at this width: the longest it can be, so
 * the layout does not jump while the person types. */
static int live_note_rows(struct form_screen *fs)
{
	char note[FLOW_MESSAGE_MAX];
	fs->flow->screen->live_note(fs->flow, note, sizeof note);
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
	fs->flow->screen->live_note(fs->flow, note, sizeof note);
	struct wrapped w;
	wrap_text(note, COLS - 2 * LEFT_MARGIN, &w);
	for (int i = 0; i < fs->note_rows; i++) {
		move(fs->note_top + i, 0);
		clrtoeol();
		if ((size_t)i < w.count)
			draw_text(stdscr, fs->note_top + i, LEFT_MARGIN, w.lines[i], COLS - 2 * LEFT_MARGIN);
	}
	wrapped_free(&w);
}

/* "! message" right of each field the last check found wrong, as far as
 * it fits; the whole sentence is in the message line too. */
static void draw_field_errors(struct form_screen *fs)
{
	for (int i = 0; i < fs->n_fields; i++) {
		const char *error = fs->flow->field_errors[i];
		int rows, cols, unused;
		field_info(fs->fields[i], &rows, &cols, &unused, &unused, &unused, &unused);
		int col = fs->field_col + cols + 1;
		if (error[0] == '\0' || col + 4 > COLS)
			continue;
		char *marked = xasprintf("! %s", error);
		attron(A_BOLD);
		int used = draw_text(stdscr, fs->fields_top + i, col, marked, COLS - col - 1);
		if (used < text_columns(marked) && COLS - col - 1 >= 4)
			mvaddstr(fs->fields_top + i, COLS - 4, "...");
		attroff(A_BOLD);
		free(marked);
	}
}

static bool layout(struct form_screen *fs, int *need_cols, int *need_rows)
{
	const struct screen_spec *spec = fs->flow->screen;
	body_init(&fs->text, COLS - 2 * LEFT_MARGIN);
	body_add_screen_text(&fs->text, fs->flow);
	if (any_required(spec))
		body_add(&fs->text, _("* Required Information"), A_NORMAL, 0);
	int text_rows = fs->text.count + (fs->text.count > 0 ? 1 : 0);
	fs->note_rows = spec->live_note != NULL ? live_note_rows(fs) : 0;
	int note_gap = 0;
	int fields_rows = fs->n_fields + note_gap + fs->note_rows;
	if (!frame_layout(fs->flow, text_rows + fields_rows, &fs->frame, need_cols, need_rows)) {
		/* Short of rows: the fields stay whole and the text above them is
		 * cut, with a pointer to help, where all of it is. */
		int available = fs->frame.body_bottom - fs->frame.body_top + 1;
		if (COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS || available - fields_rows < 2)
			return false;
		text_rows = available - fields_rows;
		fs->text.more_hint = _("-- the rest is in Help: F1 --");
		if (!frame_layout(fs->flow, text_rows + fields_rows, &fs->frame, need_cols, need_rows))
			return false;
	}
	fs->text_rows = text_rows;
	fs->label_cols = widest_label(spec);
	fs->field_col = LEFT_MARGIN + fs->label_cols + 2;
	int field_cols = COLS - fs->field_col - LEFT_MARGIN;
	if (field_cols < 8) {
		*need_cols = fs->field_col + 8 + LEFT_MARGIN;
		return false;
	}
	fs->fields_top = fs->frame.body_top + text_rows;
	fs->note_top = fs->fields_top + fs->n_fields + note_gap;
	if (!build_fields(fs, field_cols))
		return false;
	int widest = 0;
	for (int i = 0; i < fs->n_fields; i++) {
		int rows, cols;
		field_info(fs->fields[i], &rows, &cols, &(int){ 0 }, &(int){ 0 }, &(int){ 0 },
			   &(int){ 0 });
		if (cols > widest)
			widest = cols;
	}
	fs->form = new_form(fs->fields);
	fs->sub = derwin(stdscr, fs->n_fields, widest, fs->fields_top, fs->field_col);
	if (fs->form == NULL || fs->sub == NULL)
		return false;
	set_form_win(fs->form, stdscr);
	set_form_sub(fs->form, fs->sub);
	return true;
}

static void draw_labels(struct form_screen *fs)
{
	const struct screen_spec *spec = fs->flow->screen;
	for (int i = 0; i < fs->n_fields; i++) {
		char *label = field_label(&spec->fields[i]);
		int w = text_columns(label);
		attr_t attr = i == fs->focus ? A_BOLD : A_NORMAL;
		mvhline(fs->fields_top + i, LEFT_MARGIN, ' ', fs->label_cols + 1);
		attron(attr);
		draw_text(stdscr, fs->fields_top + i, LEFT_MARGIN + fs->label_cols - w, label, w);
		mvaddstr(fs->fields_top + i, LEFT_MARGIN + fs->label_cols, ":");
		attroff(attr);
		free(label);
	}
}

static void draw_all(struct form_screen *fs)
{
	frame_draw(fs->flow, &fs->frame);
	int text_bottom = fs->frame.body_top + fs->text_rows - 1;
	if (fs->text.count < fs->text_rows)
		text_bottom--;	/* the blank line before the fields */
	body_draw(&fs->text, 0, fs->frame.body_top, text_bottom);
	post_form(fs->form);
	draw_field_errors(fs);
	draw_live_note(fs);
	frame_status(&fs->frame, _("Tab: next  Enter: OK  Esc: back  F1 or Ctrl-G: help"));
}

/* The message rows follow the focus: on a field the last check found
 * wrong, its own sentence; elsewhere the screen's message. */
static void show_message_for_focus(struct form_screen *fs)
{
	const struct flow *flow = fs->flow;
	if (fs->focus < fs->n_fields && flow->field_errors[fs->focus][0] != '\0')
		frame_message(&fs->frame, MESSAGE_ERROR, flow->field_errors[fs->focus]);
	else
		frame_message(&fs->frame, flow->message_kind, flow->message);
}

static void show_focus(struct form_screen *fs)
{
	draw_labels(fs);
	show_message_for_focus(fs);
	int action_focus = fs->focus - fs->n_fields;
	frame_draw_actions(fs->flow, &fs->frame, action_focus);
	wnoutrefresh(stdscr);
	if (fs->focus < fs->n_fields) {
		set_current_field(fs->form, fs->fields[fs->focus]);
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
	return i >= 0 && i < fs->n_fields && fs->flow->screen->fields[i].choices != CHOICES_NONE;
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
	const char *typed = fs->flow->values[fs->flow->screen->id][fs->focus];
	if (flow_complete_choice(fs->flow, fs->focus, typed, completed, sizeof completed) &&
	    strcmp(completed, typed) != 0)
		set_field_buffer(fs->fields[fs->focus], 0, completed);
}

struct choice_popup {
	ITEM **items;
	char **labels;
	size_t count;
	MENU *menu;
	WINDOW *win, *sub;
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
}

static bool build_popup(struct choice_popup *p, const struct choice *entries, size_t count)
{
	int widest = 0;
	p->items = xcalloc(count + 1, sizeof *p->items);
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
		if (text_columns(label) > widest)
			widest = text_columns(label);
	}
	int rows = (int)count < LINES - 4 ? (int)count : LINES - 4;
	int cols = widest + 4 < COLS - 4 ? widest + 4 : COLS - 4;
	p->menu = new_menu(p->items);
	p->win = newwin(rows + 2, cols + 2, (LINES - rows - 2) / 2, (COLS - cols - 2) / 2);
	if (p->menu == NULL || p->win == NULL)
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
	box(p->win, 0, 0);
	if (post_menu(p->menu) != E_OK)
		return false;
	if (!(item_opts(current_item(p->menu)) & O_SELECTABLE))
		menu_driver(p->menu, REQ_DOWN_ITEM);
	return true;
}

/* Runs the list until Enter on an entry (its label in out) or Esc. */
static enum run_result pick_from_popup(struct choice_popup *p, char *out, size_t size)
{
	for (;;) {
		pos_menu_cursor(p->menu);
		wrefresh(p->win);
		wint_t wch;
		int rc = wget_wch(p->win, &wch);
		if (rc == ERR)
			return RUN_LOST;
		bool fkey = rc == KEY_CODE_YES;
		int code = (int)wch;
		if (fkey && code == KEY_RESIZE)
			return RUN_RELAYOUT;
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
	const struct choice *entries = flow_choices(fs->flow, fs->focus, &count);
	if (count == 0)
		return RUN_ACTION;	/* free text here: nothing to show */
	struct choice_popup popup = { 0 };
	char picked[FLOW_VALUE_MAX] = "";
	enum run_result r = build_popup(&popup, entries, count) ? pick_from_popup(&popup, picked, sizeof picked)
								 : RUN_RELAYOUT;
	free_popup(&popup);
	if (picked[0] != '\0')
		set_field_buffer(fs->fields[fs->focus], 0, picked);
	touchwin(stdscr);
	return r == RUN_LOST ? RUN_LOST : RUN_ACTION;
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
		if (fs->flow->screen->fields[i].required)
			return false;
	return true;
}

/* Enter in a field: the next field, or once only optional fields are left
 * the screen's default action; a permanent action only gets the focus. */
static bool enter_in_field(struct form_screen *fs, const struct action_spec **action)
{
	const struct action_spec *def = flow_default_action(fs->flow);
	if (def == NULL || !only_optional_fields_left(fs)) {
		fs->focus = focus_step(fs->focus, fs->n_fields + fs->frame.n_actions, 1);
		return false;
	}
	if (def->flags & ACTION_PERMANENT) {
		for (int i = 0; i < fs->frame.n_actions; i++)
			if (&fs->flow->screen->actions[fs->frame.actions[i].index] == def)
				fs->focus = fs->n_fields + i;
		return false;
	}
	*action = def;
	return true;
}

static bool handle_text_key(struct form_screen *fs, int code, bool fkey)
{
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
		return true;
	}
	if (code >= 32) {
		form_driver_w(fs->form, OK, (wchar_t)code);
		return true;
	}
	return false;
}

/* One key; true when the screen is done (an action was chosen). */
static bool handle_key(struct form_screen *fs, int code, bool fkey, const struct action_spec **action,
		       enum run_result *result)
{
	bool in_field = fs->focus < fs->n_fields;
	int count = fs->n_fields + fs->frame.n_actions;
	enum key_command command = key_command_for(code, fkey, in_field);
	if (!fkey && code == ' ' && is_choice_field(fs, fs->focus) && field_is_empty(fs, fs->focus)) {
		*result = open_choice_list(fs);
		return *result == RUN_LOST;
	}
	if (command == CMD_NEXT || command == CMD_PREV || command == CMD_ACTIVATE) {
		complete_choice_field(fs);
		if (in_field) {
			/* Leaving a field keeps it as a draft. */
			collect_values(fs);
			flow_save_draft(fs->flow);
		}
	}
	switch (command) {
	case CMD_NEXT:
		fs->focus = focus_step(fs->focus, count, 1);
		return false;
	case CMD_PREV:
		fs->focus = focus_step(fs->focus, count, -1);
		return false;
	case CMD_ACTIVATE:
		if (in_field)
			return enter_in_field(fs, action);
		*action = &fs->flow->screen->actions[fs->frame.actions[fs->focus - fs->n_fields].index];
		if ((*action)->flags & ACTION_HELP) {
			*action = NULL;
			*result = show_help(fs->flow);
		}
		return true;
	case CMD_BACK:
		*action = flow_back_action(fs->flow);
		return *action != NULL;
	case CMD_HELP:
		*result = show_help(fs->flow);
		return true;
	case CMD_REDRAW:
		clearok(curscr, TRUE);
		return false;
	case CMD_PAGE_UP:
	case CMD_PAGE_DOWN:
	case CMD_NONE:
		break;
	}
	if (in_field)
		handle_text_key(fs, code, fkey);
	else if (!fkey && code == ' ')
		return handle_key(fs, '\n', false, action, result);
	return false;
}

enum run_result run_form(struct flow *flow, const struct action_spec **action)
{
	struct form_screen fs = { .flow = flow, .n_fields = (int)flow->screen->n_fields };
	int need_cols, need_rows;
	enum run_result result = RUN_ACTION;
	*action = NULL;
	if (!layout(&fs, &need_cols, &need_rows)) {
		free_fields(&fs);
		body_free(&fs.text);
		return wait_for_larger_window(flow, need_cols, need_rows, action);
	}
	fs.focus = flow->error_field >= 0 ? flow->error_field : flow->focus[flow->screen->id];
	if (fs.focus < 0 || fs.focus >= fs.n_fields + fs.frame.n_actions)
		fs.focus = 0;
	draw_all(&fs);
	*action = NULL;
	for (;;) {
		flow->focus[flow->screen->id] = fs.focus;
		show_focus(&fs);
		int code;
		bool fkey;
		result = read_key(&code, &fkey);
		if (result != RUN_ACTION)
			break;
		if (handle_key(&fs, code, fkey, action, &result))
			break;
		if (fs.note_rows > 0)
			draw_live_note(&fs);
	}
	collect_values(&fs);
	free_fields(&fs);
	body_free(&fs.text);
	return result;
}
