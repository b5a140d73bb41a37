/* "Need an Account?" under the PACER login: what the real PACER
 * registration does. */
#include <config.h>

#include "screens.h"

#include "i18n.h"

static const struct action_spec need_account_actions[] = {
	{ "register", N_("Register for a PACER Account"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static enum screen_id need_account_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "register")) {
		/* The Case Search Only path: the three tabs, starting empty. */
		flow->upgrade.registering = true;
		flow->upgrade.loaded = false;
		return SCREEN_UPGRADE_PERSON;
	}
	return action_is(action, "back") ? flow->login.return_to : SCREEN_NEED_ACCOUNT;
}

static void need_account_load(struct flow *flow)
{
	flow->upgrade.registering = false;
	flow_add_paragraph(flow, N_("On the real PACER site, \"Need an Account?\" opens the PACER "
				    "Registration Wizard. Choose \"PACER - Case Search Only\" to search "
				    "cases, or \"Attorney Filers\" or \"Non-Attorney Filers\" to e-file."));
	flow_add_paragraph(flow, N_("You give your name, address, date of birth and e-mail, then a "
				    "username, a password and security questions. A new account is an "
				    "upgraded account from the start: it never needs the upgrade."));
	flow_add_paragraph(flow, N_("If you already had a CM/ECF account in a court, do not register "
				    "again for that court: link your old account instead."));
	flow_add_notice(flow, N2_ACCOUNT_FREE);
	flow_add_notice(flow, N1_INDIVIDUAL_ACCOUNT);
	flow_add_notice(flow, N22_REGISTER_PER_COURT);
}

const struct screen_spec screen_need_account = {
	.id = SCREEN_NEED_ACCOUNT,
	.name = "need-account",
	.kind = SCREEN_INFO,
	.title = N_("Need an Account?"),
	.actions = need_account_actions,
	.n_actions = COUNT_OF(need_account_actions),
	.help = N_("What PACER's registration does. Register for a PACER Account practises the "
		   "\"PACER - Case Search Only\" path: the Person, Address and Security tabs, then "
		   "the policies. Back returns to the login."),
	.load = need_account_load,
	.submit = need_account_submit,
};
