/* SPDX-License-Identifier: MIT */
/* What a person types on a form screen. The feature a screen belongs to
 * keeps it (states.h); the screen's spec says where (screen_spec.form). */
#ifndef NGW_FORM_VALUES_H
#define NGW_FORM_VALUES_H

#define FLOW_MAX_FIELDS 12
#define FLOW_VALUE_MAX 256

struct form_values {
	char value[FLOW_MAX_FIELDS][FLOW_VALUE_MAX]; /* in the order of the spec's fields */
	/* A hash of what was last saved of it as a draft, so leaving a field
	 * that did not change writes nothing; 0: nothing saved. */
	unsigned long long drafted;
};

#endif
