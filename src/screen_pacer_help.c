/* "Need an Account?" under the PACER login: what the real PACER
 * registration does. */
#include <config.h>

#include "screens.h"

#include "i18n.h"

static const struct action_spec back_actions[] = {
	{ "back", N_("Back"), ACTION_BACK | ACTION_DEFAULT },
};

static enum screen_id back_to_login(struct flow *flow, const struct action_spec *action)
{
	return action_is(action, "back") ? SCREEN_PACER_LOGIN : flow->screen->id;
}

static void need_account_load(struct flow *flow)
{
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

#define PACER_HELP_SCREEN(ident, screen_name, title_text, help_text, loader) \
	{ .id = ident, .name = screen_name, .kind = SCREEN_INFO, .title = title_text,  \
	  .actions = back_actions, .n_actions = COUNT_OF(back_actions),             \
	  .help = help_text, .load = loader, .submit = back_to_login }

const struct screen_spec screen_need_account = PACER_HELP_SCREEN(
	SCREEN_NEED_ACCOUNT, "need-account", N_("Need an Account?"),
	N_("What PACER's registration does. Press Enter or Esc to go back to the login."),
	need_account_load);
