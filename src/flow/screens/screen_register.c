/* SPDX-License-Identifier: MIT */
/* Registration's last steps, for each account type: the payment choice
 * (simulated: no card number is ever asked), the policies, PACER's
 * duplicate check, and "Your account has been created!". */
#include <config.h>

#include "flow/screens.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/pacer.h"
#include "flow/upgrade.h"

/* PACER's payment step is optional; the practice records the choice
 * only. Each action's id is the payment stored. */
static const struct action_spec payment_actions[] = {
	{ "later", N_("Add a payment method later"), ACTION_DEFAULT },
	{ "method", N_("Payment method now (simulated)"), 0 },
	{ "exemption", N_("A court granted me a fee exemption"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
};

static void payment_load(struct flow *flow)
{
	flow_add_line(flow, N_("Registered as"), registration_label(flow->upgrade.registered_as));
	flow_add_paragraph(flow, N_("Payment information is optional. With a payment method the "
				    "account can search at once; without one, PACER mails an activation "
				    "code to your address in 7 to 10 business days, and Case Search "
				    "Status stays Inactive until it is entered, a payment method is "
				    "added, or a fee exemption a court granted is recorded. (In this "
				    "practice your trainer plays the mail: nextgen-admin account "
				    "activate.)"));
	flow_add_paragraph(flow, N_("This practice never asks for a card number: \"Payment method "
				    "now\" only records that you would add one."));
}

static enum screen_id payment_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_UPGRADE_SECURITY;
	if (action_is(action, "later") || action_is(action, "method") || action_is(action, "exemption")) {
		copy_text(flow->upgrade.payment, sizeof flow->upgrade.payment, action->id);
		return SCREEN_REGISTER_POLICIES;
	}
	return SCREEN_REGISTER_PAYMENT;
}

const struct screen_spec screen_register_payment = {
	.id = SCREEN_REGISTER_PAYMENT,
	.name = "register-payment",
	.kind = SCREEN_INFO,
	.title = N_("Payment Information"),
	.actions = payment_actions,
	.n_actions = COUNT_OF(payment_actions),
	.help = N_("PACER's optional payment step. \"Add a payment method later\": the account is "
		   "made with Case Search Status Inactive. \"Payment method now\" (simulated, "
		   "no card number) or \"A court granted me a fee exemption\": Case Search is Active. Back "
		   "returns to the Security tab with everything kept."),
	.load = payment_load,
	.submit = payment_submit,
};

static const struct action_spec policies_actions[] = {
	{ "agree", N_("I Agree"), ACTION_DEFAULT | ACTION_PERMANENT },
	{ "back", N_("Back"), ACTION_BACK },
};

static void policies_load(struct flow *flow)
{
	struct pacer_account *details = xcalloc(1, sizeof *details);
	int shared = 0;
	upgrade_collect_details(flow, details);
	if (!store_count_shared_details(flow->store, details, &shared))
		flow_error(flow, NULL, store_error(flow->store));
	free(details);
	flow->title = N_("Register for a PACER Account");
	flow_add_line(flow, N_("Registered as"), registration_label(flow->upgrade.registered_as));
	flow_add_line(flow, N_("Payment"), payment_label(flow->upgrade.payment));
	flow_add_paragraph(flow, N_("To create the account, confirm that you have read and agree to "
				    "the PACER policies and procedures: the account is for you alone, "
				    "and searches and documents are billed to it."));
	if (shared == 2)
		flow_add_warning(flow, N_("An account with two of the same details (name, date of "
					  "birth, e-mail address) may already exist. If it is yours, "
					  "use Forgot User Name? instead. You may still continue."));
	else if (shared >= 3)
		flow_add_warning(flow, N_("An account with your name, date of birth and e-mail address "
					  "already exists. The new account will be created with Case "
					  "Search Status Inactive, as PACER does."));
	flow_add_notice(flow, N1_INDIVIDUAL_ACCOUNT);
	flow->upgrade.shared_details = shared;
}

static enum screen_id create_account(struct flow *flow)
{
	struct pacer_account *account = xcalloc(1, sizeof *account);
	struct hashed_secrets *hashed = xcalloc(1, sizeof *hashed);
	enum screen_id next = SCREEN_REGISTER_POLICIES;
	upgrade_collect_details(flow, account);
	copy_text(account->username, sizeof account->username,
		  upgrade_value(flow, UPGRADE_SECURITY, "username"));
	account->kind = ACCOUNT_UPGRADED;
	account->case_search_active = registration_search_active(flow->upgrade.payment,
								 flow->upgrade.shared_details);
	copy_text(account->registered_as, sizeof account->registered_as, flow->upgrade.registered_as);
	copy_text(account->payment, sizeof account->payment, flow->upgrade.payment);
	copy_text(account->created_on, sizeof account->created_on, flow->today);
	if (!upgrade_hash_secrets(flow, hashed)) {
		flow_error(flow, NULL, _("The password could not be protected; nothing was changed."));
	} else {
		copy_text(account->password_hash, sizeof account->password_hash, hashed->password);
		const char *questions[STORE_QUESTIONS], *answers[STORE_QUESTIONS];
		for (int i = 0; i < STORE_QUESTIONS; i++) {
			questions[i] = hashed->questions[i];
			answers[i] = hashed->answers[i];
		}
		switch (store_register_account(flow->store, account, questions, answers, flow->terminal)) {
		case STORE_DONE:
			flow->recovery.account = *account; /* shown on the next screen */
			wipe_memory(flow->recovery.account.password_hash,
				    sizeof flow->recovery.account.password_hash);
			upgrade_forget_tabs(flow);
			next = SCREEN_REGISTER_DONE;
			break;
		case STORE_USERNAME_TAKEN:
			flow_error(flow, NULL, _("This username is taken; please choose another."));
			break;
		case STORE_SHARED_ACCOUNT:
		case STORE_FAILED:
			flow_error(flow, NULL, store_error(flow->store));
			break;
		}
	}
	wipe_memory(hashed, sizeof *hashed);
	wipe_memory(account, sizeof *account);
	free(hashed);
	free(account);
	return next;
}

static enum screen_id policies_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_REGISTER_PAYMENT;
	if (action_is(action, "agree"))
		return create_account(flow);
	return SCREEN_REGISTER_POLICIES;
}

const struct screen_spec screen_register_policies = {
	.id = SCREEN_REGISTER_POLICIES,
	.name = "register-policies",
	.kind = SCREEN_INFO,
	.title = N_("Register for a PACER Account"),
	.actions = policies_actions,
	.n_actions = COUNT_OF(policies_actions),
	.help = N_("The last step of registration: the policies. I Agree creates the account at once; "
		   "Back returns to the payment choice with everything kept."),
	.load = policies_load,
	.submit = policies_submit,
};

static const struct action_spec done_actions[] = {
	{ "close", N_("Close"), ACTION_DEFAULT | ACTION_BACK },
};

static void done_load(struct flow *flow)
{
	const struct pacer_account *a = &flow->recovery.account;
	flow_add_paragraph(flow, N_("Your account has been created!"));
	flow_add_line(flow, N_("Account Number"), a->account_number);
	flow_add_line(flow, N_("Username"), a->username);
	flow_add_line(flow, N_("Account Type"), account_kind_label(a->kind));
	flow_add_line(flow, N_("Registered as"), registration_label(a->registered_as));
	flow_add_line(flow, N_("Payment"), payment_label(a->payment));
	flow_add_line(flow, N_("Case Search Status"), a->case_search_active ? _("Active") : _("Inactive"));
	if (!a->case_search_active && strcmp(a->payment, "later") == 0)
		flow_add_paragraph(flow, N_("Case Search stays Inactive until you enter the activation "
					    "code PACER mails you in 7 to 10 business days (your trainer "
					    "plays the mail), add a payment method, or a fee exemption a "
					    "court granted is recorded."));
	if (!a->case_search_active)
		flow_add_notice(flow, N6_INACTIVE_SEARCH);
	if (registration_is_filer(a->registered_as))
		flow_add_paragraph(flow, N_("You cannot e-file yet: a filer account needs the court's "
					    "approval. Ask each court you will file in: Manage My "
					    "Account, Maintenance, Attorney Admissions/E-File "
					    "Registration or Non-Attorney E-File Registration. The court "
					    "approves and e-mails you."));
	flow_add_notice(flow, N22_REGISTER_PER_COURT);
}

static enum screen_id done_submit(struct flow *flow, const struct action_spec *action)
{
	if (!action_is(action, "close"))
		return SCREEN_REGISTER_DONE;
	flow_prefill_login(flow, flow->recovery.account.username);
	flow->upgrade.registering = false;
	wipe_memory(&flow->recovery.account, sizeof flow->recovery.account);
	return flow->login.return_to;
}

const struct screen_spec screen_register_done = {
	.id = SCREEN_REGISTER_DONE,
	.name = "register-done",
	.kind = SCREEN_INFO,
	.title = N_("Register for a PACER Account"),
	.actions = done_actions,
	.n_actions = COUNT_OF(done_actions),
	.help = N_("The new account is ready; it is an upgraded account from the start. Case Search "
		   "is Active with a payment method or a fee exemption, Inactive until then. A filer "
		   "account e-files only after each court approves it. Close returns to the login "
		   "with the new username typed."),
	.load = done_load,
	.submit = done_submit,
};
