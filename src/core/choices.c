/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/choices.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

#include "base/i18n.h"
#include "base/unicode.h"
#include "base/util.h"

/* Illustrative: the real list is not published (domain notes). PACER
 * puts the Individual accounts at the bottom. */
static const struct choice user_types[] = {
	{ N_("Commercial"), NULL, true },
	{ "Law Firm", N_("Law Firm"), false },
	{ "Business", N_("Business"), false },
	{ "Media", N_("Media"), false },
	{ "Educational/Research", N_("Educational/Research"), false },
	{ N_("Government"), NULL, true },
	{ "Federal", N_("Federal government"), false },
	{ "State", N_("State government"), false },
	{ "Local", N_("Local government"), false },
	{ "Judiciary", N_("Judiciary"), false },
	{ N_("Individual"), NULL, true },
	{ "Attorney", N_("Attorney"), false },
	{ "Individual", N_("Individual"), false },
};

static const struct choice states[] = {
	{ "AL", "Alabama", false },
	{ "AK", "Alaska", false },
	{ "AZ", "Arizona", false },
	{ "AR", "Arkansas", false },
	{ "CA", "California", false },
	{ "CO", "Colorado", false },
	{ "CT", "Connecticut", false },
	{ "DE", "Delaware", false },
	{ "DC", "District of Columbia", false },
	{ "FL", "Florida", false },
	{ "GA", "Georgia", false },
	{ "HI", "Hawaii", false },
	{ "ID", "Idaho", false },
	{ "IL", "Illinois", false },
	{ "IN", "Indiana", false },
	{ "IA", "Iowa", false },
	{ "KS", "Kansas", false },
	{ "KY", "Kentucky", false },
	{ "LA", "Louisiana", false },
	{ "ME", "Maine", false },
	{ "MD", "Maryland", false },
	{ "MA", "Massachusetts", false },
	{ "MI", "Michigan", false },
	{ "MN", "Minnesota", false },
	{ "MS", "Mississippi", false },
	{ "MO", "Missouri", false },
	{ "MT", "Montana", false },
	{ "NE", "Nebraska", false },
	{ "NV", "Nevada", false },
	{ "NH", "New Hampshire", false },
	{ "NJ", "New Jersey", false },
	{ "NM", "New Mexico", false },
	{ "NY", "New York", false },
	{ "NC", "North Carolina", false },
	{ "ND", "North Dakota", false },
	{ "OH", "Ohio", false },
	{ "OK", "Oklahoma", false },
	{ "OR", "Oregon", false },
	{ "PA", "Pennsylvania", false },
	{ "RI", "Rhode Island", false },
	{ "SC", "South Carolina", false },
	{ "SD", "South Dakota", false },
	{ "TN", "Tennessee", false },
	{ "TX", "Texas", false },
	{ "UT", "Utah", false },
	{ "VT", "Vermont", false },
	{ "VA", "Virginia", false },
	{ "WA", "Washington", false },
	{ "WV", "West Virginia", false },
	{ "WI", "Wisconsin", false },
	{ "WY", "Wyoming", false },
	{ "AS", "American Samoa", false },
	{ "GU", "Guam", false },
	{ "MP", "Northern Mariana Islands", false },
	{ "PR", "Puerto Rico", false },
	{ "VI", "U.S. Virgin Islands", false },
	{ "OTHER", N_("Outside the United States"), false },
};

#define COUNTY(name)              \
	{                         \
		name, NULL, false \
	}
static const struct choice california_counties[] = {
	COUNTY("Alameda"),   COUNTY("Alpine"),        COUNTY("Amador"),       COUNTY("Butte"),
	COUNTY("Calaveras"), COUNTY("Colusa"),        COUNTY("Contra Costa"), COUNTY("Del Norte"),
	COUNTY("El Dorado"), COUNTY("Fresno"),        COUNTY("Glenn"),        COUNTY("Humboldt"),
	COUNTY("Imperial"),  COUNTY("Inyo"),          COUNTY("Kern"),         COUNTY("Kings"),
	COUNTY("Lake"),      COUNTY("Lassen"),        COUNTY("Los Angeles"),  COUNTY("Madera"),
	COUNTY("Marin"),     COUNTY("Mariposa"),      COUNTY("Mendocino"),    COUNTY("Merced"),
	COUNTY("Modoc"),     COUNTY("Mono"),          COUNTY("Monterey"),     COUNTY("Napa"),
	COUNTY("Nevada"),    COUNTY("Orange"),        COUNTY("Placer"),       COUNTY("Plumas"),
	COUNTY("Riverside"), COUNTY("Sacramento"),    COUNTY("San Benito"),   COUNTY("San Bernardino"),
	COUNTY("San Diego"), COUNTY("San Francisco"), COUNTY("San Joaquin"),  COUNTY("San Luis Obispo"),
	COUNTY("San Mateo"), COUNTY("Santa Barbara"), COUNTY("Santa Clara"),  COUNTY("Santa Cruz"),
	COUNTY("Shasta"),    COUNTY("Sierra"),        COUNTY("Siskiyou"),     COUNTY("Solano"),
	COUNTY("Sonoma"),    COUNTY("Stanislaus"),    COUNTY("Sutter"),       COUNTY("Tehama"),
	COUNTY("Trinity"),   COUNTY("Tulare"),        COUNTY("Tuolumne"),     COUNTY("Ventura"),
	COUNTY("Yolo"),      COUNTY("Yuba"),
};

/* Illustrative questions: PACER's own list is not published. */
static const struct choice security_questions[] = {
	{ "What was the name of your first pet?", N_("What was the name of your first pet?"), false },
	{ "In what city were you born?", N_("In what city were you born?"), false },
	{ "What was your first car?", N_("What was your first car?"), false },
	{ "What is your mother's maiden name?", N_("What is your mother's maiden name?"), false },
	{ "What was the name of your elementary school?", N_("What was the name of your elementary school?"),
	  false },
	{ "What is the name of the street you grew up on?",
	  N_("What is the name of the street you grew up on?"), false },
	{ "What was your childhood nickname?", N_("What was your childhood nickname?"), false },
	{ "In what city did you meet your spouse or partner?",
	  N_("In what city did you meet your spouse or partner?"), false },
};

static const struct choice yes_no[] = {
	{ "yes", N_("Yes"), false },
	{ "no", N_("No"), false },
	{ "unsure", N_("Not sure"), false },
};

/* The filer kinds PACER's e-file registrations name (domain notes,
 * PSC-NAF); the value decides attorney or non-attorney registration. */
static const struct choice filer_types[] = {
	{ N_("Attorney Filers"), NULL, true },
	{ "Attorney", N_("Attorney"), false },
	{ N_("Non-Attorney Filers"), NULL, true },
	{ "Pro se filer", N_("Pro se filer"), false },
	{ "Creditor", N_("Creditor"), false },
	{ "Filing agent", N_("Filing agent"), false },
	{ "Trustee", N_("Trustee"), false },
	{ "U.S. Trustee", N_("U.S. Trustee"), false },
	{ "Court reporter", N_("Court reporter"), false },
	{ "Interested party", N_("Interested party"), false },
};

#define COUNT(array) (sizeof(array) / sizeof(array)[0])

const struct choice *choices_get(enum choice_list list, const char *state, size_t *count)
{
	struct {
		const struct choice *entries;
		size_t count;
	} found = { NULL, 0 };
	switch (list) {
	case CHOICES_USER_TYPE:
		found.entries = user_types, found.count = COUNT(user_types);
		break;
	case CHOICES_STATE:
		found.entries = states, found.count = COUNT(states);
		break;
	case CHOICES_COUNTY:
		if (state != NULL && strcasecmp(state, "CA") == 0)
			found.entries = california_counties, found.count = COUNT(california_counties);
		break;
	case CHOICES_SECURITY_QUESTION:
		found.entries = security_questions, found.count = COUNT(security_questions);
		break;
	case CHOICES_YES_NO:
		found.entries = yes_no, found.count = 2;
		break;
	case CHOICES_YES_NO_UNSURE:
		found.entries = yes_no, found.count = 3;
		break;
	case CHOICES_FILER_TYPE:
		found.entries = filer_types, found.count = COUNT(filer_types);
		break;
	case CHOICES_COURT:
	case CHOICES_NONE:
		break;
	}
	*count = found.count;
	return found.entries;
}

static const char *shown(const struct choice *c)
{
	return c->label ? _(c->label) : c->value;
}

static bool starts_with_ignoring_case(const char *text, const char *prefix)
{
	return strncasecmp(text, prefix, strlen(prefix)) == 0;
}

const struct choice *choices_find(const struct choice *entries, size_t count, const char *typed)
{
	const struct choice *prefix_match = NULL;
	size_t prefix_matches = 0;
	if (typed[0] == '\0')
		return NULL;
	/* The value kept, as a field holds it once chosen: found before
	 * any label is translated. */
	for (size_t i = 0; i < count; i++)
		if (!entries[i].heading && strcasecmp(typed, entries[i].value) == 0)
			return &entries[i];
	for (size_t i = 0; i < count; i++) {
		const struct choice *c = &entries[i];
		if (c->heading)
			continue;
		const char *label = shown(c);
		if (strcasecmp(typed, label) == 0)
			return c;
		if (starts_with_ignoring_case(label, typed) || starts_with_ignoring_case(c->value, typed)) {
			prefix_match = c;
			prefix_matches++;
		}
	}
	if (prefix_matches > 0)
		return prefix_matches == 1 ? prefix_match : NULL;
	/* Nothing starts so: a unique entry that holds the words will do
	 * ("Central District of California" for a court's full name). */
	const struct choice *inner_match = NULL;
	size_t inner_matches = 0;
	for (size_t i = 0; i < count; i++) {
		if (!entries[i].heading && strcasestr(shown(&entries[i]), typed) != NULL) {
			inner_match = &entries[i];
			inner_matches++;
		}
	}
	return inner_matches == 1 ? inner_match : NULL;
}

bool choices_match(enum choice_list list, const char *state, const char *typed, char *out, size_t size)
{
	size_t count;
	const struct choice *entries = choices_get(list, state, &count);
	const struct choice *found = choices_find(entries, count, typed);
	if (found != NULL)
		copy_text(out, size, found->value);
	return found != NULL;
}

/* text as type-ahead compares it: case folded, accents and the opening
 * ¿ and ¡ of a Spanish question left out ("¿Cuál" is "cual"). A new
 * string; NULL when the text is not UTF-8. */
static char *folded(const char *text)
{
	/* ASCII folds to its lower case, with nothing to leave out: a
	 * typed letter compares every entry, and most are ASCII. */
	size_t ascii = 0;
	while (text[ascii] != '\0' && (unsigned char)text[ascii] < 0x80)
		ascii++;
	if (text[ascii] == '\0') {
		char *out = xmalloc(ascii + 1);
		static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
		for (size_t i = 0; i <= ascii; i++) {
			out[i] = text[i];
			if (text[i] >= 'A' && text[i] <= 'Z')
				out[i] = lower[text[i] - 'A'];
		}
		return out;
	}
	size_t len = 0;
	uint8_t *fold = u8_casefold((const uint8_t *)text, strlen(text), NULL, unicode_nfd(), NULL, &len);
	if (fold == NULL)
		return NULL;
	char *out = xmalloc(len + 1);
	size_t n = 0;
	for (size_t i = 0; i < len;) {
		ucs4_t c;
		int step = u8_mbtouc(&c, fold + i, len - i);
		bool mark = c >= 0x300 && c <= 0x36f; /* a combining accent */
		bool opening = n == 0 && (c == 0xbf || c == 0xa1); /* ¿ ¡ */
		if (!mark && !opening) {
			memcpy(out + n, fold + i, (size_t)step);
			n += (size_t)step;
		}
		i += (size_t)step;
	}
	out[n] = '\0';
	free(fold);
	return out;
}

/* Whether a word of text (its start, or after a space or punctuation)
 * starts with prefix; both folded. */
static bool a_word_starts(const char *text, const char *prefix, size_t len)
{
	for (const char *p = text; *p != '\0'; p++)
		if ((p == text || strchr(" ,.(/-", p[-1]) != NULL) && strncmp(p, prefix, len) == 0)
			return true;
	return false;
}

/* The first entry for which match says yes, given the folded prefix. */
static const struct choice *first_where(const struct choice *entries, size_t count, const char *prefix,
					bool words)
{
	size_t len = strlen(prefix);
	for (size_t i = 0; i < count; i++) {
		if (entries[i].heading)
			continue;
		char *label = folded(shown(&entries[i])), *value = folded(entries[i].value);
		bool yes = label != NULL && value != NULL &&
			   (words ? a_word_starts(label, prefix, len)
				  : strncmp(label, prefix, len) == 0 || strncmp(value, prefix, len) == 0);
		free(label);
		free(value);
		if (yes)
			return &entries[i];
	}
	return NULL;
}

const struct choice *choices_first_starting(const struct choice *entries, size_t count, const char *prefix)
{
	if (prefix[0] == '\0')
		return NULL;
	/* A code typed whole is its entry ("AR" is Arkansas, not Arizona). */
	for (size_t i = 0; i < count; i++)
		if (!entries[i].heading && strcasecmp(entries[i].value, prefix) == 0)
			return &entries[i];
	char *wanted = folded(prefix);
	if (wanted == NULL)
		return NULL;
	/* The start of the name or code, else the start of a word in the
	 * name (a court's "Northern District of California"). */
	const struct choice *found = first_where(entries, count, wanted, false);
	if (found == NULL)
		found = first_where(entries, count, wanted, true);
	free(wanted);
	return found;
}

const char *choices_label(const struct choice *entry)
{
	return shown(entry);
}

const char *choices_display(enum choice_list list, const char *state, const char *value)
{
	size_t count;
	const struct choice *entries = choices_get(list, state, &count);
	for (size_t i = 0; i < count; i++)
		if (!entries[i].heading && strcmp(entries[i].value, value) == 0)
			return shown(&entries[i]);
	return value;
}
