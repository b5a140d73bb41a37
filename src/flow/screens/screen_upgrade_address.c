/* Upgrade PACER Account, step 2 of 3: Address. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"
#include "flow/upgrade.h"

static const struct field_spec address_fields[] = {
	{ "firm", N_("Firm/Office"), FIELD_TEXT, 36, 80, false, NULL, CHOICES_NONE, false },
	{ "unit", N_("Unit/Department"), FIELD_TEXT, 36, 60, false, NULL, CHOICES_NONE, false },
	{ "address1", N_("Address"), FIELD_TEXT, 36, 80, true, N_("Street and number, for example 450 Golden Gate Avenue."), CHOICES_NONE, false },
	{ "address2", N_("Address (line 2)"), FIELD_TEXT, 36, 80, false, NULL, CHOICES_NONE, false },
	{ "city", N_("City"), FIELD_TEXT, 30, 40, true, NULL, CHOICES_NONE, false },
	{ "state", N_("State"), FIELD_TEXT, 24, 40, true, N_("Type the first letters or the code, such as CA. {show-list}"), CHOICES_STATE, false },
	{ "county", N_("County"), FIELD_TEXT, 24, 40, true, N_("In California, choose from the list; elsewhere type it. {show-list}"), CHOICES_COUNTY, false },
	{ "zip", N_("ZIP Code"), FIELD_TEXT, 10, 20, true, N_("5 digits, or 5+4 as 94102-1234."), CHOICES_NONE, false },
	{ "country", N_("Country"), FIELD_TEXT, 24, 40, true, NULL, CHOICES_NONE, false },
	{ "phone", N_("Phone"), FIELD_TEXT, 20, 25, true, N_("For example (415) 555-0100."), CHOICES_NONE, false },
	{ "email", N_("Email"), FIELD_TEXT, 36, 80, true, N_("For example name@example.com."), CHOICES_NONE, false },
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
