/* SPDX-License-Identifier: MIT */
/* The court side through the core: court login, the link rules, the
 * confirmation, the filing menus, and the fallback after three failures. */
#include <config.h>

#include "unit.h"

#include <locale.h>

#include "base/util.h"
#include "core/cmecf.h"
#include "core/pacer.h"
#include "flow/faq.h"
#include "flow/flow.h"
#include "flow/room.h"
#include "flow/screens.h"
#include "flow/upgrade.h"

static enum screen_id court_login(struct flow *flow, const char *court, const char *username,
				  const char *password)
{
	flow_logout(flow);
	flow_enter(flow, SCREEN_LINK_COURT);
	flow_set_value(flow, "court", court);
	enum screen_id next = unit_act(flow, "open");
	if (next != SCREEN_COURT_LOGIN)
		return next;
	flow_enter(flow, SCREEN_COURT_LOGIN);
	flow_set_value(flow, "username", username);
	flow_set_value(flow, "password", password);
	return unit_act(flow, "login");
}

static enum screen_id try_link(struct flow *flow, const char *login, const char *password)
{
	flow_enter(flow, SCREEN_COURT_MAIN);
	assert_int_equal(unit_act(flow, "utilities"), SCREEN_COURT_UTILITIES);
	flow_enter(flow, SCREEN_COURT_UTILITIES);
	assert_int_equal(unit_act(flow, "link"), SCREEN_LINK);
	flow_enter(flow, SCREEN_LINK);
	flow_set_value(flow, "login", login);
	flow_set_value(flow, "password", password);
	return unit_act(flow, "submit");
}

static bool visible(const struct flow *flow, const char *action_id)
{
	for (size_t i = 0; i < flow->screen->n_actions; i++)
		if (strcmp(flow->screen->actions[i].id, action_id) == 0)
			return !flow->action_hidden[i];
	return false;
}

/* A paragraph of the screen, or its warning, holds part. */
static bool has_paragraph(const struct flow *flow, const char *part)
{
	for (size_t i = 0; i < flow->n_paragraphs; i++)
		if (strstr(flow->paragraphs[i], part) != NULL)
			return true;
	return flow->warning != NULL && strstr(flow->warning, part) != NULL;
}

/* The id of the action that has the focus when the screen appears. */
static const char *first_focus(struct flow *flow)
{
	struct view view;
	int field, action;
	view_build(&view, flow, NULL);
	view_focus(&view, &field, &action);
	const char *id = action >= 0 ? view.actions[action].spec->id : "(a field)";
	view_free(&view);
	return id;
}

static void upgrade_john(struct flow_fixture *f)
{
	unit_log_in(f, "ja1234", "Legacy!2013");
	unit_type_john_upgrade(&f->flow);
	assert_int_equal(upgrade_finish(&f->flow), SCREEN_UPGRADE_COMPLETE);
}

static void john_links_at_canb_and_gets_the_bankruptcy_menus(void **state)
{
	struct flow_fixture *f = *state;
	upgrade_john(f);
	assert_int_equal(court_login(&f->flow, "canb", "jattorney2021", "Linked!2021"), SCREEN_COURT_MAIN);
	flow_enter(&f->flow, SCREEN_COURT_MAIN);
	assert_false(visible(&f->flow, "bankruptcy"));
	assert_true(visible(&f->flow, "utilities"));
	assert_int_equal(try_link(&f->flow, "jattorney", "Canb!Ecf2019"), SCREEN_LINK_CONFIRM);
	/* The password of the old login is gone once checked. */
	assert_string_equal(unit_value(&f->flow, SCREEN_LINK, "password"), "");
	flow_enter(&f->flow, SCREEN_LINK_CONFIRM);
	assert_string_equal(f->flow.lines[0].value, "John Attorney");
	assert_string_equal(f->flow.lines[1].value, "John Attorney");
	assert_false(has_paragraph(&f->flow, "DIFFER"));
	assert_int_equal(f->flow.notices[0], N17_PERMANENT_LINK);
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_LINK_SUCCESS);
	flow_enter(&f->flow, SCREEN_LINK_SUCCESS);
	assert_int_equal(f->flow.notices[0], N19_LINKED);
	assert_int_equal(unit_act(&f->flow, "continue"), SCREEN_COURT_MAIN);
	flow_enter(&f->flow, SCREEN_COURT_MAIN);
	assert_true(visible(&f->flow, "bankruptcy"));
	assert_true(visible(&f->flow, "adversary"));
	assert_false(visible(&f->flow, "civil"));
	int links = 0;
	assert_true(store_count_audit(f->store, "link", &links));
	assert_int_equal(links, 1);
	/* Next login: a filer accepts the redaction agreement first. */
	assert_int_equal(court_login(&f->flow, "canb", "jattorney2021", "Linked!2021"),
			 SCREEN_COURT_REDACTION);
	/* Linking again is refused. */
	assert_int_equal(try_link(&f->flow, "jattorney", "Canb!Ecf2019"), SCREEN_LINK);
	assert_non_null(strstr(f->flow.message, "already linked to a CM/ECF account in this court"));
}

static void maria_links_at_cacd_and_gets_civil_and_criminal(void **state)
{
	struct flow_fixture *f = *state;
	/* Two courts are in the Northern District of California: not enough. */
	assert_int_equal(
		court_login(&f->flow, "Northern District of California", "mgonzalez2016", "Upgraded!2016"),
		SCREEN_LINK_COURT);
	assert_non_null(strstr(f->flow.field_errors[0], "No single court"));
	assert_int_equal(
		court_login(&f->flow, "central district of california", "mgonzalez2016", "Upgraded!2016"),
		SCREEN_COURT_MAIN);
	assert_string_equal(f->flow.court.id, "cacd");
	assert_int_equal(try_link(&f->flow, "mgonzalez", "Cacd!Ecf2018"), SCREEN_LINK_CONFIRM);
	flow_enter(&f->flow, SCREEN_LINK_CONFIRM);
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_LINK_SUCCESS);
	flow_enter(&f->flow, SCREEN_COURT_MAIN);
	assert_true(visible(&f->flow, "civil"));
	assert_true(visible(&f->flow, "criminal"));
	assert_false(visible(&f->flow, "bankruptcy"));
}

static void before_go_live_linking_is_refused_with_the_date(void **state)
{
	struct flow_fixture *f = *state;
	unit_set_today(&f->flow, "2021-02-10");
	assert_int_equal(court_login(&f->flow, "canb", "chrisdoe2019", "Upgraded!2019"), SCREEN_COURT_MAIN);
	flow_enter(&f->flow, SCREEN_COURT_MAIN);
	assert_int_equal(f->flow.notices[0], N9_NOT_BEFORE_GO_LIVE);
	assert_int_equal(try_link(&f->flow, "cdoe", "Canb!Ecf2017"), SCREEN_LINK);
	assert_non_null(strstr(f->flow.message, "cannot be linked before February 16, 2021"));
}

/* The trainer moves the practice date past go-live while Chris is on
 * the Link screen: his next Submit follows it, and the session says so
 * once, on the next screen with nothing else to say. */
static void a_new_practice_date_reaches_a_running_session(void **state)
{
	struct flow_fixture *f = *state;
	unit_set_today(&f->flow, "2021-02-10");
	assert_int_equal(court_login(&f->flow, "canb", "chrisdoe2019", "Upgraded!2019"), SCREEN_COURT_MAIN);
	assert_int_equal(try_link(&f->flow, "cdoe", "Canb!Ecf2017"), SCREEN_LINK);
	assert_non_null(strstr(f->flow.message, "cannot be linked before February 16, 2021"));
	assert_true(store_set_setting(f->store, "as-of", "2021-03-01"));
	flow_set_value(&f->flow, "password", "Canb!Ecf2017"); /* wiped after a try */
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_LINK_CONFIRM);
	assert_string_equal(f->flow.today, "2021-03-01");
	flow_enter(&f->flow, SCREEN_LINK_CONFIRM);
	assert_int_equal(f->flow.message_kind, MESSAGE_INFO);
	assert_string_equal(f->flow.message, "The trainer changed the practice date to March 1, 2021.");
	assert_int_equal(unit_act(&f->flow, "back"), SCREEN_LINK);
	flow_enter(&f->flow, SCREEN_LINK);
	assert_int_equal(f->flow.message_kind, MESSAGE_NONE);
	/* Back to the real date: said too. */
	assert_true(store_set_setting(f->store, "as-of", ""));
	flow_enter(&f->flow, SCREEN_LINK);
	assert_non_null(strstr(f->flow.message, "The trainer set the practice date back to today"));
}

/* The lock-out and idle settings follow too; an --idle of the command
 * line stays. */
static void the_idle_setting_reaches_a_running_session(void **state)
{
	struct flow_fixture *f = *state;
	flow_set_kiosk(&f->flow, false, -1);
	assert_int_equal(f->flow.idle_seconds, 0);
	assert_true(store_set_setting(f->store, "idle", "600"));
	assert_true(store_set_setting(f->store, "lockout-attempts", "3"));
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, 600);
	assert_int_equal(f->flow.lockout_attempts, 3);
	flow_set_kiosk(&f->flow, false, 30);
	assert_true(store_set_setting(f->store, "idle", "900"));
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, 30);
}

/* A running class (class start) keeps every screen while the trainer
 * talks: no idle reset, or a long one, whatever the kiosk, the setting or
 * --idle ask; class stop gives them back. */
static void a_running_class_holds_off_the_idle_reset(void **state)
{
	struct flow_fixture *f = *state;
	struct audit_event record = { .terminal = "",
				      .username = "trainer",
				      .court_id = "canb",
				      .event = "class start",
				      .outcome = "" };
	assert_int_equal(store_add_class(f->store, "room", "canb", "legacy"), STORE_DONE);
	flow_set_kiosk(&f->flow, true, -1);
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, SETTINGS_KIOSK_IDLE_SECONDS);
	assert_true(store_set_class_running(f->store, "room", 0, &record));
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, 0);
	assert_true(store_set_class_running(f->store, "room", 1800, &record));
	flow_set_kiosk(&f->flow, true, 30);
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, 1800);
	/* Never sooner than it was. */
	assert_true(store_set_class_running(f->store, "room", 60, &record));
	flow_set_kiosk(&f->flow, true, -1);
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, SETTINGS_KIOSK_IDLE_SECONDS);
	assert_true(store_set_class_running(f->store, "room", -1, &record));
	flow_set_kiosk(&f->flow, true, 30);
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, 30);
	flow_set_kiosk(&f->flow, true, -1);
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, SETTINGS_KIOSK_IDLE_SECONDS);
	/* Where nothing was timed, a running class times nothing. */
	assert_true(store_set_class_running(f->store, "room", 1800, &record));
	flow_set_kiosk(&f->flow, false, 0);
	flow_enter(&f->flow, SCREEN_START);
	assert_int_equal(f->flow.idle_seconds, 0);
}

/* The room and the class report name the step a screen belongs to: the
 * court's screens are the link's (the lookup's list and details are not),
 * and the upgrade's complete screen is past the upgrade. */
static void each_screen_belongs_to_its_step(void **state)
{
	(void)state;
	char words[32];
	assert_string_equal(room_step_of_screen("upgrade-person"), "upgrade");
	assert_string_equal(room_step_of_screen("upgrade-complete"), "");
	assert_string_equal(room_step_of_screen("link-court"), "link");
	assert_string_equal(room_step_of_screen("court-login"), "link");
	assert_string_equal(room_step_of_screen("court-utilities"), "link");
	assert_string_equal(room_step_of_screen("link-confirm"), "link");
	assert_string_equal(room_step_of_screen("court-list"), "");
	assert_string_equal(room_step_of_screen("court-detail"), "");
	room_step_words("link-confirm", true, false, words, sizeof words);
	assert_string_equal(words, "Linking");
	room_step_words("court-main", true, false, words, sizeof words);
	assert_string_equal(words, "Linking");
	room_step_words("court-list", true, false, words, sizeof words);
	assert_string_equal(words, "Upgraded");
	room_step_words("upgrade-address", false, false, words, sizeof words);
	assert_string_equal(words, "Upgrade 2/3");
	room_step_words("start", true, true, words, sizeof words);
	assert_string_equal(words, "Linked");
}

static void chris_sees_that_the_names_differ(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(court_login(&f->flow, "canb", "chrisdoe2019", "Upgraded!2019"), SCREEN_COURT_MAIN);
	assert_int_equal(try_link(&f->flow, "cdoe", "Canb!Ecf2017"), SCREEN_LINK_CONFIRM);
	flow_enter(&f->flow, SCREEN_LINK_CONFIRM);
	assert_string_equal(f->flow.lines[0].value, "Christopher Doe");
	assert_string_equal(f->flow.lines[1].value, "Chris Doe");
	assert_true(has_paragraph(&f->flow, "THE NAMES DIFFER"));
	/* The warning comes with the safe choice in focus, never Submit. */
	assert_non_null(f->flow.warning);
	assert_string_equal(first_focus(&f->flow), "back");
	/* The help and the FAQ under it give one answer for Chris and
	 * Christopher: do not submit, make the names agree first. */
	struct view view;
	view_build(&view, &f->flow, NULL);
	char *help = view_help(&view);
	view_free(&view);
	assert_non_null(strstr(help, "even only in form (Chris and Christopher), do not submit"));
	assert_null(strstr(help, "linking is right"));
	assert_non_null(strstr(help, "Do not submit: go back, even when the names differ only in form"));
	free(help);
	const struct faq_item *faq = faq_item(26);
	assert_non_null(faq);
	assert_non_null(
		strstr(faq->answer, "Do not submit: go back, even when the names differ only in form"));
	assert_true(faq_on_screen(faq, SCREEN_LINK_CONFIRM));
	assert_int_equal(unit_act(&f->flow, "back"), SCREEN_LINK);
}

static void special_characters_shared_accounts_and_legacy_accounts_are_refused(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(court_login(&f->flow, "canb", "kimlee2020", "Upgraded!2020"), SCREEN_COURT_MAIN);
	assert_int_equal(try_link(&f->flow, "klee@firm", "Canb!Ecf2016"), SCREEN_LINK);
	assert_non_null(strstr(f->flow.message, "&, @, $ or * cannot be linked"));

	assert_int_equal(court_login(&f->flow, "canb", "smithlee2015", "Firm!Shared15"), SCREEN_COURT_MAIN);
	flow_enter(&f->flow, SCREEN_COURT_MAIN);
	assert_int_equal(f->flow.notices[0], N1_INDIVIDUAL_ACCOUNT);
	assert_int_equal(try_link(&f->flow, "cdoe", "Canb!Ecf2017"), SCREEN_LINK);
	assert_non_null(strstr(f->flow.message, "shared firm PACER account"));

	assert_int_equal(court_login(&f->flow, "canb", "ja1234", "Legacy!2013"), SCREEN_COURT_LOGIN);
	assert_non_null(strstr(f->flow.message, "legacy PACER username"));
	assert_false(f->flow.logged_in);
	/* The upgrade is offered, with the username kept for its login. */
	assert_true(flow_action_visible(&f->flow, 3));
	assert_string_equal(flow_value(&f->flow, "username"), "ja1234");

	flow_enter(&f->flow, SCREEN_COURT_LOGIN);
	flow_set_value(&f->flow, "username", "kimlee2020");
	flow_set_value(&f->flow, "password", "Upgraded!2020");
	flow_set_value(&f->flow, "client-code", "smith, case 12");
	assert_int_equal(unit_act(&f->flow, "login"), SCREEN_COURT_LOGIN);
	assert_non_null(strstr(f->flow.field_errors[2], "space or a comma"));
}

static void an_account_linked_elsewhere_is_refused(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(court_login(&f->flow, "cacd", "mgonzalez2016", "Upgraded!2016"), SCREEN_COURT_MAIN);
	assert_int_equal(try_link(&f->flow, "mgonzalez", "Cacd!Ecf2018"), SCREEN_LINK_CONFIRM);
	flow_enter(&f->flow, SCREEN_LINK_CONFIRM);
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_LINK_SUCCESS);
	assert_int_equal(court_login(&f->flow, "cacd", "chrisdoe2019", "Upgraded!2019"), SCREEN_COURT_MAIN);
	assert_int_equal(try_link(&f->flow, "mgonzalez", "Cacd!Ecf2018"), SCREEN_LINK);
	assert_non_null(strstr(f->flow.message, "already linked to a PACER account"));
}

static void three_wrong_passwords_lead_to_a_pending_request(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(court_login(&f->flow, "canb", "chrisdoe2019", "Upgraded!2019"), SCREEN_COURT_MAIN);
	assert_int_equal(try_link(&f->flow, "cdoe", "wrong-1"), SCREEN_LINK);
	assert_non_null(strstr(f->flow.message, "If the linking process failed, please try again."));
	assert_non_null(strstr(f->flow.message, "Tries left: 2"));
	assert_int_equal(try_link(&f->flow, "nobody", "Canb!Ecf2017"), SCREEN_LINK);
	assert_int_equal(try_link(&f->flow, "cdoe", "wrong-3"), SCREEN_LINK_FALLBACK);
	flow_enter(&f->flow, SCREEN_LINK_FALLBACK);
	assert_int_equal(f->flow.notices[0], N21_LINK_FAILED);
	/* The registration is a form, then a confirmation, then pending. */
	assert_int_equal(unit_act(&f->flow, "attorney"), SCREEN_EFILE_FORM);
	flow_enter(&f->flow, SCREEN_EFILE_FORM);
	assert_string_equal(flow_value(&f->flow, "court"), "canb");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_EFILE_FORM); /* no bar number */
	assert_non_null(strstr(f->flow.field_errors[0], "bar number"));
	flow_set_value(&f->flow, "bar-number", "123456");
	flow_set_value(&f->flow, "bar-state", "CA");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_EFILE_CONFIRM);
	flow_enter(&f->flow, SCREEN_EFILE_CONFIRM);
	int pending = 0;
	assert_true(store_count_efile_requests(f->store, f->flow.account.id, "canb", &pending));
	assert_int_equal(pending, 0); /* nothing is sent before Submit */
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_COURT_MAIN);
	assert_non_null(strstr(f->flow.message, "pending"));
	assert_true(store_count_efile_requests(f->store, f->flow.account.id, "canb", &pending));
	assert_int_equal(pending, 1);
	/* The request ends the link: its draft is gone, nothing is offered. */
	assert_false(unit_draft_found(f, DRAFT_LINK, NULL, 0));
}

/* A non-attorney's registration has no bar: it is sent as the kind of
 * filer chosen, and the trainer's approval makes the account an e-filer. */
static void a_non_attorney_request_is_sent_without_a_bar_and_approved(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(court_login(&f->flow, "canb", "chrisdoe2019", "Upgraded!2019"), SCREEN_COURT_MAIN);
	for (int i = 0; i < 2; i++)
		assert_int_equal(try_link(&f->flow, "cdoe", "wrong"), SCREEN_LINK);
	assert_int_equal(try_link(&f->flow, "cdoe", "wrong"), SCREEN_LINK_FALLBACK);
	flow_enter(&f->flow, SCREEN_LINK_FALLBACK);
	assert_int_equal(unit_act(&f->flow, "non-attorney"), SCREEN_EFILE_FORM);
	flow_enter(&f->flow, SCREEN_EFILE_FORM);
	assert_string_equal(flow_value(&f->flow, "filer-type"), ""); /* a non-attorney chooses */
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_EFILE_FORM);
	flow_set_value(&f->flow, "filer-type", "Cred");
	flow_set_value(&f->flow, "bar-number", "not sent");
	assert_int_equal(unit_act(&f->flow, "next"), SCREEN_EFILE_CONFIRM);
	assert_string_equal(f->flow.efile.request.kind, "non-attorney");
	assert_string_equal(f->flow.efile.request.filer_type, "Creditor");
	assert_string_equal(f->flow.efile.request.bar_number, "");
	flow_enter(&f->flow, SCREEN_EFILE_CONFIRM);
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_COURT_MAIN);
	struct efile_request stored;
	bool found = false;
	assert_true(store_find_efile_request(f->store, 1, &stored, &found));
	assert_true(found);
	assert_string_equal(stored.status, "pending");
	assert_string_equal(stored.filer_type, "Creditor");
	assert_int_equal(store_approve_efile_request(f->store, &stored, "test"), STORE_DONE);
	assert_int_equal(store_approve_efile_request(f->store, &stored, "test"), STORE_USERNAME_TAKEN);
	struct ecf_account ecf;
	assert_true(store_find_ecf_account(f->store, "canb", "chrisdoe2019", &ecf, &found));
	assert_true(found);
	assert_int_equal(ecf.pacer_account_id, f->flow.account.id);
}

static void appellate_courts_use_their_own_wording(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(court_login(&f->flow, "ca9", "chrisdoe2019", "Upgraded!2019"), SCREEN_COURT_MAIN);
	flow_enter(&f->flow, SCREEN_COURT_UTILITIES);
	assert_true(visible(&f->flow, "link-appellate"));
	assert_false(visible(&f->flow, "link"));
	assert_int_equal(unit_act(&f->flow, "link-appellate"), SCREEN_LINK);
	flow_enter(&f->flow, SCREEN_LINK);
	assert_string_equal(flow_title(&f->flow), "Link my filer account to my PACER account");
}

static bool has_step(const struct checklist *list, const char *part)
{
	for (int i = 0; i < list->count; i++)
		if (strstr(list->steps[i], part) != NULL)
			return true;
	return false;
}

static void the_checklist_gives_the_persons_own_steps(void **state)
{
	struct flow_fixture *f = *state;
	unit_set_today(&f->flow, "2021-02-01");
	flow_enter(&f->flow, SCREEN_CHECKLIST);
	flow_set_value(&f->flow, "individual", "no");
	flow_set_value(&f->flow, "legacy", "not");
	flow_set_value(&f->flow, "ecf-login", "yes");
	flow_set_value(&f->flow, "court", "canb");
	assert_int_equal(unit_act(&f->flow, "make"), SCREEN_CHECKLIST_RESULT);
	const struct checklist *list = &f->flow.checklist.list;
	assert_true(has_step(list, "shared account"));
	/* Never advice to upgrade or link the shared account (FAQ 4). */
	assert_true(has_step(list, "Do not upgrade or link the shared account."));
	assert_false(has_step(list, "look at the Account Type"));
	assert_true(has_step(list, "your own new PACER account (never the shared one)"));
	assert_false(has_step(list, "help desk resets"));
	assert_true(has_step(list, "on February 16, 2021. Linking is possible only from that day."));
	assert_true(has_step(list, "after February 15, 2021."));

	/* Not my own account, made before 2014: register only, upgrade nothing. */
	flow_enter(&f->flow, SCREEN_CHECKLIST);
	flow_set_value(&f->flow, "individual", "no");
	flow_set_value(&f->flow, "legacy", "yes");
	assert_int_equal(unit_act(&f->flow, "make"), SCREEN_CHECKLIST_RESULT);
	assert_true(has_step(list, "Register your own account first"));
	assert_false(has_step(list, "Upgrade your legacy"));
	assert_false(has_step(list, "upgraded PACER account, choose"));

	flow_enter(&f->flow, SCREEN_CHECKLIST);
	flow_set_value(&f->flow, "individual", "y");
	flow_set_value(&f->flow, "legacy", "No");
	flow_set_value(&f->flow, "ecf-login", "maybe");
	flow_set_value(&f->flow, "court", "cacd");
	assert_int_equal(unit_act(&f->flow, "make"), SCREEN_CHECKLIST);
	assert_non_null(strstr(f->flow.field_errors[2], "one of the list"));
	flow_set_value(&f->flow, "ecf-login", "no");
	assert_int_equal(unit_act(&f->flow, "make"), SCREEN_CHECKLIST_RESULT);
	assert_true(has_step(list, "since February 18, 2020: you can link now."));
	assert_true(has_step(list, "CM/ECF will be unavailable beginning"));
	assert_true(has_step(list, "help desk resets"));
	assert_false(has_step(list, "Upgrade your legacy"));

	char buffer[8192] = "";
	FILE *out = fmemopen(buffer, sizeof buffer - 1, "w");
	assert_true(checklist_write(list, &f->flow.court, NULL, out));
	fclose(out);
	assert_non_null(strstr(
		buffer,
		"My NextGen CM/ECF checklist\nU.S. District Court, Central District of California (cacd)"));
	assert_non_null(strstr(buffer, "\n1. "));
	/* The page a patron takes home: the court's date and whom to call,
	 * on lines a printer takes (80 columns). */
	assert_non_null(strstr(buffer, "February 18, 2020"));
	assert_non_null(strstr(buffer, "(800) 676-6856"));
	assert_non_null(strstr(buffer, "The court's CM/ECF help desk"));
	/* The courts' warnings for her place: she knows her login, her court
	 * is live, so no "not before" warning. */
	assert_non_null(strstr(buffer, "What the courts told filers\n- You must know your current "
				       "CM/ECF login and password."));
	assert_non_null(strstr(buffer, "permanently linked"));
	assert_null(strstr(buffer, "cannot be linked before"));
	for (char *line = strtok(buffer, "\n"); line != NULL; line = strtok(NULL, "\n"))
		assert_true(text_columns(line) <= 80);
}

static bool draft_holds(const char *screen, const char *field, const char *value, void *data)
{
	(void)screen;
	(void)field;
	const char *secret = data;
	assert_null(strstr(value, secret));
	return true;
}

static bool link_draft_found(struct flow_fixture *f)
{
	return unit_draft_found(f, DRAFT_LINK, NULL, 0);
}

/* The line drops on the Link screen: the login typed is kept, the
 * password is not, and only the same person at the same court is offered
 * it; continuing puts the login back, a finished link removes it. */
static void an_unfinished_link_is_offered_at_its_court_only(void **state)
{
	struct flow_fixture *f = *state;
	upgrade_john(f);
	assert_int_equal(court_login(&f->flow, "canb", "jattorney2021", "Linked!2021"), SCREEN_COURT_MAIN);
	flow_enter(&f->flow, SCREEN_COURT_MAIN);
	assert_int_equal(unit_act(&f->flow, "utilities"), SCREEN_COURT_UTILITIES);
	flow_enter(&f->flow, SCREEN_COURT_UTILITIES);
	assert_int_equal(unit_act(&f->flow, "link"), SCREEN_LINK);
	flow_enter(&f->flow, SCREEN_LINK);
	flow_set_value(&f->flow, "login", "jattorney");
	flow_set_value(&f->flow, "password", "Canb!Ecf2019");
	drafts_save(&f->flow);
	assert_true(unit_each_draft(f, draft_holds, "Canb!Ecf2019"));
	assert_true(link_draft_found(f));

	/* Another court: no offer. Another person at this court: no offer. */
	assert_int_equal(court_login(&f->flow, "casb", "jattorney2021", "Linked!2021"), SCREEN_COURT_MAIN);
	assert_int_equal(court_login(&f->flow, "canb", "mgonzalez2016", "Upgraded!2016"), SCREEN_COURT_MAIN);

	assert_int_equal(court_login(&f->flow, "canb", "jattorney2021", "Linked!2021"), SCREEN_DRAFT_OFFER);
	flow_enter(&f->flow, SCREEN_DRAFT_OFFER);
	assert_true(has_paragraph(&f->flow, "unfinished link in this court"));
	assert_int_equal(unit_act(&f->flow, "continue"), SCREEN_LINK);
	flow_enter(&f->flow, SCREEN_LINK);
	assert_string_equal(flow_value(&f->flow, "login"), "jattorney");
	assert_string_equal(flow_value(&f->flow, "password"), "");
	flow_set_value(&f->flow, "password", "Canb!Ecf2019");
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_LINK_CONFIRM);
	flow_enter(&f->flow, SCREEN_LINK_CONFIRM);
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_LINK_SUCCESS);
	assert_false(link_draft_found(f));
}

/* "No, start over" throws the link's draft away and goes on to the court. */
static void a_link_draft_can_be_discarded(void **state)
{
	struct flow_fixture *f = *state;
	assert_int_equal(court_login(&f->flow, "cacd", "mgonzalez2016", "Upgraded!2016"), SCREEN_COURT_MAIN);
	flow_enter(&f->flow, SCREEN_LINK);
	flow_set_value(&f->flow, "login", "mgonzalez");
	drafts_save(&f->flow);
	assert_int_equal(court_login(&f->flow, "cacd", "mgonzalez2016", "Upgraded!2016"), SCREEN_DRAFT_OFFER);
	flow_enter(&f->flow, SCREEN_DRAFT_OFFER);
	assert_int_equal(unit_act(&f->flow, "discard"), SCREEN_COURT_MAIN);
	assert_false(link_draft_found(f));
	assert_int_equal(court_login(&f->flow, "cacd", "mgonzalez2016", "Upgraded!2016"), SCREEN_COURT_MAIN);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
#define T(name) cmocka_unit_test_setup_teardown(name, unit_flow_setup, unit_flow_teardown)
	const struct CMUnitTest tests[] = {
		T(john_links_at_canb_and_gets_the_bankruptcy_menus),
		T(maria_links_at_cacd_and_gets_civil_and_criminal),
		T(before_go_live_linking_is_refused_with_the_date),
		T(a_new_practice_date_reaches_a_running_session),
		T(the_idle_setting_reaches_a_running_session),
		T(a_running_class_holds_off_the_idle_reset),
		cmocka_unit_test(each_screen_belongs_to_its_step),
		T(chris_sees_that_the_names_differ),
		T(special_characters_shared_accounts_and_legacy_accounts_are_refused),
		T(an_account_linked_elsewhere_is_refused),
		T(three_wrong_passwords_lead_to_a_pending_request),
		T(a_non_attorney_request_is_sent_without_a_bar_and_approved),
		T(appellate_courts_use_their_own_wording),
		T(the_checklist_gives_the_persons_own_steps),
		T(an_unfinished_link_is_offered_at_its_court_only),
		T(a_link_draft_can_be_discarded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
