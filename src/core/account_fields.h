/* SPDX-License-Identifier: MIT */
/* A PACER account's details as text, by the one name that scenario
 * files, scenario dumps and nextgen-admin account options all use. */
#ifndef NGW_ACCOUNT_FIELDS_H
#define NGW_ACCOUNT_FIELDS_H

#include <stddef.h>

struct account_field {
	const char *key; /* "first", "zip", "birth-date"... */
	const char *label; /* msgid for a listing; NULL: part of the name */
	size_t offset; /* in struct pacer_account */
	size_t size;
	/* NULL, or a sentence when a value typed by staff is refused */
	/* NULL when the value is fine, else why (validate.h). */
	const char *(*check)(const char *value, char *why, size_t why_size);
};

#define ACCOUNT_FIELD_COUNT 20
extern const struct account_field account_fields[ACCOUNT_FIELD_COUNT];

#endif
