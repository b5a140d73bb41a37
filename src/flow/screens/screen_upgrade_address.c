/* SPDX-License-Identifier: MIT */
/* Upgrade PACER Account, step 2 of 3: Address. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"
#include "flow/upgrade.h"

static const struct field_spec address_fields[] = {
	{
		.id = "firm",
		.label = N_("Firm/Office"),
		.kind = FIELD_TEXT,
		.width = 36,
		.max_length = 80,
		.check = CHECK_TEXT,
	},
	{
		.id = "unit",
		.label = N_("Unit/Department"),
		.kind = FIELD_TEXT,
		.width = 36,
		.max_length = 60,
		.check = CHECK_TEXT,
	},
	{
		.id = "address1",
		.label = N_("Address"),
		.kind = FIELD_TEXT,
		.width = 36,
		.max_length = 80,
		.required = true,
		.check = CHECK_TEXT,
		.example = N_("Street and number, for example 450 Golden Gate Avenue."),
	},
	{
		.id = "address2",
		.label = N_("Address (line 2)"),
		.kind = FIELD_TEXT,
		.width = 36,
		.max_length = 80,
		.check = CHECK_TEXT,
	},
	{
		.id = "city",
		.label = N_("City"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 40,
		.required = true,
		.check = CHECK_NAME,
	},
	{
		.id = "state",
		.label = N_("State"),
		.kind = FIELD_TEXT,
		.width = 24,
		.max_length = 40,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("Type the first letters or the code, such as CA. {show-list}"),
		.choices = CHOICES_STATE,
	},
	{
		.id = "county",
		.label = N_("County"),
		.kind = FIELD_TEXT,
		.width = 24,
		.max_length = 40,
		.required_when = upgrade_county_required,
		.check = CHECK_CHOICE,
		.example = N_("In California, choose from the list; elsewhere type it. {show-list}"),
		.choices = CHOICES_COUNTY,
	},
	{
		.id = "zip",
		.label = N_("ZIP Code"),
		.kind = FIELD_TEXT,
		.width = 10,
		.max_length = 20,
		.required = true,
		.check = CHECK_ZIP,
		.example = N_("5 digits, or 5+4 as 94102-1234."),
	},
	{
		.id = "country",
		.label = N_("Country"),
		.kind = FIELD_TEXT,
		.width = 24,
		.max_length = 40,
		.required = true,
		.check = CHECK_NAME,
	},
	{
		.id = "phone",
		.label = N_("Phone"),
		.kind = FIELD_TEXT,
		.width = 20,
		.max_length = 25,
		.required = true,
		.check = CHECK_PHONE,
		.example = N_("For example (415) 555-0100."),
	},
	{
		.id = "email",
		.label = N_("Email"),
		.kind = FIELD_TEXT,
		.width = 36,
		.max_length = 80,
		.required = true,
		.check = CHECK_EMAIL,
		.example = N_("For example name@example.com."),
	},
};

static const struct action_spec address_actions[] = {
	{ "next", N_("Next"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static enum screen_id address_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_UPGRADE_PERSON;
	if (action_is(action, "next") && upgrade_check_address(flow))
		return SCREEN_UPGRADE_SECURITY;
	return SCREEN_UPGRADE_ADDRESS;
}

const struct screen_spec screen_upgrade_address = {
	.id = SCREEN_UPGRADE_ADDRESS,
	.name = "upgrade-address",
	.kind = SCREEN_FORM,
	.title = N_("Upgrade PACER Account"),
	.intro = N_("Verify and update the address information. From the County list, select your county."),
	.fields = address_fields,
	.n_fields = COUNT_OF(address_fields),
	.actions = address_actions,
	.n_actions = COUNT_OF(address_actions),
	.tabs = upgrade_tabs,
	.tab_index = 1,
	.tabs_are_steps = true,
	.help = N_("The second Upgrade tab: where PACER reaches you. The County list follows the "
		   "State: in California choose one of its 58 counties. An address outside the United "
		   "States takes \"Outside the United States\" as State. The e-mail address is "
		   "required. Back returns to Person with everything kept."),
	.load = upgrade_tab_load,
	.submit = address_submit,
	.form = upgrade_form,
	.drafted_as = DRAFT_UPGRADE,
};
