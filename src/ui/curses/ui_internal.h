/* SPDX-License-Identifier: MIT */
/* Shared parts of the curses frontend: the frame every screen has
 * (banner, title, message, status line, buttons), the scrolling body,
 * key reading, help and the too-small notice. It renders the view the
 * core built (view.h) and tells the session what happens (session.h). */
#ifndef NGW_UI_INTERNAL_H
#define NGW_UI_INTERNAL_H

#include <curses.h>
#include <stdbool.h>

#include "flow/session.h"
#include "flow/view.h"
#include "ui/curses/ui_keys.h"

/* The smallest window any screen is laid out in: 200% zoom of 80x24. */
#define UI_MIN_COLS 40
#define UI_MIN_ROWS 12

enum run_result {
	RUN_ACTION, /* a key for the screen, or an action chosen */
	RUN_RELAYOUT, /* lay the screen out again (a resize, help closed) */
	RUN_LOST, /* the terminal went away, or a stop signal came */
	RUN_IDLE, /* the idle time ran out after the warning */
	RUN_QUIT, /* Ctrl-C, and the person said yes */
	RUN_STAFF_LEFT, /* staff left the kiosk with the passphrase */
};

enum target_kind {
	TARGET_FIELD,
	TARGET_BUTTON,
	TARGET_LINK,
	TARGET_LIST
};

struct target {
	enum target_kind kind;
	int index; /* field index, or index into view->actions */
	int row, col, width;
};

struct frame {
	int banner_rows;
	int title_row, title_rows;
	int body_top, body_bottom; /* inclusive rows for the screen's content */
	int message_row, message_rows;
	int status_row;
	/* Buttons first, then links, in focus order. */
	struct target actions[FLOW_MAX_ACTIONS];
	int n_actions;
	/* The buttons and links scroll with a form's fields (a short window
	 * with a long message); their rows count from 0 in that part, and
	 * the form sets each to its screen row, or -1 out of view. */
	bool folded;
};

#define UI_MAX_TARGETS (FLOW_MAX_FIELDS + FLOW_MAX_ACTIONS + 1)

/* Lines of the body: text already wrapped to the width, each with its
 * attributes. */
struct body_line {
	char *text;
	attr_t attr;
	int indent;
};

struct body {
	struct body_line *lines;
	int count;
	int width;
	const char *more_hint; /* the last row when not all fits */
	bool no_picture; /* the window cannot show a picture whole: words instead */
};

/* What every screen runner works with. */
struct screen_run {
	struct session *session;
	const struct view *view;
};

/* Frame: computes rows from the terminal size. False when the screen
 * does not fit; need_* then say how big the window must be. */
bool frame_layout(const struct view *view, int body_rows, struct frame *frame, int *need_cols,
		  int *need_rows);
void frame_draw(const struct view *view, const struct frame *frame);
/* Rows the longest message of the view takes: its own, a note, each
 * field's sentence. */
int frame_message_rows_needed(const struct view *view);
/* A field's error as the message rows say it: the field's name, its
 * sentence, and how many fields are wrong when more than one ("2 errors.
 * Date of Birth: ..."); the caller frees it. */
char *frame_field_error_text(const struct view *view, int field);
/* Gives the buttons' and links' rows to the body: they are laid out from
 * row 0 (frame->folded), for a form to scroll with its fields; returns
 * their rows. */
int frame_fold_actions(const struct view *view, struct frame *frame);
/* Draws buttons and links; focused is an index into frame->actions or -1. */
void frame_draw_actions(const struct view *view, const struct frame *frame, int focused);
void frame_status(const struct frame *frame, const char *keys_hint);
/* The message rows: an error (with the word "Error"), a note, or empty.
 * A note of the frontend's own (ui_note) comes first. */
void frame_message(const struct frame *frame, enum message_kind kind, const char *message);
/* Puts the terminal's cursor on the focused button or link. */
void frame_place_cursor(const struct frame *frame, int focused);
/* The frame index of the view's action, or -1. */
int frame_target_of(const struct frame *frame, int action);

void body_init(struct body *body, int width);
void body_add(struct body *body, const char *text, attr_t attr, int indent);
/* Text whose first line starts with marker and the rest align under it. */
void body_add_hanging(struct body *body, const char *marker, const char *text, attr_t attr);
void body_add_blank(struct body *body);
/* The view's blocks, laid out for the terminal. */
void body_add_screen_text(struct body *body, const struct view *view);
void body_draw(const struct body *body, int first_line, int top, int bottom);
/* A picture block's lines for this terminal (ASCII without UTF-8), and
 * their width; the rows of such lines. */
const char *picture_lines(const struct view_block *block, int *columns);
int picture_rows(const char *lines);
/* A screen with a picture that the usual layout cannot show whole but the
 * window can, beside the text (ui_picture.c); false: lay it out as usual. */
bool picture_layout_fits(const struct view *view);
/* The rows of the view's picture on this terminal; 0: it has none. */
int view_picture_rows(const struct view *view);
enum run_result run_picture(const struct screen_run *run, const struct action_spec **action);
void body_free(struct body *body);

/* The session read_key reports to: keys, the idle time, the kiosk. */
void ui_watch_session(struct session *session);
/* A sentence of the frontend's own, shown in the message rows instead of
 * the view's message until the screen changes ("That is not the staff
 * passphrase."); NULL text: none. */
void ui_set_note(enum message_kind kind, const char *text);
bool ui_note(enum message_kind *kind, const char **text);
/* Reads one key. RUN_RELAYOUT on a resize or after the idle warning or a
 * note, RUN_LOST when the terminal is gone, RUN_QUIT after Ctrl-C and
 * yes, RUN_STAFF_LEFT, RUN_IDLE when the idle time ran out. */
enum run_result read_key(int *code, bool *function_key);
/* The same, reading from a window of its own (a popup list). */
enum run_result read_key_in(WINDOW *win, int *code, bool *function_key);
/* "Please make the window larger" until it is (RUN_RELAYOUT), the person
 * presses Esc (RUN_ACTION with the screen's Back action, if it has one),
 * or something else ends the wait. */
enum run_result wait_for_larger_window(const struct view *view, int need_cols, int need_rows,
				       const struct action_spec **action);
/* The help of the current screen, scrollable, until Esc/Enter/q. */
enum run_result show_help(const struct view *view);

/* The screens, by kind. */
enum run_result run_form(const struct screen_run *run, const struct action_spec **action);
enum run_result run_menu(const struct screen_run *run, const struct action_spec **action);
enum run_result run_info(const struct screen_run *run, const struct action_spec **action);
enum run_result run_list(const struct screen_run *run, const struct action_spec **action);
/* Draws a menu screen and sends it to the terminal, reading no key. */
void paint_menu(const struct view *view);

/* Focus moves shared by every kind of screen. */
int focus_step(int focused, int count, int step);
/* Enter on a button: the action, when the session lets it be taken
 * (a permanent one needs a deliberate choice; the reason is shown). */
const struct action_spec *ui_activate(const struct screen_run *run, int action);
/* The focus is on a button (frame index, -1: none): a permanent one
 * starts its quiet time. Call at every focus change. */
void ui_focus_moved(const struct screen_run *run, const struct frame *frame, int *last, int now);

#endif
