/* SPDX-License-Identifier: MIT */
/* The "Upgrade Complete" box. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"

static const struct action_spec complete_actions[] = {
	{ "close", N_("Close"), ACTION_DEFAULT | ACTION_BACK },
};

static void complete_load(struct flow *flow)
{
	flow_add_paragraph(flow, N_("Your PACER account is now upgraded."));
	flow_add_line(flow, N_("New Username"), flow->account.username);
	flow_add_notice(flow, N5_OLD_LOGIN_GONE);
}

static enum screen_id complete_submit(struct flow *flow, const struct action_spec *action)
{
	(void)flow;
	return action_is(action, "close") ? SCREEN_ACCOUNT : SCREEN_UPGRADE_COMPLETE;
}

const struct screen_spec screen_upgrade_complete = {
	.id = SCREEN_UPGRADE_COMPLETE,
	.name = "upgrade-complete",
	.kind = SCREEN_INFO,
	.title = N_("Upgrade Complete"),
	.actions = complete_actions,
	.n_actions = COUNT_OF(complete_actions),
	.help = N_("The upgrade is done. From now on log in with the new username and password; the "
		   "old ones are refused. Close returns to Manage My Account, where Account Type now "
		   "reads \"Upgraded PACER Account\"."),
	.load = complete_load,
	.submit = complete_submit,
};
