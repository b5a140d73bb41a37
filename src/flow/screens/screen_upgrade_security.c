/* Upgrade PACER Account, step 3 of 3: Security. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"
#include "flow/upgrade.h"

static const struct field_spec security_fields[] = {
	{ "username", N_("New Username"), FIELD_TEXT, 30, 40, true, N_("8 to 40 letters, digits, dots, underscores or hyphens, for example jattorney2021; not your legacy username."), CHOICES_NONE, false },
	{ "password", N_("New Password"), FIELD_PASSWORD, 30, 45, true, N_("The line under the fields shows which rules it meets as you type."), CHOICES_NONE, true },
	{ "confirm", N_("Confirm Password"), FIELD_PASSWORD, 30, 45, true, N_("The same password again."), CHOICES_NONE, true },
	{ "question1", N_("Security Question 1"), FIELD_TEXT, 44, 80, true, N_("One of PACER's questions. {show-list}"), CHOICES_SECURITY_QUESTION, false },
	{ "answer1", N_("Answer 1"), FIELD_TEXT, 30, 60, true, N_("At least 4 characters. It is stored so that nobody can read it back."), CHOICES_NONE, true },
	{ "question2", N_("Security Question 2"), FIELD_TEXT, 44, 80, true, NULL, CHOICES_SECURITY_QUESTION, false },
	{ "answer2", N_("Answer 2"), FIELD_TEXT, 30, 60, true, NULL, CHOICES_NONE, true },
	{ "question3", N_("Security Question 3"), FIELD_TEXT, 44, 80, true, NULL, CHOICES_SECURITY_QUESTION, false },
	{ "answer3", N_("Answer 3"), FIELD_TEXT, 30, 60, true, NULL, CHOICES_NONE, true },
};

static const struct action_spec security_actions[] = {
	{ "submit", N_("Submit"), ACTION_DEFAULT | ACTION_PERMANENT },
	{ "back", N_("Back"), ACTION_BACK },
};

/* The username rule in the court's words (N4): an upgraded login name
 * is longer than the legacy 6 characters. */
static void security_load(struct flow *flow)
{
	upgrade_tab_load(flow);
	if (!flow->upgrade.registering)
		flow_add_notice(flow, N4_UPGRADE_LOGIN_NAME);
}

static enum screen_id security_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_UPGRADE_ADDRESS;
	if (action_is(action, "submit") && flow->upgrade.registering)
		return upgrade_tabs_ready(flow) ? SCREEN_REGISTER_PAYMENT : SCREEN_UPGRADE_SECURITY;
	if (action_is(action, "submit"))
		return upgrade_finish(flow);
	return SCREEN_UPGRADE_SECURITY;
}

const struct screen_spec screen_upgrade_security = {
	.id = SCREEN_UPGRADE_SECURITY,
	.name = "upgrade-security",
	.kind = SCREEN_FORM,
	.title = N_("Upgrade PACER Account"),
	.intro = N_("Create a new username, password, and security questions. Click Submit."),
	.fields = security_fields,
	.n_fields = COUNT_OF(security_fields),
	.actions = security_actions,
	.n_actions = COUNT_OF(security_actions),
	.tabs = upgrade_tabs,
	.tab_index = 2,
	.tabs_are_steps = true,
	.help = N_("The last Upgrade tab. Your new username must be new: 8 to 40 characters, not the "
		   "legacy one. Do not reuse your CM/ECF login or password. Choose three different "
		   "questions and give three different answers you will remember (the same answer "
		   "twice is refused); PACER asks them when you forget your "
		   "password.\n\nSubmit upgrades the account at once and cannot be undone, so the wizard "
		   "never chooses it for you: after the last answer, check the tab, then choose Submit "
		   "yourself. Afterwards the old username and password no longer work."),
	.load = security_load,
	.submit = security_submit,
	.live_note = upgrade_password_note,
	.form = upgrade_form,
	.drafted_as = DRAFT_UPGRADE,
};
