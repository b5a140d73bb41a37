/* Form screens: labelled formw fields, then buttons and links. */
#include <config.h>

#include "ui_internal.h"

#include <form.h>
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
	int focus;		/* 0..n_fields-1: a field; then frame->actions */
};

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

static bool layout(struct form_screen *fs, int *need_cols, int *need_rows)
{
	const struct screen_spec *spec = fs->flow->screen;
	body_init(&fs->text, COLS - 2 * LEFT_MARGIN);
	body_add_screen_text(&fs->text, fs->flow);
	if (any_required(spec))
		body_add(&fs->text, _("* Required Information"), A_NORMAL, 0);
	int text_rows = fs->text.count + (fs->text.count > 0 ? 1 : 0);
	if (!frame_layout(fs->flow, text_rows + fs->n_fields, &fs->frame, need_cols, need_rows))
		return false;
	fs->label_cols = widest_label(spec);
	fs->field_col = LEFT_MARGIN + fs->label_cols + 2;
	int field_cols = COLS - fs->field_col - LEFT_MARGIN;
	if (field_cols < 8) {
		*need_cols = fs->field_col + 8 + LEFT_MARGIN;
		return false;
	}
	fs->fields_top = fs->frame.body_top + text_rows;
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
	body_draw(&fs->text, 0, fs->frame.body_top, fs->frame.body_bottom);
	post_form(fs->form);
	frame_status(&fs->frame, _("Tab: next  Enter: OK  Esc: back  F1 or Ctrl-G: help"));
}

static void show_focus(struct form_screen *fs)
{
	draw_labels(fs);
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

/* Enter in a field: the next field, or after the last one the screen's
 * default action; a permanent action only gets the focus. */
static bool enter_in_field(struct form_screen *fs, const struct action_spec **action)
{
	const struct action_spec *def = default_action(fs->flow);
	if (fs->focus < fs->n_fields - 1 || def == NULL) {
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
	switch (key_command_for(code, fkey, in_field)) {
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
		return true;
	case CMD_BACK:
		*action = back_action(fs->flow);
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
	if (fs.focus >= fs.n_fields + fs.frame.n_actions)
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
	}
	collect_values(&fs);
	free_fields(&fs);
	body_free(&fs.text);
	return result;
}
