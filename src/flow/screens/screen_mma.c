/* SPDX-License-Identifier: MIT */
/* Manage My Account's four tabs (Settings, Maintenance, Payments, Usage),
 * what each of their items does on the real PACER site, and the upgrade
 * prompt a legacy account gets when it tries to change anything. */
#include <config.h>

#include "flow/screens.h"

#include "base/i18n.h"

/* id, label, what the real item does, whether a legacy account must
 * upgrade first (all but payments and usage, as the PACER FAQ says). */
#define SETTINGS_ITEMS(X)                                                                                   \
	X("change-username", N_("Change Username"),                                                         \
	  N_("Changes the username you log in with. An upgraded username has 8 or more characters."), true) \
	X("change-password", N_("Change Password"),                                                         \
	  N_("Sets a new PACER password; you type the current one first."), true)                           \
	X("security-information", N_("Set Security Information"),                                           \
	  N_("Sets the security questions and answers PACER asks when you forget your password."), true)    \
	X("billing-email", N_("Update PACER Billing Email"),                                                \
	  N_("Changes the e-mail address where PACER sends bills and payment notices."), true)              \
	X("billing-preferences", N_("Set PACER Billing Preferences"),                                       \
	  N_("Sets billing choices, such as whether a client code must be typed at every search."), true)   \
	X("remove-from-paa", N_("Remove Your PACER Account from a PAA"),                                    \
	  N_("Takes your account out of a PACER Administrative Account, the group billing of a firm. "      \
	     "Case search is inactive for a while afterwards."),                                            \
	  true)                                                                                             \
	X("mfa-settings", N_("Manage MFA Settings"),                                                        \
	  N_("Multifactor authentication: the authentication apps and backup codes that prove it is "       \
	     "you after the password (since 2025)."),                                                       \
	  true)

#define MAINTENANCE_ITEMS(X)                                                                            \
	X("personal-information", N_("Update Personal Information"),                                    \
	  N_("Changes your name, prefix and suffix."), true)                                            \
	X("address-information", N_("Update Address Information"),                                      \
	  N_("Changes your firm name, address and phone numbers."), true)                               \
	X("efiler-email", N_("Update E-Filer Email Noticing and Frequency"),                            \
	  N_("Sets the e-mail address where courts send notices of filings, how often, and in which "   \
	     "format."),                                                                                \
	  true)                                                                                         \
	X("registered-courts", N_("Display Registered Courts"),                                         \
	  N_("Lists the courts where you may e-file."), true)                                           \
	X("attorney-registration", N_("Attorney Admissions/E-File Registration"),                       \
	  N_("Asks a NextGen court for e-filing rights, and for admission to practice where the court " \
	     "requires it. The court reviews the request and e-mails you. This is also the way when "   \
	     "linking an old CM/ECF account keeps failing."),                                           \
	  true)                                                                                         \
	X("non-attorney-registration", N_("Non-Attorney E-File Registration"),                          \
	  N_("Asks a NextGen court for e-filing rights for filers who are not attorneys: pro se "       \
	     "parties, creditors, trustees, filing agents and others."),                                \
	  true)                                                                                         \
	X("efile-status", N_("Check E-File Status"),                                                    \
	  N_("Shows where your e-filing requests stand, and lets you deactivate an e-filing account."), \
	  true)                                                                                         \
	X("efile-history", N_("E-File Registration/Maintenance History"),                               \
	  N_("Lists your past e-filing requests and changes."), true)

#define PAYMENTS_ITEMS(X)                                                                            \
	X("one-time-payment", N_("Make One-Time PACER Fee Payment"),                                 \
	  N_("Pays your PACER bill once, by card or bank account. A legacy account can pay without " \
	     "upgrading."),                                                                          \
	  false)                                                                                     \
	X("stored-payment", N_("Manage My Stored Payment Information"),                              \
	  N_("Saves a card or bank account for paying PACER fees."), true)

#define USAGE_ITEMS(X)                                                                             \
	X("quarterly-invoice", N_("View Quarterly Invoice/Statement of Account"),                  \
	  N_("Shows your PACER charges for a quarter."), false)                                    \
	X("detailed-transactions", N_("View Detailed Transactions"),                               \
	  N_("Lists each search and document you were charged for, by date, with the client code " \
	     "you typed."),                                                                        \
	  false)

struct mma_item {
	const char *id;
	const char *label;
	const char *description;
	bool needs_upgrade;
};

#define AS_ITEM(id, label, description, upgrade) { id, label, description, upgrade },
#define AS_ACTION(id, label, description, upgrade) { id, label, 0 },
#define BACK_ACTION                             \
	{                                       \
		"back", N_("Back"), ACTION_BACK \
	}

static const struct mma_item items[] = { SETTINGS_ITEMS(AS_ITEM) MAINTENANCE_ITEMS(AS_ITEM)
						 PAYMENTS_ITEMS(AS_ITEM) USAGE_ITEMS(AS_ITEM) };

static const struct action_spec settings_actions[] = { SETTINGS_ITEMS(AS_ACTION) BACK_ACTION };
static const struct action_spec maintenance_actions[] = { MAINTENANCE_ITEMS(AS_ACTION) BACK_ACTION };
static const struct action_spec payments_actions[] = { PAYMENTS_ITEMS(AS_ACTION) BACK_ACTION };
static const struct action_spec usage_actions[] = { USAGE_ITEMS(AS_ACTION) BACK_ACTION };

static const char *const account_tabs[] = {
	N_("Settings"), N_("Maintenance"), N_("Payments"), N_("Usage"), NULL,
};

static int item_index(const char *id)
{
	for (size_t i = 0; i < COUNT_OF(items); i++)
		if (strcmp(items[i].id, id) == 0)
			return (int)i;
	return -1;
}

static enum screen_id tab_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_ACCOUNT;
	int i = item_index(action->id);
	if (i < 0)
		return flow->screen->id;
	flow->mma_item = i;
	if (items[i].needs_upgrade && flow->account.kind == ACCOUNT_LEGACY)
		return SCREEN_UPGRADE_PROMPT;
	/* The two e-file registrations are practised: their form (screen_efile.c). */
	if (action_is(action, "attorney-registration"))
		return efile_open(flow, "attorney", flow->screen->id);
	if (action_is(action, "non-attorney-registration"))
		return efile_open(flow, "non-attorney", flow->screen->id);
	if (action_is(action, "mfa-settings"))
		return SCREEN_MFA_METHODS;
	return SCREEN_MMA_ITEM;
}

/* MFA is 2025's: the 2021 site had no such item. */
static void tab_load(struct flow *flow)
{
	if (flow->era < 2025)
		flow_hide_action(flow, "mfa-settings");
}

#define TAB_SCREEN(ident, screen_name, index, array)                                                         \
	{                                                                                                    \
		.id = (ident), .name = (screen_name), .kind = SCREEN_MENU, .title = N_("Manage My Account"), \
		.actions = (array), .n_actions = COUNT_OF(array), .tabs = account_tabs,                      \
		.tab_index = (index),                                                                        \
		.help = N_("The items of this Manage My Account tab. A legacy account is asked to "          \
			   "upgrade first when it chooses an item that changes the account; making "         \
			   "a payment and looking at usage need no upgrade."),                               \
		.load = tab_load, .submit = tab_submit                                                       \
	}

const struct screen_spec screen_mma_settings = TAB_SCREEN(SCREEN_MMA_SETTINGS, "account-settings", 0,
							  settings_actions);
const struct screen_spec screen_mma_maintenance = TAB_SCREEN(SCREEN_MMA_MAINTENANCE, "account-maintenance", 1,
							     maintenance_actions);
const struct screen_spec screen_mma_payments = TAB_SCREEN(SCREEN_MMA_PAYMENTS, "account-payments", 2,
							  payments_actions);
const struct screen_spec screen_mma_usage = TAB_SCREEN(SCREEN_MMA_USAGE, "account-usage", 3, usage_actions);

/* ---- one item ----------------------------------------------------------- */

static const struct action_spec item_actions[] = {
	{ "back", N_("Back"), ACTION_BACK | ACTION_DEFAULT },
};

static void item_load(struct flow *flow)
{
	const struct mma_item *item = &items[flow->mma_item];
	flow->title = item->label;
	flow_add_paragraph(flow, item->description);
	/* The requests this practice keeps can be shown as they stand. */
	if (strcmp(item->id, "efile-status") == 0) {
		efile_add_status(flow);
		return;
	}
	flow_add_paragraph(flow, N_("This practice system does not copy this page; on the real PACER "
				    "site it works as described above."));
}

static enum screen_id tab_of_item(int index)
{
	int settings = (int)COUNT_OF(settings_actions) - 1;
	int maintenance = settings + (int)COUNT_OF(maintenance_actions) - 1;
	int payments = maintenance + (int)COUNT_OF(payments_actions) - 1;
	if (index < settings)
		return SCREEN_MMA_SETTINGS;
	if (index < maintenance)
		return SCREEN_MMA_MAINTENANCE;
	if (index < payments)
		return SCREEN_MMA_PAYMENTS;
	return SCREEN_MMA_USAGE;
}

static enum screen_id item_submit(struct flow *flow, const struct action_spec *action)
{
	return action_is(action, "back") ? tab_of_item(flow->mma_item) : SCREEN_MMA_ITEM;
}

const struct screen_spec screen_mma_item = {
	.id = SCREEN_MMA_ITEM,
	.name = "account-item",
	.kind = SCREEN_INFO,
	.title = N_("Manage My Account"),
	.actions = item_actions,
	.n_actions = COUNT_OF(item_actions),
	.help = N_("What this Manage My Account item does on the real PACER site. Back returns to the "
		   "tab."),
	.load = item_load,
	.submit = item_submit,
};

/* ---- the upgrade prompt -------------------------------------------------- */

static const struct action_spec prompt_actions[] = {
	{ "upgrade", N_("Upgrade"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static void prompt_load(struct flow *flow)
{
	flow_add_paragraph(flow, N_("Your account is a legacy PACER account. Upgrade it before you "
				    "change any of your account information."));
	flow_add_notice(flow, N7_UPGRADE_PROMPT);
	flow_add_notice(flow, N3_LEGACY_MUST_UPGRADE);
}

static enum screen_id prompt_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "upgrade"))
		return SCREEN_UPGRADE_PERSON;
	if (action_is(action, "back"))
		return tab_of_item(flow->mma_item);
	return SCREEN_UPGRADE_PROMPT;
}

const struct screen_spec screen_upgrade_prompt = {
	.id = SCREEN_UPGRADE_PROMPT,
	.name = "upgrade-prompt",
	.kind = SCREEN_INFO,
	.title = N_("Upgrade PACER Account"),
	.actions = prompt_actions,
	.n_actions = COUNT_OF(prompt_actions),
	.help = N_("PACER asks a legacy account to upgrade before any change to the account, except "
		   "a payment. Choose Upgrade to start the three tabs Person, Address and Security."),
	.load = prompt_load,
	.submit = prompt_submit,
};
