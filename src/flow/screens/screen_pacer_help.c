/* SPDX-License-Identifier: MIT */
/* "Need an Account?" under the PACER login: what the real PACER
 * registration does. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"
#include "base/util.h"

/* PACER's "Register for an Account" choices; each action's id after
 * "register" is the account type stored ("register": Case Search Only). */
static const struct action_spec need_account_actions[] = {
	{ "register", N_("PACER - Case Search Only"), ACTION_DEFAULT },
	{ "register-attorney", N_("Attorney Filers"), 0 },
	{ "register-non-attorney", N_("Non-Attorney Filers"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
};

static enum screen_id need_account_submit(struct flow *flow, const struct action_spec *action)
{
	static const struct {
		const char *action;
		const char *registered_as;
	} types[] = {
		{ "register", "case-search" },
		{ "register-attorney", "attorney" },
		{ "register-non-attorney", "non-attorney" },
	};
	for (size_t i = 0; i < COUNT_OF(types); i++) {
		if (!action_is(action, types[i].action))
			continue;
		/* Every type starts with the same three tabs, empty. */
		flow->upgrade.registering = true;
		flow->upgrade.loaded = false;
		copy_text(flow->upgrade.registered_as, sizeof flow->upgrade.registered_as,
			  types[i].registered_as);
		return SCREEN_UPGRADE_PERSON;
	}
	return action_is(action, "back") ? flow->login.return_to : SCREEN_NEED_ACCOUNT;
}

static void need_account_load(struct flow *flow)
{
	flow->upgrade.registering = false;
	flow_add_paragraph(flow, N_("On the real PACER site, \"Need an Account?\" opens the PACER "
				    "Registration Wizard. Choose \"PACER - Case Search Only\" to search "
				    "cases, or \"Attorney Filers\" or \"Non-Attorney Filers\" to e-file: "
				    "a filer account also needs each court's approval."));
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
	.help = N_("What PACER's registration does. Choose the account type: \"PACER - Case "
		   "Search Only\", \"Attorney Filers\" or \"Non-Attorney Filers\". Each goes "
		   "through the Person, Address and Security tabs, the payment choice and the "
		   "policies; a filer account then waits for a court's approval. Back returns to "
		   "the login."),
	.load = need_account_load,
	.submit = need_account_submit,
};
