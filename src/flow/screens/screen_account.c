/* SPDX-License-Identifier: MIT */
/* Manage My Account: the summary a person sees after logging in. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"
#include "base/util.h"
#include "core/pacer.h"
#include "flow/mfa_login.h"

static const struct action_spec account_actions[] = {
	{ "upgrade", N_("Upgrade"), ACTION_DEFAULT },
	{ "enroll", N_("Enroll in MFA"), ACTION_DEFAULT },
	{ "settings", N_("Settings"), 0 },
	{ "maintenance", N_("Maintenance"), 0 },
	{ "payments", N_("Payments"), 0 },
	{ "usage", N_("Usage"), 0 },
	{ "logout", N_("Log Out"), ACTION_BACK },
};

/* 2025's PACER shows the account's MFA, with Enroll beside "Not enrolled". */
static void add_mfa_field(struct flow *flow)
{
	struct mfa_state state;
	if (flow->era < 2025 || !store_mfa_state(flow->store, flow->account.id, &state)) {
		flow_hide_action(flow, "enroll");
		return;
	}
	char said[FLOW_VALUE_MAX];
	mfa_describe(&state, said, sizeof said);
	flow_add_line(flow, N_("Multifactor Auth"), said);
	/* A legacy account upgrades first, as for every other change. */
	if (state.enrolled || flow->account.kind == ACCOUNT_LEGACY)
		flow_hide_action(flow, "enroll");
}

static void account_load(struct flow *flow)
{
	const struct pacer_account *a = &flow->account;
	char name[FLOW_VALUE_MAX];
	account_full_name(a, name, sizeof name);
	flow_add_line(flow, N_("Account Number"), a->account_number);
	flow_add_line(flow, N_("Name"), name);
	flow_add_line(flow, N_("Username"), a->username);
	flow_add_line(flow, N_("Account Type"), account_kind_with_upgrade(a->kind));
	flow_add_line(flow, N_("Case Search Status"), a->case_search_active ? _("Active") : _("Inactive"));
	if (a->kind == ACCOUNT_LEGACY) {
		flow_add_notice(flow, N3_LEGACY_MUST_UPGRADE);
		flow_add_notice(flow, N4_UPGRADE_LOGIN_NAME);
	}
	if (!a->case_search_active)
		flow_add_notice(flow, N6_INACTIVE_SEARCH);
	if (a->shared_firm)
		flow_add_notice(flow, N1_INDIVIDUAL_ACCOUNT);
	if (a->kind != ACCOUNT_LEGACY)
		flow_hide_action(flow, "upgrade");
	add_mfa_field(flow);
}

static enum screen_id account_submit(struct flow *flow, const struct action_spec *action)
{
	static const struct {
		const char *action;
		enum screen_id screen;
	} tabs[] = {
		{ "upgrade", SCREEN_UPGRADE_PERSON },
		{ "settings", SCREEN_MMA_SETTINGS },
		{ "maintenance", SCREEN_MMA_MAINTENANCE },
		{ "payments", SCREEN_MMA_PAYMENTS },
		{ "usage", SCREEN_MMA_USAGE },
		{ "enroll", SCREEN_MFA_METHODS },
	};
	for (size_t i = 0; i < COUNT_OF(tabs); i++)
		if (action_is(action, tabs[i].action))
			return tabs[i].screen;
	if (action_is(action, "logout")) {
		flow_logout(flow);
		flow_info(flow, _("You have logged out of Manage My Account."));
		return SCREEN_START;
	}
	return SCREEN_ACCOUNT;
}

const struct screen_spec screen_account = {
	.id = SCREEN_ACCOUNT,
	.name = "account",
	.kind = SCREEN_INFO,
	.title = N_("Manage My Account"),
	.actions = account_actions,
	.n_actions = COUNT_OF(account_actions),
	.help = N_("This is your PACER account as Manage My Account shows it. Its four tabs, "
		   "Settings, Maintenance, Payments and Usage, list what the real site lets you do; "
		   "a legacy account also has Upgrade.\n\n"
		   "Account Type says \"Legacy PACER Account\" for an account made before August 11, "
		   "2014: such an account must be upgraded before it can be linked at a NextGen court. "
		   "\"Upgraded PACER Account\" means nothing more is needed here.\n\n"
		   "Case Search Status \"Inactive\" means you can still upgrade, but cannot search for "
		   "case information until the PACER Service Center activates the account: "
		   "(800) 676-6856, 8 a.m. to 6 p.m. Central Time, Monday to Friday.\n\n"
		   "A shared firm account is not enough to e-file: each filer needs an individual "
		   "PACER account."),
	.load = account_load,
	.submit = account_submit,
};
