/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/field_check.h"

#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/choices.h"
#include "core/cmecf.h"
#include "core/validate.h"

static int index_of(const struct screen_spec *spec, const char *field)
{
	for (size_t i = 0; i < spec->n_fields; i++)
		if (strcmp(spec->fields[i].id, field) == 0)
			return (int)i;
	return -1;
}

void form_check_start(struct form_check *c, struct flow *flow, const struct screen_spec *spec)
{
	memset(c, 0, sizeof *c);
	c->flow = flow;
	c->spec = spec;
	for (size_t i = 0; i < spec->n_fields && i < FLOW_MAX_FIELDS; i++)
		c->check[i] = spec->fields[i].check;
}

void form_check_as(struct form_check *c, const char *field, enum field_check check)
{
	int i = index_of(c->spec, field);
	if (i >= 0)
		c->check[i] = check;
}

const char *form_check_value(const struct form_check *c, const char *field)
{
	return form_value(flow_form(c->flow, c->spec), c->spec, field);
}

bool form_check_passed(const struct form_check *c, const char *field)
{
	int i = index_of(c->spec, field);
	return i >= 0 && !c->bad[i];
}

/* A prompt is said as the screen's message only, with the focus on its
 * field; a complaint stays beside the field too. */
static void report(struct form_check *c, const char *field, const char *message, bool prompt)
{
	int i = index_of(c->spec, field);
	bool first = c->errors == 0;
	c->errors++;
	if (i >= 0)
		c->bad[i] = true;
	if (c->flow->screen != c->spec || (c->first_only && !first))
		return;
	if (prompt)
		flow_error(c->flow, field, message);
	else
		flow_field_error(c->flow, field, message);
}

void form_check_report(struct form_check *c, const char *field, const char *message)
{
	report(c, field, message, false);
}

void form_check_confirmed(struct form_check *c, const char *password, const char *confirm)
{
	const char *again = form_check_value(c, confirm);
	if (again[0] != '\0' && strcmp(form_check_value(c, password), again) != 0)
		form_check_report(c, confirm,
				  _("The two passwords differ: type the same password in "
				    "both fields."));
}

bool flow_field_required(const struct flow *flow, const struct screen_spec *spec, size_t index)
{
	const struct field_spec *f = &spec->fields[index];
	if (f->required_when != NULL)
		return f->required_when(flow);
	return f->required;
}

static const char *password_problem(const struct flow *flow, const struct screen_spec *spec,
				    const char *value, char *why, size_t why_size)
{
	struct password_context none = { 0 };
	struct password_context context = spec->password_context != NULL ? spec->password_context(flow)
									 : none;
	return validate_password(flow->password_policy, value, &context, why, why_size);
}

const char *flow_field_problem(const struct flow *flow, const struct screen_spec *spec, size_t index,
			       enum field_check check, const char *value, char *why, size_t why_size)
{
	int max = spec->fields[index].max_length;
	switch (check) {
	case CHECK_NONE:
		return NULL;
	case CHECK_NAME:
		return validate_name(value, max, why, why_size);
	case CHECK_CHOICE: /* an empty list: free text */
	case CHECK_TEXT:
		return validate_text(value, max, why, why_size);
	case CHECK_ZIP:
		return validate_zip(value, why, why_size);
	case CHECK_PHONE:
		return validate_phone(value, why, why_size);
	case CHECK_EMAIL:
		return strlen(value) > (size_t)max ? validate_text(value, max, why, why_size)
						   : validate_email(value, why, why_size);
	case CHECK_DATE:
		return validate_date(value, why, why_size);
	case CHECK_BIRTH_DATE:
		return validate_birth_date(value, flow->today, why, why_size);
	case CHECK_USERNAME:
		return validate_upgraded_username(value, why, why_size);
	case CHECK_PASSWORD:
		return password_problem(flow, spec, value, why, why_size);
	case CHECK_ANSWER:
		return validate_answer(value, max, why, why_size);
	case CHECK_CLIENT_CODE:
		return cmecf_validate_client_code(value, why, why_size);
	case CHECK_BAR_NUMBER:
		return validate_bar_number(value, why, why_size);
	}
	return NULL;
}

/* A list field: the typed text must name one entry, which it then shows. */
static void check_choice(struct form_check *c, size_t i, const char *typed)
{
	size_t count;
	const struct choice *entries = flow_spec_choices(c->flow, c->spec, i, &count);
	const char *field = c->spec->fields[i].id;
	if (count == 0) {
		char why_buffer[ERROR_MAX];
		const char *why = flow_field_problem(c->flow, c->spec, i, CHECK_TEXT, typed, why_buffer,
						     sizeof why_buffer);
		if (why != NULL)
			form_check_report(c, field, why);
		return;
	}
	const struct choice *found = choices_find(entries, count, typed);
	if (found == NULL && c->spec->fields[i].choices == CHOICES_COURT)
		form_check_report(c, field,
				  _("No single court has that id or name: type more of it. "
				    "{show-list-again}"));
	else if (found == NULL)
		form_check_report(c, field, _("That is not one of the list. {show-list-again}"));
	if (found == NULL)
		return;
	form_set_value(flow_form(c->flow, c->spec), c->spec, field, choices_label(found));
}

static void report_missing(struct form_check *c, const struct field_spec *f, enum field_check check)
{
	/* A login asks for what is missing, one thing at a time. */
	if (f->missing != NULL)
		report(c, f->id, _(f->missing), c->first_only);
	else if (check == CHECK_CHOICE)
		report(c, f->id, _("Choose one from the list. {show-list}"), false);
	else
		report(c, f->id, _("This field is required."), false);
}

static void check_one(struct form_check *c, size_t i)
{
	const struct field_spec *f = &c->spec->fields[i];
	const char *value = form_check_value(c, f->id);
	if (value[0] == '\0') {
		if (flow_field_required(c->flow, c->spec, i))
			report_missing(c, f, c->check[i]);
		return;
	}
	if (c->check[i] == CHECK_CHOICE) {
		check_choice(c, i, value);
		return;
	}
	char why_buffer[ERROR_MAX];
	const char *why = flow_field_problem(c->flow, c->spec, i, c->check[i], value, why_buffer,
					     sizeof why_buffer);
	if (why != NULL)
		form_check_report(c, f->id, why);
}

int form_check_fields(struct form_check *c)
{
	for (size_t i = 0; i < c->spec->n_fields && i < FLOW_MAX_FIELDS; i++)
		check_one(c, i);
	return c->errors;
}

int flow_check_form(struct flow *flow, const struct screen_spec *spec)
{
	struct form_check c;
	form_check_start(&c, flow, spec);
	return form_check_fields(&c);
}

int flow_check_form_first(struct flow *flow, const struct screen_spec *spec)
{
	struct form_check c;
	form_check_start(&c, flow, spec);
	c.first_only = true;
	return form_check_fields(&c);
}
