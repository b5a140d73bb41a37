/* SPDX-License-Identifier: MIT */
/* The help of every screen, the thirty questions people asked, the
 * troubleshooting guide and its likely causes. */
#include <config.h>

#include "unit.h"

#include <locale.h>

#include "base/util.h"
#include "flow/faq.h"
#include "flow/help.h"
#include "flow/screens.h"
#include "flow/trouble.h"
#include "ui/lines/ui_lines.h"

/* Where the collected questions say each one arises (their section
 * headings: general, registration, PACER login and Manage My Account,
 * the three tabs and the confirmation, the court's login, Utilities, the
 * Link screen, the confirm screen, after linking). Item 30, filed under
 * "after linking", is for someone who never linked: it is on the court
 * choice and the fallback instead of the success screen. */
static const struct {
	int item;
	enum screen_id screen;
} named_screens[] = {
	{ 1, SCREEN_START },
	{ 1, SCREEN_CHECKLIST },
	{ 2, SCREEN_START },
	{ 2, SCREEN_CHECKLIST },
	{ 3, SCREEN_START },
	{ 3, SCREEN_CHECKLIST },
	{ 4, SCREEN_NEED_ACCOUNT },
	{ 5, SCREEN_NEED_ACCOUNT },
	{ 5, SCREEN_REGISTER_POLICIES },
	{ 6, SCREEN_REGISTER_POLICIES },
	{ 7, SCREEN_REGISTER_DONE },
	{ 8, SCREEN_PACER_LOGIN },
	{ 8, SCREEN_ACCOUNT },
	{ 9, SCREEN_ACCOUNT },
	{ 10, SCREEN_PACER_LOGIN },
	{ 10, SCREEN_FORGOT_PASSWORD },
	{ 11, SCREEN_UPGRADE_PERSON },
	{ 12, SCREEN_UPGRADE_ADDRESS },
	{ 13, SCREEN_UPGRADE_SECURITY },
	{ 14, SCREEN_UPGRADE_COMPLETE },
	{ 15, SCREEN_COURT_LOGIN },
	{ 16, SCREEN_COURT_REDACTION },
	{ 17, SCREEN_COURT_LOGIN },
	{ 18, SCREEN_COURT_UTILITIES },
	{ 19, SCREEN_COURT_UTILITIES },
	{ 20, SCREEN_LINK },
	{ 21, SCREEN_LINK },
	{ 22, SCREEN_LINK },
	{ 23, SCREEN_LINK },
	{ 24, SCREEN_LINK },
	{ 25, SCREEN_LINK },
	{ 26, SCREEN_LINK_CONFIRM },
	{ 27, SCREEN_LINK_SUCCESS },
	{ 28, SCREEN_LINK_SUCCESS },
	{ 29, SCREEN_LINK_SUCCESS },
	{ 30, SCREEN_LINK_COURT },
};

static void every_question_is_on_the_screen_where_it_arises(void **state)
{
	(void)state;
	for (size_t i = 0; i < COUNT_OF(named_screens); i++) {
		const struct faq_item *item = faq_item(named_screens[i].item);
		assert_non_null(item);
		if (!faq_on_screen(item, named_screens[i].screen))
			fail_msg("question %d is not on the screen %s", item->number,
				 screen_spec(named_screens[i].screen)->name);
	}
	for (int n = 1; n <= FAQ_COUNT; n++) {
		const struct faq_item *item = faq_item(n);
		assert_int_equal(item->number, n);
		assert_true(item->screens[0] != SCREEN_COUNT);
		for (int s = 0; s < FAQ_MAX_SCREENS && item->screens[s] != SCREEN_COUNT; s++)
			assert_true(item->screens[s] < SCREEN_COUNT);
	}
	assert_null(faq_item(0));
	assert_null(faq_item(FAQ_COUNT + 1));
}

static char *help_of(struct flow *flow, enum screen_id id)
{
	flow->screen = screen_spec(id);
	flow->n_notices = 0;
	return help_text(flow);
}

/* Each screen's help carries its questions, and only its own. */
static void every_help_shows_its_questions(void **state)
{
	struct flow_fixture *f = *state;
	for (int id = 0; id < SCREEN_COUNT; id++) {
		char *text = help_of(&f->flow, (enum screen_id)id);
		/* The screen's own text, with the numbers it names written in. */
		char *own = help_fill_numbers(xstrdup(screen_spec((enum screen_id)id)->help));
		assert_non_null(strstr(text, own));
		free(own);
		for (int n = 1; n <= FAQ_COUNT; n++) {
			const struct faq_item *item = faq_item(n);
			bool shown = strstr(text, item->question) != NULL &&
				     strstr(text, item->answer) != NULL;
			if (shown != faq_on_screen(item, (enum screen_id)id))
				fail_msg("the help of %s %s question %d",
					 screen_spec((enum screen_id)id)->name, shown ? "shows" : "lacks", n);
		}
		free(text);
	}
}

/* A number a help text names is the one the rule holds. */
static void help_numbers_are_the_rules_numbers(void **state)
{
	struct flow_fixture *f = *state;
	char expected[128];
	char *link = help_of(&f->flow, SCREEN_LINK);
	snprintf(expected, sizeof expected, "After %d failed tries the wizard", LINK_TRIES);
	assert_non_null(strstr(link, expected));
	free(link);
	char *fallback = help_of(&f->flow, SCREEN_LINK_FALLBACK);
	snprintf(expected, sizeof expected, "After %d failed tries:", LINK_TRIES);
	assert_non_null(strstr(fallback, expected));
	free(fallback);
	char *security = help_of(&f->flow, SCREEN_UPGRADE_SECURITY);
	snprintf(expected, sizeof expected, "must be new: %d to %d characters", USERNAME_MIN_CHARS,
		 USERNAME_MAX_CHARS);
	assert_non_null(strstr(security, expected));
	snprintf(expected, sizeof expected, "At least %d characters.", ANSWER_MIN_CHARS);
	assert_non_null(strstr(security, expected));
	free(security);
	/* No screen's help is left with a number unwritten. */
	for (int id = 0; id < SCREEN_COUNT; id++) {
		char *text = help_of(&f->flow, (enum screen_id)id);
		for (const char *p = strchr(text, '{'); p != NULL; p = strchr(p + 1, '{'))
			if (strncmp(p, "{link-", 6) == 0 || strncmp(p, "{username-", 10) == 0 ||
			    strncmp(p, "{answer-", 8) == 0 || strncmp(p, "{client-code-", 13) == 0)
				fail_msg("the help of %s keeps %.20s", screen_spec((enum screen_id)id)->name,
					 p);
		free(text);
	}
}

/* Where an answer says to call, the help says whom: the PACER Service
 * Center, and the court's own help desk when the court has one. */
static void help_names_whom_to_call(void **state)
{
	struct flow_fixture *f = *state;
	copy_text(f->flow.court.id, sizeof f->flow.court.id, "canb");
	copy_text(f->flow.court.help_desk, sizeof f->flow.court.help_desk, "(415) 555-0100");
	char *link = help_of(&f->flow, SCREEN_LINK);
	assert_non_null(strstr(link, "Who can help:"));
	assert_non_null(strstr(link, "(800) 676-6856"));
	assert_non_null(strstr(link, "(415) 555-0100"));
	free(link);
	char *person = help_of(&f->flow, SCREEN_UPGRADE_PERSON);
	assert_null(strstr(person, "Who can help:"));
	free(person);
	f->flow.court.help_desk[0] = '\0';
	char *confirm = help_of(&f->flow, SCREEN_LINK_CONFIRM);
	assert_non_null(strstr(confirm, "see the court's web site"));
	assert_null(strstr(confirm, "(800) 676-6856"));
	free(confirm);
}

/* The plain and answers frontends wrap the help to the terminal: at 40
 * columns no line of any screen's help is wider than 39. */
static void help_lines_fit_a_narrow_terminal(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(setenv("COLUMNS", "40", 1), 0);
	for (int id = 0; id < SCREEN_COUNT; id++) {
		char *buffer = NULL;
		size_t size = 0;
		FILE *out = open_memstream(&buffer, &size);
		assert_non_null(out);
		f->flow.screen = screen_spec((enum screen_id)id);
		struct view view;
		view_build(&view, &f->flow, NULL);
		lines_print_help(out, &view, true);
		view_free(&view);
		assert_int_equal(fclose(out), 0);
		int lines = 0;
		for (char *line = strtok(buffer, "\n"); line != NULL; line = strtok(NULL, "\n"), lines++)
			if (text_columns(line) > 39)
				fail_msg("%s: a help line of %d columns: %s",
					 screen_spec((enum screen_id)id)->name, text_columns(line), line);
		assert_true(lines >= 3); /* the title, the help, the words to type */
		free(buffer);
	}
	unsetenv("COLUMNS");
}

/* ---- the troubleshooting guide ------------------------------------------ */

/* Every step reachable from "What went wrong?" is well formed; answers
 * reached are marked in seen. Returns the longest path. */
static int walk(enum trouble_step step, bool seen[TROUBLE_STEP_COUNT], int depth)
{
	assert_true(depth < 8); /* no loop */
	const struct trouble_spec *spec = trouble_spec(step);
	assert_non_null(spec);
	assert_int_equal(spec->step, step);
	assert_non_null(spec->name);
	seen[step] = true;
	if (!trouble_is_question(step)) {
		assert_non_null(strstr(spec->cause, "Likely cause: "));
		assert_non_null(strstr(spec->next_step, "Next step: "));
		assert_non_null(faq_item(spec->faq[0]));
		for (int i = 1; i < TROUBLE_MAX_FAQ && spec->faq[i] != 0; i++)
			assert_non_null(faq_item(spec->faq[i]));
		return depth;
	}
	assert_true(trouble_choice_count(step) >= 2);
	int longest = depth;
	for (size_t i = 0; i < trouble_choice_count(step); i++) {
		int d = walk(spec->choices[i].next, seen, depth + 1);
		longest = d > longest ? d : longest;
	}
	return longest;
}

static void every_path_ends_with_a_next_step(void **state)
{
	(void)state;
	bool seen[TROUBLE_STEP_COUNT] = { false };
	assert_true(walk(TROUBLE_WHAT, seen, 0) <= 5);
	/* The two answers only a failure leads to. */
	char why[FLOW_MESSAGE_MAX];
	seen[trouble_after_link(LINK_LEGACY, why, sizeof why)] = true;
	seen[trouble_after_link(LINK_PACER_ALREADY_LINKED, why, sizeof why)] = true;
	for (int step = TROUBLE_WHAT; step < TROUBLE_STEP_COUNT; step++)
		if (!seen[step])
			fail_msg("the step %s is never reached", trouble_spec(step)->name);
}

/* The union of the questions every answer under step names. */
static void questions_under(enum trouble_step step, bool named[FAQ_COUNT + 1])
{
	const struct trouble_spec *spec = trouble_spec(step);
	if (!trouble_is_question(step)) {
		for (int i = 0; i < TROUBLE_MAX_FAQ && spec->faq[i] != 0; i++)
			named[spec->faq[i]] = true;
		return;
	}
	for (size_t i = 0; i < trouble_choice_count(step); i++)
		questions_under(spec->choices[i].next, named);
}

/* The symptom table of the collected questions, row by row: the symptom
 * is a first choice, and the guide reaches every item the row names. */
static void the_guide_covers_every_symptom(void **state)
{
	(void)state;
	static const struct {
		const char *symptom;
		int items[3];
	} rows[] = {
		{ "A login says my username or password is invalid", { 15, 14, 20 } },
		{ "The login works only sometimes", { 4, 16 } },
		{ "The login refuses me without a client code", { 17 } },
		{ "PACER searches fail at a court not yet on NextGen", { 2 } },
		{ "I cannot find \"Link a CM/ECF account", { 18, 1 } },
		{ "The Link screen refuses my CM/ECF login or password", { 21, 10, 22 } },
		{ "Linking keeps failing", { 23 } },
		{ "The confirm screen shows a different name", { 26 } },
		{ "I have two CM/ECF logins at one court", { 24 } },
		{ "I linked, but the filing menus are missing", { 27 } },
		{ "My assistant no longer gets the notices", { 28 } },
		{ "Case Search Status says Inactive", { 9, 5 } },
		{ "Registration says an account may already exist", { 5 } },
		{ "The go-live date passed and I never linked", { 30, 23 } },
	};
	const struct trouble_spec *what = trouble_spec(TROUBLE_WHAT);
	for (size_t r = 0; r < COUNT_OF(rows); r++) {
		const struct trouble_choice *choice = NULL;
		for (size_t i = 0; i < trouble_choice_count(TROUBLE_WHAT); i++)
			if (strncmp(what->choices[i].label, rows[r].symptom, strlen(rows[r].symptom)) == 0)
				choice = &what->choices[i];
		if (choice == NULL)
			fail_msg("no first choice for \"%s\"", rows[r].symptom);
		bool named[FAQ_COUNT + 1] = { false };
		questions_under(choice->next, named);
		for (int i = 0; i < 3 && rows[r].items[i] != 0; i++)
			if (!named[rows[r].items[i]])
				fail_msg("\"%s\" never reaches question %d", rows[r].symptom,
					 rows[r].items[i]);
	}
}

static void a_failure_suggests_its_likeliest_cause(void **state)
{
	(void)state;
	char why[FLOW_MESSAGE_MAX];
	assert_int_equal(trouble_after_login("ja1234", false, true, false, why, sizeof why),
			 TROUBLE_LEGACY_USERNAME);
	assert_non_null(strstr(why, "legacy PACER username"));
	assert_int_equal(trouble_after_login("cdoe", false, true, true, why, sizeof why),
			 TROUBLE_WRONG_SYSTEM);
	assert_int_equal(trouble_after_login("cdoe", false, false, true, why, sizeof why),
			 TROUBLE_WHICH_USERNAME);
	assert_int_equal(trouble_after_login("chrisdoe2019", true, true, false, why, sizeof why),
			 TROUBLE_LOCKED);
	assert_int_equal(trouble_after_login("chrisdoe2019", false, false, false, why, sizeof why),
			 TROUBLE_WHICH_USERNAME);
	static const struct {
		enum link_check check;
		enum trouble_step step;
	} links[] = {
		{ LINK_NOT_LIVE, TROUBLE_NOT_LIVE },
		{ LINK_LEGACY, TROUBLE_NOT_UPGRADED },
		{ LINK_SHARED_FIRM, TROUBLE_SHARED_ACCOUNT },
		{ LINK_SPECIAL_CHARACTERS, TROUBLE_SPECIAL_CHARACTERS },
		{ LINK_PACER_ALREADY_LINKED, TROUBLE_ALREADY_LINKED },
		{ LINK_ECF_ALREADY_LINKED, TROUBLE_ALREADY_LINKED },
		{ LINK_BAD_CREDENTIALS, TROUBLE_ECF_LOGIN },
	};
	for (size_t i = 0; i < COUNT_OF(links); i++) {
		why[0] = '\0';
		assert_int_equal(trouble_after_link(links[i].check, why, sizeof why), links[i].step);
		assert_non_null(strstr(why, "What just happened: "));
	}
}

/* ---- through the screens -------------------------------------------------- */

static bool visible(const struct flow *flow, const char *action_id)
{
	for (size_t i = 0; i < flow->screen->n_actions; i++)
		if (strcmp(flow->screen->actions[i].id, action_id) == 0)
			return !flow->action_hidden[i];
	return false;
}

static enum screen_id choose(struct flow *flow, const char *label_start)
{
	for (size_t i = 0; i < flow->n_items; i++)
		if (strncmp(flow->items[i], label_start, strlen(label_start)) == 0) {
			flow->item[SCREEN_TROUBLE] = (int)i;
			return unit_act(flow, "choose");
		}
	fail_msg("no choice starts with \"%s\"", label_start);
	return SCREEN_COUNT;
}

/* From the start screen: questions, an answer, Back step by step. */
static void the_guide_goes_forward_and_back(void **state)
{
	struct flow *flow = &((struct flow_fixture *)*state)->flow;
	flow_enter(flow, SCREEN_START);
	assert_int_equal(unit_act(flow, "trouble"), SCREEN_TROUBLE);
	flow_enter(flow, SCREEN_TROUBLE);
	assert_string_equal(flow_title(flow), "What went wrong?");
	assert_int_equal(flow->n_items, trouble_choice_count(TROUBLE_WHAT));
	assert_int_equal(choose(flow, "A login says"), SCREEN_TROUBLE);
	flow_enter(flow, SCREEN_TROUBLE);
	assert_string_equal(flow_title(flow), "Which username did you type?");
	assert_int_equal(choose(flow, "My upgraded PACER username"), SCREEN_TROUBLE);
	flow_enter(flow, SCREEN_TROUBLE);
	assert_int_equal(choose(flow, "No, it is mine"), SCREEN_TROUBLE);
	flow_enter(flow, SCREEN_TROUBLE);
	assert_int_equal(choose(flow, "No"), SCREEN_TROUBLE);
	flow_enter(flow, SCREEN_TROUBLE);
	assert_int_equal(choose(flow, "The court's live site"), SCREEN_TROUBLE_ANSWER);
	flow_enter(flow, SCREEN_TROUBLE_ANSWER);
	assert_non_null(strstr(flow->paragraphs[0], "Likely cause: a mistyped or forgotten password"));
	assert_non_null(strstr(flow->paragraphs[2], "Question 10: "));
	assert_true(visible(flow, "go"));
	assert_int_equal(unit_act(flow, "go"), SCREEN_FORGOT_PASSWORD);

	flow_enter(flow, SCREEN_START);
	assert_int_equal(unit_act(flow, "trouble"), SCREEN_TROUBLE);
	flow_enter(flow, SCREEN_TROUBLE);
	assert_int_equal(choose(flow, "I have two CM/ECF"), SCREEN_TROUBLE_ANSWER);
	flow_enter(flow, SCREEN_TROUBLE_ANSWER);
	assert_false(visible(flow, "go")); /* nothing here practises it */
	assert_int_equal(unit_act(flow, "back"), SCREEN_TROUBLE);
	flow_enter(flow, SCREEN_TROUBLE);
	assert_string_equal(flow_title(flow), "What went wrong?");
	assert_int_equal(unit_act(flow, "back"), SCREEN_START);
}

/* A CM/ECF login typed at the court's PACER login: the guide is offered
 * there, opens at the likeliest cause with what happened, and its next
 * step is the court's login again; a good login forgets the hint. */
static void a_refused_court_login_offers_the_likely_cause(void **state)
{
	struct flow *flow = &((struct flow_fixture *)*state)->flow;
	flow_enter(flow, SCREEN_LINK_COURT);
	flow_set_value(flow, "court", "canb");
	assert_int_equal(unit_act(flow, "open"), SCREEN_COURT_LOGIN);
	flow_enter(flow, SCREEN_COURT_LOGIN);
	assert_false(visible(flow, "trouble"));
	flow_set_value(flow, "username", "cdoe");
	flow_set_value(flow, "password", "Canb!Ecf2017");
	assert_int_equal(unit_act(flow, "login"), SCREEN_COURT_LOGIN);
	assert_true(visible(flow, "trouble"));
	assert_int_equal(unit_act(flow, "trouble"), SCREEN_TROUBLE_ANSWER);
	flow_enter(flow, SCREEN_TROUBLE_ANSWER);
	assert_non_null(strstr(flow->paragraphs[0], "is a CM/ECF login of this court"));
	assert_non_null(strstr(flow->paragraphs[1], "takes your PACER username and password only"));
	assert_int_equal(unit_act(flow, "go"), SCREEN_COURT_LOGIN);
	flow_enter(flow, SCREEN_COURT_LOGIN);
	assert_true(visible(flow, "trouble")); /* still what happened here */
	flow_set_value(flow, "username", "chrisdoe2019");
	flow_set_value(flow, "password", "Upgraded!2019");
	assert_int_not_equal(unit_act(flow, "login"), SCREEN_COURT_LOGIN);
	assert_int_equal(flow->trouble.hint, TROUBLE_NONE);

	/* At Manage My Account a legacy-shaped username that fails. */
	flow_logout(flow);
	flow_enter(flow, SCREEN_PACER_LOGIN);
	flow_set_value(flow, "username", "ja1234");
	flow_set_value(flow, "password", "not it");
	assert_int_equal(unit_act(flow, "login"), SCREEN_PACER_LOGIN);
	assert_int_equal(unit_act(flow, "trouble"), SCREEN_TROUBLE_ANSWER);
	flow_enter(flow, SCREEN_TROUBLE_ANSWER);
	assert_int_equal(flow->trouble.step, TROUBLE_LEGACY_USERNAME);
	assert_int_equal(unit_act(flow, "done"), SCREEN_PACER_LOGIN);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_question_is_on_the_screen_where_it_arises),
		cmocka_unit_test_setup_teardown(every_help_shows_its_questions, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test_setup_teardown(help_names_whom_to_call, unit_flow_setup, unit_flow_teardown),
		cmocka_unit_test_setup_teardown(help_numbers_are_the_rules_numbers, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test_setup_teardown(help_lines_fit_a_narrow_terminal, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test(every_path_ends_with_a_next_step),
		cmocka_unit_test(the_guide_covers_every_symptom),
		cmocka_unit_test(a_failure_suggests_its_likeliest_cause),
		cmocka_unit_test_setup_teardown(the_guide_goes_forward_and_back, unit_flow_setup,
						unit_flow_teardown),
		cmocka_unit_test_setup_teardown(a_refused_court_login_offers_the_likely_cause,
						unit_flow_setup, unit_flow_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
