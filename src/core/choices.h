/* SPDX-License-Identifier: MIT */
/* The lists a person chooses from: user types (grouped), states, the
 * counties of a state, and the security questions. A value typed by
 * hand is matched to the list (exact, or the one entry it starts). */
#ifndef NGW_CHOICES_H
#define NGW_CHOICES_H

#include <stdbool.h>
#include <stddef.h>

enum choice_list {
	CHOICES_NONE,
	CHOICES_USER_TYPE,
	CHOICES_STATE,
	CHOICES_COUNTY, /* depends on the state chosen */
	CHOICES_SECURITY_QUESTION,
	CHOICES_COURT, /* the court catalogue, held by the flow */
	CHOICES_YES_NO,
	CHOICES_YES_NO_UNSURE,
	CHOICES_FILER_TYPE, /* the e-file registration's type of filer */
};

struct choice {
	const char *value; /* what is stored (msgid where it is a word) */
	const char *label; /* what is shown (msgid); NULL: same as value */
	bool heading; /* a group title, not a choice */
};

/* The entries of a list; the county list needs the state. count is 0
 * when the list is free text (counties of a state we do not list). */
const struct choice *choices_get(enum choice_list list, const char *state, size_t *count);

/* Matches typed text to the list: the entry whose value or label equals
 * it (ignoring case), else the only entry that starts with it. Writes
 * the stored value to out; false when no single entry matches. */
bool choices_match(enum choice_list list, const char *state, const char *typed, char *out, size_t size);

/* The entry of entries that typed names (see choices_match), or NULL. */
const struct choice *choices_find(const struct choice *entries, size_t count, const char *typed);

/* Type-ahead in a list field: the entry whose stored value is prefix
 * ("AR" for Arkansas), else the first whose label or value starts with
 * it ("Nev" for Nevada, "canb" for its court), else the first with a
 * word that does ("Northern District"); case, accents and a question's
 * opening ¿ do not count. NULL when none. */
const struct choice *choices_first_starting(const struct choice *entries, size_t count, const char *prefix);
/* What an entry shows (its translated label, or its value). */
const char *choices_label(const struct choice *entry);

/* What a stored value looks like on screen (translated label). */
const char *choices_display(enum choice_list list, const char *state, const char *value);

#endif
