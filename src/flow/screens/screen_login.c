/* SPDX-License-Identifier: MIT */
/* Manage My Account login: PACER username and password. */
#include <config.h>

#include "flow/screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/dates.h"
#include "core/pacer.h"
#include "flow/drafts.h"
#include "flow/field_check.h"
#include "flow/mfa_login.h"
#include "flow/trouble.h"
#include "flow/upgrade.h"

static const struct field_spec login_fields[] = {
	{
		.id = "username",
		.label = N_("Username"),
		.kind = FIELD_TEXT,
		.width = 32,
		.max_length = USERNAME_MAX_CHARS,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type your PACER username."),
		.example = N_(
			"Your PACER username, for example ja1234 (legacy) or jattorney2021 (upgraded)."),
	},
	{
		.id = "password",
		.label = N_("Password"),
		.kind = FIELD_PASSWORD,
		.width = 32,
		.max_length = PASSWORD_MAX_CHARS,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type your PACER password."),
		.example = N_("Your PACER password. It is not shown as you type."),
		.secret = true,
	},
};

static const struct action_spec login_actions[] = {
	{ "login", N_("Login"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
	{ "need-account", N_("Need an Account?"), ACTION_LINK },
	{ "forgot-password", N_("Forgot Your Password?"), ACTION_LINK },
	{ "forgot-username", N_("Forgot User Name?"), ACTION_LINK },
	{ "trouble", N_("What went wrong?"), ACTION_LINK },
};

static void explain_lock(struct flow *flow, const struct login_outcome *outcome)
{
	char message[FLOW_MESSAGE_MAX], at[32];
	local_time_of_day(outcome->locked_until, at, sizeof at);
	snprintf(message, sizeof message,
		 ngettext("This account is locked after too many failed logins, for %d minute: "
			  "try again after %s, or use Forgot Your Password?.",
			  "This account is locked after too many failed logins, for %d minutes: "
			  "try again after %s, or use Forgot Your Password?.",
			  (unsigned long)outcome->lockout_minutes),
		 outcome->lockout_minutes, at);
	flow_error(flow, "password", message);
}

/* Whether username is one of this court's old CM/ECF logins: typed at
 * the court's PACER LOGIN, where only PACER credentials work. */
static bool is_court_ecf_login(struct flow *flow, enum screen_id screen, const char *username)
{
	bool is_ecf_login = false;
	if (screen != SCREEN_COURT_LOGIN)
		return false;
	struct ecf_account ecf;
	if (!store_find_ecf_account(flow->store, flow->court.id, username, &ecf, &is_ecf_login))
		is_ecf_login = false; /* only a hint: the refusal itself stands */
	wipe_memory(&ecf, sizeof ecf);
	return is_ecf_login;
}

/* What the refusal says of the username's shape: a CM/ECF login at the
 * court's login, a name no PACER username has, or nothing to add; a
 * sentence with a number is written into sentence. */
static const char *bad_login_sentence(bool ecf_login, const char *username, char *sentence,
				      size_t sentence_size)
{
	if (ecf_login)
		return _("Invalid username or password. That is this court's old CM/ECF login: here "
			 "log in with your PACER username and password; the old CM/ECF login goes only "
			 "into the Link screen (Utilities).");
	if (strlen(username) < USERNAME_MIN_CHARS && !is_legacy_username(username)) {
		snprintf(sentence, sentence_size,
			 _("Invalid username or password. A PACER username has 6 characters, letters "
			   "then digits (legacy), or %d or more (upgraded)."),
			 USERNAME_MIN_CHARS);
		return sentence;
	}
	return _("Invalid username or password. Check both; after an upgrade only the new "
		 "username works.");
}

static void explain_bad_login(struct flow *flow, const struct login_outcome *outcome, bool ecf_login,
			      const char *username)
{
	char message[FLOW_MESSAGE_MAX], sentence[FLOW_MESSAGE_MAX];
	const char *invalid = bad_login_sentence(ecf_login, username, sentence, sizeof sentence);
	if (outcome->attempts_left > 0 && outcome->attempts_left <= 2)
		snprintf(message, sizeof message,
			 ngettext("%s %d try is left before the account is locked.",
				  "%s %d tries are left before the account is locked.",
				  (unsigned long)outcome->attempts_left),
			 invalid, outcome->attempts_left);
	else
		copy_text(message, sizeof message, invalid);
	flow_error(flow, "password", message);
}

/* What a refused login most likely means, offered as "What went wrong?". */
static void suggest_cause(struct flow *flow, enum screen_id screen, const char *username, bool locked)
{
	bool at_court = screen == SCREEN_COURT_LOGIN;
	bool is_ecf_login = !locked && is_court_ecf_login(flow, screen, username);
	char why[FLOW_MESSAGE_MAX];
	enum trouble_step step = trouble_after_login(username, locked, at_court, is_ecf_login, why,
						     sizeof why);
	trouble_note(flow, screen, step, why);
}

bool log_in_with_pacer(struct flow *flow, enum screen_id screen)
{
	/* The current screen: its form holds what was typed. */
	if (flow_check_form_first(flow, flow->screen) > 0)
		return false;
	const char *username = flow_value(flow, "username");
	const char *password = flow_value(flow, "password");
	struct login_outcome *outcome = xmalloc(sizeof *outcome);
	pacer_login(flow->store, username, password, flow->terminal, outcome);
	bool ok = false;
	switch (outcome->result) {
	case LOGIN_OK:
		flow->account = outcome->account;
		trouble_forget(flow);
		/* In the 2025 era the password may not be the last step. */
		ok = mfa_login_begin(flow, password, screen == SCREEN_COURT_LOGIN);
		flow->logged_in = ok && !flow->mfa.pending;
		if (!ok)
			wipe_memory(&flow->account, sizeof flow->account);
		break;
	case LOGIN_BAD_CREDENTIALS:
		explain_bad_login(flow, outcome, is_court_ecf_login(flow, screen, username), username);
		suggest_cause(flow, screen, username, false);
		break;
	case LOGIN_LOCKED:
		explain_lock(flow, outcome);
		suggest_cause(flow, screen, username, true);
		break;
	case LOGIN_STORE_ERROR:
		flow_error(flow, NULL, store_error(flow->store));
		break;
	}
	wipe_memory(outcome, sizeof *outcome);
	free(outcome);
	/* A password is typed again at every attempt, as on PACER. */
	flow_wipe_secrets(flow);
	return ok;
}

/* Whether this account (and only this one) left an upgrade unfinished;
 * the offer's sentence is prepared on the way. */
static bool unfinished_upgrade(struct flow *flow)
{
	struct draft_found found;
	char when[64];
	if (flow->account.kind != ACCOUNT_LEGACY || !drafts_waiting(flow, DRAFT_UPGRADE, &found))
		return false;
	local_date_time(found.saved_at, when, sizeof when);
	snprintf(flow->drafts.offer, sizeof flow->drafts.offer,
		 _("You have an unfinished upgrade from %s. Continue where you left off?"), when);
	dates_end_sentence(flow->drafts.offer);
	return true;
}

enum screen_id pacer_after_login(struct flow *flow)
{
	return unfinished_upgrade(flow) ? SCREEN_DRAFT_OFFER : SCREEN_ACCOUNT;
}

static struct form_values *login_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->login.pacer;
}

void login_wipe(struct flow *flow)
{
	form_wipe(&flow->login.pacer);
	form_wipe(&flow->login.court);
}

static void login_load(struct flow *flow)
{
	flow->login.return_to = SCREEN_PACER_LOGIN;
	trouble_offer(flow, SCREEN_PACER_LOGIN);
}

static enum screen_id login_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "login")) {
		if (!log_in_with_pacer(flow, SCREEN_PACER_LOGIN))
			return SCREEN_PACER_LOGIN;
		return mfa_login_next(flow);
	}
	if (action_is(action, "need-account"))
		return SCREEN_NEED_ACCOUNT;
	if (action_is(action, "forgot-password"))
		return SCREEN_FORGOT_PASSWORD;
	if (action_is(action, "forgot-username"))
		return SCREEN_FORGOT_USERNAME;
	if (action_is(action, "back"))
		return SCREEN_START;
	if (action_is(action, "trouble"))
		return trouble_open(flow, SCREEN_PACER_LOGIN);
	return SCREEN_PACER_LOGIN;
}

const struct screen_spec screen_pacer_login = {
	.id = SCREEN_PACER_LOGIN,
	.name = "pacer-login",
	.kind = SCREEN_FORM,
	.title = N_("Manage My Account Login"),
	.intro = N_("Log in with your PACER username and password."),
	.fields = login_fields,
	.n_fields = COUNT_OF(login_fields),
	.actions = login_actions,
	.n_actions = COUNT_OF(login_actions),
	.help = N_("This is the login of PACER's Manage My Account, where a legacy account is "
		   "upgraded.\n\n"
		   "Type your practice PACER username and password, then choose Login. "
		   "A legacy username has 6 characters (letters then digits, such as ja1234); an "
		   "upgraded one has {username-min} or more.\n\n"
		   "\"Invalid username or password\" usually means a typing mistake, the CM/ECF login "
		   "typed instead of the PACER one, or the old legacy username typed after the account "
		   "was upgraded. After 5 failed tries the account is locked for 15 minutes.\n\n"
		   "On the real PACER site the PACER Service Center helps with logins: (800) 676-6856, "
		   "8 a.m. to 6 p.m. Central Time, Monday to Friday."),
	.load = login_load,
	.submit = login_submit,
	.form = login_form,
};

/* ---- the offer of a draft -------------------------------------------- */

static const struct action_spec offer_actions[] = {
	{ "continue", N_("Yes, continue"), ACTION_DEFAULT },
	{ "discard", N_("No, start over"), 0 },
};

static bool offers_link(const struct flow *flow)
{
	return flow->drafts.work != NULL && strcmp(flow->drafts.work, DRAFT_LINK) == 0;
}

static void offer_load(struct flow *flow)
{
	if (offers_link(flow)) {
		flow->title = N_("Unfinished link");
		flow_add_paragraph(flow, flow->drafts.offer);
		flow_add_paragraph(flow, N_("Passwords are never kept: type the CM/ECF password again."));
		return;
	}
	flow_add_paragraph(flow, flow->drafts.offer);
	flow_add_paragraph(flow, N_("Passwords and security answers are never kept: type them again."));
}

static enum screen_id offer_submit(struct flow *flow, const struct action_spec *action)
{
	bool link = offers_link(flow);
	if (action_is(action, "continue"))
		return link ? link_restore_draft(flow) : upgrade_restore_draft(flow);
	if (!drafts_delete(flow, link ? DRAFT_LINK : DRAFT_UPGRADE))
		flow_error(flow, NULL, store_error(flow->store));
	if (link)
		return SCREEN_COURT_MAIN;
	upgrade_forget_tabs(flow);
	return SCREEN_ACCOUNT;
}

const struct screen_spec screen_draft_offer = {
	.id = SCREEN_DRAFT_OFFER,
	.name = "draft-offer",
	.kind = SCREEN_INFO,
	.title = N_("Unfinished upgrade"),
	.actions = offer_actions,
	.n_actions = COUNT_OF(offer_actions),
	.help = N_("What you typed on the Upgrade tabs or on a court's Link screen was kept when you "
		   "left, and only you see it after you log in. Yes puts it back where you were; No "
		   "throws it away."),
	.load = offer_load,
	.submit = offer_submit,
};
