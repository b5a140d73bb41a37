/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/process.h"
#include "base/signals.h"
#include "base/util.h"
#include "core/auth.h"
#include "flow/drafts.h"
#include "flow/room.h"

/* ---- the clock ------------------------------------------------------------ */

/* What the test clock file adds, in milliseconds (0 without one). */
static long long test_offset_ms(void)
{
	const char *path = getenv("NEXTGEN_WIZARD_TEST_CLOCK");
	if (path == NULL || path[0] == '\0')
		return 0;
	FILE *f = fopen(path, "re");
	if (f == NULL)
		return 0;
	char line[64] = "";
	bool read = fgets(line, sizeof line, f) != NULL;
	fclose(f);
	char *end = NULL;
	double seconds = read ? strtod(line, &end) : 0;
	if (end == line || seconds < 0 || seconds > 1e9)
		seconds = 0;
	return (long long)(seconds * 1000);
}

static bool test_clock(void)
{
	const char *path = getenv("NEXTGEN_WIZARD_TEST_CLOCK");
	return path != NULL && path[0] != '\0';
}

long long session_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + test_offset_ms();
}

time_t session_wall_time(void)
{
	return time(NULL) + (time_t)(test_offset_ms() / 1000);
}

/* ---- idle ------------------------------------------------------------------- */

static int idle_seconds(const struct session *s)
{
	return s->flow->idle_seconds > 0 ? s->flow->idle_seconds : 0;
}

/* A third of the idle time, but never under 20 seconds (time to read the
 * warning and act, Section 508 2.2.1) nor over two minutes. */
static int warning_seconds(const struct session *s)
{
	int third = idle_seconds(s) / 3;
	return third < 20 ? 20 : third > 120 ? 120 : third;
}

void session_key(struct session *s)
{
	s->key_before_ms = s->last_key_ms;
	s->last_key_ms = session_now_ms();
	s->warned = false;
}

int session_wait_ms(const struct session *s)
{
	if (idle_seconds(s) == 0)
		return -1;
	long long now = session_now_ms();
	long long until = s->warned ? s->reset_at_ms : s->last_key_ms + idle_seconds(s) * 1000LL;
	long long left = until > now ? until - now : 0;
	/* A test moves its clock by a file: look again soon. */
	if (test_clock() && left > 100)
		left = 100;
	return left > 86400000LL ? 86400000 : (int)left;
}

enum idle_state session_tick(struct session *s)
{
	if (idle_seconds(s) == 0)
		return IDLE_ACTIVE;
	long long now = session_now_ms();
	if (!s->warned) {
		if (now < s->last_key_ms + idle_seconds(s) * 1000LL)
			return IDLE_ACTIVE;
		s->warned = true;
		s->reset_at_ms = now + warning_seconds(s) * 1000LL;
		return IDLE_WARN;
	}
	return now >= s->reset_at_ms ? IDLE_RESET : IDLE_ACTIVE;
}

char *session_idle_text(const struct session *s)
{
	int idle = idle_seconds(s), warn = warning_seconds(s);
	char *since = idle >= 120 && idle % 60 == 0
			      ? xasprintf(ngettext("No key was pressed for %d minute.",
						   "No key was pressed for %d minutes.",
						   (unsigned long)(idle / 60)),
					  idle / 60)
			      : xasprintf(ngettext("No key was pressed for %d second.",
						   "No key was pressed for %d seconds.", (unsigned long)idle),
					  idle);
	char *then = xasprintf(ngettext("{keep-working} Otherwise, in %d second, this screen will "
					"be cleared for the next person.",
					"{keep-working} Otherwise, in %d seconds, this screen will "
					"be cleared for the next person.",
					(unsigned long)warn),
			       warn);
	char *sentence = xasprintf("%s %s", since, then);
	char *done = key_words_fill(sentence, s->frontend != NULL ? s->frontend->keys : NULL);
	free(since);
	free(then);
	free(sentence);
	return done;
}

static void audit(struct session *s, const char *event, const char *outcome)
{
	struct flow *flow = s->flow;
	struct audit_event row = {
		.terminal = flow->terminal,
		.username = flow->logged_in ? flow->account.username : "",
		.court_id = flow->visit.logged_in ? flow->court.id : "",
		.event = event,
		.outcome = outcome,
	};
	(void)store_audit(flow->store, &row);
}

/* Where the session is now, for the room: at each screen, never per key;
 * written by session_before_wait. */
static void show_in_room(struct session *s)
{
	struct flow *flow = s->flow;
	const char *step = room_step_of_screen(flow->screen->name);
	if (strcmp(step, "link") == 0 && s->link_since[0] == '\0')
		now_timestamp(s->link_since);
	else if (flow->screen->id == SCREEN_START)
		s->link_since[0] = '\0';
	s->room_due = s->room_id != 0;
}

static void write_room_line(struct session *s)
{
	struct flow *flow = s->flow;
	const char *step = room_step_of_screen(flow->screen->name);
	s->room_due = false;
	(void)store_room_seen(flow->store, s->room_id,
			      flow->logged_in || flow->mfa.pending ? flow->account.id : 0, flow->screen->name,
			      step, strcmp(step, "link") == 0 ? s->link_since : "");
}

const char *session_before_wait(struct session *s)
{
	struct flow *flow = s->flow;
	bool said_already = flow->message_kind != MESSAGE_NONE;
	if (s->draft_due) {
		s->draft_due = false;
		drafts_save_later(flow); /* the field left */
	}
	drafts_write_pending(flow); /* that, or the action's (flow_act) */
	if (s->room_due)
		write_room_line(s);
	/* A draft not kept says so (drafts_save): the screen is out already. */
	return !said_already && flow->message_kind != MESSAGE_NONE ? flow->message : NULL;
}

/* Everything of the person goes, from memory and (at a kiosk) from the
 * database; the start screen returns, saying why, and the room sees it. */
static void back_to_start(struct session *s, const char *event, const char *outcome, const char *why)
{
	audit(s, event, outcome);
	s->draft_due = false;
	flow_forget_person(s->flow);
	flow_enter(s->flow, SCREEN_START);
	show_in_room(s);
	flow_info_before_news(s->flow, why);
}

/* Nobody is there any more. */
static void reset(struct session *s)
{
	back_to_start(s, "idle reset", "session wiped",
		      _("The screen was cleared for the next person: no key was pressed for a while."));
	session_key(s);
}

/* The trainer put the class back at the start while this trainee was in
 * the middle of it (class reset --force): what the session held is gone
 * with the account's state, so it starts again. */
static bool reset_by_trainer(struct session *s)
{
	bool requested = false;
	if (s->room_id == 0 || !store_room_take_reset(s->flow->store, s->room_id, &requested) || !requested)
		return false;
	back_to_start(s, "class reset", "session back at the start",
		      _("The trainer put your practice back at the start: begin again from here."));
	return true;
}

/* ---- fields and places ---------------------------------------------------- */

static void keep_value(struct session *s, int field, const char *value)
{
	struct flow *flow = s->flow;
	struct form_values *form = flow_form(flow, flow->screen);
	if (form == NULL || field < 0 || (size_t)field >= flow->screen->n_fields)
		return;
	store_typed(form->value[field], &flow->screen->fields[field], value);
}

void session_field_edited(struct session *s, int field, const char *value)
{
	keep_value(s, field, value);
}

void session_field_left(struct session *s, int field, const char *value)
{
	keep_value(s, field, value);
	s->draft_due = true;
}

void session_remember_focus(struct session *s, const struct view *view, int field, int action)
{
	struct flow *flow = s->flow;
	int place = -1;
	if (field >= 0)
		place = field;
	else if (action >= 0 && action < view->n_actions)
		place = view->n_fields + (int)(view->actions[action].spec - flow->screen->actions);
	flow->focus[flow->screen->id] = place;
}

void session_choose_item(struct session *s, int item)
{
	s->flow->item[s->flow->screen->id] = item;
}

/* ---- permanent actions ---------------------------------------------------- */

void session_permanent_focus(struct session *s, bool focused)
{
	s->permanent_quiet_since_ms = focused ? session_now_ms() : -1;
}

bool session_may_commit(struct session *s, const struct action_spec *action, enum commit_by how,
			const char **why)
{
	*why = NULL;
	if (action == NULL || !(action->flags & ACTION_PERMANENT))
		return true;
	/* Quiet: since the focus came, and since the key before this Enter
	 * (a repeated Enter, or any other key, makes it wait again). */
	long long quiet_since = s->permanent_quiet_since_ms;
	if (quiet_since >= 0 && s->key_before_ms > quiet_since)
		quiet_since = s->key_before_ms;
	bool deliberate = how == COMMIT_BY_NAME ||
			  (how == COMMIT_BY_KEY && quiet_since >= 0 &&
			   session_now_ms() - quiet_since >= SESSION_PERMANENT_QUIET_MS);
	if (deliberate) {
		s->approved = action;
		return true;
	}
	/* TRANSLATORS: %s is a button, such as Submit. */
	snprintf(s->said, sizeof s->said,
		 _("%s cannot be undone: read the screen first, then "
		   "choose %s again."),
		 _(action->label), _(action->label));
	*why = s->said;
	return false;
}

/* ---- kiosk ------------------------------------------------------------------- */

bool session_may_quit(const struct session *s)
{
	return !s->flow->kiosk;
}

int session_staff_wait(const struct session *s)
{
	long long left = s->staff_next_try_ms - session_now_ms();
	return left > 0 ? (int)((left + 999) / 1000) : 0;
}

/* 1, 2, 4 ... seconds after each wrong passphrase, 60 at most. */
static int staff_delay_seconds(int failures)
{
	int delay = 1;
	for (int i = 1; i < failures && delay < 60; i++)
		delay *= 2;
	return delay < 60 ? delay : 60;
}

/* A passphrase set at an older, cheaper cost, made again now that it is
 * known right; kept as it was when that cannot be stored (the way out
 * stands either way). */
static void rehash_passphrase(struct flow *flow, const char *passphrase)
{
	char fresh[AUTH_HASH_MAX];
	if (auth_rehash_stale(passphrase, flow->kiosk_passphrase_hash, fresh) &&
	    store_rehash_kiosk_passphrase(flow->store, flow->kiosk_passphrase_hash, fresh))
		copy_text(flow->kiosk_passphrase_hash, sizeof flow->kiosk_passphrase_hash, fresh);
	wipe_memory(fresh, sizeof fresh);
}

enum staff_exit session_staff_exit(struct session *s, const char *passphrase, const char **why)
{
	struct flow *flow = s->flow;
	int wait = session_staff_wait(s);
	*why = s->said;
	if (wait > 0) {
		snprintf(s->said, sizeof s->said,
			 ngettext("Wait %d second before the next try.",
				  "Wait %d seconds before the next try.", (unsigned long)wait),
			 wait);
		return STAFF_WAIT;
	}
	if (flow->kiosk_passphrase_hash[0] == '\0') {
		audit(s, "kiosk exit", "no passphrase set");
		copy_text(s->said, sizeof s->said,
			  _("No staff passphrase is set: staff set one with "
			    "nextgen-admin set kiosk-passphrase."));
		return STAFF_NOT_SET;
	}
	bool ok = auth_verify_secret(passphrase, flow->kiosk_passphrase_hash);
	audit(s, "kiosk exit", ok ? "ok" : "wrong passphrase");
	if (ok) {
		rehash_passphrase(flow, passphrase);
		s->said[0] = '\0';
		return STAFF_LEAVE;
	}
	int delay = staff_delay_seconds(++s->staff_failures);
	s->staff_next_try_ms = session_now_ms() + delay * 1000LL;
	snprintf(s->said, sizeof s->said,
		 ngettext("That is not the staff passphrase. The next try is possible in %d second.",
			  "That is not the staff passphrase. The next try is possible in %d seconds.",
			  (unsigned long)delay),
		 delay);
	return STAFF_WRONG;
}

/* ---- the run --------------------------------------------------------------- */

bool session_open(struct session *s, struct flow *flow, char *err, size_t err_size)
{
	/* Nobody could ever leave a kiosk with no passphrase: it does not
	 * start, and says how to set one (every frontend). */
	if (flow->kiosk && flow->kiosk_passphrase_hash[0] == '\0') {
		copy_text(err, err_size,
			  _("Kiosk mode needs a staff passphrase, or nobody could leave it: set one with "
			    "nextgen-admin set kiosk-passphrase."));
		return false;
	}
	memset(s, 0, sizeof *s);
	s->flow = flow;
	s->permanent_quiet_since_ms = -1;
	s->ended_how = "quit";
	session_key(s);
	if (!drafts_open_session(flow, err, err_size))
		return false;
	/* The trainer's view of the room only: a session goes on without it. */
	char identity[64] = "";
	(void)process_identity((long long)getpid(), identity, sizeof identity);
	struct room_mark mark = { .pid = (long long)getpid(),
				  .process_start = identity,
				  .terminal = flow->terminal };
	if (!store_room_open(flow->store, &mark, &s->room_id))
		s->room_id = 0;
	return true;
}

void session_close(struct session *s)
{
	if (s->room_id != 0)
		(void)store_room_end(s->flow->store, s->room_id, s->ended_how);
	drafts_close_session(s->flow);
}

/* The frontend's result, when it is not an action: whether the run goes
 * on (true) and, if not, with what status. */
static bool go_on_after(struct session *s, enum ui_result result, enum session_end *status)
{
	struct flow *flow = s->flow;
	*status = SESSION_DONE;
	switch (result) {
	case UI_ACTION:
		return true;
	case UI_QUIT:
		if (session_may_quit(s))
			return false;
		flow_error(flow, NULL,
			   _("This is a public terminal: the wizard stays for the next "
			     "person. Staff leave it with their passphrase."));
		return true;
	case UI_IDLE:
		reset(s);
		/* The next person finds the terminal as it was set up. */
		if (flow->full_screen_available) {
			*status = SESSION_TO_FULL_SCREEN;
			return false;
		}
		return true;
	case UI_END:
		/* A hang-up (SSH dropped) or a kill; a full screen whose
		 * terminal went away; else the end of a file of lines. */
		s->ended_how = signals_stop_requested() || !s->frontend->lines ? "dropped" : "end of input";
		/* At a kiosk the end is as a reset: nothing stays for the next. */
		if (flow->kiosk) {
			audit(s, "end of input", "session wiped");
			flow_forget_person(flow);
		}
		return false;
	case UI_STAFF_LEFT:
		return false;
	case UI_FAILED:
		*status = SESSION_FAILED;
		s->ended_how = "failed";
		return false;
	}
	return false;
}

/* The core's own check that a permanent action was chosen deliberately,
 * whatever the frontend. */
static bool refused_permanent(struct session *s, const struct action_spec *action)
{
	if (!(action->flags & ACTION_PERMANENT) || s->approved == action)
		return false;
	const char *why;
	(void)session_may_commit(s, action, COMMIT_BY_DEFAULT, &why);
	flow_error(s->flow, NULL, why);
	return true;
}

enum session_end session_run(struct session *s, const struct frontend *frontend, void *ui)
{
	struct flow *flow = s->flow;
	s->frontend = frontend;
	flow->line_by_line = frontend->lines;
	if (!frontend->lines)
		flow->full_screen_available = false;
	enum screen_id current = SCREEN_START;
	flow_enter(flow, current);
	show_in_room(s);
	for (;;) {
		struct view view;
		view_build(&view, flow, frontend->keys);
		const struct action_spec *action = NULL;
		s->approved = NULL;
		s->permanent_quiet_since_ms = -1;
		enum ui_result result = frontend->present(ui, s, &view, &action);
		view_free(&view);
		/* The person left, or the line dropped: what the last field held
		 * is kept, but never at a kiosk, where it is about to go. */
		if (result != UI_ACTION && !flow->kiosk) {
			drafts_save(flow);
			s->draft_due = false;
		}
		enum session_end status;
		if (!go_on_after(s, result, &status))
			return status;
		if (result != UI_ACTION || action == NULL || reset_by_trainer(s) ||
		    refused_permanent(s, action)) {
			current = flow->screen->id;
			continue;
		}
		/* The action drafts its screen first (flow_act). */
		s->draft_due = false;
		enum screen_id next = flow_act(flow, action);
		if (next == SCREEN_TO_LINES && !frontend->lines) {
			flow->full_screen_available = true;
			return SESSION_TO_LINES;
		}
		if (next == SCREEN_TO_FULL_SCREEN && flow->full_screen_available) {
			return SESSION_TO_FULL_SCREEN;
		}
		if (next == SCREEN_TO_LINES || next == SCREEN_TO_FULL_SCREEN)
			next = current;
		if (next == SCREEN_QUIT && session_may_quit(s))
			return SESSION_DONE;
		if (next == SCREEN_QUIT)
			next = current;
		/* Staying with a message keeps what the screen showed. */
		if (next != current || flow->message_kind == MESSAGE_NONE) {
			char message[FLOW_MESSAGE_MAX];
			enum message_kind kind = flow->message_kind;
			copy_text(message, sizeof message, flow->message);
			flow_enter(flow, next);
			/* A screen may hand a message to the next one (e.g. "logged out"). */
			if (kind == MESSAGE_INFO && (flow->message_kind == MESSAGE_NONE || flow->news_shown))
				flow_info_before_news(flow, message);
			if (next != current)
				show_in_room(s);
			current = next;
		}
	}
}
