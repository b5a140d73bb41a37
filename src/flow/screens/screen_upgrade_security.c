/* SPDX-License-Identifier: MIT */
/* Upgrade PACER Account, step 3 of 3: Security. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"
#include "flow/upgrade.h"

static const struct field_spec security_fields[] = {
	{
		.id = "username",
		.label = N_("New Username"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = USERNAME_MAX_CHARS,
		.required = true,
		.check = CHECK_USERNAME,
		.example = N_(
			"{username-min} to {username-max} letters, digits, dots, underscores or hyphens, for example jattorney2021; not your legacy username."),
	},
	{
		.id = "password",
		.label = N_("New Password"),
		.kind = FIELD_PASSWORD,
		.width = 30,
		.max_length = PASSWORD_MAX_CHARS,
		.required = true,
		.check = CHECK_PASSWORD,
		.example = N_("The line under the fields shows which rules it meets as you type."),
		.secret = true,
	},
	{
		.id = "confirm",
		.label = N_("Confirm Password"),
		.kind = FIELD_PASSWORD,
		.width = 30,
		.max_length = PASSWORD_MAX_CHARS,
		.required = true,
		.check = CHECK_NONE,
		.example = N_("The same password again."),
		.secret = true,
	},
	{
		.id = "question1",
		.label = N_("Security Question 1"),
		.kind = FIELD_TEXT,
		.width = 44,
		.max_length = 80,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("One of PACER's questions. {show-list}"),
		.choices = CHOICES_SECURITY_QUESTION,
	},
	{
		.id = "answer1",
		.label = N_("Answer 1"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 60,
		.required = true,
		.check = CHECK_ANSWER,
		.example = N_(
			"At least {answer-min} characters. It is stored so that nobody can read it back."),
		.secret = true,
	},
	{
		.id = "question2",
		.label = N_("Security Question 2"),
		.kind = FIELD_TEXT,
		.width = 44,
		.max_length = 80,
		.required = true,
		.check = CHECK_CHOICE,
		.choices = CHOICES_SECURITY_QUESTION,
	},
	{
		.id = "answer2",
		.label = N_("Answer 2"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 60,
		.required = true,
		.check = CHECK_ANSWER,
		.secret = true,
	},
	{
		.id = "question3",
		.label = N_("Security Question 3"),
		.kind = FIELD_TEXT,
		.width = 44,
		.max_length = 80,
		.required = true,
		.check = CHECK_CHOICE,
		.choices = CHOICES_SECURITY_QUESTION,
	},
	{
		.id = "answer3",
		.label = N_("Answer 3"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 60,
		.required = true,
		.check = CHECK_ANSWER,
		.secret = true,
	},
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
	.help = N_(
		"The last Upgrade tab. Your new username must be new: {username-min} to "
		"{username-max} characters, not the legacy one. Do not reuse your CM/ECF login or password. Choose three different "
		"questions and give three different answers you will remember (the same answer "
		"twice is refused); PACER asks them when you forget your "
		"password.\n\nSubmit upgrades the account at once and cannot be undone, so the wizard "
		"never chooses it for you: after the last answer, check the tab, then choose Submit "
		"yourself. Afterwards the old username and password no longer work."),
	.load = security_load,
	.submit = security_submit,
	.live_note = upgrade_password_note,
	.password_context = upgrade_password_context,
	.form = upgrade_form,
	.drafted_as = DRAFT_UPGRADE,
};
