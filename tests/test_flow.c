/* SPDX-License-Identifier: MIT */
/* The wizard's flow driven with no terminal at all: the answers frontend
 * (the one --answers runs) types values and picks actions from a script,
 * and the test looks at what each screen showed on the way. */
#include <config.h>

#include "unit.h"

#include <locale.h>

#include "core/auth.h"
#include "core/scenario.h"
#include "flow/field_check.h"
#include "flow/flow.h"
#include "flow/screens.h"
#include "ui/lines/ui_answers.h"

/* Where a check writes why it refused a value. */
static char refused[ERROR_MAX];

/* What the screens showed, for the test to look at afterwards: the last
 * one's message and error, the login's fields, the notices, and the
 * account's lines. */
struct seen {
	struct answers_ui *answers;
	char last_message[FLOW_MESSAGE_MAX];
	char last_username[FLOW_VALUE_MAX];
	char last_password[FLOW_VALUE_MAX];
	int last_error_field;
	size_t notices_seen;
	enum notice_id notices[FLOW_MAX_NOTICES];
	char account_type[FLOW_VALUE_MAX];
	char case_search[FLOW_VALUE_MAX];
};

static void remember(struct seen *s, const struct flow *flow)
{
	strcpy(s->last_message, flow->message);
	s->last_error_field = flow->error_field;
	if (flow->screen->id == SCREEN_PACER_LOGIN) {
		strcpy(s->last_username, unit_value(flow, SCREEN_PACER_LOGIN, "username"));
		strcpy(s->last_password, unit_value(flow, SCREEN_PACER_LOGIN, "password"));
	}
	s->notices_seen = flow->n_notices;
	memcpy(s->notices, flow->notices, sizeof s->notices);
	for (size_t i = 0; i < flow->n_lines; i++) {
		if (strcmp(flow->lines[i].label, "Account Type") == 0)
			strcpy(s->account_type, flow->lines[i].value);
		if (strcmp(flow->lines[i].label, "Case Search Status") == 0)
			strcpy(s->case_search, flow->lines[i].value);
	}
}

/* The answers frontend, each screen remembered before it answers. */
static enum ui_result watched_present(void *data, struct session *session, const struct view *view,
				      const struct action_spec **action)
{
	struct seen *s = data;
	remember(s, session->flow);
	return answers_frontend.present(s->answers, session, view, action);
}

/* run F S ANSWERS: the session from its current screen, by the lines of
 * ANSWERS (an answers file's text), to their end; a line the wizard could
 * not follow fails the test. */
static void run(struct flow_fixture *f, struct seen *s, const char *answers)
{
	char path[4096], err[ERROR_MAX];
	snprintf(path, sizeof path, "%s/test.answers", f->dir);
	FILE *file = fopen(path, "w");
	assert_non_null(file);
	assert_int_equal(fputs(answers, file) >= 0, 1);
	assert_int_equal(fclose(file), 0);
	FILE *out = fopen("/dev/null", "w");
	assert_non_null(out);
	memset(s, 0, sizeof *s);
	s->answers = answers_ui_open(path, out, err, sizeof err);
	assert_non_null(s->answers);
	struct frontend watched = answers_frontend;
	watched.name = "watched answers";
	watched.present = watched_present;
	assert_int_equal(session_run(&f->session, &watched, s), SESSION_DONE);
	answers_ui_close(s->answers);
	fclose(out);
}

static bool saw_notice(const struct seen *s, enum notice_id id)
{
	for (size_t i = 0; i < s->notices_seen; i++)
		if (s->notices[i] == id)
			return true;
	return false;
}

static void a_legacy_login_shows_the_account_and_its_notices(void **state)
{
	struct flow_fixture *f = *state;
	struct seen s;
	run(f, &s,
	    "start = upgrade\n"
	    "pacer-login.username = ja1234\n"
	    "pacer-login.password = Legacy!2013\n"
	    "pacer-login = login\n");
	assert_true(f->flow.logged_in);
	assert_int_equal(f->flow.screen->id, SCREEN_ACCOUNT);
	assert_string_equal(s.account_type, "Legacy PACER Account (Upgrade)");
	assert_string_equal(s.case_search, "Active");
	assert_true(saw_notice(&s, N3_LEGACY_MUST_UPGRADE));
	assert_true(saw_notice(&s, N4_UPGRADE_LOGIN_NAME));
	assert_false(saw_notice(&s, N6_INACTIVE_SEARCH));
	/* The password is gone from the flow once it has been checked. */
	assert_string_equal(unit_value(&f->flow, SCREEN_PACER_LOGIN, "password"), "");
}

static void an_inactive_account_shows_the_faq_notice(void **state)
{
	struct flow_fixture *f = *state;
	struct seen s;
	run(f, &s,
	    "start = upgrade\n"
	    "pacer-login.username = pr2010\n"
	    "pacer-login.password = Inactive!2010\n"
	    "pacer-login = login\n");
	assert_string_equal(s.case_search, "Inactive");
	assert_true(saw_notice(&s, N6_INACTIVE_SEARCH));
}

static void an_upgraded_account_says_so(void **state)
{
	struct flow_fixture *f = *state;
	struct seen s;
	run(f, &s,
	    "start = upgrade\n"
	    "pacer-login.username = mgonzalez2016\n"
	    "pacer-login.password = Upgraded!2016\n"
	    "pacer-login = login\n");
	assert_string_equal(s.account_type, "Upgraded PACER Account");
	assert_false(saw_notice(&s, N3_LEGACY_MUST_UPGRADE));
}

static void a_wrong_password_keeps_the_username_and_points_at_the_password(void **state)
{
	struct flow_fixture *f = *state;
	struct seen s;
	run(f, &s,
	    "start = upgrade\n"
	    "pacer-login.username = ja1234\n"
	    "pacer-login.password = Legacy!2012\n"
	    "pacer-login = login\n");
	assert_false(f->flow.logged_in);
	assert_int_equal(f->flow.screen->id, SCREEN_PACER_LOGIN);
	assert_non_null(strstr(s.last_message, "Invalid username or password"));
	assert_int_equal(s.last_error_field, 1);
	assert_string_equal(s.last_username, "ja1234");
	assert_string_equal(s.last_password, "");
}

static void empty_fields_are_named(void **state)
{
	struct flow_fixture *f = *state;
	struct seen s;
	run(f, &s, "start = upgrade\npacer-login = login\n");
	assert_non_null(strstr(s.last_message, "username"));
	assert_int_equal(s.last_error_field, 0);
}

static void logging_out_returns_to_the_start_and_forgets_the_account(void **state)
{
	struct flow_fixture *f = *state;
	struct seen s;
	run(f, &s,
	    "start = upgrade\n"
	    "pacer-login.username = chrisdoe2019\n"
	    "pacer-login.password = Upgraded!2019\n"
	    "pacer-login = login\n"
	    "account = logout\n");
	assert_false(f->flow.logged_in);
	assert_int_equal(f->flow.screen->id, SCREEN_START);
	assert_non_null(strstr(s.last_message, "logged out"));
	assert_string_equal(f->flow.account.username, "");
}

static void the_login_links_and_the_court_lookup_lead_somewhere(void **state)
{
	struct flow_fixture *f = *state;
	struct seen s;
	run(f, &s,
	    "start = upgrade\n"
	    "pacer-login = need-account\n"
	    "need-account = back\n"
	    "pacer-login = forgot-password\n"
	    "forgot-password = back\n"
	    "pacer-login = forgot-username\n"
	    "forgot-username = back\n"
	    "pacer-login = back\n"
	    "start = link\n"
	    "link-court = steps\n"
	    "link-steps = courts\n");
	assert_int_equal(f->flow.screen->id, SCREEN_COURT_LIST);
	assert_true(f->flow.n_items >= 30);
}

static void a_court_shows_whether_it_is_live_on_the_practice_date(void **state)
{
	struct flow_fixture *f = *state;
	struct seen s;
	unit_set_today(&f->flow, "2021-02-10");
	run(f, &s, "start = courts\ncourt-list.item = canb\ncourt-list = choose\n");
	assert_int_equal(f->flow.screen->id, SCREEN_COURT_DETAIL);
	assert_string_equal(f->flow.court.id, "canb");
	assert_true(saw_notice(&s, N9_NOT_BEFORE_GO_LIVE));
	assert_true(saw_notice(&s, N11_DEADLINE));

	unit_set_today(&f->flow, "2021-02-16");
	run(f, &s, "start = courts\ncourt-list.item = canb\ncourt-list = choose\n");
	assert_string_equal(f->flow.court.id, "canb");
	assert_false(saw_notice(&s, N9_NOT_BEFORE_GO_LIVE));
	assert_true(saw_notice(&s, N10_ONE_TIME));
}

static void every_screen_is_declared_completely(void **state)
{
	(void)state;
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_spec *spec = screen_spec((enum screen_id)id);
		assert_non_null(spec);
		assert_int_equal(spec->id, id);
		assert_non_null(spec->name);
		assert_non_null(spec->title);
		assert_non_null(spec->help);
		assert_non_null(spec->submit);
		assert_true(spec->n_actions > 0 && spec->n_actions <= FLOW_MAX_ACTIONS);
		assert_true(spec->n_fields <= FLOW_MAX_FIELDS);
	}
}

/* length characters of a value the field's check takes: letters for a
 * name, an e-mail address of that length, and so on. */
static void value_of_length(enum field_check check, size_t length, char *out)
{
	memset(out, 'a', length);
	out[length] = '\0';
	if (check == CHECK_PASSWORD && length >= 3)
		memcpy(out, "Aa!", 3);
	if (check == CHECK_EMAIL && length > 12)
		memcpy(out + length - 12, "@example.com", 12);
}

/* A field accepts as many characters as its check lets through and no
 * more: the field's max_length and the rule are one number. */
static void each_field_takes_what_its_check_takes(void **state)
{
	struct flow_fixture *f = *state;
	/* The longest passwords any policy allows. */
	f->flow.password_policy = POLICY_2025;
	char value[FLOW_VALUE_MAX];
	int checked = 0;
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_spec *spec = screen_spec((enum screen_id)id);
		for (size_t i = 0; i < spec->n_fields; i++) {
			const struct field_spec *field = &spec->fields[i];
			enum field_check check = field->check;
			size_t max = (size_t)field->max_length;
			assert_true(max + 2 < sizeof value);
			if (field->kind == FIELD_PASSWORD && check != CHECK_NONE)
				assert_int_equal(field->max_length, PASSWORD_MAX_CHARS);
			if (check == CHECK_DATE || check == CHECK_BIRTH_DATE)
				assert_int_equal(field->max_length, (int)strlen("MM/DD/YYYY"));
			/* An address abroad takes its ZIP Code and phone as text. */
			if (check == CHECK_ZIP || check == CHECK_PHONE || check == CHECK_CHOICE)
				check = CHECK_TEXT;
			if (check != CHECK_NAME && check != CHECK_TEXT && check != CHECK_EMAIL &&
			    check != CHECK_USERNAME && check != CHECK_PASSWORD && check != CHECK_ANSWER &&
			    check != CHECK_CLIENT_CODE)
				continue;
			value_of_length(check, max, value);
			if (flow_field_problem(&f->flow, spec, i, check, value, refused, sizeof refused) !=
			    NULL)
				fail_msg("%s.%s refuses %zu characters", spec->name, field->id, max);
			value_of_length(check, max + 1, value);
			if (flow_field_problem(&f->flow, spec, i, check, value, refused, sizeof refused) ==
			    NULL)
				fail_msg("%s.%s takes %zu characters", spec->name, field->id, max + 1);
			checked++;
		}
	}
	assert_true(checked > 20);
}

static bool load_scenario_text(struct store *store, const char *text, char *err, size_t err_size)
{
	FILE *in = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(in);
	struct scenario *scenario = scenario_read(in, "test.scenario", err, err_size);
	fclose(in);
	if (scenario == NULL)
		return false;
	assert_true(store_begin(store));
	bool ok = scenario_store(store, scenario, err, err_size);
	store_rollback(store);
	scenario_free(scenario);
	return ok;
}

static void scenario_errors_name_the_line(void **state)
{
	struct flow_fixture *f = *state;
	char err[ERROR_MAX];
	assert_true(
		load_scenario_text(f->store,
				   "[pacer]\nusername = zn2021\npassword = Zz!12345\naccount = 9999999\n"
				   "created = 2011-01-01\nfirst = José\nlast = Núñez Peña\nkind = legacy\n",
				   err, sizeof err));
	assert_false(load_scenario_text(f->store, "[pacer]\nusername = x\ncolour = red\n", err, sizeof err));
	assert_non_null(strstr(err, "test.scenario:3: unknown key"));
	assert_false(load_scenario_text(f->store, "username = x\n", err, sizeof err));
	assert_non_null(strstr(err, "test.scenario:1:"));
	assert_false(
		load_scenario_text(f->store, "# c\n[pacer]\nusername = abc123\n[ecf]\n", err, sizeof err));
	assert_non_null(strstr(err, "test.scenario:2: a [pacer] section needs"));
	assert_false(load_scenario_text(
		f->store, "[ecf]\ncourt = canb\nlogin = x\npassword = y\nname = X\nlinked-to = ghost\n", err,
		sizeof err));
	assert_non_null(strstr(err, "linked-to"));
	assert_false(load_scenario_text(f->store,
					"# c\n[pacer]\nusername = ab1\npassword = Zz!12345\n"
					"password-hash = $y$j9T$abc$def\n",
					err, sizeof err));
	assert_non_null(strstr(err, "test.scenario:2: give password or password-hash, not both"));
}

/* A scenario's secrets are hashed when it is read, before any
 * transaction (seconds at the library's cost, which no session on the
 * database should wait for): what is read holds hashes, and storing it
 * later gives accounts whose password and answers check. */
static void scenario_is_hashed_before_it_is_stored(void **state)
{
	struct flow_fixture *f = *state;
	static const char text[] = "[pacer]\nusername = hb2021\npassword = Hh!12345\naccount = 9999998\n"
				   "created = 2011-01-01\nfirst = Hal\nlast = Bee\nkind = legacy\n"
				   "question1 = Your first pet?\nanswer1 = Rex\n";
	char err[ERROR_MAX];
	FILE *in = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(in);
	struct scenario *scenario = scenario_read(in, "test.scenario", err, sizeof err);
	fclose(in);
	assert_non_null(scenario);
	assert_true(store_begin(f->store));
	assert_true(scenario_store(f->store, scenario, err, sizeof err));
	assert_true(store_end(f->store, true));
	scenario_free(scenario);
	struct pacer_account *account = xmalloc(sizeof *account);
	bool found = false;
	assert_true(store_find_pacer_account(f->store, "hb2021", account, &found));
	assert_true(found);
	assert_int_equal(strncmp(account->password_hash, "$y$", 3), 0);
	assert_true(auth_verify_secret("Hh!12345", account->password_hash));
	free(account);
}

/* Section 508 2.4.6: every field and button has a label, and no two
 * fields of a screen share one; every screen has a title and help. */
static void every_screen_has_unique_labels_a_title_and_help(void **state)
{
	(void)state;
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_spec *spec = screen_spec((enum screen_id)id);
		assert_non_null(spec->title);
		assert_non_null(spec->help);
		for (size_t i = 0; i < spec->n_fields; i++) {
			assert_true(spec->fields[i].label[0] != '\0');
			for (size_t j = 0; j < i; j++)
				if (strcmp(spec->fields[i].label, spec->fields[j].label) == 0)
					fail_msg("%s: two fields are labelled %s", spec->name,
						 spec->fields[i].label);
		}
		for (size_t i = 0; i < spec->n_actions; i++)
			assert_true(spec->actions[i].label[0] != '\0');
	}
}

/* Each form screen keeps its typing in a place of its own, owned by its
 * feature: no screen writes into another's, and a screen without fields
 * has none. */
static void every_form_screen_has_a_place_of_its_own(void **state)
{
	struct flow_fixture *f = *state;
	struct form_values *seen[SCREEN_COUNT];
	int n = 0;
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_spec *spec = screen_spec((enum screen_id)id);
		struct form_values *form = flow_form(&f->flow, spec);
		if (spec->n_fields == 0) {
			assert_null(form);
			continue;
		}
		if (form == NULL)
			fail_msg("%s has fields but no place for them", spec->name);
		for (int i = 0; i < n; i++)
			if (seen[i] == form)
				fail_msg("%s shares its place with another screen", spec->name);
		seen[n++] = form;
	}
}

/* Type-ahead in a list field chooses as a web page's list does: the
 * code typed whole, else the first entry that starts so, else a word of
 * an entry; case, accents and a Spanish question's opening sign do not
 * count. */
static void type_ahead_chooses_as_a_list_does(void **state)
{
	(void)state;
	size_t count;
	const struct choice *states = choices_get(CHOICES_STATE, NULL, &count);
	static const struct {
		const char *typed, *chosen;
	} cases[] = {
		{ "Nev", "NV" }, { "nev", "NV" }, { "AR", "AR" },    { "ma", "MA" },
		{ "NY", "NY" },  { "Cal", "CA" }, { "New Y", "NY" },
	};
	for (size_t i = 0; i < COUNT_OF(cases); i++) {
		const struct choice *found = choices_first_starting(states, count, cases[i].typed);
		if (found == NULL || strcmp(found->value, cases[i].chosen) != 0)
			fail_msg("\"%s\" chose %s, not %s", cases[i].typed, found ? found->value : "nothing",
				 cases[i].chosen);
	}
	assert_null(choices_first_starting(states, count, "Xq"));
	static const struct choice spanish[] = {
		{ "pet", "¿Cómo se llamaba su primera mascota?", false },
		{ "city", "¿En qué ciudad nació?", false },
		{ "school", "Educación e investigación", false },
		{ "court", "U.S. Bankruptcy Court, Northern District of California", false },
	};
	assert_string_equal(choices_first_starting(spanish, 4, "como")->value, "pet");
	assert_string_equal(choices_first_starting(spanish, 4, "¿Cómo")->value, "pet");
	assert_string_equal(choices_first_starting(spanish, 4, "EN QUE")->value, "city");
	assert_string_equal(choices_first_starting(spanish, 4, "Educacion")->value, "school");
	assert_string_equal(choices_first_starting(spanish, 4, "Northern Dis")->value, "court");
	assert_string_equal(choices_first_starting(spanish, 4, "investig")->value, "school");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_screen_has_unique_labels_a_title_and_help),
		cmocka_unit_test_setup_teardown(every_form_screen_has_a_place_of_its_own, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test(type_ahead_chooses_as_a_list_does),
		cmocka_unit_test_setup_teardown(a_legacy_login_shows_the_account_and_its_notices,
						unit_flow_setup, unit_flow_teardown),
		cmocka_unit_test_setup_teardown(an_inactive_account_shows_the_faq_notice, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test_setup_teardown(an_upgraded_account_says_so, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test_setup_teardown(
			a_wrong_password_keeps_the_username_and_points_at_the_password, unit_flow_setup,
			unit_flow_teardown),
		cmocka_unit_test_setup_teardown(empty_fields_are_named, unit_flow_setup, unit_flow_teardown),
		cmocka_unit_test_setup_teardown(logging_out_returns_to_the_start_and_forgets_the_account,
						unit_flow_setup, unit_flow_teardown),
		cmocka_unit_test_setup_teardown(the_login_links_and_the_court_lookup_lead_somewhere,
						unit_flow_setup, unit_flow_teardown),
		cmocka_unit_test_setup_teardown(a_court_shows_whether_it_is_live_on_the_practice_date,
						unit_flow_setup, unit_flow_teardown),
		cmocka_unit_test(every_screen_is_declared_completely),
		cmocka_unit_test_setup_teardown(each_field_takes_what_its_check_takes, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test_setup_teardown(scenario_is_hashed_before_it_is_stored, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test_setup_teardown(scenario_errors_name_the_line, unit_flow_setup,
						unit_flow_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
