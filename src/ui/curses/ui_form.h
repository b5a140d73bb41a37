/* SPDX-License-Identifier: MIT */
/* A form screen of the curses frontend, shared by its drawing
 * (ui_form.c) and its keys (ui_form_keys.c). */
#ifndef NGW_UI_FORM_H
#define NGW_UI_FORM_H

#include <form.h>

#include "ui/curses/ui_internal.h"

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
	FIELD *fields[FLOW_MAX_FIELDS]; /* NULL when out of view */
	FIELD *in_view[FLOW_MAX_FIELDS + 1]; /* the form's own list */
	FORM *form;
	WINDOW *sub;
	int n_fields;
	/* A label too wide to leave a field room beside it (a question, a
	 * Spanish label at 40 columns) goes on rows of its own above it:
	 * stacked. Each field is then label_lines rows and its own. */
	bool stacked;
	int label_lines[FLOW_MAX_FIELDS];
	int field_part[FLOW_MAX_FIELDS]; /* the part row of each field */
	int fields_parts; /* the part rows of all fields */
	int label_cols;
	int field_cols;
	int field_col;
	int note_rows; /* the screen's live line, if it has one */
	int text_view; /* rows the text is shown in */
	int text_first; /* the first text line shown */
	int fields_top; /* the screen row of the fields' part */
	int fields_view; /* rows of fields and live line shown */
	int fields_first; /* the first of them shown */
	int focus; /* 0..n_fields-1: a field; then frame->actions */
	int cursor_placed; /* the field whose cursor went to its end, or -1 */
	/* What each field in view holds, trimmed, while held_known says
	 * it still does: formw's field_buffer is dear (it converts the
	 * whole field each time), and only an edit of the field through
	 * formw changes it (ui_form_field_changed). */
	char held[FLOW_MAX_FIELDS][FLOW_VALUE_MAX];
	bool held_known[FLOW_MAX_FIELDS];
	/* A password field shows one star a character; what was typed is
	 * here, with the cursor's place in it, in characters. */
	char secret[FLOW_MAX_FIELDS][FLOW_VALUE_MAX];
	int secret_at[FLOW_MAX_FIELDS];
	/* What was typed in the focused list field since it got the focus
	 * (type-ahead chooses the first entry that starts so). */
	char prefix[FLOW_VALUE_MAX];
	int prefix_field;
	int permanent_focus; /* the button last told to the session */
	/* Buttons and links folded into the fields' part (frame.folded):
	 * the row of each in that part, after the fields and live line. */
	int action_part[FLOW_MAX_ACTIONS];
	int action_rows;
};

/* ui_form.c: a field's text and the view kept up to date. */
int ui_form_characters(const char *text);
size_t ui_form_byte_of(const char *text, int at);
bool ui_form_is_password(const struct form_screen *fs, int i);
void ui_form_collect_values(struct form_screen *fs);
const char *ui_form_field_text(struct form_screen *fs, int i);
void ui_form_field_changed(struct form_screen *fs, int i);
void ui_form_leave_field(struct form_screen *fs);
void ui_form_show_message_for_focus(struct form_screen *fs);

/* ui_form_keys.c: one key; true when the screen is done (an action was
 * chosen). */
bool ui_form_handle_key(struct form_screen *fs, int code, bool fkey, const struct action_spec **action,
			enum run_result *result);

#endif
