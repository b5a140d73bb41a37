/* SPDX-License-Identifier: MIT */
/* The session core: the rules about one person's session that hold in
 * every frontend (frontend.h says when a frontend calls each):
 *
 *  - idle: one clock; after the idle time a warning that says the time
 *    left once, in words, at least 20 seconds before the reset; any key
 *    gives the full time back, as often as wanted; then the reset wipes
 *    the person's session (and at a kiosk their drafts);
 *  - drafts: a field left is kept and drafted (drafts.h), before the
 *    next key is awaited;
 *  - permanent actions (Upgrade Submit, Link Confirm, Register, a new
 *    password): what was typed ahead is thrown away when such a screen
 *    appears, the focus starts on the safe choice or the first field,
 *    and Enter on the permanent button counts only after a second with
 *    it in focus and no other key (a double Enter, a key that repeats,
 *    never commits);
 *  - kiosk: no quit; staff leave with the passphrase, each wrong one
 *    making the next wait longer (1, 2, 4 ... 60 seconds); the end of
 *    input ends the session after wiping it.
 *
 * The clock is CLOCK_MONOTONIC, plus the seconds written in the file
 * NEXTGEN_WIZARD_TEST_CLOCK names when that is set: tests move time on
 * by writing a larger number there instead of waiting. */
#ifndef NGW_SESSION_H
#define NGW_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "flow/flow.h"
#include "flow/frontend.h"
#include "flow/view.h"

/* How long Enter must wait, with a permanent button in focus and no
 * Enter pressed, before it commits. */
#define SESSION_PERMANENT_QUIET_MS 1000

struct session {
	struct flow *flow;
	const struct frontend *frontend;
	long long last_key_ms;
	long long key_before_ms; /* the key before the last one */
	bool warned; /* the idle warning is out */
	long long reset_at_ms; /* when warned: the reset */
	int staff_failures;
	long long staff_next_try_ms;
	/* The permanent button in focus, with no Enter, since; -1: it is not. */
	long long permanent_quiet_since_ms;
	const struct action_spec *approved; /* the permanent action that may go */
	char said[FLOW_MESSAGE_MAX]; /* the last refusal, in words */
	long long room_id; /* its row in the room (0: none could be written) */
	/* When the link step began (UTC), before the person was known: the
	 * court is chosen and its login typed before anyone is logged in. */
	char link_since[20];
	const char *ended_how; /* for the room: "quit", "dropped"... */
	/* Written by session_before_wait, once the screen is out: the draft
	 * of the field just left, and the room's line for a new screen. */
	bool draft_due;
	bool room_due;
};

/* Starts the session on flow: its mark in the database (drafts.h). */
bool session_open(struct session *session, struct flow *flow, char *err, size_t err_size);
/* Ends it: the mark goes, and at a kiosk everything the patron drafted. */
void session_close(struct session *session);
/* How session_run ended. */
enum session_end {
	SESSION_DONE, /* the person quit, or input ended */
	SESSION_FAILED, /* the frontend failed */
	SESSION_TO_LINES, /* go on in the line-by-line frontend */
	SESSION_TO_FULL_SCREEN, /* back to the full screen it came from */
};

/* The wizard, screen after screen, with frontend, until it ends. Run
 * again with the other frontend, the session starts again at the start
 * screen, with everything the person typed kept. */
enum session_end session_run(struct session *session, const struct frontend *frontend, void *ui);

/* ---- what a frontend tells the session -------------------------------- */

/* The session's clock, in milliseconds. */
long long session_now_ms(void);
/* The time of day in seconds since the epoch (a passcode's step), moved
 * as far as the test clock moves session_now_ms. */
time_t session_wall_time(void);
/* A key or a line came: the person is there (the full idle time back). */
void session_key(struct session *session);
/* How long to wait for the next key before calling session_tick: -1 for
 * ever. Under a test clock, a tenth of a second at most. */
int session_wait_ms(const struct session *session);
/* The screen is out and the next key or line is about to be awaited:
 * what the database is told of the last one (a field's draft, an
 * action's, the room's line) is written now, so the answer to a key
 * reaches the terminal before the disk is touched, and is written before
 * any wait. A sentence the frontend says at once when a draft could not
 * be kept (the screen is out without it), or NULL. */
const char *session_before_wait(struct session *session);

enum idle_state {
	IDLE_ACTIVE, /* nothing to do */
	IDLE_WARN, /* show session_idle_text, once, with a bell */
	IDLE_RESET, /* the time is up: return UI_IDLE */
};
enum idle_state session_tick(struct session *session);
/* The warning, in words (a new string). */
char *session_idle_text(const struct session *session);

/* A field's text changed (kept, not drafted), or the field was left
 * (kept, and drafted where the screen is). */
void session_field_edited(struct session *session, int field, const char *value);
void session_field_left(struct session *session, int field, const char *value);
/* Where the person is on the screen, so that help, a resize or Back
 * returns them there: the focused field (or -1) or action, the item. */
void session_remember_focus(struct session *session, const struct view *view, int field, int action);
void session_choose_item(struct session *session, int item);

/* The focus came to (true) or left (false) a permanent action's button. */
void session_permanent_focus(struct session *session, bool focused);
enum commit_by {
	COMMIT_BY_KEY, /* Enter or Space on its focused button */
	COMMIT_BY_NAME, /* its name or number typed, or an answers line */
	COMMIT_BY_DEFAULT, /* an empty line taking the default */
};
/* Whether action may be taken, chosen so. A permanent action is taken by
 * its name, or by a key once the screen has been quiet for a moment with
 * its button in focus, never by default; why then says so in words. Only
 * a permanent action approved here is carried out. */
bool session_may_commit(struct session *session, const struct action_spec *action, enum commit_by how,
			const char **why);

/* Whether the person may leave the wizard (never at a kiosk). */
bool session_may_quit(const struct session *session);
enum staff_exit {
	STAFF_LEAVE, /* the passphrase: return UI_STAFF_LEFT */
	STAFF_WRONG, /* refused, audited; the next try waits */
	STAFF_WAIT, /* too soon after a wrong one: not even checked */
	STAFF_NOT_SET, /* no passphrase was set */
};
/* Staff at a kiosk typed passphrase; why says the outcome in words. */
enum staff_exit session_staff_exit(struct session *session, const char *passphrase, const char **why);
/* Seconds until staff may try again (0: now). */
int session_staff_wait(const struct session *session);

#endif
