/* SPDX-License-Identifier: MIT */
/* The session core with no terminal: the idle clock (moved by a file,
 * never waited for), the kiosk's staff exit, the rule for permanent
 * actions, drafts that belong to the session that typed them, and the
 * words for keys each frontend gives. */
#include <config.h>

#include "unit.h"

#include <locale.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/keywords.h"
#include "base/process.h"
#include "core/auth.h"
#include "flow/drafts.h"
#include "flow/screens.h"
#include "flow/session.h"

static char clock_path[4096];
static double clock_seconds;

/* The session's clock, moved on by seconds. */
static void advance(double seconds)
{
	clock_seconds += seconds;
	FILE *f = fopen(clock_path, "w");
	assert_non_null(f);
	fprintf(f, "%.3f\n", clock_seconds);
	assert_int_equal(fclose(f), 0);
}

static int make_fixture(void **state)
{
	unit_flow_setup(state);
	struct flow_fixture *f = *state;
	snprintf(clock_path, sizeof clock_path, "%s/clock", f->dir);
	clock_seconds = 0;
	advance(0);
	assert_int_equal(setenv("NEXTGEN_WIZARD_TEST_CLOCK", clock_path, 1), 0);
	session_key(&f->session);
	return 0;
}

static int drop_fixture(void **state)
{
	unsetenv("NEXTGEN_WIZARD_TEST_CLOCK");
	return unit_flow_teardown(state);
}

/* ---- idle ------------------------------------------------------------------- */

static void nothing_is_timed_unless_asked(void **state)
{
	struct flow_fixture *f = *state;
	f->flow.idle_seconds = 0;
	assert_int_equal(session_wait_ms(&f->session), -1);
	advance(100000);
	assert_int_equal(session_tick(&f->session), IDLE_ACTIVE);
}

static void the_warning_comes_once_then_the_reset(void **state)
{
	struct flow_fixture *f = *state;
	f->flow.idle_seconds = 180;
	session_key(&f->session);
	/* Under a test clock a frontend looks again every tenth of a second. */
	assert_in_range(session_wait_ms(&f->session), 1, 100);
	advance(179);
	assert_int_equal(session_tick(&f->session), IDLE_ACTIVE);
	advance(1.5);
	assert_int_equal(session_tick(&f->session), IDLE_WARN);
	char *text = session_idle_text(&f->session);
	assert_non_null(strstr(text, "No key was pressed for 3 minutes."));
	assert_non_null(strstr(text, "Otherwise, in 60 seconds"));
	free(text);
	/* Said once: the next ticks are quiet until the time is up. */
	assert_int_equal(session_tick(&f->session), IDLE_ACTIVE);
	advance(59);
	assert_int_equal(session_tick(&f->session), IDLE_ACTIVE);
	advance(2);
	assert_int_equal(session_tick(&f->session), IDLE_RESET);
}

static void a_key_gives_the_whole_time_back(void **state)
{
	struct flow_fixture *f = *state;
	f->flow.idle_seconds = 60;
	session_key(&f->session);
	advance(61);
	assert_int_equal(session_tick(&f->session), IDLE_WARN);
	session_key(&f->session);
	advance(59);
	assert_int_equal(session_tick(&f->session), IDLE_ACTIVE);
	advance(2);
	assert_int_equal(session_tick(&f->session), IDLE_WARN);
	/* At least 20 seconds to read the warning and act. */
	char *text = session_idle_text(&f->session);
	assert_non_null(strstr(text, "in 20 seconds"));
	free(text);
}

/* ---- the kiosk's staff exit ------------------------------------------------ */

static void each_wrong_passphrase_makes_the_next_try_wait_longer(void **state)
{
	struct flow_fixture *f = *state;
	char hash[AUTH_HASH_MAX];
	assert_true(auth_hash_secret("Staff!Pass1", hash));
	strcpy(f->flow.kiosk_passphrase_hash, hash);
	f->flow.kiosk = true;
	const char *why;
	int waits[] = { 1, 2, 4, 8, 16, 32, 60, 60 };
	for (size_t i = 0; i < COUNT_OF(waits); i++) {
		assert_int_equal(session_staff_exit(&f->session, "guess", &why), STAFF_WRONG);
		assert_int_equal(session_staff_wait(&f->session), waits[i]);
		/* Too soon: refused without even looking at the passphrase. */
		assert_int_equal(session_staff_exit(&f->session, "Staff!Pass1", &why), STAFF_WAIT);
		assert_non_null(strstr(why, "before the next try"));
		advance(waits[i]);
	}
	assert_int_equal(session_staff_exit(&f->session, "Staff!Pass1", &why), STAFF_LEAVE);
	int count = 0;
	assert_true(store_count_audit(f->store, "kiosk exit", &count));
	assert_int_equal(count, (int)COUNT_OF(waits) + 1);
}

static void a_kiosk_has_no_quit(void **state)
{
	struct flow_fixture *f = *state;
	assert_true(session_may_quit(&f->session));
	f->flow.kiosk = true;
	assert_false(session_may_quit(&f->session));
}

/* ---- permanent actions ----------------------------------------------------- */

static void a_permanent_action_needs_a_deliberate_choice(void **state)
{
	struct flow_fixture *f = *state;
	flow_enter(&f->flow, SCREEN_UPGRADE_SECURITY);
	const struct action_spec *submit = unit_action(&f->flow, "submit");
	const struct action_spec *back = unit_action(&f->flow, "back");
	const char *why;
	/* Anything else goes at once. */
	assert_true(session_may_commit(&f->session, back, COMMIT_BY_DEFAULT, &why));
	/* Never by default (an empty line). */
	assert_false(session_may_commit(&f->session, submit, COMMIT_BY_DEFAULT, &why));
	assert_non_null(strstr(why, "Submit cannot be undone"));
	/* Enter (each press a key for the session) on a button that has not
	 * had the focus, or not for long. */
	session_permanent_focus(&f->session, false);
	session_key(&f->session);
	assert_false(session_may_commit(&f->session, submit, COMMIT_BY_KEY, &why));
	session_permanent_focus(&f->session, true);
	session_key(&f->session);
	assert_false(session_may_commit(&f->session, submit, COMMIT_BY_KEY, &why));
	/* A key that repeats, or Enter pressed again and again, waits anew. */
	for (int i = 0; i < 10; i++) {
		advance(0.5);
		session_key(&f->session);
		assert_false(session_may_commit(&f->session, submit, COMMIT_BY_KEY, &why));
	}
	/* So does any other key. */
	advance(2.0);
	session_key(&f->session);
	advance(0.2);
	session_key(&f->session);
	assert_false(session_may_commit(&f->session, submit, COMMIT_BY_KEY, &why));
	/* A second of quiet, then Enter. */
	advance(1.0);
	session_key(&f->session);
	assert_true(session_may_commit(&f->session, submit, COMMIT_BY_KEY, &why));
	/* Its name or number typed is deliberate. */
	assert_true(session_may_commit(&f->session, submit, COMMIT_BY_NAME, &why));
}

/* A frontend that answers every screen of John's upgrade and, on the
 * Security tab, hands the core Submit without asking whether it may (as
 * an empty line taken for the default would). */
struct careless {
	int security_visits;
	char last_message[FLOW_MESSAGE_MAX];
};

static void type_fields(struct session *session, const struct view *view, const char *const *pairs)
{
	for (; pairs[0] != NULL; pairs += 2)
		for (int i = 0; i < view->n_fields; i++)
			if (strcmp(view->fields[i].spec->id, pairs[0]) == 0)
				session_field_left(session, i, pairs[1]);
}

static enum ui_result careless_present(void *data, struct session *session, const struct view *view,
				       const struct action_spec **action)
{
	static const char *const login[] = { "username", "ja1234", "password", "Legacy!2013", NULL };
	static const char *const person[] = { "birth-date", "03/14/1970", "user-type", "Attorney", NULL };
	static const char *const security[] = {
		"username", "jattorney2021", "password",  "Linked!2021",
		"confirm",  "Linked!2021",   "question1", "What was the name of your first pet?",
		"answer1",  "Rex the dog",   "question2", "In what city were",
		"answer2",  "Fresno",        "question3", "What was your first car?",
		"answer3",  "Corolla",       NULL,
	};
	struct careless *c = data;
	const char *name = view->spec->name, *id = NULL;
	copy_text(c->last_message, sizeof c->last_message, view->message);
	if (strcmp(name, "start") == 0) {
		id = "upgrade";
	} else if (strcmp(name, "pacer-login") == 0) {
		type_fields(session, view, login);
		id = "login";
	} else if (strcmp(name, "account") == 0) {
		id = "upgrade";
	} else if (strcmp(name, "upgrade-person") == 0) {
		type_fields(session, view, person);
		id = "next";
	} else if (strcmp(name, "upgrade-address") == 0) {
		id = "next";
	} else if (strcmp(name, "upgrade-security") == 0 && c->security_visits++ == 0) {
		type_fields(session, view, security);
		id = "submit";
	}
	for (int i = 0; id != NULL && i < view->n_actions; i++)
		if (strcmp(view->actions[i].spec->id, id) == 0)
			*action = view->actions[i].spec;
	/* Anything but the permanent one is chosen by its name. */
	const char *why;
	if (*action != NULL && !((*action)->flags & ACTION_PERMANENT))
		(void)session_may_commit(session, *action, COMMIT_BY_NAME, &why);
	return *action != NULL ? UI_ACTION : UI_END;
}

static void the_core_refuses_a_permanent_action_it_did_not_approve(void **state)
{
	struct flow_fixture *f = *state;
	struct careless c = { 0 };
	static const struct frontend careless = { .name = "careless", .present = careless_present };
	assert_int_equal(session_run(&f->session, &careless, &c), 0);
	assert_int_equal(c.security_visits, 2);
	assert_non_null(strstr(c.last_message, "Submit cannot be undone"));
	struct pacer_account account;
	bool found = false;
	assert_true(store_find_pacer_account_by_id(f->store, f->flow.account.id, &account, &found));
	assert_true(found);
	assert_int_equal(account.kind, ACCOUNT_LEGACY);
}

/* ---- drafts belong to their session -------------------------------------------- */

/* A second session on the same database, as a second terminal would be. */
struct second {
	struct store *store;
	struct flow flow;
	struct session session;
};

static void open_second(struct flow_fixture *f, struct second *s, bool kiosk)
{
	char err[ERROR_MAX];
	bool created;
	s->store = store_open(store_path(f->store), &created, err, sizeof err);
	assert_non_null(s->store);
	assert_true(flow_init(&s->flow, s->store, "second", err, sizeof err));
	s->flow.kiosk = kiosk;
	if (kiosk)
		strcpy(s->flow.kiosk_passphrase_hash, "$y$j9T$test$hash");
	assert_true(session_open(&s->session, &s->flow, err, sizeof err));
}

static void close_second(struct second *s)
{
	session_close(&s->session);
	flow_free(&s->flow);
	store_close(s->store);
}

/* John logs in on flow. */
static void log_in(struct flow *flow)
{
	struct login_outcome *out = malloc(sizeof *out);
	assert_non_null(out);
	pacer_login(flow->store, "ja1234", "Legacy!2013", "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	flow->logged_in = true;
	flow->account = out->account;
	free(out);
}

/* John logs in on flow and types a city on the Address tab. */
static void type_city(struct flow *flow, const char *city)
{
	log_in(flow);
	flow_enter(flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(flow, "city", city);
	drafts_save(flow);
}

static bool holds_city(const char *screen, const char *field, const char *value, void *data)
{
	bool *held = data;
	*held = *held || (strcmp(screen, "upgrade-address") == 0 && strcmp(field, "city") == 0 &&
			  strcmp(value, "Oakland") == 0);
	return true;
}

static bool offered(struct flow *flow)
{
	struct draft_found found;
	return drafts_waiting(flow, DRAFT_UPGRADE, &found);
}

static void a_second_live_session_is_never_offered_the_draft(void **state)
{
	struct flow_fixture *f = *state;
	type_city(&f->flow, "Oakland");
	long long first = f->flow.drafts.session_id;
	struct second s;
	open_second(f, &s, false);
	log_in(&s.flow);
	/* The first session is alive: its draft is its own. */
	assert_false(offered(&s.flow));
	/* The first session ends (a dropped line: its draft stays). */
	session_close(&f->session);
	assert_true(offered(&s.flow));
	assert_int_equal(s.flow.drafts.offered_session, first);
	/* Taken up, it is the second session's own. */
	bool held = false;
	assert_true(drafts_take_up(&s.flow, holds_city, &held));
	assert_true(held);
	close_second(&s);
}

/* The mark of a session whose process has ended (a child that exited),
 * holding what city f's session typed, as if it had typed it. */
static long long dead_session_typed(struct flow_fixture *f, bool kiosk, const char *city)
{
	/* A program that ends at once (exec'd, so that a memory checker
	 * running this test has no child of its own to check). */
	pid_t child = fork();
	assert_true(child >= 0);
	if (child == 0) {
		execl("/bin/true", "true", (char *)NULL);
		_exit(0);
	}
	assert_int_equal(waitpid(child, NULL, 0), child);
	struct session_mark dead = { .pid = child, .kiosk = kiosk };
	(void)process_identity((long long)getpid(), dead.process_start, sizeof dead.process_start);
	assert_false(process_alive(dead.pid, dead.process_start));
	long long dead_id = 0;
	assert_true(store_open_session(f->store, &dead, &dead_id));
	type_city(&f->flow, city);
	struct draft_key theirs = { f->flow.account.id, dead_id };
	assert_true(store_adopt_drafts(f->store, &theirs, DRAFT_UPGRADE, f->flow.drafts.session_id));
	return dead_id;
}

/* An action drafts its screen as the key found it; the draft is written
 * once the screen the action led to is out (session_before_wait). */
static void an_actions_draft_is_written_after_its_screen(void **state)
{
	struct flow_fixture *f = *state;
	log_in(&f->flow);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "city", "Oakland");
	(void)unit_act(&f->flow, "back");
	bool held = false;
	assert_true(unit_each_draft(f, holds_city, &held));
	assert_false(held);
	session_before_wait(&f->session);
	assert_true(unit_each_draft(f, holds_city, &held));
	assert_true(held);
}

/* A session that ends (a dropped line) before its screen was out still
 * writes the action's draft, and a finished piece of work takes it away
 * with the rest. */
static void an_actions_draft_is_written_before_anything_else(void **state)
{
	struct flow_fixture *f = *state;
	log_in(&f->flow);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "city", "Oakland");
	(void)unit_act(&f->flow, "back");
	assert_true(drafts_delete(&f->flow, DRAFT_UPGRADE));
	session_before_wait(&f->session);
	bool held = false;
	assert_true(unit_each_draft(f, holds_city, &held));
	assert_false(held);

	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "city", "Oakland");
	(void)unit_act(&f->flow, "back");
	struct draft_key key = { f->flow.account.id, f->flow.drafts.session_id };
	session_close(&f->session);
	assert_true(store_each_draft(f->store, &key, holds_city, &held));
	assert_true(held);
}

/* A session that drafts nothing (a patron looking up courts) leaves no
 * mark and writes nothing for it. */
static void a_session_that_drafts_nothing_leaves_no_mark(void **state)
{
	struct flow_fixture *f = *state;
	flow_enter(&f->flow, SCREEN_COURT_LIST);
	assert_int_equal(f->flow.drafts.session_id, 0);
	int marks = -1;
	assert_true(store_count_sessions(f->store, &marks));
	assert_int_equal(marks, 0);
	type_city(&f->flow, "Oakland");
	assert_true(store_count_sessions(f->store, &marks));
	assert_int_equal(marks, 1);
	session_close(&f->session);
	assert_true(store_count_sessions(f->store, &marks));
	assert_int_equal(marks, 0);
}

/* A session killed outright cannot take its mark away: the mark dies
 * with its process, and the draft is offered. */
static void a_dead_sessions_mark_expires(void **state)
{
	struct flow_fixture *f = *state;
	char me[96];
	assert_true(process_identity((long long)getpid(), me, sizeof me) || me[0] == '\0');
	assert_true(process_alive((long long)getpid(), me));
	long long dead_id = dead_session_typed(f, false, "Oakland");
	assert_true(offered(&f->flow));
	assert_int_equal(f->flow.drafts.offered_session, dead_id);
}

static bool holds_value(const char *screen, const char *field, const char *value, void *data)
{
	(void)screen;
	(void)field;
	bool *held = data;
	*held = *held || strcmp(value, "Quentinus") == 0;
	return true;
}

static bool patron_draft_in(struct store *store, long long account_id, long long session_id)
{
	bool held = false;
	struct draft_key key = { account_id, session_id };
	assert_true(store_each_draft(store, &key, holds_value, &held));
	return held;
}

static void a_kiosk_forgets_the_patron_s_drafts(void **state)
{
	struct flow_fixture *f = *state;
	struct second s;
	open_second(f, &s, true);
	type_city(&s.flow, "Quentinus");
	long long account = s.flow.account.id;
	assert_true(patron_draft_in(s.store, account, s.flow.drafts.session_id));
	/* Log Out at a kiosk: the draft is gone. */
	flow_logout(&s.flow);
	assert_false(patron_draft_in(s.store, account, s.flow.drafts.session_id));
	/* A kiosk is offered nothing of what another session typed. */
	type_city(&f->flow, "Quentinus");
	session_close(&f->session);
	log_in(&s.flow);
	assert_false(offered(&s.flow));
	close_second(&s);
}

/* The id of a session that ended is never given to the next one: that
 * one would take the drafts left under it as its own (and a kiosk would
 * offer and delete a trainee's typing). */
static void a_new_session_never_takes_an_old_ones_drafts(void **state)
{
	struct flow_fixture *f = *state;
	type_city(&f->flow, "Quentinus");
	long long first = f->flow.drafts.session_id;
	session_close(&f->session);
	struct second s;
	open_second(f, &s, true);
	log_in(&s.flow);
	assert_false(offered(&s.flow));
	/* Its mark, made as it drafts, is a new one. */
	type_city(&s.flow, "Bartholomew");
	assert_true(s.flow.drafts.session_id > first);
	flow_logout(&s.flow);
	close_second(&s);
	assert_true(patron_draft_in(f->store, f->flow.account.id, first));
}

/* A kiosk session killed outright left its patron's draft: the next
 * session to start deletes it with the dead mark. */
static void a_dead_kiosk_sessions_drafts_go_with_its_mark(void **state)
{
	struct flow_fixture *f = *state;
	long long dead_id = dead_session_typed(f, true, "Quentinus");
	assert_true(patron_draft_in(f->store, f->flow.account.id, dead_id));
	struct second s;
	open_second(f, &s, false);
	assert_false(patron_draft_in(f->store, f->flow.account.id, dead_id));
	close_second(&s);
}

/* ---- words for keys ------------------------------------------------------------ */

static void each_frontend_fills_the_placeholders(void **state)
{
	(void)state;
	static const struct key_words words = { {
		[KEY_WORD_SHOW_LIST] = "Press Space in the empty field to see the list.",
	} };
	char *curses = key_words_fill("Choose one from the list. {show-list}", &words);
	assert_string_equal(curses,
			    "Choose one from the list. Press Space in the empty field to see the list.");
	free(curses);
	char *none = key_words_fill("Choose one from the list. {show-list}", NULL);
	assert_string_equal(none, "Choose one from the list.");
	free(none);
	char *middle = key_words_fill("Next step: {redraw} From now on.", NULL);
	assert_string_equal(middle, "Next step: From now on.");
	free(middle);
	char *first = key_words_fill("{keep-working} Otherwise, soon.", NULL);
	assert_string_equal(first, "Otherwise, soon.");
	free(first);
	char *brace = key_words_fill("A {brace} that is no placeholder.", NULL);
	assert_string_equal(brace, "A {brace} that is no placeholder.");
	free(brace);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(nothing_is_timed_unless_asked, make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(the_warning_comes_once_then_the_reset, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_key_gives_the_whole_time_back, make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(each_wrong_passphrase_makes_the_next_try_wait_longer,
						make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_kiosk_has_no_quit, make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_permanent_action_needs_a_deliberate_choice, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(the_core_refuses_a_permanent_action_it_did_not_approve,
						make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_second_live_session_is_never_offered_the_draft,
						make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(an_actions_draft_is_written_after_its_screen, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(an_actions_draft_is_written_before_anything_else,
						make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_session_that_drafts_nothing_leaves_no_mark, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_dead_sessions_mark_expires, make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_kiosk_forgets_the_patron_s_drafts, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_dead_kiosk_sessions_drafts_go_with_its_mark, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_new_session_never_takes_an_old_ones_drafts, make_fixture,
						drop_fixture),
		cmocka_unit_test(each_frontend_fills_the_placeholders),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
