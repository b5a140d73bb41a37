/* SPDX-License-Identifier: MIT */
/* The e-file registration a person practises when linking keeps failing
 * (Maintenance, Attorney Admissions/E-File Registration or Non-Attorney
 * E-File Registration): a short form, its confirmation, and a request
 * that waits for the court. The trainer plays the court and approves it
 * with nextgen-admin efile approve. */
#include <config.h>

#include "flow/screens.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/choices.h"
#include "core/cmecf.h"
#include "core/courts.h"
#include "flow/drafts.h"
#include "flow/field_check.h"

#define ATTORNEY_TYPE "Attorney"

/* The type of filer chosen is Attorney: only an attorney has a bar. */
static bool efile_attorney(const struct flow *flow)
{
	char type[FLOW_VALUE_MAX];
	const char *typed = form_value(&flow->efile.form, &screen_efile_form, "filer-type");
	return choices_match(CHOICES_FILER_TYPE, NULL, typed, type, sizeof type) &&
	       strcmp(type, ATTORNEY_TYPE) == 0;
}

static const struct field_spec efile_fields[] = {
	{
		.id = "bar-number",
		.label = N_("Bar number"),
		.kind = FIELD_TEXT,
		.width = 20,
		.max_length = 20,
		.required_when = efile_attorney,
		.check = CHECK_BAR_NUMBER,
		.missing = N_("An attorney gives the bar number: letters, digits and hyphens only."),
		.example = N_("Attorneys only: the number your state bar gave you, for example 123456."),
	},
	{
		.id = "bar-state",
		.label = N_("Bar state"),
		.kind = FIELD_TEXT,
		.width = 24,
		.max_length = 40,
		.required_when = efile_attorney,
		.check = CHECK_CHOICE,
		.example = N_("Attorneys only: the state of that bar, such as CA. {show-list}"),
		.choices = CHOICES_STATE,
	},
	{
		.id = "court",
		.label = N_("Court"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 80,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("The court you ask to file in: its id, such as canb, or the start of its "
			      "name. {show-list}"),
		.choices = CHOICES_COURT,
	},
	{
		.id = "filer-type",
		.label = N_("Type of filer"),
		.kind = FIELD_TEXT,
		.width = 24,
		.max_length = 40,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("Attorney, or the kind of non-attorney filer you are, such as Pro se filer "
			      "or Creditor. {show-list}"),
		.choices = CHOICES_FILER_TYPE,
	},
};

static const struct action_spec efile_actions[] = {
	{ "next", N_("Next"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static struct form_values *efile_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->efile.form;
}

void efile_wipe(struct flow *flow)
{
	form_wipe(&flow->efile.form);
	wipe_memory(&flow->efile.request, sizeof flow->efile.request);
}

enum screen_id efile_open(struct flow *flow, const char *kind, enum screen_id return_to)
{
	/* A court approves a person, never a firm's shared login (N1). */
	if (flow->account.shared_firm) {
		flow_error(flow, NULL, _(notice_get(N1_INDIVIDUAL_ACCOUNT)->text));
		return flow->screen->id;
	}
	efile_wipe(flow);
	flow->efile.return_to = return_to;
	/* From a court's link fallback the court is known; from Manage My
	 * Account the person names it. */
	if (flow->visit.logged_in)
		form_set_value(&flow->efile.form, &screen_efile_form, "court", flow->court.id);
	/* An attorney's registration starts as one; a non-attorney chooses. */
	if (strcmp(kind, "attorney") == 0)
		form_set_value(&flow->efile.form, &screen_efile_form, "filer-type", _(ATTORNEY_TYPE));
	return SCREEN_EFILE_FORM;
}

/* The court typed, without leaving the court being visited; a
 * CurrentGen court registers its filers itself (N22). */
/* A court is asked once: not while a request waits, nor once the
 * account files there (flow->court is the court asked). */
static bool not_asked_before(struct flow *flow)
{
	int pending = 0;
	struct ecf_account ecf;
	bool files_there = false;
	if (!store_count_efile_requests(flow->store, flow->account.id, flow->court.id, &pending) ||
	    !cmecf_linked_account(flow->store, &flow->court, &flow->account, &ecf, &files_there)) {
		flow_error(flow, NULL, store_error(flow->store));
		return false;
	}
	if (pending > 0)
		flow_field_error(flow, "court",
				 _("A request to this court is already waiting for its "
				   "approval: Check E-File Status says when it comes."));
	else if (files_there)
		flow_field_error(flow, "court",
				 _("Your PACER account already files in this court: "
				   "there is nothing to ask."));
	return pending == 0 && !files_there;
}

static bool choose_court(struct flow *flow, char *id, size_t size)
{
	struct court visiting = flow->court;
	bool found = flow_choose_court(flow, flow_value(flow, "court"));
	bool live = found && court_is_live(&flow->court, flow->today);
	if (live && !not_asked_before(flow))
		live = false;
	else if (live)
		copy_text(id, size, flow->court.id);
	else if (found)
		flow_field_error(flow, "court",
				 _("This court is not on NextGen CM/ECF yet: register "
				   "through the court itself."));
	flow->court = visiting;
	return live;
}

/* The stored value of a list field its check found. */
static void stored_choice(struct flow *flow, const char *field, enum choice_list list, char *out, size_t size)
{
	if (!choices_match(list, NULL, flow_value(flow, field), out, size))
		out[0] = '\0';
}

static enum screen_id efile_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return flow->efile.return_to;
	struct efile_request *r = &flow->efile.request;
	memset(r, 0, sizeof *r);
	bool attorney = efile_attorney(flow);
	struct form_check c;
	form_check_start(&c, flow, &screen_efile_form);
	/* A non-attorney has no bar: what was typed there is neither checked
	 * nor sent. */
	if (!attorney) {
		form_check_as(&c, "bar-number", CHECK_NONE);
		form_check_as(&c, "bar-state", CHECK_NONE);
	}
	if (form_check_fields(&c) > 0)
		return SCREEN_EFILE_FORM;
	stored_choice(flow, "filer-type", CHOICES_FILER_TYPE, r->filer_type, sizeof r->filer_type);
	copy_text(r->kind, sizeof r->kind, attorney ? "attorney" : "non-attorney");
	if (attorney) {
		copy_text(r->bar_number, sizeof r->bar_number, flow_value(flow, "bar-number"));
		stored_choice(flow, "bar-state", CHOICES_STATE, r->bar_state, sizeof r->bar_state);
	}
	(void)choose_court(flow, r->court_id, sizeof r->court_id);
	return flow_has_errors(flow) ? SCREEN_EFILE_FORM : SCREEN_EFILE_CONFIRM;
}

static void efile_load(struct flow *flow)
{
	flow_add_notice(flow, N22_REGISTER_PER_COURT);
}

const struct screen_spec screen_efile_form = {
	.id = SCREEN_EFILE_FORM,
	.name = "efile-form",
	.kind = SCREEN_FORM,
	.title = N_("E-File Registration"),
	.intro = N_("Ask the court for e-filing rights. An attorney gives the bar number and bar "
		    "state; a non-attorney leaves them empty."),
	.fields = efile_fields,
	.n_fields = COUNT_OF(efile_fields),
	.actions = efile_actions,
	.n_actions = COUNT_OF(efile_actions),
	.help = N_("PACER's Attorney Admissions/E-File Registration and Non-Attorney E-File "
		   "Registration, in short. Type of filer: Attorney, or a non-attorney kind such as "
		   "Pro se filer, Creditor or Trustee. {show-list} Next shows what will be sent, "
		   "before anything is sent. Back returns without sending."),
	.load = efile_load,
	.submit = efile_submit,
	.form = efile_form,
};

static const struct action_spec confirm_actions[] = {
	{ "submit", N_("Submit"), ACTION_DEFAULT | ACTION_PERMANENT },
	{ "back", N_("Back"), ACTION_BACK },
};

static void confirm_load(struct flow *flow)
{
	const struct efile_request *r = &flow->efile.request;
	const struct court *court = NULL;
	for (size_t i = 0; i < flow->n_courts; i++)
		if (strcmp(flow->courts[i].id, r->court_id) == 0)
			court = &flow->courts[i];
	flow_add_paragraph(flow, N_("Check the request. Submit sends it to the court; it then "
				    "waits for the court's approval, and the court e-mails you."));
	flow_add_line(flow, N_("Court"), court != NULL ? court->name : r->court_id);
	flow_add_line(flow, N_("Type of filer"), choices_display(CHOICES_FILER_TYPE, NULL, r->filer_type));
	if (strcmp(r->kind, "attorney") == 0) {
		flow_add_line(flow, N_("Bar number"), r->bar_number);
		flow_add_line(flow, N_("Bar state"), choices_display(CHOICES_STATE, NULL, r->bar_state));
	}
}

static enum screen_id send_request(struct flow *flow)
{
	const struct efile_request *r = &flow->efile.request;
	if (!store_add_efile_request(flow->store, flow->account.id, r)) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_EFILE_CONFIRM;
	}
	struct audit_event event = {
		.terminal = flow->terminal,
		.username = flow->account.username,
		.court_id = r->court_id,
		.event = "e-file request",
		.outcome = "pending",
	};
	(void)store_audit(flow->store, &event);
	/* The request replaces the link: nothing is left to continue. */
	(void)drafts_delete(flow, DRAFT_LINK);
	flow->link.failures = 0;
	enum screen_id home = flow->efile.return_to;
	efile_wipe(flow);
	flow_info(flow, _("Your e-filing request is recorded as pending. The court must approve it "
			  "and will e-mail you; until then you cannot e-file there."));
	/* From the link fallback, the court's main screen; else Maintenance. */
	return home == SCREEN_LINK_FALLBACK ? SCREEN_COURT_MAIN : home;
}

static enum screen_id confirm_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_EFILE_FORM;
	return action_is(action, "submit") ? send_request(flow) : SCREEN_EFILE_CONFIRM;
}

const struct screen_spec screen_efile_confirm = {
	.id = SCREEN_EFILE_CONFIRM,
	.name = "efile-confirm",
	.kind = SCREEN_INFO,
	.title = N_("E-File Registration"),
	.actions = confirm_actions,
	.n_actions = COUNT_OF(confirm_actions),
	.help = N_("What the request will say. Submit sends it: the request is pending until the "
		   "court approves it (in this practice, your trainer). Back changes the form."),
	.load = confirm_load,
	.submit = confirm_submit,
};

/* ---- Check E-File Status (Manage My Account, Maintenance) ----------------------- */

struct status_visit {
	struct flow *flow;
	int shown;
};

static bool add_status_line(const struct efile_request *r, void *data)
{
	struct status_visit *v = data;
	if (strcasecmp(r->username, v->flow->account.username) != 0)
		return true;
	char value[FLOW_VALUE_MAX];
	/* TRANSLATORS: an e-filing request on Check E-File Status: the court's
	   id, the type of filer, and pending or approved. */
	snprintf(value, sizeof value, _("%s, %s: %s"), r->court_id,
		 choices_display(CHOICES_FILER_TYPE, NULL, r->filer_type),
		 strcmp(r->status, "approved") == 0 ? _("approved") : _("pending"));
	flow_add_line(v->flow, N_("E-filing request"), value);
	v->shown++;
	return true;
}

void efile_add_status(struct flow *flow)
{
	struct status_visit visit = { flow, 0 };
	if (!store_each_efile_request(flow->store, false, add_status_line, &visit))
		flow_error(flow, NULL, store_error(flow->store));
	else if (visit.shown == 0)
		flow_add_paragraph(flow, N_("You have sent no e-filing request."));
}
