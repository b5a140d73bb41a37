/* SPDX-License-Identifier: MIT */
/* One check of a form's fields, each by its field_spec: whether it may
 * be empty, then what it must hold (enum field_check). A screen adds
 * only the rules that span fields (confirm = password, an address
 * abroad) through the same form_check. */
#ifndef NGW_FIELD_CHECK_H
#define NGW_FIELD_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "flow/flow.h"

/* A form being checked. Bad fields are marked (flow_field_error) only
 * when its screen is the one shown: a form checked from another screen
 * (the Security tab checks Person and Address again) is only counted. */
struct form_check {
	struct flow *flow;
	const struct screen_spec *spec;
	/* Each field's check: its spec's, unless a rule across fields says
	 * otherwise (form_check_as). */
	enum field_check check[FLOW_MAX_FIELDS];
	bool bad[FLOW_MAX_FIELDS];
	int errors;
	/* Only the first bad field is named, an empty one in the screen's
	 * message alone: a login asks for one thing at a time, as PACER's
	 * does. */
	bool first_only;
};

void form_check_start(struct form_check *c, struct flow *flow, const struct screen_spec *spec);
/* Checks field as check instead of its spec's way (the ZIP Code of an
 * address abroad as text); call before form_check_fields. */
void form_check_as(struct form_check *c, const char *field, enum field_check check);
/* Checks every field; a list field's value is then shown as the entry
 * it names. Returns the number of errors so far. */
int form_check_fields(struct form_check *c);
const char *form_check_value(const struct form_check *c, const char *field);
/* Whether field passed its own check (form_check_fields). */
bool form_check_passed(const struct form_check *c, const char *field);
/* A rule across fields found field wrong. */
void form_check_report(struct form_check *c, const char *field, const char *message);
/* The rule of a password typed twice: confirm, once typed, is the same. */
void form_check_confirmed(struct form_check *c, const char *password, const char *confirm);

/* The fields of spec's form by their specs alone: how many errors. */
int flow_check_form(struct flow *flow, const struct screen_spec *spec);
/* The same, marking only the first bad field (form_check.first_only). */
int flow_check_form_first(struct flow *flow, const struct screen_spec *spec);
/* Whether the field at index of spec must be filled, now. */
bool flow_field_required(const struct flow *flow, const struct screen_spec *spec, size_t index);
/* What field must hold when filled, by its check: NULL when value does,
 * else why (validate.h). The password context comes from spec
 * (screen_spec.password_context). */
const char *flow_field_problem(const struct flow *flow, const struct screen_spec *spec, size_t index,
			       enum field_check check, const char *value, char *why, size_t why_size);

#endif
