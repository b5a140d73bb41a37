/* SPDX-License-Identifier: MIT */
/* Upgrade PACER Account, step 1 of 3: Person. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"
#include "flow/upgrade.h"

static const struct field_spec person_fields[] = {
	{
		.id = "prefix",
		.label = N_("Prefix"),
		.kind = FIELD_TEXT,
		.width = 10,
		.max_length = 10,
		.check = CHECK_NAME,
		.example = N_("Mr., Ms., Dr. and so on; may stay empty."),
	},
	{
		.id = "first",
		.label = N_("First Name"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = NAME_MAX_CHARS,
		.required = true,
		.check = CHECK_NAME,
		.example = N_("As on your bar card or ID, for example José."),
	},
	{
		.id = "middle",
		.label = N_("Middle Name"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = NAME_MAX_CHARS,
		.check = CHECK_NAME,
	},
	{
		.id = "last",
		.label = N_("Last Name"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = NAME_MAX_CHARS,
		.required = true,
		.check = CHECK_NAME,
		.example = N_("For example Núñez Peña or O'Brien-Łukasz."),
	},
	{
		.id = "suffix",
		.label = N_("Suffix"),
		.kind = FIELD_TEXT,
		.width = 10,
		.max_length = 10,
		.check = CHECK_NAME,
		.example = N_("Jr., III and so on; may stay empty."),
	},
	{
		.id = "birth-date",
		.label = N_("Date of Birth"),
		.kind = FIELD_TEXT,
		.width = 10,
		.max_length = 10,
		.required = true,
		.check = CHECK_BIRTH_DATE,
		.example = N_("MM/DD/YYYY, for example 03/14/1970. It cannot be changed later."),
	},
	{
		.id = "user-type",
		.label = N_("User Type"),
		.kind = FIELD_TEXT,
		.width = 24,
		.max_length = 40,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("Type the first letters, such as Att for Attorney. {show-list}"),
		.choices = CHOICES_USER_TYPE,
	},
};

static const struct action_spec person_actions[] = {
	{ "next", N_("Next"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static enum screen_id person_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back")) {
		upgrade_leave(flow);
		return flow->upgrade.registering ? SCREEN_NEED_ACCOUNT : SCREEN_ACCOUNT;
	}
	if (action_is(action, "next") && upgrade_check_person(flow))
		return SCREEN_UPGRADE_ADDRESS;
	return SCREEN_UPGRADE_PERSON;
}

const struct screen_spec screen_upgrade_person = {
	.id = SCREEN_UPGRADE_PERSON,
	.name = "upgrade-person",
	.kind = SCREEN_FORM,
	.title = N_("Upgrade PACER Account"),
	.intro = N_("Verify the information in the required fields and update it if necessary. Enter your "
		    "date of birth and, if none was selected before, a User Type. Select the user type that "
		    "best describes the individual or organization associated with this account. The user "
		    "type information is used for statistical purposes."),
	.fields = person_fields,
	.n_fields = COUNT_OF(person_fields),
	.actions = person_actions,
	.n_actions = COUNT_OF(person_actions),
	.tabs = upgrade_tabs,
	.tab_index = 0,
	.tabs_are_steps = true,
	.help = N_("The first of the three Upgrade tabs. Check your name as PACER has it, type your "
		   "date of birth as MM/DD/YYYY, and choose the User Type that describes you (an "
		   "attorney chooses Attorney). Next checks every field and moves to Address; Back "
		   "returns to Manage My Account and keeps what you typed."),
	.load = upgrade_tab_load,
	.submit = person_submit,
	.form = upgrade_form,
	.drafted_as = DRAFT_UPGRADE,
};
