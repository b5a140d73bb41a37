/* SPDX-License-Identifier: MIT */
/* Hashes at libxcrypt's default yescrypt cost, and a stored hash of a
 * lower cost made again at the next right password or answers. These
 * tests hash at the real default cost: the rest of the suite runs with
 * NEXTGEN_WIZARD_TEST_HASH_COST to keep valgrind and the sanitizers
 * within CI's time. */
#include <config.h>

#include "unit.h"

#include <crypt.h>

#include "core/auth.h"
#include "flow/screens.h"

#define TEST_COST "NEXTGEN_WIZARD_TEST_HASH_COST"

/* "$y$<params>$" of a setting or hash: its method and cost. */
static char *cost_of(const char *hash)
{
	assert_memory_equal(hash, "$y$", 3);
	const char *end = strchr(hash + 3, '$');
	assert_non_null(end);
	char *cost = strndup(hash, (size_t)(end - hash) + 1);
	assert_non_null(cost);
	return cost;
}

/* What libxcrypt itself gives for "the default cost", read each time. */
static char *library_default_cost(void)
{
	char *setting = crypt_gensalt_ra("$y$", 0, NULL, 0);
	assert_non_null(setting);
	char *cost = cost_of(setting);
	free(setting);
	return cost;
}

static void assert_default_cost(const char *hash)
{
	char *wanted = library_default_cost(), *got = cost_of(hash);
	assert_string_equal(got, wanted);
	free(wanted);
	free(got);
}

static void hash_at_cost_2(const char *secret, char out[AUTH_HASH_MAX])
{
	assert_int_equal(setenv(TEST_COST, "2", 1), 0);
	assert_true(auth_hash_secret(secret, out));
	assert_int_equal(unsetenv(TEST_COST), 0);
	assert_memory_equal(out, "$y$j85$", 7); /* yescrypt's cost 2: N 2048, r 8 */
}

/* The demo database is made at the suite's cost (thirty hashes), and
 * the test then runs at the default. */
static int default_cost_setup(void **state)
{
	int rc = unit_flow_setup(state);
	return rc != 0 || unsetenv(TEST_COST) != 0 ? -1 : 0;
}

static void a_new_hash_carries_the_library_default_cost(void **state)
{
	(void)state;
	char hash[AUTH_HASH_MAX];
	assert_true(auth_hash_secret("Linked!2021", hash));
	assert_default_cost(hash);
	assert_true(auth_hash_is_current(hash));
	assert_true(auth_verify_secret("Linked!2021", hash));
}

static void lower_costs_and_other_methods_are_not_current(void **state)
{
	(void)state;
	char hash[AUTH_HASH_MAX], fresh[AUTH_HASH_MAX];
	hash_at_cost_2("Legacy!2013", hash);
	assert_false(auth_hash_is_current(hash));
	assert_true(auth_rehash_stale("Legacy!2013", hash, fresh));
	assert_default_cost(fresh);
	assert_true(auth_verify_secret("Legacy!2013", fresh));
	assert_false(auth_rehash_stale("Legacy!2013", fresh, hash));
	assert_string_equal(hash, "");
	/* SHA-512 crypt, as an older system might have stored. */
	assert_false(auth_hash_is_current("$6$saltsalt$abcdef"));
	assert_false(auth_hash_is_current(""));
	assert_false(auth_hash_is_current("$y$"));
	assert_false(auth_hash_is_current("$y$j9"));
	assert_false(auth_hash_is_current("$y$j75$salt$hash")); /* cost 1: 1 MiB */
	/* A higher cost is no weaker: not made again at the default. */
	assert_true(auth_hash_is_current("$y$jAT$salt$hash")); /* cost 6: 32 MiB */
	assert_true(auth_hash_is_current("$y$jFT$salt$hash")); /* 1 GiB */
	assert_true(auth_hash_is_current("$y$j9j$salt$hash")); /* r 48: 24 MiB */
	/* Parameters of more than a character each: far above any default. */
	assert_true(auth_hash_is_current("$y$j9z1$salt$hash"));
}

static void stored_password(struct store *store, const char *username, char out[STORE_TEXT_MAX])
{
	struct pacer_account *account = malloc(sizeof *account);
	bool found = false;
	assert_true(store_find_pacer_account(store, username, account, &found));
	assert_true(found);
	copy_text(out, STORE_TEXT_MAX, account->password_hash);
	free(account);
}

static long long account_id(struct store *store, const char *username)
{
	struct pacer_account *account = malloc(sizeof *account);
	bool found = false;
	assert_true(store_find_pacer_account(store, username, account, &found));
	assert_true(found);
	long long id = account->id;
	free(account);
	return id;
}

/* The suite's own lower cost (NEXTGEN_WIZARD_TEST_HASH_COST) makes no
 * default-cost hash weaker. */
static void a_lower_cost_of_the_moment_does_not_downgrade(void **state)
{
	(void)state;
	char hash[AUTH_HASH_MAX], fresh[AUTH_HASH_MAX];
	assert_true(auth_hash_secret("Linked!2021", hash));
	assert_int_equal(setenv(TEST_COST, "1", 1), 0);
	assert_true(auth_hash_is_current(hash));
	assert_false(auth_rehash_stale("Linked!2021", hash, fresh));
	assert_int_equal(unsetenv(TEST_COST), 0);
}

static void an_old_cost_2_password_is_made_again_at_login(void **state)
{
	struct flow_fixture *f = *state;
	char old[AUTH_HASH_MAX], now[STORE_TEXT_MAX];
	hash_at_cost_2("Upgraded!2016", old);
	assert_true(store_set_password(f->store, account_id(f->store, "mgonzalez2016"), old));

	struct login_outcome *out = malloc(sizeof *out);
	pacer_login(f->store, "mgonzalez2016", "Upgraded!2015", "test", out);
	assert_int_equal(out->result, LOGIN_BAD_CREDENTIALS);
	stored_password(f->store, "mgonzalez2016", now);
	assert_string_equal(now, old); /* a wrong password changes nothing */

	pacer_login(f->store, "mgonzalez2016", "Upgraded!2016", "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	stored_password(f->store, "mgonzalez2016", now);
	assert_default_cost(now);
	assert_true(auth_verify_secret("Upgraded!2016", now));
	assert_false(auth_verify_secret("Upgraded!2015", now));
	assert_int_equal(strlen(out->account.password_hash), 0); /* not handed on */

	/* The new hash opens the account; a current one is left as it is. */
	pacer_login(f->store, "mgonzalez2016", "Upgraded!2016", "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	char again[STORE_TEXT_MAX];
	stored_password(f->store, "mgonzalez2016", again);
	assert_string_equal(again, now);
	free(out);
}

static void a_password_changed_meanwhile_is_not_put_back(void **state)
{
	struct flow_fixture *f = *state;
	char old[AUTH_HASH_MAX], changed[AUTH_HASH_MAX], fresh[AUTH_HASH_MAX], now[STORE_TEXT_MAX];
	long long id = account_id(f->store, "mgonzalez2016");
	hash_at_cost_2("Upgraded!2016", old);
	hash_at_cost_2("Changed!2021", changed);
	assert_true(store_set_password(f->store, id, changed));
	assert_true(auth_rehash_stale("Upgraded!2016", old, fresh));
	assert_true(store_rehash_password(f->store, id, old, fresh));
	stored_password(f->store, "mgonzalez2016", now);
	assert_string_equal(now, changed);
}

static void answer_questions(struct flow *flow, const char *a1, const char *a2, const char *a3)
{
	flow_enter(flow, SCREEN_FORGOT_PASSWORD);
	flow_set_value(flow, "email", "Maria.Gonzalez@example.com");
	flow_set_value(flow, "username", "mgonzalez2016");
	assert_int_equal(unit_act(flow, "next"), SCREEN_FORGOT_QUESTIONS);
	flow_enter(flow, SCREEN_FORGOT_QUESTIONS);
	flow_set_value(flow, "answer1", a1);
	flow_set_value(flow, "answer2", a2);
	flow_set_value(flow, "answer3", a3);
}

static void old_answers_are_made_again_only_when_all_are_right(void **state)
{
	struct flow_fixture *f = *state;
	static const char *const answers[STORE_QUESTIONS] = { "canela", "fresno", "corolla" };
	long long id = account_id(f->store, "mgonzalez2016");
	struct security_answers stored;
	assert_true(store_get_security_answers(f->store, id, &stored));
	assert_int_equal(stored.count, STORE_QUESTIONS);
	for (int i = 0; i < stored.count; i++) {
		char old[AUTH_HASH_MAX];
		hash_at_cost_2(answers[stored.positions[i] - 1], old);
		assert_true(store_add_security_answer(f->store, id, stored.positions[i], stored.questions[i],
						      old));
	}
	struct security_answers before, after;
	assert_true(store_get_security_answers(f->store, id, &before));

	answer_questions(&f->flow, "Canela", "Fresno", "Civic");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_QUESTIONS);
	assert_true(store_get_security_answers(f->store, id, &after));
	for (int i = 0; i < after.count; i++)
		assert_string_equal(after.answer_hashes[i], before.answer_hashes[i]);

	answer_questions(&f->flow, " canela", "FRESNO", "Corolla");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_NEW_PASSWORD);
	assert_true(store_get_security_answers(f->store, id, &after));
	for (int i = 0; i < after.count; i++) {
		assert_default_cost(after.answer_hashes[i]);
		assert_true(auth_verify_secret(answers[after.positions[i] - 1], after.answer_hashes[i]));
	}
}

static void an_old_cm_ecf_password_is_made_again_when_it_is_right(void **state)
{
	struct flow_fixture *f = *state;
	struct ecf_account ecf;
	bool found = false;
	char old[AUTH_HASH_MAX];
	assert_true(store_find_ecf_account(f->store, "cacd", "mgonzalez", &ecf, &found));
	assert_true(found);
	hash_at_cost_2("Cacd!Ecf2018", old);
	assert_true(store_rehash_ecf_password(f->store, ecf.id, ecf.password_hash, old));

	flow_enter(&f->flow, SCREEN_LINK_COURT);
	flow_set_value(&f->flow, "court", "cacd");
	assert_int_equal(unit_act(&f->flow, "open"), SCREEN_COURT_LOGIN);
	flow_enter(&f->flow, SCREEN_COURT_LOGIN);
	flow_set_value(&f->flow, "username", "mgonzalez2016");
	flow_set_value(&f->flow, "password", "Upgraded!2016");
	assert_int_equal(unit_act(&f->flow, "login"), SCREEN_COURT_MAIN);
	flow_enter(&f->flow, SCREEN_COURT_MAIN);
	assert_int_equal(unit_act(&f->flow, "utilities"), SCREEN_COURT_UTILITIES);
	flow_enter(&f->flow, SCREEN_COURT_UTILITIES);
	assert_int_equal(unit_act(&f->flow, "link"), SCREEN_LINK);

	flow_enter(&f->flow, SCREEN_LINK);
	flow_set_value(&f->flow, "login", "mgonzalez");
	flow_set_value(&f->flow, "password", "Cacd!Ecf2017");
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_LINK);
	assert_true(store_find_ecf_account(f->store, "cacd", "mgonzalez", &ecf, &found));
	assert_string_equal(ecf.password_hash, old);

	flow_enter(&f->flow, SCREEN_LINK);
	flow_set_value(&f->flow, "login", "mgonzalez");
	flow_set_value(&f->flow, "password", "Cacd!Ecf2018");
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_LINK_CONFIRM);
	assert_true(store_find_ecf_account(f->store, "cacd", "mgonzalez", &ecf, &found));
	assert_default_cost(ecf.password_hash);
	assert_true(auth_verify_secret("Cacd!Ecf2018", ecf.password_hash));
}

static void an_old_staff_passphrase_is_made_again_when_it_opens_the_way_out(void **state)
{
	struct flow_fixture *f = *state;
	char old[AUTH_HASH_MAX];
	const char *why = NULL;
	hash_at_cost_2("Staff!Pass1", old);
	assert_true(store_set_setting(f->store, "kiosk-passphrase", old));
	copy_text(f->flow.kiosk_passphrase_hash, sizeof f->flow.kiosk_passphrase_hash, old);
	assert_int_equal(session_staff_exit(&f->session, "Staff!Pass2", &why), STAFF_WRONG);
	struct store_settings settings;
	assert_true(store_load_settings(f->store, &settings));
	assert_string_equal(settings.kiosk_passphrase_hash, old);

	f->session.staff_next_try_ms = 0; /* the wait after a wrong try is another test's */
	assert_int_equal(session_staff_exit(&f->session, "Staff!Pass1", &why), STAFF_LEAVE);
	assert_true(store_load_settings(f->store, &settings));
	assert_default_cost(settings.kiosk_passphrase_hash);
	assert_true(auth_verify_secret("Staff!Pass1", settings.kiosk_passphrase_hash));
	assert_string_equal(f->flow.kiosk_passphrase_hash, settings.kiosk_passphrase_hash);
}

#define T(name) cmocka_unit_test_setup_teardown(name, default_cost_setup, unit_flow_teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(a_new_hash_carries_the_library_default_cost),
		T(lower_costs_and_other_methods_are_not_current),
		T(a_lower_cost_of_the_moment_does_not_downgrade),
		T(an_old_cost_2_password_is_made_again_at_login),
		T(a_password_changed_meanwhile_is_not_put_back),
		T(old_answers_are_made_again_only_when_all_are_right),
		T(an_old_cm_ecf_password_is_made_again_when_it_is_right),
		T(an_old_staff_passphrase_is_made_again_when_it_opens_the_way_out),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
