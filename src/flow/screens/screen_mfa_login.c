/* SPDX-License-Identifier: MIT */
/* The 2025 login's own screens (mfa_login.h): the one-time passcode,
 * "User Update Required" for the password, the enrollment prompt, and
 * what to do without one's MFA methods. */
#include <config.h>

#include "flow/screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/mfa_account.h"
#include "core/pacer.h"
#include "flow/field_check.h"
#include "flow/mfa_login.h"
#include "flow/session.h"

/* Every screen of the 2025 login has it: nothing of the login stays. */
#define LOGOUT_ACTION                                \
	{                                            \
		"logout", N_("Log Out"), ACTION_BACK \
	}

/* Log Out on any of them: nothing of the login stays. */
static enum screen_id leave_login(struct flow *flow)
{
	bool at_court = flow->mfa.at_court;
	flow_logout(flow);
	flow_info(flow, _("You have logged out."));
	return at_court ? SCREEN_COURT_LOGIN : SCREEN_PACER_LOGIN;
}

/* ---- the one-time passcode ----------------------------------------------- */

static const struct field_spec passcode_fields[] = {
	{
		.id = "passcode",
		.label = N_("One-Time Passcode"),
		.kind = FIELD_TEXT,
		.width = 12,
		.max_length = 20,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type the passcode your authentication app shows now."),
		.example = N_("The 6 digits your authentication app shows for PACER practice, such as "
			      "492039, or one of your backup codes, such as k7p2-9xqd."),
		/* Shown as typed, as PACER does: a code is read off a phone or
		 * an e-mail and checked by eye; it is wiped once judged. */
	},
};

static const struct action_spec passcode_actions[] = {
	{ "verify", N_("Verify"), ACTION_DEFAULT },
	LOGOUT_ACTION,
	{ "no-access", N_("I don't have access to my MFA methods"), ACTION_LINK },
};

static struct form_values *passcode_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->mfa.passcode;
}

/* Locked: back to the login it came from, which says so (only a note
 * crosses to another screen). */
static enum screen_id say_locked(struct flow *flow, int minutes)
{
	bool at_court = flow->mfa.at_court;
	flow_logout(flow);
	char message[FLOW_MESSAGE_MAX];
	snprintf(message, sizeof message,
		 ngettext("This account is locked after too many failed logins, for %d minute.",
			  "This account is locked after too many failed logins, for %d minutes.",
			  (unsigned long)minutes),
		 minutes);
	flow_info(flow, message);
	return at_court ? SCREEN_COURT_LOGIN : SCREEN_PACER_LOGIN;
}

/* A wrong code counts as a failed login; the last one locks the account. */
static enum screen_id refuse_code(struct flow *flow, enum mfa_result result)
{
	struct login_outcome *outcome = xmalloc(sizeof *outcome);
	pacer_mfa_failure(flow->store, &flow->account, flow->terminal, outcome);
	char message[FLOW_MESSAGE_MAX];
	const char *why = result == MFA_CODE_USED
				  ? _("That passcode was used already. Wait for the next one: the app "
				      "shows a new passcode every 30 seconds.")
				  : _("That is not the passcode. Type the 6 digits your app shows now, "
				      "or a backup code.");
	if (outcome->result == LOGIN_STORE_ERROR) {
		copy_text(message, sizeof message, store_error(flow->store));
	} else if (outcome->result == LOGIN_LOCKED) {
		int minutes = outcome->lockout_minutes;
		free(outcome);
		return say_locked(flow, minutes);
	} else if (outcome->attempts_left <= 2) {
		snprintf(message, sizeof message,
			 ngettext("%s %d try is left before the account is locked.",
				  "%s %d tries are left before the account is locked.",
				  (unsigned long)outcome->attempts_left),
			 why, outcome->attempts_left);
	} else {
		copy_text(message, sizeof message, why);
	}
	free(outcome);
	flow_error(flow, "passcode", message);
	return SCREEN_MFA_PASSCODE;
}

static enum screen_id passcode_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "logout"))
		return leave_login(flow);
	if (action_is(action, "no-access"))
		return SCREEN_MFA_NO_ACCESS;
	if (flow_check_form_first(flow, flow->screen) > 0)
		return SCREEN_MFA_PASSCODE;
	/* Locked (wrong codes in another session): no code is looked at. */
	struct login_outcome lock;
	if (!pacer_mfa_locked(flow->store, &flow->account, &lock)) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_MFA_PASSCODE;
	}
	if (lock.result == LOGIN_LOCKED) {
		wipe_memory(flow->mfa.passcode.value[0], sizeof flow->mfa.passcode.value[0]);
		return say_locked(flow, lock.lockout_minutes);
	}
	bool backup = false;
	enum mfa_result result = mfa_verify(flow->store, flow->account.id, flow_value(flow, "passcode"),
					    session_wall_time(), &backup);
	wipe_memory(flow->mfa.passcode.value[0], sizeof flow->mfa.passcode.value[0]);
	if (result == MFA_STORE_FAILED) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_MFA_PASSCODE;
	}
	if (result != MFA_OK)
		return refuse_code(flow, result);
	bool locked = false;
	if (!pacer_mfa_passed(flow->store, &flow->account, flow->terminal, backup, &locked)) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_MFA_PASSCODE;
	}
	if (locked)
		return say_locked(flow, lock.lockout_minutes);
	if (backup) {
		struct mfa_state state;
		if (store_mfa_state(flow->store, flow->account.id, &state)) {
			char message[FLOW_MESSAGE_MAX];
			snprintf(message, sizeof message,
				 ngettext("That backup code is used up now: %d is left.",
					  "That backup code is used up now: %d are left.",
					  (unsigned long)state.backup_codes_left),
				 state.backup_codes_left);
			flow_info(flow, message);
		}
	}
	flow->mfa.passcode_needed = false;
	return mfa_login_next(flow);
}

const struct screen_spec screen_mfa_passcode = {
	.id = SCREEN_MFA_PASSCODE,
	.name = "mfa-passcode",
	.kind = SCREEN_FORM,
	.title = N_("Multifactor Authentication"),
	.intro = N_("Enter the one-time passcode from your authentication app, or one of your backup "
		    "codes."),
	.fields = passcode_fields,
	.n_fields = COUNT_OF(passcode_fields),
	.actions = passcode_actions,
	.n_actions = COUNT_OF(passcode_actions),
	.help = N_("Your password was right; this account also asks for a second proof that it is "
		   "you.\n\n"
		   "Open the authentication app on your phone (FreeOTP, Google Authenticator, "
		   "Microsoft Authenticator, Authy...) and type the 6 digits it shows under PACER "
		   "practice. The passcode changes every 30 seconds: if it changes while you type, "
		   "type the new one. PACER never sends passcodes by text message or e-mail.\n\n"
		   "If every passcode is refused, check that the phone's clock is right (set it to "
		   "the network's time): the passcode is made from the time.\n\n"
		   "Without your phone, type one of your backup codes: each works once.\n\n"
		   "Wrong passcodes count as failed logins: after too many the account is locked."),
	.submit = passcode_submit,
	.form = passcode_form,
};

/* ---- without one's MFA methods ------------------------------------------- */

static const struct action_spec no_access_actions[] = {
	{ "back", N_("Back"), ACTION_BACK | ACTION_DEFAULT },
};

static void no_access_load(struct flow *flow)
{
	flow_add_paragraph(flow, N_("A backup code works in place of a passcode, once. If you saved "
				    "your backup codes, type one on the passcode screen."));
	flow_add_paragraph(flow, N_("A new phone: move your authentication app to it, or use a "
				    "backup code to log in, then add the new phone under Manage MFA "
				    "Settings and delete the old one."));
	flow_add_paragraph(flow, N_("Neither an app nor a backup code: only the PACER Service Center "
				    "can remove MFA from the account, after checking that it is yours: "
				    "(800) 676-6856, 8 a.m. to 6 p.m. Central Time, Monday to Friday. "
				    "Nobody at the court can do it."));
	flow_add_paragraph(flow, N_("In this practice your trainer can do it: nextgen-admin account "
				    "mfa reset."));
}

static enum screen_id no_access_submit(struct flow *flow, const struct action_spec *action)
{
	(void)flow;
	(void)action;
	return SCREEN_MFA_PASSCODE;
}

const struct screen_spec screen_mfa_no_access = {
	.id = SCREEN_MFA_NO_ACCESS,
	.name = "mfa-no-access",
	.kind = SCREEN_INFO,
	.title = N_("I don't have access to my MFA methods"),
	.actions = no_access_actions,
	.n_actions = COUNT_OF(no_access_actions),
	.help = N_("What PACER's learning aids say to do when the phone with the authentication app "
		   "is lost, broken or replaced."),
	.load = no_access_load,
	.submit = no_access_submit,
};

/* ---- User Update Required: the password ---------------------------------- */

static const struct action_spec update_actions[] = {
	{ "save", N_("Submit"), ACTION_DEFAULT | ACTION_PERMANENT },
	LOGOUT_ACTION,
};

static struct form_values *update_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->mfa.new_password;
}

static struct password_context account_context(const struct flow *flow)
{
	struct password_context ctx = {
		.username = flow->account.username,
		.first_name = flow->account.first_name,
		.last_name = flow->account.last_name,
		.email = flow->account.email,
	};
	return ctx;
}

static void update_note(const struct flow *flow, char *out, size_t size)
{
	struct password_context ctx = account_context(flow);
	pacer_password_note(flow->password_policy,
			    form_value(&flow->mfa.new_password, &screen_password_update, "password"),
			    form_value(&flow->mfa.new_password, &screen_password_update, "confirm"), &ctx,
			    out, size);
}

static enum screen_id update_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "logout"))
		return leave_login(flow);
	struct form_check c;
	form_check_start(&c, flow, &screen_password_update);
	form_check_fields(&c);
	form_check_confirmed(&c, "password", "confirm");
	if (c.errors > 0)
		return SCREEN_PASSWORD_UPDATE;
	bool ok = pacer_reset_password(flow->store, &flow->account, flow_value(flow, "password"),
				       flow->terminal);
	flow_wipe_secrets(flow);
	if (!ok) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_PASSWORD_UPDATE;
	}
	flow_info(flow, _("Your password has been changed."));
	flow->mfa.password_update = false;
	return mfa_login_next(flow);
}

const struct screen_spec screen_password_update = {
	.id = SCREEN_PASSWORD_UPDATE,
	.name = "password-update",
	.kind = SCREEN_FORM,
	.title = N_("User Update Required"),
	.intro = N_("Your password does not meet PACER's password requirements. Choose a new "
		    "password to continue."),
	.fields = new_password_fields,
	.n_fields = NEW_PASSWORD_FIELDS,
	.actions = update_actions,
	.n_actions = COUNT_OF(update_actions),
	.help = N_("Since August 25, 2025 a PACER password has {password-2025-min} to {password-max} "
		   "characters, at least one lower-case letter, one capital and one special "
		   "character, and no part of your first name, last name, username or e-mail "
		   "address. A password made before then that breaks these rules is changed at the "
		   "next login, here.\n\n"
		   "The line under the fields ticks each rule as you type. A passphrase of a few "
		   "words is long enough and easy to remember: Quiet-River-Lamp-42."),
	.submit = update_submit,
	.live_note = update_note,
	.password_context = account_context,
	.form = update_form,
};

/* ---- the enrollment prompt ----------------------------------------------- */

static const struct action_spec prompt_actions[] = {
	{ "enroll", N_("Enroll"), ACTION_DEFAULT },
	{ "skip", N_("Skip"), 0 },
	LOGOUT_ACTION,
};

static int skips_left(const struct mfa_state *state)
{
	return state->skips >= MFA_SKIPS ? 0 : MFA_SKIPS - state->skips;
}

static void prompt_load(struct flow *flow)
{
	struct mfa_state state;
	if (!store_mfa_state(flow->store, flow->account.id, &state)) {
		flow_error(flow, NULL, store_error(flow->store));
		flow_hide_action(flow, "skip");
		return;
	}
	flow_add_paragraph(flow, N_("PACER users with filing access to CM/ECF must enroll in "
				    "multifactor authentication (MFA): after the password, a "
				    "one-time passcode from an authentication app on your phone, or a "
				    "backup code."));
	int left = skips_left(&state);
	if (left == 0) {
		flow->title = N_("User Update Required");
		flow_add_paragraph(flow, N_("You have skipped enrolling three times: set up MFA now to "
					    "continue."));
		flow_hide_action(flow, "skip");
		return;
	}
	char line[FLOW_VALUE_MAX];
	/* TRANSLATORS: the skips left of the MFA prompt, "2 of 3". */
	snprintf(line, sizeof line, _("%d of %d"), left, MFA_SKIPS);
	flow_add_line(flow, N_("Skips left"), line);
	flow_add_paragraph(flow, N_("Enroll now, or choose Skip to be asked at your next login. After "
				    "the last skip, enrolling is the only way on."));
}

static enum screen_id prompt_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "logout"))
		return leave_login(flow);
	if (action_is(action, "enroll"))
		return SCREEN_MFA_METHODS;
	struct mfa_state state;
	bool counted = false;
	if (!store_count_mfa_skip(flow->store, flow->account.id, MFA_SKIPS, &counted) ||
	    !store_mfa_state(flow->store, flow->account.id, &state)) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_MFA_PROMPT;
	}
	if (!counted)
		return SCREEN_MFA_PROMPT; /* Skip is gone: another session used the last */
	(void)pacer_audit_mfa(flow->store, flow->terminal, flow->account.username, "enrollment skipped");
	int left = skips_left(&state);
	char message[FLOW_MESSAGE_MAX];
	if (left > 0)
		snprintf(message, sizeof message,
			 ngettext("You skipped enrolling in MFA. You can skip %d more time.",
				  "You skipped enrolling in MFA. You can skip %d more times.",
				  (unsigned long)left),
			 left);
	else
		copy_text(message, sizeof message,
			  _("You skipped enrolling in MFA for the last time: at your next login you "
			    "must enroll."));
	flow_info(flow, message);
	flow->mfa.prompt_needed = false;
	return mfa_login_next(flow);
}

const struct screen_spec screen_mfa_prompt = {
	.id = SCREEN_MFA_PROMPT,
	.name = "mfa-prompt",
	.kind = SCREEN_MENU,
	.title = N_("Multifactor Authentication Required"),
	.actions = prompt_actions,
	.n_actions = COUNT_OF(prompt_actions),
	.help = N_("Since August 2025 PACER asks everyone who files in CM/ECF to enroll in "
		   "multifactor authentication (MFA); everyone else is encouraged to.\n\n"
		   "Enroll opens MFA Methods: add an authentication app (a security code is e-mailed "
		   "to you first, then you scan a QR code with the app) and get ten backup codes. "
		   "Any authentication app works: FreeOTP, Google Authenticator, Microsoft "
		   "Authenticator, Authy, DUO Mobile; the courts endorse none.\n\n"
		   "Skip lets you in without it, three times. After that the prompt says \"User "
		   "Update Required\" and has no Skip."),
	.load = prompt_load,
	.submit = prompt_submit,
};
