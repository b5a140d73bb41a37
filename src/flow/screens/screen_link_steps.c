/* SPDX-License-Identifier: MIT */
/* "Link my CM/ECF account": the steps the court asks for, in order,
 * before the person goes to a court to do them. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"

static const struct action_spec link_actions[] = {
	{ "courts", N_("Look up a court"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static void link_steps_load(struct flow *flow)
{
	flow_add_paragraph(flow, N_("Before filing on NextGen CM/ECF, you must link your existing "
				    "CM/ECF account to your upgraded PACER account, once in each court."));
	flow_add_paragraph(flow, N_("1. Go to the court's CM/ECF site and choose its Document Filing "
				    "System.\n2. Log in with your individual upgraded PACER username "
				    "and password.\n3. Choose Utilities, then \"Link a CM/ECF account to my "
				    "PACER account\".\n4. Type your old CM/ECF login and password, then "
				    "Submit.\n5. Check that the two names shown are yours, then Submit.\n"
				    "6. The court's filing menus appear."));
	flow_add_notice(flow, N8_KNOW_ECF_LOGIN);
	flow_add_notice(flow, N10_ONE_TIME);
	flow_add_notice(flow, N16_PACER_ONLY);
}

static enum screen_id link_steps_submit(struct flow *flow, const struct action_spec *action)
{
	(void)flow;
	if (action_is(action, "courts"))
		return SCREEN_COURT_LIST;
	if (action_is(action, "back"))
		return SCREEN_LINK_COURT;
	return SCREEN_LINK_STEPS;
}

const struct screen_spec screen_link_steps = {
	.id = SCREEN_LINK_STEPS,
	.name = "link-steps",
	.kind = SCREEN_INFO,
	.title = N_("Link my CM/ECF account"),
	.actions = link_actions,
	.n_actions = COUNT_OF(link_actions),
	.help = N_("Linking joins your old CM/ECF e-filing login to your upgraded PACER account at "
		   "one court. Afterwards you log in to that court with PACER only.\n\n"
		   "You need: an upgraded individual PACER account (not a shared firm account), and "
		   "your current CM/ECF login and password for that court. If you forgot the CM/ECF "
		   "password, the court's CM/ECF help desk resets it.\n\n"
		   "Linking is possible only on or after the day the court goes live on NextGen: "
		   "look the court up to see its date."),
	.load = link_steps_load,
	.submit = link_steps_submit,
};
