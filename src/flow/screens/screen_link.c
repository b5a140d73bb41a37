/* SPDX-License-Identifier: MIT */
/* "Link a CM/ECF account to my PACER account": the screens of the
 * court's learning aid word for word, its confirmation, the success, and
 * the way out when linking keeps failing (a new e-filing request). */
#include <config.h>

#include "flow/screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/cmecf.h"
#include "core/courts.h"
#include "core/dates.h"
#include "core/pacer.h"
#include "core/validate.h"
#include "flow/drafts.h"
#include "flow/field_check.h"
#include "flow/trouble.h"

static const char link_title[] = N_("Link a CM/ECF account to my PACER account");

/* ---- the Link screen ----------------------------------------------------- */

static const struct field_spec link_fields[] = {
	{
		.id = "login",
		.label = N_("CM/ECF login"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 60,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type your old CM/ECF login."),
		.example = N_("The login this court gave you before it moved to NextGen, such as jattorney."),
	},
	{
		.id = "password",
		.label = N_("CM/ECF password"),
		.kind = FIELD_PASSWORD,
		.width = 30,
		.max_length = 60,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type the password of your old CM/ECF login."),
		.example = N_("The password of that old CM/ECF login, not your PACER password."),
		.secret = true,
	},
};

static const struct action_spec link_actions[] = {
	{ "submit", N_("Submit"), ACTION_DEFAULT },
	{ "clear", N_("Clear"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
	{ "forgot-ecf", N_("Forgot login/password"), ACTION_LINK },
	{ "more-upgraded", N_("More about Upgraded PACER account"), ACTION_LINK },
	{ "trouble", N_("What went wrong?"), ACTION_LINK },
};

/* The court's CM/ECF help desk, from the court catalogue. */
static void add_help_desk_line(struct flow *flow)
{
	flow_add_line(flow, N_("CM/ECF help desk"),
		      flow->court.help_desk[0] != '\0' ? flow->court.help_desk
						       : _("see the court's web site"));
}

static void link_load(struct flow *flow)
{
	flow->title = cmecf_link_words(flow->court.type)->item;
	flow_add_paragraph(flow, N_("This utility links your PACER account with your e-filer account in "
				    "this court."));
	/* The court's own sentence (N16), as a paragraph of the page. */
	flow_add_paragraph(flow, notice_get(N16_PACER_ONLY)->text);
	flow_add_paragraph(flow, N_("If you had a CM/ECF e-filing account in this court before the court "
				    "converted to NextGen CM/ECF, enter your old CM/ECF login and "
				    "password below and press Submit. You will be prompted to confirm "
				    "that you want to link your PACER account to your old CM/ECF "
				    "e-filing account. Press Submit to link the accounts (or go back if "
				    "the names don't match)."));
	flow_add_notice(flow, N10_ONE_TIME);
	/* After a failed try, whom to ask about the old login is in sight. */
	if (flow->link.failures > 0)
		add_help_desk_line(flow);
	trouble_offer(flow, SCREEN_LINK);
}

static void explain_failure(struct flow *flow)
{
	char message[FLOW_MESSAGE_MAX];
	const struct notice *n21 = notice_get(N21_LINK_FAILED);
	snprintf(message, sizeof message,
		 _("%s The court's CM/ECF help desk can reset an old login. "
		   "Tries left: %d."),
		 _(n21->text), LINK_TRIES - flow->link.failures);
	flow_error(flow, "login", message);
}

/* What the refusal most likely means, offered as "What went wrong?". */
static void suggest_cause(struct flow *flow, enum link_check check)
{
	char why[FLOW_MESSAGE_MAX];
	enum trouble_step step = trouble_after_link(check, why, sizeof why);
	trouble_note(flow, SCREEN_LINK, step, why);
}

static enum screen_id refuse(struct flow *flow, const char *field, const char *message)
{
	flow_error(flow, field, message);
	return SCREEN_LINK;
}

static enum screen_id check_link(struct flow *flow)
{
	const char *login = flow_value(flow, "login");
	const char *password = flow_value(flow, "password");
	char when[64], message[FLOW_MESSAGE_MAX];
	if (flow_check_form_first(flow, &screen_link) > 0)
		return SCREEN_LINK;
	enum link_check check = cmecf_check_link(flow->store, &flow->court, flow->today, &flow->account,
						 login, password, flow->terminal, &flow->link.ecf);
	if (check != LINK_OK && check != LINK_STORE_ERROR)
		suggest_cause(flow, check);
	switch (check) {
	case LINK_OK:
		trouble_forget(flow);
		return SCREEN_LINK_CONFIRM;
	case LINK_NOT_LIVE:
		court_format_date(flow->court.nextgen_date, when, sizeof when);
		snprintf(message, sizeof message,
			 _("This court is not on NextGen CM/ECF yet: these "
			   "accounts cannot be linked before %s."),
			 when);
		return refuse(flow, NULL, message);
	case LINK_LEGACY:
		return refuse(flow, NULL, _("A legacy PACER account cannot be linked: upgrade it first."));
	case LINK_SHARED_FIRM:
		return refuse(flow, NULL,
			      _("This is a shared firm PACER account. Link only your individual "
				"PACER account: log out and log in with your own."));
	case LINK_SPECIAL_CHARACTERS:
		return refuse(flow, "login",
			      _("CM/ECF logins with &, @, $ or * cannot be linked. Ask "
				"the court for e-filing rights instead, through Manage My "
				"Account, Maintenance tab."));
	case LINK_PACER_ALREADY_LINKED:
		return refuse(flow, NULL,
			      _("Your PACER account is already linked to a CM/ECF account in "
				"this court."));
	case LINK_ECF_ALREADY_LINKED:
		return refuse(flow, "login", _("This CM/ECF account is already linked to a PACER account."));
	case LINK_BAD_CREDENTIALS:
		if (++flow->link.failures >= LINK_TRIES) {
			char why[FLOW_MESSAGE_MAX];
			snprintf(why, sizeof why,
				 ngettext("What just happened: the court refused the CM/ECF login %d "
					  "time.",
					  "What just happened: the court refused the CM/ECF login %d "
					  "times.",
					  LINK_TRIES),
				 LINK_TRIES);
			trouble_note(flow, SCREEN_LINK_FALLBACK, TROUBLE_LINK_FAILS, why);
			return SCREEN_LINK_FALLBACK;
		}
		/* The screen stays: its load, which adds the line, does not run. */
		if (flow->link.failures == 1)
			add_help_desk_line(flow);
		explain_failure(flow);
		return SCREEN_LINK;
	case LINK_STORE_ERROR:
		break;
	}
	return refuse(flow, NULL, store_error(flow->store));
}

static enum screen_id link_submit(struct flow *flow, const struct action_spec *action)
{
	enum screen_id next = SCREEN_LINK;
	if (action_is(action, "back"))
		next = SCREEN_COURT_UTILITIES;
	else if (action_is(action, "clear"))
		form_wipe(&flow->link.form);
	else if (action_is(action, "submit"))
		next = check_link(flow);
	else if (action_is(action, "trouble"))
		next = trouble_open(flow, SCREEN_LINK);
	else
		next = court_show_item(flow, action->id);
	/* The old password is typed again at each try, and never kept. */
	form_wipe_secrets(&flow->link.form, &screen_link);
	return next;
}

static struct form_values *link_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->link.form;
}

void link_wipe(struct flow *flow)
{
	form_wipe(&flow->link.form);
	wipe_memory(&flow->link.ecf, sizeof flow->link.ecf);
	flow->link.failures = 0;
}

const struct screen_spec screen_link = {
	.id = SCREEN_LINK,
	.name = "link",
	.kind = SCREEN_FORM,
	.title = link_title,
	.fields = link_fields,
	.n_fields = COUNT_OF(link_fields),
	.actions = link_actions,
	.n_actions = COUNT_OF(link_actions),
	.help = N_("Type the CM/ECF login and password this court gave you before NextGen, not your "
		   "PACER ones. The next screen asks you to confirm.\n\nLinking is possible only once the "
		   "court is live on NextGen, only with an upgraded individual PACER account, and only "
		   "once: one PACER account, one CM/ECF account in each court. Logins with &, @, $ or * "
		   "cannot be linked. After {link-tries} failed tries the wizard shows the way through a new "
		   "e-filing request."),
	.help_notice = N8_KNOW_ECF_LOGIN,
	.load = link_load,
	.submit = link_submit,
	.form = link_form,
	.drafted_as = DRAFT_LINK,
};

/* ---- the draft of the Link screen ------------------------------------------ */

struct link_draft {
	char court[STORE_COURT_ID_MAX];
	char login[FLOW_VALUE_MAX];
};

static bool read_link_draft(const char *screen, const char *field, const char *value, void *data)
{
	struct link_draft *draft = data;
	if (strcmp(screen, DRAFT_LINK) != 0)
		return true;
	if (strcmp(field, "court") == 0)
		copy_text(draft->court, sizeof draft->court, value);
	else if (strcmp(field, "login") == 0)
		copy_text(draft->login, sizeof draft->login, value);
	return true;
}

bool link_draft_waiting(struct flow *flow)
{
	struct draft_found found;
	char when[64];
	if (!drafts_waiting(flow, DRAFT_LINK, &found))
		return false;
	/* A link is offered at its own court only. */
	struct link_draft draft = { 0 };
	struct draft_key key = { flow->account.id, found.session_id };
	if (!store_each_draft(flow->store, &key, read_link_draft, &draft) ||
	    strcmp(draft.court, flow->court.id) != 0)
		return false;
	local_date_time(found.saved_at, when, sizeof when);
	/* TRANSLATORS: %s is a date and time. */
	snprintf(flow->drafts.offer, sizeof flow->drafts.offer,
		 _("You have an unfinished link in this court from %s. Continue where you left off?"), when);
	dates_end_sentence(flow->drafts.offer);
	return true;
}

enum screen_id link_restore_draft(struct flow *flow)
{
	struct link_draft draft = { 0 };
	if (!drafts_take_up(flow, read_link_draft, &draft)) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_COURT_MAIN;
	}
	form_set_value(&flow->link.form, &screen_link, "login", draft.login);
	flow->focus[SCREEN_LINK] = -1;
	return SCREEN_LINK;
}

/* ---- Confirm ---------------------------------------------------------------- */

static const struct action_spec confirm_actions[] = {
	{ "submit", N_("Submit"), ACTION_DEFAULT | ACTION_PERMANENT },
	{ "back", N_("Back"), ACTION_BACK },
};

static void confirm_load(struct flow *flow)
{
	char pacer_name[FLOW_VALUE_MAX];
	account_full_name(&flow->account, pacer_name, sizeof pacer_name);
	flow->title = cmecf_link_words(flow->court.type)->item;
	flow_add_line(flow, N_("CM/ECF"), flow->link.ecf.name);
	flow_add_line(flow, N_("PACER"), pacer_name);
	if (!names_match(flow->link.ecf.name, pacer_name))
		flow_add_warning(flow, N_("THE NAMES DIFFER. If this CM/ECF account is not yours, go "
					  "back: do not link the accounts."));
	flow_add_notice(flow, N17_PERMANENT_LINK);
	flow_add_notice(flow, N18_INDIVIDUAL_LINK);
}

static enum screen_id confirm_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_LINK;
	if (!action_is(action, "submit"))
		return SCREEN_LINK_CONFIRM;
	switch (store_link_ecf_account(flow->store, flow->link.ecf.id, flow->account.id, flow->court.id,
				       flow->terminal, flow->account.username)) {
	case STORE_DONE:
		flow->visit.redaction_accepted = true;
		(void)drafts_delete(flow, DRAFT_LINK);
		return SCREEN_LINK_SUCCESS;
	case STORE_USERNAME_TAKEN:
		flow_error(flow, NULL, _("This CM/ECF account is already linked to a PACER account."));
		return SCREEN_LINK_CONFIRM;
	case STORE_SHARED_ACCOUNT: /* said by e-file approvals only */
	case STORE_FAILED:
		break;
	}
	flow_error(flow, NULL, store_error(flow->store));
	return SCREEN_LINK_CONFIRM;
}

const struct screen_spec screen_link_confirm = {
	.id = SCREEN_LINK_CONFIRM,
	.name = "link-confirm",
	.kind = SCREEN_INFO,
	.title = link_title,
	.intro = N_("Do you want to link these accounts?"),
	.actions = confirm_actions,
	.n_actions = COUNT_OF(confirm_actions),
	.help = N_("Check that the CM/ECF name and the PACER name are both yours. Submit links them "
		   "for good; Back returns to the Link screen. When the names differ, even only in "
		   "form (Chris and Christopher), do not submit: go back. If both accounts are yours, "
		   "first make the names agree (Manage My Account, Maintenance) and let the court "
		   "process it; then link."),
	.load = confirm_load,
	.submit = confirm_submit,
};

/* ---- Success ------------------------------------------------------------------ */

static const struct action_spec success_actions[] = {
	{ "continue", N_("Continue"), ACTION_DEFAULT | ACTION_BACK },
};

static void success_load(struct flow *flow)
{
	flow->title = cmecf_link_words(flow->court.type)->item;
	/* Seed 002's order: the success first, then the reminders. */
	flow_add_leading_notice(flow, N19_LINKED);
	flow_add_paragraph(flow, N_("Helpful reminders:\n- Once your PACER account is linked to your "
				    "CM/ECF account, your previous CM/ECF account info will no longer "
				    "be needed.\n- Continue shows the court's main screen with its "
				    "filing menus."));
	flow_add_notice(flow, N20_MENUS_MISSING);
}

static enum screen_id success_submit(struct flow *flow, const struct action_spec *action)
{
	(void)flow;
	return action_is(action, "continue") ? SCREEN_COURT_MAIN : SCREEN_LINK_SUCCESS;
}

const struct screen_spec screen_link_success = {
	.id = SCREEN_LINK_SUCCESS,
	.name = "link-success",
	.kind = SCREEN_INFO,
	.title = link_title,
	.actions = success_actions,
	.n_actions = COUNT_OF(success_actions),
	.help = N_("The accounts are linked. From now on you log in to this court with your PACER "
		   "account only. Continue shows the filing menus."),
	.load = success_load,
	.submit = success_submit,
};

/* ---- When linking keeps failing ---------------------------------------------------- */

static const struct action_spec fallback_actions[] = {
	{ "attorney", N_("Attorney Admissions/E-File Registration"), ACTION_DEFAULT },
	{ "non-attorney", N_("Non-Attorney E-File Registration"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
	{ "trouble", N_("What went wrong?"), ACTION_LINK },
};

static void fallback_load(struct flow *flow)
{
	flow->title = N_("Linking did not work");
	add_help_desk_line(flow);
	/* The FAQ's order: try again, then the new request. */
	flow_add_leading_notice(flow, N21_LINK_FAILED);
	flow_add_paragraph(flow, N_("If the linking process still does not work, submit a new "
				    "electronic filing request for the court: log in to Manage My "
				    "Account, choose the Maintenance tab, then Attorney Admissions/E-File "
				    "Registration or Non-Attorney E-File Registration."));
	flow_add_paragraph(flow, N_("Choose one below to practise it: the request waits for the court, "
				    "which must approve it and will e-mail you."));
	trouble_offer(flow, SCREEN_LINK_FALLBACK);
}

static enum screen_id fallback_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back")) {
		flow->link.failures = 0;
		return SCREEN_LINK;
	}
	if (action_is(action, "trouble"))
		return trouble_open(flow, SCREEN_LINK_FALLBACK);
	/* The registration's own form and confirmation (screen_efile.c). */
	return efile_open(flow, action_is(action, "attorney") ? "attorney" : "non-attorney",
			  SCREEN_LINK_FALLBACK);
}

const struct screen_spec screen_link_fallback = {
	.id = SCREEN_LINK_FALLBACK,
	.name = "link-fallback",
	.kind = SCREEN_INFO,
	.title = N_("Linking did not work"),
	.actions = fallback_actions,
	.n_actions = COUNT_OF(fallback_actions),
	.help = N_(
		"After {link-tries} failed tries: check the old CM/ECF login and password with the court's "
		"help desk, or ask the court for e-filing rights anew. Back tries the link again."),
	.load = fallback_load,
	.submit = fallback_submit,
};
