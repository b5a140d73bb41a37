#include <config.h>

#include "flow/upgrade.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/auth.h"
#include "core/choices.h"
#include "flow/drafts.h"
#include "base/i18n.h"
#include "core/pacer.h"
#include "base/util.h"
#include "flow/screens.h"
#include "core/validate.h"

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

static void set_tab_value(struct flow *flow, enum upgrade_tab tab, const char *field,
			  const char *value)
{
	form_set_value(&flow->upgrade.tab[tab], tab_spec(tab), field, value);
}

void upgrade_chosen_state(const struct flow *flow, char *out, size_t size)
{
	const char *typed = upgrade_value(flow, UPGRADE_ADDRESS, "state");
	if (!choices_match(CHOICES_STATE, NULL, typed, out, size))
		copy_text(out, size, typed);
}

/* A tab's check: bad fields are marked only when the tab is on screen. */
struct tab_check {
	struct flow *flow;
	enum upgrade_tab tab;
	int errors;
};

static const char *value_of(const struct tab_check *c, const char *field)
{
	return upgrade_value(c->flow, c->tab, field);
}

static void report(struct tab_check *c, const char *field, const char *message)
{
	c->errors++;
	if (c->flow->screen == tab_spec(c->tab))
		flow_field_error(c->flow, field, message);
}

/* Sets a value of the tab, e.g. a list entry completed from what was typed. */
static void set_value(struct tab_check *c, const char *field, const char *value)
{
	set_tab_value(c->flow, c->tab, field, value);
}

/* Required-ness first, then the field's own rule. */
static void check_field(struct tab_check *c, const char *field, bool required, const char *why)
{
	const char *value = value_of(c, field);
	if (value[0] == '\0') {
		if (required)
			report(c, field, _("This field is required."));
		return;
	}
	if (why != NULL)
		report(c, field, why);
}

/* A list field: the typed text must name one entry; it is then shown as
 * that entry. Returns the stored value in out (empty when not chosen). */
static void check_choice(struct tab_check *c, const char *field, enum choice_list list,
			 const char *state, bool required, char *out, size_t size)
{
	const char *typed = value_of(c, field);
	out[0] = '\0';
	if (typed[0] == '\0') {
		if (required)
			report(c, field, _("Choose one from the list. {show-list}"));
		return;
	}
	if (!choices_match(list, state, typed, out, size)) {
		report(c, field, _("That is not one of the list. {show-list-again}"));
		return;
	}
	set_value(c, field, choices_display(list, state, out));
}

static int person_errors(struct flow *flow)
{
	struct tab_check c = { flow, UPGRADE_PERSON, 0 };
	char user_type[FLOW_VALUE_MAX];
	check_field(&c, "prefix", false, validate_name(value_of(&c, "prefix"), 10));
	check_field(&c, "first", true, validate_name(value_of(&c, "first"), 40));
	check_field(&c, "middle", false, validate_name(value_of(&c, "middle"), 40));
	check_field(&c, "last", true, validate_name(value_of(&c, "last"), 40));
	check_field(&c, "suffix", false, validate_name(value_of(&c, "suffix"), 10));
	check_field(&c, "birth-date", true, validate_birth_date(value_of(&c, "birth-date"), flow->today));
	check_choice(&c, "user-type", CHOICES_USER_TYPE, NULL, true, user_type, sizeof user_type);
	return c.errors;
}

static void state_code(struct flow *flow, char *out, size_t size)
{
	const char *typed = upgrade_value(flow, UPGRADE_ADDRESS, "state");
	if (!choices_match(CHOICES_STATE, NULL, typed, out, size))
		out[0] = '\0';
}

static int address_errors(struct flow *flow)
{
	struct tab_check c = { flow, UPGRADE_ADDRESS, 0 };
	char state[16];
	check_field(&c, "firm", false, validate_text(value_of(&c, "firm"), 80));
	check_field(&c, "unit", false, validate_text(value_of(&c, "unit"), 60));
	check_field(&c, "address1", true, validate_text(value_of(&c, "address1"), 80));
	check_field(&c, "address2", false, validate_text(value_of(&c, "address2"), 80));
	check_field(&c, "city", true, validate_name(value_of(&c, "city"), 40));
	check_choice(&c, "state", CHOICES_STATE, NULL, true, state, sizeof state);
	bool abroad = strcmp(state, "OTHER") == 0;
	size_t counties;
	choices_get(CHOICES_COUNTY, state, &counties);
	if (counties > 0) {
		char county[FLOW_VALUE_MAX];
		check_choice(&c, "county", CHOICES_COUNTY, state, true, county, sizeof county);
	} else {
		check_field(&c, "county", !abroad && state[0] != '\0',
			    validate_text(value_of(&c, "county"), 40));
	}
	check_field(&c, "zip", true, abroad ? validate_text(value_of(&c, "zip"), 20)
					    : validate_zip(value_of(&c, "zip")));
	check_field(&c, "country", true, validate_name(value_of(&c, "country"), 40));
	check_field(&c, "phone", true, abroad ? validate_text(value_of(&c, "phone"), 25)
					      : validate_phone(value_of(&c, "phone")));
	const char *email = value_of(&c, "email");
	check_field(&c, "email", true, strlen(email) > 80 ? validate_text(email, 80) : validate_email(email));
	return c.errors;
}

static struct password_context password_context_of(const struct flow *flow)
{
	struct password_context ctx = {
		.username = upgrade_value(flow, UPGRADE_SECURITY, "username"),
		.first_name = upgrade_value(flow, UPGRADE_PERSON, "first"),
		.last_name = upgrade_value(flow, UPGRADE_PERSON, "last"),
		.email = upgrade_value(flow, UPGRADE_ADDRESS, "email"),
	};
	return ctx;
}

static void check_username(struct tab_check *c)
{
	struct flow *flow = c->flow;
	const char *username = value_of(c, "username");
	bool taken = false;
	const char *why = validate_upgraded_username(username);
	if (why == NULL && strcasecmp(username, flow->account.username) == 0)
		why = _("Choose a new username: the legacy one cannot be kept.");
	if (why == NULL && !store_username_taken(flow->store, username, flow->account.id, &taken))
		why = store_error(flow->store);
	if (why == NULL && taken)
		why = _("This username is taken; please choose another.");
	check_field(c, "username", true, why);
}

static int security_errors(struct flow *flow)
{
	struct tab_check c = { flow, UPGRADE_SECURITY, 0 };
	struct password_context ctx = password_context_of(flow);
	const char *password = value_of(&c, "password");
	check_username(&c);
	check_field(&c, "password", true, validate_password(pacer_password_policy(flow->store), password, &ctx));
	check_field(&c, "confirm", true, strcmp(password, value_of(&c, "confirm")) != 0
		? _("The two passwords differ: type the same password in both fields.") : NULL);
	static const char *const questions[] = { "question1", "question2", "question3" };
	static const char *const answers[] = { "answer1", "answer2", "answer3" };
	char chosen[3][FLOW_VALUE_MAX];
	for (int i = 0; i < 3; i++) {
		check_choice(&c, questions[i], CHOICES_SECURITY_QUESTION, NULL, true, chosen[i],
			     sizeof chosen[i]);
		for (int j = 0; j < i; j++)
			if (chosen[i][0] != '\0' && strcmp(chosen[i], chosen[j]) == 0)
				report(&c, questions[i], _("Choose three different questions."));
		const char *answer = value_of(&c, answers[i]);
		const char *why = validate_text(answer, 60);
		if (why == NULL && text_columns(answer) < 4)
			why = _("An answer needs at least 4 characters.");
		/* The same answer to two questions protects as one question. */
		for (int j = 0; why == NULL && j < i; j++)
			if (names_match(answer, value_of(&c, answers[j])))
				why = _("Give three different answers.");
		check_field(&c, answers[i], true, why);
	}
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
	struct password_context ctx = password_context_of(flow);
	pacer_password_note(pacer_password_policy(flow->store),
			    upgrade_value(flow, UPGRADE_SECURITY, "password"),
			    upgrade_value(flow, UPGRADE_SECURITY, "confirm"), &ctx, out, size);
}

static void copy_value(struct flow *flow, enum upgrade_tab tab, const char *field, char *dst,
		       size_t size)
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
		copy_value(flow, plain[i].tab, plain[i].field, (char *)d + plain[i].offset,
			   STORE_TEXT_MAX);
	copy_value(flow, UPGRADE_ADDRESS, "email", d->email, sizeof d->email);
	struct simple_date birth;
	if (parse_date(upgrade_value(flow, UPGRADE_PERSON, "birth-date"), &birth))
		format_iso_date(&birth, d->date_of_birth);
	choices_match(CHOICES_USER_TYPE, NULL, upgrade_value(flow, UPGRADE_PERSON, "user-type"),
		      d->user_type, sizeof d->user_type);
	state_code(flow, d->state, sizeof d->state);
	if (!choices_match(CHOICES_COUNTY, d->state,
			   upgrade_value(flow, UPGRADE_ADDRESS, "county"), d->county,
			   sizeof d->county))
		copy_value(flow, UPGRADE_ADDRESS, "county", d->county, sizeof d->county);
}

bool upgrade_hash_secrets(struct flow *flow, struct hashed_secrets *h)
{
	static const char *const questions[] = { "question1", "question2", "question3" };
	static const char *const answers[] = { "answer1", "answer2", "answer3" };
	if (!auth_hash_secret(upgrade_value(flow, UPGRADE_SECURITY, "password"), h->password))
		return false;
	for (int i = 0; i < STORE_QUESTIONS; i++) {
		choices_match(CHOICES_SECURITY_QUESTION, NULL,
			      upgrade_value(flow, UPGRADE_SECURITY, questions[i]),
			      h->questions[i], sizeof h->questions[i]);
		char normal[FLOW_VALUE_MAX];
		auth_normalize_answer(upgrade_value(flow, UPGRADE_SECURITY, answers[i]),
				      normal, sizeof normal);
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
		{ UPGRADE_PERSON, "user-type", a->user_type[0]
			? choices_display(CHOICES_USER_TYPE, NULL, a->user_type) : "" },
		{ UPGRADE_ADDRESS, "firm", a->firm_name },
		{ UPGRADE_ADDRESS, "unit", a->unit },
		{ UPGRADE_ADDRESS, "address1", a->address1 },
		{ UPGRADE_ADDRESS, "address2", a->address2 },
		{ UPGRADE_ADDRESS, "city", a->city },
		{ UPGRADE_ADDRESS, "state", a->state[0]
			? choices_display(CHOICES_STATE, NULL, a->state) : "" },
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
