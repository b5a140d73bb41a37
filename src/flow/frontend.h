/* SPDX-License-Identifier: MIT */
/* What a frontend is, and the order in which the core and a frontend
 * talk. curses (ui_curses.c), plain (ui_plain.c) and answers
 * (ui_answers.c) are equals: every rule about a session (idle warning
 * and reset, drafts, permanent actions, kiosk exits, the words for keys)
 * lives in the core and holds in each of them.
 *
 * The call order, from main: flow_init, session_open, the frontend's own
 * open, session_run, its own close, session_close, flow_free.
 *
 * session_run (session.c) goes from screen to screen. For each it:
 *   1. enters the screen (its load runs) and builds its view (view.h):
 *      title and step, the text blocks, the fields with their values and
 *      errors, the actions, the message, where the focus is to be
 *      (view_focus), and whether what was typed ahead must be thrown
 *      away first (a screen with a permanent action); the core's text in
 *      it names keys in the frontend's own words (frontend.keys);
 *   2. calls present(ui, session, view, &action). The frontend draws the
 *      view and reads keys or lines. As things happen it tells the
 *      session (session.h), which answers what to do:
 *        session_key          a key or a line came (the person is there);
 *        session_before_wait  the screen is out and the next key or
 *                             line is about to be awaited (the drafts
 *                             and the room's line are written then);
 *        session_wait_ms      how long it may wait for the next one;
 *        session_tick         the wait ran out: nothing, the idle
 *                             warning to show (session_idle_text), or
 *                             the reset (return UI_IDLE);
 *        session_field_edited a field's text changed (no draft yet);
 *        session_field_left   a field was left with its value: kept, and
 *                             drafted where the screen is drafted;
 *        session_choose_item  the item of a list or menu chosen;
 *        session_remember_focus  where the focus is, for a relayout;
 *        session_permanent_focus a permanent action's button has the
 *                             focus (or its prompt is shown);
 *        session_may_commit   before taking an action, how it was chosen
 *                             (a key, its name, an empty line): only a
 *                             deliberate choice takes a permanent one,
 *                             and the core refuses one not asked here;
 *        session_may_quit     whether quit and leave keys mean anything;
 *        session_staff_exit   staff typed the kiosk passphrase;
 *      then returns one result (below) and, with UI_ACTION, the action;
 *   3. acts on it: the next screen, a message, a refusal, the reset, or
 *      the end.
 *
 * Who owns what: the view and everything it points to belong to the core
 * and stay valid until present returns; a frontend changes the core's
 * state only through the session functions, never by writing into the
 * view. Everything a frontend allocates, the terminal included, is its
 * own and is freed by its close. A frontend wipes what it copied of a
 * secret field before it frees it. */
#ifndef NGW_FRONTEND_H
#define NGW_FRONTEND_H

#include "base/keywords.h"
#include "flow/flow.h"

struct session;
struct view;

enum ui_result {
	UI_ACTION, /* an action was chosen */
	UI_QUIT, /* the person asked to leave (refused at a kiosk) */
	UI_END, /* input ended or the terminal went away */
	UI_IDLE, /* session_tick said reset */
	UI_STAFF_LEFT, /* session_staff_exit let staff leave the kiosk */
	UI_FAILED, /* the frontend cannot go on (a wrong answers file) */
};

struct frontend {
	const char *name;
	/* It reads and writes line by line (a screen reader, a pipe): the
	 * start screen offers no "Screen reader mode" there. */
	bool lines;
	/* What the core's key placeholders stand for here (keywords.h). */
	const struct key_words *keys;
	enum ui_result (*present)(void *ui, struct session *session, const struct view *view,
				  const struct action_spec **action);
};

#endif
