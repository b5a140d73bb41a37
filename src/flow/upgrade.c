/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/upgrade.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/auth.h"
#include "core/choices.h"
#include "core/pacer.h"
#include "core/validate.h"
#include "flow/drafts.h"
#include "flow/field_check.h"
#include "flow/screens.h"

const char *const upgrade_tabs[] = { N_("Person"), N_("Address"), N_("Security"), NULL };

/* The screen of each tab, in their order. */
static const struct screen_spec *tab_spec(enum upgrade_tab tab)
{
	static const struct screen_spec *const specs[UPGRADE_TABS] = {
		[UPGRADE_PERSON] = &screen_upgrade_person,
		[UPGRADE_ADDRESS] = &screen_upgrade_address,
		[UPGRADE_SECURITY] = &screen_upgrade_security,
	};
	return specs[tab];
}

struct form_values *upgrade_form(struct flow *flow, const struct screen_spec *spec)
{
	return &flow->upgrade.tab[spec->tab_index];
}

const char *upgrade_value(const struct flow *flow, enum upgrade_tab tab, const char *field)
{
	return form_value(&flow->upgrade.tab[tab], tab_spec(tab), field);
}

static void set_tab_value(struct flow *flow, enum upgrade_tab tab, const char *field, const char *value)
{
	form_set_value(&flow->upgrade.tab[tab], tab_spec(tab), field, value);
}

void upgrade_chosen_state(const struct flow *flow, char *out, size_t size)
{
	const char *typed = upgrade_value(flow, UPGRADE_ADDRESS, "state");
	if (!choices_match(CHOICES_STATE, NULL, typed, out, size))
		copy_text(out, size, typed);
}

static void state_code(const struct flow *flow, char *out, size_t size)
{
	const char *typed = upgrade_value(flow, UPGRADE_ADDRESS, "state");
	if (!choices_match(CHOICES_STATE, NULL, typed, out, size))
		out[0] = '\0';
}

static bool abroad(const struct flow *flow)
{
	char state[16];
	state_code(flow, state, sizeof state);
	return strcmp(state, "OTHER") == 0;
}

bool upgrade_county_required(const struct flow *flow)
{
	char state[16];
	state_code(flow, state, sizeof state);
	return state[0] != '\0' && strcmp(state, "OTHER") != 0;
}

static int person_errors(struct flow *flow)
{
	return flow_check_form(flow, tab_spec(UPGRADE_PERSON));
}

/* An address abroad has a postal code and a telephone number of its
 * country's own form. */
static int address_errors(struct flow *flow)
{
	struct form_check c;
	form_check_start(&c, flow, tab_spec(UPGRADE_ADDRESS));
	if (abroad(flow)) {
		form_check_as(&c, "zip", CHECK_TEXT);
		form_check_as(&c, "phone", CHECK_TEXT);
	}
	return form_check_fields(&c);
}

struct password_context upgrade_password_context(const struct flow *flow)
{
	struct password_context ctx = {
		.username = upgrade_value(flow, UPGRADE_SECURITY, "username"),
		.first_name = upgrade_value(flow, UPGRADE_PERSON, "first"),
		.last_name = upgrade_value(flow, UPGRADE_PERSON, "last"),
		.email = upgrade_value(flow, UPGRADE_ADDRESS, "email"),
	};
	return ctx;
}

/* A new username: not the legacy one, and nobody else's. */
static void check_username_is_new(struct form_check *c)
{
	struct flow *flow = c->flow;
	const char *username = form_check_value(c, "username");
	bool taken = false;
	const char *why = NULL;
	if (!form_check_passed(c, "username") || username[0] == '\0')
		return;
	if (strcasecmp(username, flow->account.username) == 0)
		why = _("Choose a new username: the legacy one cannot be kept.");
	else if (!store_username_taken(flow->store, username, flow->account.id, &taken))
		why = store_error(flow->store);
	else if (taken)
		why = _("This username is taken; please choose another.");
	if (why != NULL)
		form_check_report(c, "username", why);
}

static const char *const questions[] = { "question1", "question2", "question3" };
static const char *const answers[] = { "answer1", "answer2", "answer3" };

/* Three questions and three answers: the same answer to two questions
 * protects as one question. */
static void check_all_different(struct form_check *c)
{
	for (int i = 0; i < STORE_QUESTIONS; i++) {
		const char *question = form_check_value(c, questions[i]);
		const char *answer = form_check_value(c, answers[i]);
		for (int j = 0; j < i; j++)
			if (form_check_passed(c, questions[i]) && question[0] != '\0' &&
			    strcmp(question, form_check_value(c, questions[j])) == 0)
				form_check_report(c, questions[i], _("Choose three different questions."));
		bool repeated = false;
		for (int j = 0; j < i; j++)
			repeated = repeated || names_match(answer, form_check_value(c, answers[j]));
		if (repeated && form_check_passed(c, answers[i]) && answer[0] != '\0')
			form_check_report(c, answers[i], _("Give three different answers."));
	}
}

static int security_errors(struct flow *flow)
{
	struct form_check c;
	form_check_start(&c, flow, tab_spec(UPGRADE_SECURITY));
	form_check_fields(&c);
	check_username_is_new(&c);
	form_check_confirmed(&c, "password", "confirm");
	check_all_different(&c);
	return c.errors;
}

bool upgrade_check_person(struct flow *flow)
{
	return person_errors(flow) == 0;
}

bool upgrade_check_address(struct flow *flow)
{
	return address_errors(flow) == 0;
}

bool upgrade_check_security(struct flow *flow)
{
	return security_errors(flow) == 0;
}

void upgrade_password_note(const struct flow *flow, char *out, size_t size)
{
	struct password_context ctx = upgrade_password_context(flow);
	pacer_password_note(flow->password_policy, upgrade_value(flow, UPGRADE_SECURITY, "password"),
			    upgrade_value(flow, UPGRADE_SECURITY, "confirm"), &ctx, out, size);
}

static void copy_value(struct flow *flow, enum upgrade_tab tab, const char *field, char *dst, size_t size)
{
	copy_text(dst, size, upgrade_value(flow, tab, field));
}

/* The Person and Address values as stored: list entries as their codes,
 * dates as YYYY-MM-DD. */
void upgrade_collect_details(struct flow *flow, struct pacer_account *d)
{
	*d = flow->account;
	static const struct {
		enum upgrade_tab tab;
		const char *field;
		size_t offset;
	} plain[] = {
		{ UPGRADE_PERSON, "prefix", offsetof(struct pacer_account, prefix) },
		{ UPGRADE_PERSON, "first", offsetof(struct pacer_account, first_name) },
		{ UPGRADE_PERSON, "middle", offsetof(struct pacer_account, middle_name) },
		{ UPGRADE_PERSON, "last", offsetof(struct pacer_account, last_name) },
		{ UPGRADE_PERSON, "suffix", offsetof(struct pacer_account, suffix) },
		{ UPGRADE_ADDRESS, "firm", offsetof(struct pacer_account, firm_name) },
		{ UPGRADE_ADDRESS, "unit", offsetof(struct pacer_account, unit) },
		{ UPGRADE_ADDRESS, "address1", offsetof(struct pacer_account, address1) },
		{ UPGRADE_ADDRESS, "address2", offsetof(struct pacer_account, address2) },
		{ UPGRADE_ADDRESS, "city", offsetof(struct pacer_account, city) },
		{ UPGRADE_ADDRESS, "zip", offsetof(struct pacer_account, zip) },
		{ UPGRADE_ADDRESS, "country", offsetof(struct pacer_account, country) },
		{ UPGRADE_ADDRESS, "phone", offsetof(struct pacer_account, phone) },
	};
	for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
		copy_value(flow, plain[i].tab, plain[i].field, (char *)d + plain[i].offset, STORE_TEXT_MAX);
	copy_value(flow, UPGRADE_ADDRESS, "email", d->email, sizeof d->email);
	struct simple_date birth;
	if (parse_date(upgrade_value(flow, UPGRADE_PERSON, "birth-date"), &birth))
		format_iso_date(&birth, d->date_of_birth);
	choices_match(CHOICES_USER_TYPE, NULL, upgrade_value(flow, UPGRADE_PERSON, "user-type"), d->user_type,
		      sizeof d->user_type);
	state_code(flow, d->state, sizeof d->state);
	if (!choices_match(CHOICES_COUNTY, d->state, upgrade_value(flow, UPGRADE_ADDRESS, "county"),
			   d->county, sizeof d->county))
		copy_value(flow, UPGRADE_ADDRESS, "county", d->county, sizeof d->county);
}

bool upgrade_hash_secrets(struct flow *flow, struct hashed_secrets *h)
{
	if (!auth_hash_secret(upgrade_value(flow, UPGRADE_SECURITY, "password"), h->password))
		return false;
	for (int i = 0; i < STORE_QUESTIONS; i++) {
		choices_match(CHOICES_SECURITY_QUESTION, NULL,
			      upgrade_value(flow, UPGRADE_SECURITY, questions[i]), h->questions[i],
			      sizeof h->questions[i]);
		char normal[FLOW_VALUE_MAX];
		auth_normalize_answer(upgrade_value(flow, UPGRADE_SECURITY, answers[i]), normal,
				      sizeof normal);
		bool hashed = auth_hash_secret(normal, h->answers[i]);
		wipe_memory(normal, sizeof normal);
		if (!hashed)
			return false;
	}
	return true;
}

static enum screen_id store_upgrade(struct flow *flow, struct pacer_account *details,
				    struct hashed_secrets *h)
{
	struct upgrade_request request = {
		.account_id = flow->account.id,
		.details = details,
		.username = upgrade_value(flow, UPGRADE_SECURITY, "username"),
		.password_hash = h->password,
		.terminal = flow->terminal,
	};
	for (int i = 0; i < STORE_QUESTIONS; i++) {
		request.questions[i] = h->questions[i];
		request.answer_hashes[i] = h->answers[i];
	}
	switch (store_upgrade_account(flow->store, &request)) {
	case STORE_DONE:
		break;
	case STORE_USERNAME_TAKEN:
		flow_field_error(flow, "username", _("This username is taken; please choose another."));
		return SCREEN_UPGRADE_SECURITY;
	case STORE_SHARED_ACCOUNT:
	case STORE_FAILED:
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_UPGRADE_SECURITY;
	}
	bool found = false;
	if (!store_find_pacer_account_by_id(flow->store, flow->account.id, &flow->account, &found) ||
	    !found) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_UPGRADE_SECURITY;
	}
	wipe_memory(flow->account.password_hash, sizeof flow->account.password_hash);
	return SCREEN_UPGRADE_COMPLETE;
}

bool upgrade_tabs_ready(struct flow *flow)
{
	if (!upgrade_check_security(flow))
		return false;
	if (person_errors(flow) > 0 || address_errors(flow) > 0) {
		flow_error(flow, NULL, _("The Person or Address tab has a field to correct: press Back."));
		return false;
	}
	return true;
}

void upgrade_forget_tabs(struct flow *flow)
{
	for (int tab = 0; tab < UPGRADE_TABS; tab++)
		form_wipe(&flow->upgrade.tab[tab]);
	flow->upgrade.loaded = false;
}

void upgrade_wipe(struct flow *flow)
{
	upgrade_forget_tabs(flow);
	flow->upgrade.registering = false;
	flow->upgrade.shared_details = 0;
	flow->upgrade.registered_as[0] = '\0';
	flow->upgrade.payment[0] = '\0';
}

enum screen_id upgrade_finish(struct flow *flow)
{
	if (!upgrade_tabs_ready(flow))
		return SCREEN_UPGRADE_SECURITY;
	struct pacer_account *details = xmalloc(sizeof *details);
	struct hashed_secrets *hashed = xcalloc(1, sizeof *hashed);
	upgrade_collect_details(flow, details);
	enum screen_id next = SCREEN_UPGRADE_SECURITY;
	if (!upgrade_hash_secrets(flow, hashed))
		flow_error(flow, NULL, _("The password could not be protected; nothing was changed."));
	else
		next = store_upgrade(flow, details, hashed);
	wipe_memory(hashed, sizeof *hashed);
	free(hashed);
	free(details);
	if (next == SCREEN_UPGRADE_COMPLETE) {
		upgrade_forget_tabs(flow);
		(void)drafts_delete(flow, DRAFT_UPGRADE);
	}
	return next;
}

static void upgrade_prefill(struct flow *flow)
{
	if (flow->upgrade.loaded)
		return;
	if (flow->upgrade.registering) {
		/* A new account starts empty, in the United States. */
		upgrade_forget_tabs(flow);
		set_tab_value(flow, UPGRADE_ADDRESS, "country", "United States");
		flow->upgrade.loaded = true;
		return;
	}
	const struct pacer_account *a = &flow->account;
	const struct {
		enum upgrade_tab tab;
		const char *field;
		const char *value;
	} fills[] = {
		{ UPGRADE_PERSON, "prefix", a->prefix },
		{ UPGRADE_PERSON, "first", a->first_name },
		{ UPGRADE_PERSON, "middle", a->middle_name },
		{ UPGRADE_PERSON, "last", a->last_name },
		{ UPGRADE_PERSON, "suffix", a->suffix },
		{ UPGRADE_PERSON, "user-type",
		  a->user_type[0] ? choices_display(CHOICES_USER_TYPE, NULL, a->user_type) : "" },
		{ UPGRADE_ADDRESS, "firm", a->firm_name },
		{ UPGRADE_ADDRESS, "unit", a->unit },
		{ UPGRADE_ADDRESS, "address1", a->address1 },
		{ UPGRADE_ADDRESS, "address2", a->address2 },
		{ UPGRADE_ADDRESS, "city", a->city },
		{ UPGRADE_ADDRESS, "state",
		  a->state[0] ? choices_display(CHOICES_STATE, NULL, a->state) : "" },
		{ UPGRADE_ADDRESS, "county", a->county },
		{ UPGRADE_ADDRESS, "zip", a->zip },
		{ UPGRADE_ADDRESS, "country", a->country[0] ? a->country : "United States" },
		{ UPGRADE_ADDRESS, "phone", a->phone },
		{ UPGRADE_ADDRESS, "email", a->email },
	};
	for (size_t i = 0; i < sizeof fills / sizeof fills[0]; i++)
		set_tab_value(flow, fills[i].tab, fills[i].field, fills[i].value);
	struct simple_date birth;
	if (parse_date(a->date_of_birth, &birth)) {
		char us[16];
		snprintf(us, sizeof us, "%02d/%02d/%04d", birth.month % 100, birth.day % 100,
			 birth.year % 10000);
		set_tab_value(flow, UPGRADE_PERSON, "birth-date", us);
	}
	flow->upgrade.loaded = true;
}

static bool restore_value(const char *screen, const char *field, const char *value, void *data)
{
	struct flow *flow = data;
	for (int tab = 0; tab < UPGRADE_TABS; tab++)
		if (strcmp(tab_spec(tab)->name, screen) == 0)
			set_tab_value(flow, tab, field, value);
	return true;
}

enum screen_id upgrade_restore_draft(struct flow *flow)
{
	flow->upgrade.loaded = false;
	upgrade_prefill(flow);
	if (!drafts_take_up(flow, restore_value, flow))
		flow_error(flow, NULL, store_error(flow->store));
	for (int tab = 0; tab < UPGRADE_TABS; tab++)
		if (strcmp(tab_spec(tab)->name, flow->drafts.offered_screen) == 0)
			return tab_spec(tab)->id;
	return SCREEN_UPGRADE_PERSON;
}

void upgrade_tab_load(struct flow *flow)
{
	upgrade_prefill(flow);
	if (flow->upgrade.registering)
		flow->title = N_("Register for a PACER Account");
}

void upgrade_leave(struct flow *flow)
{
	form_wipe_secrets(&flow->upgrade.tab[UPGRADE_SECURITY], tab_spec(UPGRADE_SECURITY));
}
