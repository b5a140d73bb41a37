/* SPDX-License-Identifier: MIT */
/* Forgot Your Password? and Forgot User Name? through the core. */
#include <config.h>

#include "unit.h"

#include <locale.h>

#include "core/pacer.h"
#include "flow/flow.h"
#include "flow/screens.h"

static void identify_maria(struct flow *flow)
{
	flow_enter(flow, SCREEN_FORGOT_PASSWORD);
	flow_set_value(flow, "email", "Maria.Gonzalez@example.com");
	flow_set_value(flow, "username", "mgonzalez2016");
	assert_int_equal(unit_act(flow, "next"), SCREEN_FORGOT_QUESTIONS);
}

static void answer(struct flow *flow, const char *a1, const char *a2, const char *a3)
{
	flow_enter(flow, SCREEN_FORGOT_QUESTIONS);
	flow_set_value(flow, "answer1", a1);
	flow_set_value(flow, "answer2", a2);
	flow_set_value(flow, "answer3", a3);
}

static void a_forgotten_password_is_reset_after_the_questions(void **state)
{
	struct flow_fixture *f = *state;
	identify_maria(&f->flow);
	answer(&f->flow, "Canela", "Fresno", "Civic");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_QUESTIONS);
	assert_non_null(strstr(f->flow.message, "do not match"));
	assert_string_equal(flow_value(&f->flow, "answer1"), ""); /* wiped */

	answer(&f->flow, "  canela ", "FRESNO", "Corolla");
	assert_int_equal(f->flow.n_lines, 3);
	assert_string_equal(f->flow.lines[0].value, "What was the name of your first pet?");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_NEW_PASSWORD);

	flow_enter(&f->flow, SCREEN_FORGOT_NEW_PASSWORD);
	flow_set_value(&f->flow, "password", "weak");
	flow_set_value(&f->flow, "confirm", "weak");
	assert_int_equal(unit_act(&f->flow, "save"), SCREEN_FORGOT_NEW_PASSWORD);
	assert_non_null(strstr(f->flow.field_errors[0], "at least 8"));
	flow_set_value(&f->flow, "password", "Reset!2021x");
	flow_set_value(&f->flow, "confirm", "Reset!2021y");
	assert_int_equal(unit_act(&f->flow, "save"), SCREEN_FORGOT_NEW_PASSWORD);
	assert_non_null(strstr(f->flow.field_errors[1], "differ"));
	flow_set_value(&f->flow, "password", "Reset!2021x");
	flow_set_value(&f->flow, "confirm", "Reset!2021x");
	assert_int_equal(unit_act(&f->flow, "save"), SCREEN_FORGOT_DONE);
	flow_enter(&f->flow, SCREEN_FORGOT_DONE);
	assert_int_equal(unit_act(&f->flow, "close"), SCREEN_PACER_LOGIN);
	assert_string_equal(unit_value(&f->flow, SCREEN_PACER_LOGIN, "username"), "mgonzalez2016");

	struct login_outcome *out = malloc(sizeof *out);
	pacer_login(f->store, "mgonzalez2016", "Upgraded!2016", "test", out);
	assert_int_equal(out->result, LOGIN_BAD_CREDENTIALS);
	pacer_login(f->store, "mgonzalez2016", "Reset!2021x", "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	free(out);
}

static void a_reset_lifts_a_lock(void **state)
{
	struct flow_fixture *f = *state;
	struct login_outcome *out = malloc(sizeof *out);
	for (int i = 0; i < 5; i++)
		pacer_login(f->store, "mgonzalez2016", "wrong", "test", out);
	assert_int_equal(out->result, LOGIN_LOCKED);
	identify_maria(&f->flow);
	answer(&f->flow, "Canela", "Fresno", "Corolla");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_NEW_PASSWORD);
	flow_enter(&f->flow, SCREEN_FORGOT_NEW_PASSWORD);
	flow_set_value(&f->flow, "password", "Reset!2021x");
	flow_set_value(&f->flow, "confirm", "Reset!2021x");
	assert_int_equal(unit_act(&f->flow, "save"), SCREEN_FORGOT_DONE);
	pacer_login(f->store, "mgonzalez2016", "Reset!2021x", "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	free(out);
}

static void wrong_or_missing_details_are_explained(void **state)
{
	struct flow_fixture *f = *state;
	flow_enter(&f->flow, SCREEN_FORGOT_PASSWORD);
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_PASSWORD);
	assert_non_null(strstr(f->flow.field_errors[0], "required"));
	flow_set_value(&f->flow, "email", "maria.gonzalez@example.com");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_PASSWORD);
	assert_non_null(strstr(f->flow.message, "one more item"));
	flow_set_value(&f->flow, "account", "9999999");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_PASSWORD);
	assert_non_null(strstr(f->flow.message, "does not match our records"));
	flow_set_value(&f->flow, "account", "");
	flow_set_value(&f->flow, "birth-date", "31/12/1979");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_PASSWORD);
	assert_non_null(strstr(f->flow.field_errors[3], "real date"));
	flow_set_value(&f->flow, "birth-date", "08/21/1979");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_QUESTIONS);

	/* A legacy account has no questions: the PACER Service Center helps. */
	flow_enter(&f->flow, SCREEN_FORGOT_PASSWORD);
	flow_set_value(&f->flow, "email", "john.attorney@example.com");
	flow_set_value(&f->flow, "username", "ja1234");
	flow_set_value(&f->flow, "birth-date", "");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_PASSWORD);
	assert_non_null(strstr(f->flow.message, "no security questions"));
}

static void a_forgotten_username_is_shown(void **state)
{
	struct flow_fixture *f = *state;
	flow_enter(&f->flow, SCREEN_FORGOT_USERNAME);
	flow_set_value(&f->flow, "email", "chris.doe@example.com");
	flow_set_value(&f->flow, "account", "6056789");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_USERNAME_DONE);
	flow_enter(&f->flow, SCREEN_FORGOT_USERNAME_DONE);
	assert_string_equal(f->flow.lines[0].value, "chrisdoe2019");
	assert_int_equal(unit_act(&f->flow, "close"), SCREEN_PACER_LOGIN);
	assert_string_equal(unit_value(&f->flow, SCREEN_PACER_LOGIN, "username"), "chrisdoe2019");
	flow_enter(&f->flow, SCREEN_FORGOT_USERNAME);
	flow_set_value(&f->flow, "email", "chris.doe@example.com");
	flow_set_value(&f->flow, "account", "6056780");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_FORGOT_USERNAME);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
#define T(name) cmocka_unit_test_setup_teardown(name, unit_flow_setup, unit_flow_teardown)
	const struct CMUnitTest tests[] = {
		T(a_forgotten_password_is_reset_after_the_questions),
		T(a_reset_lifts_a_lock),
		T(wrong_or_missing_details_are_explained),
		T(a_forgotten_username_is_shown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
