/* SPDX-License-Identifier: MIT */
/* The Upgrade PACER Account tabs through the core, with no terminal:
 * every rule gets bad input and its message is checked, and the whole
 * upgrade changes the account completely or not at all. */
#include <config.h>

#include "unit.h"

#include <locale.h>

#include "base/wrap.h"
#include "core/pacer.h"
#include "flow/flow.h"
#include "flow/screens.h"
#include "flow/upgrade.h"
#include "flow/view.h"

/* John Attorney logged in, on a practice date before CANB's go-live. */
static int make_fixture(void **state)
{
	unit_flow_setup(state);
	struct flow_fixture *f = *state;
	unit_set_today(&f->flow, "2021-02-10");
	unit_log_in(f, "ja1234", "Legacy!2013");
	return 0;
}

/* Good values on every tab, as John Attorney would type them. */
static void fill_good_values(struct flow *flow)
{
	flow_enter(flow, SCREEN_UPGRADE_PERSON);
	flow_set_value(flow, "birth-date", "03/14/1970");
	flow_set_value(flow, "user-type", "att");
	flow_enter(flow, SCREEN_UPGRADE_ADDRESS);
	flow_enter(flow, SCREEN_UPGRADE_SECURITY);
	flow_set_value(flow, "username", "jattorney2021");
	flow_set_value(flow, "password", "Linked!2021");
	flow_set_value(flow, "confirm", "Linked!2021");
	flow_set_value(flow, "question1", "What was the name of your first pet?");
	flow_set_value(flow, "answer1", "Rex the dog");
	flow_set_value(flow, "question2", "In what city were");
	flow_set_value(flow, "answer2", "Fresno");
	flow_set_value(flow, "question3", "What was your first car?");
	flow_set_value(flow, "answer3", "Corolla");
}

static void the_tabs_are_prefilled_from_the_account(void **state)
{
	struct flow_fixture *f = *state;
	flow_enter(&f->flow, SCREEN_UPGRADE_PERSON);
	assert_string_equal(flow_value(&f->flow, "first"), "John");
	assert_string_equal(flow_value(&f->flow, "last"), "Attorney");
	assert_string_equal(flow_value(&f->flow, "birth-date"), "");
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	assert_string_equal(flow_value(&f->flow, "state"), "California");
	assert_string_equal(flow_value(&f->flow, "county"), "San Francisco");
	assert_string_equal(flow_value(&f->flow, "country"), "United States");
	/* Typing survives going back and forth. */
	flow_set_value(&f->flow, "city", "Oakland");
	flow_enter(&f->flow, SCREEN_UPGRADE_PERSON);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	assert_string_equal(flow_value(&f->flow, "city"), "Oakland");
}

static void john_attorney_is_upgraded(void **state)
{
	struct flow_fixture *f = *state;
	fill_good_values(&f->flow);
	flow_enter(&f->flow, SCREEN_UPGRADE_PERSON);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "next")), SCREEN_UPGRADE_ADDRESS);
	assert_string_equal(flow_value(&f->flow, "user-type"), "Attorney");
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "next")), SCREEN_UPGRADE_SECURITY);
	flow_enter(&f->flow, SCREEN_UPGRADE_SECURITY);
	enum screen_id next = flow_act(&f->flow, unit_action(&f->flow, "submit"));
	assert_string_equal(f->flow.message, "");
	assert_int_equal(next, SCREEN_UPGRADE_COMPLETE);
	assert_int_equal(f->flow.account.kind, ACCOUNT_UPGRADED);
	assert_string_equal(f->flow.account.username, "jattorney2021");
	assert_string_equal(f->flow.account.date_of_birth, "1970-03-14");
	assert_string_equal(f->flow.account.user_type, "Attorney");
	assert_string_equal(f->flow.account.state, "CA");
	assert_string_equal(f->flow.account.legacy_username, "ja1234");
	/* Secrets are gone from the flow. */
	flow_enter(&f->flow, SCREEN_UPGRADE_SECURITY);
	assert_string_equal(flow_value(&f->flow, "password"), "");
	assert_string_equal(flow_value(&f->flow, "answer1"), "");

	struct login_outcome *out = malloc(sizeof *out);
	pacer_login(f->store, "ja1234", "Legacy!2013", "test", out);
	assert_int_equal(out->result, LOGIN_BAD_CREDENTIALS);
	pacer_login(f->store, "jattorney2021", "Legacy!2013", "test", out);
	assert_int_equal(out->result, LOGIN_BAD_CREDENTIALS);
	pacer_login(f->store, "jattorney2021", "Linked!2021", "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	assert_int_equal(out->account.kind, ACCOUNT_UPGRADED);
	free(out);
	int upgrades = 0;
	assert_true(store_count_audit(f->store, "upgrade", &upgrades));
	assert_int_equal(upgrades, 1);
}

static void an_inactive_account_can_still_upgrade(void **state)
{
	struct flow_fixture *f = *state;
	flow_logout(&f->flow);
	unit_log_in(f, "pr2010", "Inactive!2010");
	fill_good_values(&f->flow);
	flow_set_value(&f->flow, "username", "patreyes2021");
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "submit")), SCREEN_UPGRADE_COMPLETE);
	assert_int_equal(f->flow.account.kind, ACCOUNT_UPGRADED);
	assert_false(f->flow.account.case_search_active);
}

static void a_taken_username_changes_nothing(void **state)
{
	struct flow_fixture *f = *state;
	fill_good_values(&f->flow);
	flow_set_value(&f->flow, "username", "MGonzalez2016");
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "submit")), SCREEN_UPGRADE_SECURITY);
	assert_non_null(strstr(f->flow.message, "taken"));
	struct pacer_account *a = malloc(sizeof *a);
	bool found;
	assert_true(store_find_pacer_account(f->store, "ja1234", a, &found));
	assert_true(found);
	assert_int_equal(a->kind, ACCOUNT_LEGACY);
	assert_string_equal(a->date_of_birth, "");
	free(a);
}

struct bad_input {
	enum screen_id screen;
	const char *field;
	const char *value;
	const char *message; /* a part of the expected sentence */
};

static const struct bad_input bad_inputs[] = {
	{ SCREEN_UPGRADE_PERSON, "first", "", "required" },
	{ SCREEN_UPGRADE_PERSON, "first", "J0hn", "letters" },
	{ SCREEN_UPGRADE_PERSON, "first", "Robert'); DROP TABLE pacer_accounts;--", "letters" },
	{ SCREEN_UPGRADE_PERSON, "first", "%s%s%s%n", "letters" },
	{ SCREEN_UPGRADE_PERSON, "first", "Jo\x01hn", "letters" },
	{ SCREEN_UPGRADE_PERSON, "first", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop", "at most 40" },
	{ SCREEN_UPGRADE_PERSON, "last", "", "required" },
	{ SCREEN_UPGRADE_PERSON, "last", "Attorney<script>", "letters" },
	{ SCREEN_UPGRADE_PERSON, "middle", "Q1", "letters" },
	{ SCREEN_UPGRADE_PERSON, "prefix", "Mr.Mr.Mr.Mr.", "at most 10" },
	{ SCREEN_UPGRADE_PERSON, "suffix", "3rd", "letters" },
	{ SCREEN_UPGRADE_PERSON, "birth-date", "", "required" },
	{ SCREEN_UPGRADE_PERSON, "birth-date", "14/03/1970", "real date" },
	{ SCREEN_UPGRADE_PERSON, "birth-date", "02/30/1970", "real date" },
	{ SCREEN_UPGRADE_PERSON, "birth-date", "March 14 1970", "real date" },
	{ SCREEN_UPGRADE_PERSON, "birth-date", "03/14/2030", "in the past" },
	{ SCREEN_UPGRADE_PERSON, "birth-date", "03/14/2015", "14 to 120" },
	{ SCREEN_UPGRADE_PERSON, "birth-date", "03/14/1870", "14 to 120" },
	{ SCREEN_UPGRADE_PERSON, "user-type", "", "Choose one" },
	{ SCREEN_UPGRADE_PERSON, "user-type", "Astronaut", "not one of the list" },
	{ SCREEN_UPGRADE_PERSON, "user-type", "Commercial", "not one of the list" },
	{ SCREEN_UPGRADE_ADDRESS, "address1", "", "required" },
	{ SCREEN_UPGRADE_ADDRESS, "address1", "450 Golden\tGate", "cannot be typed" },
	{ SCREEN_UPGRADE_ADDRESS, "city", "", "required" },
	{ SCREEN_UPGRADE_ADDRESS, "city", "94102", "letters" },
	{ SCREEN_UPGRADE_ADDRESS, "state", "", "Choose one" },
	{ SCREEN_UPGRADE_ADDRESS, "state", "New", "not one of the list" },
	{ SCREEN_UPGRADE_ADDRESS, "state", "Californication", "not one of the list" },
	{ SCREEN_UPGRADE_ADDRESS, "county", "", "Choose one" },
	{ SCREEN_UPGRADE_ADDRESS, "county", "Springfield", "not one of the list" },
	{ SCREEN_UPGRADE_ADDRESS, "zip", "", "required" },
	{ SCREEN_UPGRADE_ADDRESS, "zip", "9410", "ZIP code" },
	{ SCREEN_UPGRADE_ADDRESS, "zip", "94102-12", "ZIP code" },
	{ SCREEN_UPGRADE_ADDRESS, "country", "", "required" },
	{ SCREEN_UPGRADE_ADDRESS, "phone", "", "required" },
	{ SCREEN_UPGRADE_ADDRESS, "phone", "555-0134", "phone number" },
	{ SCREEN_UPGRADE_ADDRESS, "phone", "'; DELETE FROM x", "phone number" },
	{ SCREEN_UPGRADE_ADDRESS, "email", "", "required" },
	{ SCREEN_UPGRADE_ADDRESS, "email", "john.attorney", "e-mail address" },
	{ SCREEN_UPGRADE_ADDRESS, "email", "john@@example.com", "e-mail address" },
	{ SCREEN_UPGRADE_ADDRESS, "firm", "Smith\x7f", "cannot be typed" },
	{ SCREEN_UPGRADE_SECURITY, "username", "", "required" },
	{ SCREEN_UPGRADE_SECURITY, "username", "ja1234", "8 to 40" },
	{ SCREEN_UPGRADE_SECURITY, "username", "john attorney", "Use only letters" },
	{ SCREEN_UPGRADE_SECURITY, "username", "%s%s%s%s%s", "Use only letters" },
	{ SCREEN_UPGRADE_SECURITY, "username", "kimlee2020", "taken" },
	{ SCREEN_UPGRADE_SECURITY, "password", "", "required" },
	{ SCREEN_UPGRADE_SECURITY, "password", "Sh0rt!", "at least 8" },
	{ SCREEN_UPGRADE_SECURITY, "password", "nouppercase1!", "upper- and lower-case" },
	{ SCREEN_UPGRADE_SECURITY, "password", "NoDigitsHere", "digit or a special" },
	{ SCREEN_UPGRADE_SECURITY, "password", "Xjattorney2021!", "username" },
	{ SCREEN_UPGRADE_SECURITY, "confirm", "Linked!2022", "differ" },
	{ SCREEN_UPGRADE_SECURITY, "question1", "", "Choose one" },
	{ SCREEN_UPGRADE_SECURITY, "question1", "What", "not one of the list" },
	{ SCREEN_UPGRADE_SECURITY, "question2", "What was the name of your first pet?", "different" },
	{ SCREEN_UPGRADE_SECURITY, "answer1", "", "required" },
	{ SCREEN_UPGRADE_SECURITY, "answer1", "Rex", "at least 4" },
	{ SCREEN_UPGRADE_SECURITY, "answer3", "Cor\nolla", "cannot be typed" },
	/* The same answer twice, however capitalised, is refused. */
	{ SCREEN_UPGRADE_SECURITY, "answer2", "Rex the dog", "Give three different answers." },
	{ SCREEN_UPGRADE_SECURITY, "answer3", "REX THE DOG", "Give three different answers." },
	{ SCREEN_UPGRADE_SECURITY, "password", "password", "a digit or a special character" },
};

/* An error as the message rows show it at 40 columns (37 less the
 * margins): whole, in at most the eight rows a 40x12 window gives it,
 * and not ending in dots as a cut sentence would. */
static void assert_fits_whole(const char *error)
{
	char *shown = xasprintf("Error: %s", error);
	size_t len = strlen(shown);
	assert_false(len >= 3 && strcmp(shown + len - 3, "...") == 0);
	assert_false(len >= 3 && strcmp(shown + len - 3, "\u2026") == 0);
	struct wrapped lines;
	wrap_text(shown, 37, &lines);
	assert_true(lines.count <= 8);
	wrapped_free(&lines);
	free(shown);
}

static void every_rule_refuses_bad_input_with_a_sentence(void **state)
{
	struct flow_fixture *f = *state;
	for (size_t i = 0; i < COUNT_OF(bad_inputs); i++) {
		const struct bad_input *b = &bad_inputs[i];
		fill_good_values(&f->flow);
		flow_enter(&f->flow, b->screen);
		char saved[FLOW_VALUE_MAX];
		strcpy(saved, flow_value(&f->flow, b->field));
		flow_set_value(&f->flow, b->field, b->value);
		bool ok = b->screen == SCREEN_UPGRADE_PERSON    ? upgrade_check_person(&f->flow)
			  : b->screen == SCREEN_UPGRADE_ADDRESS ? upgrade_check_address(&f->flow)
								: upgrade_check_security(&f->flow);
		const char *field_error = "";
		for (size_t k = 0; k < f->flow.screen->n_fields; k++)
			if (strcmp(f->flow.screen->fields[k].id, b->field) == 0)
				field_error = f->flow.field_errors[k];
		if (ok || strstr(field_error, b->message) == NULL)
			fail_msg("%s = \"%s\": expected \"%s\", got \"%s\"", b->field, b->value, b->message,
				 field_error);
		assert_fits_whole(field_error);
		/* The bad value stays as typed: nothing is lost. */
		char kept[FLOW_VALUE_MAX]; /* a control character as U+FFFD, but in a secret */
		for (size_t k = 0; k < f->flow.screen->n_fields; k++)
			if (strcmp(f->flow.screen->fields[k].id, b->field) == 0)
				store_typed(kept, &f->flow.screen->fields[k], b->value);
		if (strcmp(b->value, "") != 0 && strstr(b->message, "list") == NULL)
			assert_string_equal(flow_value(&f->flow, b->field), kept);
		flow_set_value(&f->flow, b->field, saved);
		memset(f->flow.field_errors, 0, sizeof f->flow.field_errors);
		f->flow.message_kind = MESSAGE_NONE;
		f->flow.error_field = -1;
	}
}

/* A password is kept byte for byte, whatever it holds (a Latin-1 é, a
 * tab): two passwords never become one; a name's control character is
 * shown as U+FFFD. */
static void a_secret_is_kept_as_typed(void **state)
{
	struct flow_fixture *f = *state;
	flow_enter(&f->flow, SCREEN_UPGRADE_SECURITY);
	flow_set_value(&f->flow, "password", "Linked\xe9!2021\t");
	assert_string_equal(flow_value(&f->flow, "password"), "Linked\xe9!2021\t");
	flow_set_value(&f->flow, "password", "Linked\xf1!2021\t");
	assert_string_equal(flow_value(&f->flow, "password"), "Linked\xf1!2021\t");
	flow_enter(&f->flow, SCREEN_UPGRADE_PERSON);
	flow_set_value(&f->flow, "first", "Jo\thn");
	assert_string_equal(flow_value(&f->flow, "first"), "Jo\xef\xbf\xbdhn");
}

static void the_first_bad_field_gets_the_focus(void **state)
{
	struct flow_fixture *f = *state;
	fill_good_values(&f->flow);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "email", "");
	flow_set_value(&f->flow, "city", "");
	f->flow.message_kind = MESSAGE_NONE;
	assert_false(upgrade_check_address(&f->flow));
	assert_int_equal(f->flow.error_field, 4); /* city comes before email */
	assert_string_not_equal(f->flow.field_errors[10], "");
}

static void outside_the_united_states_takes_free_text(void **state)
{
	struct flow_fixture *f = *state;
	fill_good_values(&f->flow);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "state", "Outside");
	flow_set_value(&f->flow, "county", "");
	flow_set_value(&f->flow, "zip", "SW1A 1AA");
	flow_set_value(&f->flow, "country", "United Kingdom");
	flow_set_value(&f->flow, "phone", "+44 20 7946 0000");
	assert_true(upgrade_check_address(&f->flow));
	flow_set_value(&f->flow, "state", "OR");
	flow_set_value(&f->flow, "county", "Multnomah");
	flow_set_value(&f->flow, "zip", "97204");
	flow_set_value(&f->flow, "phone", "(503) 555-0100");
	assert_true(upgrade_check_address(&f->flow));
	assert_string_equal(flow_value(&f->flow, "state"), "Oregon");
}

/* Whether the County is shown required, as its check holds it. */
static bool county_shown_required(struct flow *flow)
{
	struct view view;
	view_build(&view, flow, NULL);
	bool required = false;
	for (int i = 0; i < view.n_fields; i++)
		if (strcmp(view.fields[i].spec->id, "county") == 0)
			required = view.fields[i].required;
	view_free(&view);
	return required;
}

/* The County is required once a State in the United States is chosen,
 * and its * says so only then. */
static void the_county_is_required_only_in_the_united_states(void **state)
{
	struct flow_fixture *f = *state;
	fill_good_values(&f->flow);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "county", "");
	assert_true(county_shown_required(&f->flow));
	assert_false(upgrade_check_address(&f->flow));
	assert_non_null(strstr(f->flow.field_errors[6], "Choose one from the list"));
	flow_set_value(&f->flow, "state", "Outside");
	flow_set_value(&f->flow, "zip", "SW1A 1AA");
	flow_set_value(&f->flow, "phone", "+44 20 7946 0000");
	assert_false(county_shown_required(&f->flow));
	f->flow.message_kind = MESSAGE_NONE;
	memset(f->flow.field_errors, 0, sizeof f->flow.field_errors);
	assert_true(upgrade_check_address(&f->flow));
	flow_set_value(&f->flow, "state", "");
	assert_false(county_shown_required(&f->flow));
}

/* The rules are read with each screen, never at each key: a trainer's
 * change shows on the next screen. */
static void the_password_policy_is_read_with_the_screen(void **state)
{
	struct flow_fixture *f = *state;
	char note[512];
	fill_good_values(&f->flow);
	assert_true(store_set_setting(f->store, "policy", "2025"));
	upgrade_password_note(&f->flow, note, sizeof note);
	assert_non_null(strstr(note, "at least 8 characters"));
	flow_enter(&f->flow, SCREEN_UPGRADE_SECURITY);
	upgrade_password_note(&f->flow, note, sizeof note);
	char rule[64];
	snprintf(rule, sizeof rule, "%d to %d characters", PASSWORD_2025_MIN_CHARS, PASSWORD_MAX_CHARS);
	assert_non_null(strstr(note, rule));
	assert_int_equal(f->flow.password_policy, POLICY_2025);
}

static void the_2025_password_policy_can_be_switched_on(void **state)
{
	struct flow_fixture *f = *state;
	assert_true(store_set_setting(f->store, "policy", "2025"));
	fill_good_values(&f->flow);
	assert_false(upgrade_check_security(&f->flow));
	assert_non_null(strstr(f->flow.field_errors[1], "14 to 45"));
	flow_set_value(&f->flow, "password", "Attorney!Golden-Gate");
	flow_set_value(&f->flow, "confirm", "Attorney!Golden-Gate");
	f->flow.message_kind = MESSAGE_NONE;
	memset(f->flow.field_errors, 0, sizeof f->flow.field_errors);
	assert_false(upgrade_check_security(&f->flow));
	assert_non_null(strstr(f->flow.field_errors[1], "any part of your name"));
	flow_set_value(&f->flow, "password", "Marble!Staircase-77");
	flow_set_value(&f->flow, "confirm", "Marble!Staircase-77");
	f->flow.message_kind = MESSAGE_NONE;
	memset(f->flow.field_errors, 0, sizeof f->flow.field_errors);
	assert_true(upgrade_check_security(&f->flow));
}

static void the_live_line_follows_the_password(void **state)
{
	struct flow_fixture *f = *state;
	char note[512];
	fill_good_values(&f->flow);
	flow_set_value(&f->flow, "password", "abc");
	upgrade_password_note(&f->flow, note, sizeof note);
	assert_non_null(strstr(note, "[_] at least 8 characters"));
	assert_non_null(strstr(note, "[_] the same in both fields"));
	flow_set_value(&f->flow, "password", "Linked!2021");
	upgrade_password_note(&f->flow, note, sizeof note);
	assert_non_null(strstr(note, "[x] at least 8 characters"));
	assert_non_null(strstr(note, "[x] the same in both fields"));
}

static void manage_my_account_items_lead_somewhere(void **state)
{
	struct flow_fixture *f = *state;
	flow_enter(&f->flow, SCREEN_MMA_SETTINGS);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "change-password")), SCREEN_UPGRADE_PROMPT);
	flow_enter(&f->flow, SCREEN_UPGRADE_PROMPT);
	assert_int_equal(f->flow.notices[0], N7_UPGRADE_PROMPT);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "upgrade")), SCREEN_UPGRADE_PERSON);
	flow_enter(&f->flow, SCREEN_MMA_PAYMENTS);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "one-time-payment")), SCREEN_MMA_ITEM);
	flow_enter(&f->flow, SCREEN_MMA_ITEM);
	assert_string_equal(flow_title(&f->flow), "Make One-Time PACER Fee Payment");
	assert_true(f->flow.n_paragraphs > 0);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "back")), SCREEN_MMA_PAYMENTS);
	flow_enter(&f->flow, SCREEN_ACCOUNT);
	assert_false(f->flow.action_hidden[0]); /* Upgrade, for a legacy account */
}

/* A registration as "PACER - Case Search Only" with the payment choice
 * given ("later", "method" or "exemption"). */
static enum screen_id register_new(struct flow_fixture *f, const char *first, const char *last,
				   const char *birth, const char *email, const char *username,
				   const char *payment)
{
	flow_logout(&f->flow);
	flow_enter(&f->flow, SCREEN_NEED_ACCOUNT);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "register")), SCREEN_UPGRADE_PERSON);
	fill_good_values(&f->flow);
	assert_string_equal(flow_title(&f->flow), "Register for a PACER Account");
	flow_enter(&f->flow, SCREEN_UPGRADE_PERSON);
	assert_string_equal(flow_value(&f->flow, "first"), ""); /* starts empty */
	flow_set_value(&f->flow, "first", first);
	flow_set_value(&f->flow, "last", last);
	flow_set_value(&f->flow, "birth-date", birth);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "next")), SCREEN_UPGRADE_ADDRESS);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	assert_string_equal(flow_value(&f->flow, "country"), "United States");
	flow_set_value(&f->flow, "address1", "1 Main Street");
	flow_set_value(&f->flow, "city", "Fresno");
	flow_set_value(&f->flow, "state", "CA");
	flow_set_value(&f->flow, "county", "Fresno");
	flow_set_value(&f->flow, "zip", "93721");
	flow_set_value(&f->flow, "phone", "(559) 555-0199");
	flow_set_value(&f->flow, "email", email);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "next")), SCREEN_UPGRADE_SECURITY);
	flow_enter(&f->flow, SCREEN_UPGRADE_SECURITY);
	flow_set_value(&f->flow, "username", username);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "submit")), SCREEN_REGISTER_PAYMENT);
	flow_enter(&f->flow, SCREEN_REGISTER_PAYMENT);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, payment)), SCREEN_REGISTER_POLICIES);
	flow_enter(&f->flow, SCREEN_REGISTER_POLICIES);
	return flow_act(&f->flow, unit_action(&f->flow, "agree"));
}

static void a_new_account_is_registered_upgraded(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(register_new(f, "Zoë", "O'Brien-Łukasz", "07/04/1988", "zoe@example.com",
				      "zobrien2021", "exemption"),
			 SCREEN_REGISTER_DONE);
	flow_enter(&f->flow, SCREEN_REGISTER_DONE);
	assert_string_equal(f->flow.lines[0].value, "6067891"); /* after the demo's highest */
	assert_string_equal(f->flow.lines[2].value, "Upgraded PACER Account");
	assert_string_equal(f->flow.lines[3].value, "PACER - Case Search Only");
	assert_string_equal(f->flow.lines[4].value, "Fee exemption");
	assert_string_equal(f->flow.lines[5].value, "Active");
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "close")), SCREEN_PACER_LOGIN);
	assert_string_equal(unit_value(&f->flow, SCREEN_PACER_LOGIN, "username"), "zobrien2021");
	struct login_outcome *out = malloc(sizeof *out);
	pacer_login(f->store, "zobrien2021", "Linked!2021", "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	assert_int_equal(out->account.kind, ACCOUNT_UPGRADED);
	assert_string_equal(out->account.last_name, "O'Brien-Łukasz");
	free(out);
}

static void a_payment_method_left_for_later_keeps_search_inactive(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(
		register_new(f, "Ana", "Ruiz", "05/06/1990", "ana.ruiz@example.com", "anaruiz2021", "later"),
		SCREEN_REGISTER_DONE);
	flow_enter(&f->flow, SCREEN_REGISTER_DONE);
	assert_string_equal(f->flow.lines[4].value, "Payment method to be added later");
	assert_string_equal(f->flow.lines[5].value, "Inactive");
	struct pacer_account stored;
	bool found = false;
	assert_true(store_find_pacer_account(f->store, "anaruiz2021", &stored, &found));
	assert_true(found);
	assert_false(stored.case_search_active);
	assert_string_equal(stored.registered_as, "case-search");
	assert_string_equal(stored.payment, "later");
}

static void the_duplicate_check_warns_then_makes_search_inactive(void **state)
{
	struct flow_fixture *f = *state;
	/* Name and e-mail of Maria Gonzalez: a warning, still active. */
	assert_int_equal(register_new(f, "Maria", "Gonzalez", "01/01/1980", "maria.gonzalez@example.com",
				      "mariag2021", "method"),
			 SCREEN_REGISTER_DONE);
	assert_int_equal(f->flow.upgrade.shared_details, 2);
	flow_enter(&f->flow, SCREEN_REGISTER_DONE);
	assert_string_equal(f->flow.lines[5].value, "Active");
	/* All three: the new account's case search is Inactive. */
	assert_int_equal(register_new(f, "Maria", "Gonzalez", "08/21/1979", "maria.gonzalez@example.com",
				      "mariag2022", "method"),
			 SCREEN_REGISTER_DONE);
	flow_enter(&f->flow, SCREEN_REGISTER_DONE);
	assert_string_equal(f->flow.lines[5].value, "Inactive");
	assert_int_equal(f->flow.notices[0], N6_INACTIVE_SEARCH);
}

static void a_draft_comes_back_only_to_its_owner(void **state)
{
	struct flow_fixture *f = *state;
	fill_good_values(&f->flow);
	flow_enter(&f->flow, SCREEN_UPGRADE_PERSON);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "next")), SCREEN_UPGRADE_ADDRESS);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "city", "Oakland");
	drafts_save(&f->flow); /* as on leaving the field */
	flow_logout(&f->flow);

	/* Someone else logs in: no offer. */
	flow_enter(&f->flow, SCREEN_PACER_LOGIN);
	flow_set_value(&f->flow, "username", "pr2010");
	flow_set_value(&f->flow, "password", "Inactive!2010");
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "login")), SCREEN_ACCOUNT);
	flow_logout(&f->flow);

	flow_enter(&f->flow, SCREEN_PACER_LOGIN);
	flow_set_value(&f->flow, "username", "ja1234");
	flow_set_value(&f->flow, "password", "Legacy!2013");
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "login")), SCREEN_DRAFT_OFFER);
	assert_non_null(strstr(f->flow.drafts.offer, "You have an unfinished upgrade from"));
	flow_enter(&f->flow, SCREEN_DRAFT_OFFER);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "continue")), SCREEN_UPGRADE_ADDRESS);
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	assert_string_equal(flow_value(&f->flow, "city"), "Oakland");
	assert_string_equal(flow_value(&f->flow, "zip"), "94102");
	flow_enter(&f->flow, SCREEN_UPGRADE_PERSON);
	assert_string_equal(flow_value(&f->flow, "birth-date"), "03/14/1970");
	/* No secret was drafted. */
	flow_enter(&f->flow, SCREEN_UPGRADE_SECURITY);
	assert_string_equal(flow_value(&f->flow, "password"), "");
	assert_string_equal(flow_value(&f->flow, "answer1"), "");

	/* A finished upgrade removes the draft. */
	fill_good_values(&f->flow);
	assert_int_equal(flow_act(&f->flow, unit_action(&f->flow, "submit")), SCREEN_UPGRADE_COMPLETE);
	assert_false(unit_draft_found(f, DRAFT_UPGRADE, NULL, 0));
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
#define T(name) cmocka_unit_test_setup_teardown(name, make_fixture, unit_flow_teardown)
	const struct CMUnitTest tests[] = {
		T(the_tabs_are_prefilled_from_the_account),
		T(john_attorney_is_upgraded),
		T(an_inactive_account_can_still_upgrade),
		T(a_taken_username_changes_nothing),
		T(every_rule_refuses_bad_input_with_a_sentence),
		T(the_first_bad_field_gets_the_focus),
		T(a_secret_is_kept_as_typed),
		T(outside_the_united_states_takes_free_text),
		T(the_2025_password_policy_can_be_switched_on),
		T(the_county_is_required_only_in_the_united_states),
		T(the_password_policy_is_read_with_the_screen),
		T(the_live_line_follows_the_password),
		T(manage_my_account_items_lead_somewhere),
		T(a_new_account_is_registered_upgraded),
		T(a_payment_method_left_for_later_keeps_search_inactive),
		T(the_duplicate_check_warns_then_makes_search_inactive),
		T(a_draft_comes_back_only_to_its_owner),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
