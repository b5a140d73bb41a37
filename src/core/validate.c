/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/validate.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include <wctype.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "base/i18n.h"
#include "base/unicode.h"
#include "base/util.h"

static bool is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (month == 2 && is_leap_year(year))
		return 29;
	return days[month - 1];
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return false;
	return true;
}

static int digits_value(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

bool parse_date(const char *text, struct simple_date *out)
{
	struct simple_date d;
	size_t len = strlen(text);
	if (len == 10 && text[4] == '-' && text[7] == '-' && all_digits(text, 4) && all_digits(text + 5, 2) &&
	    all_digits(text + 8, 2)) {
		d.year = digits_value(text, 4);
		d.month = digits_value(text + 5, 2);
		d.day = digits_value(text + 8, 2);
	} else if (len == 10 && text[2] == '/' && text[5] == '/' && all_digits(text, 2) &&
		   all_digits(text + 3, 2) && all_digits(text + 6, 4)) {
		d.month = digits_value(text, 2);
		d.day = digits_value(text + 3, 2);
		d.year = digits_value(text + 6, 4);
	} else {
		return false;
	}
	if (d.year < 1850 || d.month < 1 || d.month > 12 || d.day < 1 ||
	    d.day > days_in_month(d.year, d.month))
		return false;
	if (out != NULL)
		*out = d;
	return true;
}

void format_iso_date(const struct simple_date *date, char out[11])
{
	unsigned year = (unsigned)date->year % 10000u, month = (unsigned)date->month % 13u,
		 day = (unsigned)date->day % 32u;
	snprintf(out, 11, "%04u-%02u-%02u", year, month, day);
}

int compare_dates(const struct simple_date *a, const struct simple_date *b)
{
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->month != b->month)
		return a->month < b->month ? -1 : 1;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return 0;
}

/* The sentence into the caller's why, which a check returns. */
static const char *say(char *why, size_t why_size, const char *sentence)
{
	copy_text(why, why_size, sentence);
	return why;
}

const char *validate_required(const char *value, char *why, size_t why_size)
{
	for (const char *p = value; *p; p++)
		if (!isspace((unsigned char)*p))
			return NULL;
	return say(why, why_size, _("This field is required."));
}

const char *validate_date(const char *value, char *why, size_t why_size)
{
	if (parse_date(value, NULL))
		return NULL;
	return say(why, why_size, _("Type a real date as MM/DD/YYYY, for example 03/14/1970."));
}

bool is_legacy_username(const char *value)
{
	size_t len = strlen(value), letters = 0;
	if (len != 6)
		return false;
	while (letters < len && isalpha((unsigned char)value[letters]))
		letters++;
	return letters >= 1 && letters < len && all_digits(value + letters, len - letters);
}

const char *validate_upgraded_username(const char *value, char *why, size_t why_size)
{
	size_t len = strlen(value);
	if (len < USERNAME_MIN_CHARS || len > USERNAME_MAX_CHARS) {
		snprintf(why, why_size, _("The username must be %d to %d characters long."),
			 USERNAME_MIN_CHARS, USERNAME_MAX_CHARS);
		return why;
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)value[i];
		if (!isalnum(c) && c != '.' && c != '_' && c != '-')
			return say(
				why, why_size,
				_("Use only letters, digits, dots (.), underscores (_) and hyphens (-) in the username."));
	}
	return NULL;
}

static bool contains_ignoring_case(const char *haystack, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0)
		return false;
	for (const char *p = haystack; *p; p++)
		if (strncasecmp(p, needle, n) == 0)
			return true;
	return false;
}

/* Parts of a name or address that a password must not contain: words
 * of three characters or more (the part of an e-mail before the @). */
static bool contains_part_of(const char *password, const char *text, bool email)
{
	if (text == NULL)
		return false;
	char copy[256];
	size_t len = strlen(text);
	if (email && strchr(text, '@') != NULL)
		len = (size_t)(strchr(text, '@') - text);
	if (len >= sizeof copy)
		len = sizeof copy - 1;
	memcpy(copy, text, len);
	copy[len] = '\0';
	for (char *word = strtok(copy, " -'._"); word != NULL; word = strtok(NULL, " -'._"))
		if (strlen(word) >= 3 && contains_ignoring_case(password, word))
			return true;
	return false;
}

struct password_counts {
	size_t chars;
	bool upper, lower, digit, special;
};

static struct password_counts count_password(const char *password)
{
	struct password_counts c = { 0 };
	mbstate_t state;
	memset(&state, 0, sizeof state);
	const char *p = password;
	size_t left = strlen(password);
	while (left > 0) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, p, left, &state);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&state, 0, sizeof state);
			n = 1;
			wc = (unsigned char)*p;
		}
		c.chars++;
		if (iswupper((wint_t)wc))
			c.upper = true;
		else if (iswlower((wint_t)wc))
			c.lower = true;
		else if (iswdigit((wint_t)wc))
			c.digit = true;
		else
			c.special = true;
		p += n;
		left -= n;
	}
	return c;
}

enum password_policy password_policy_of_setting(int setting)
{
	return setting == 2025 ? POLICY_2025 : POLICY_2021;
}

static void add_rule(struct password_rule *out, size_t *n, const char *label, bool met)
{
	snprintf(out[*n].label, sizeof out[*n].label, "%s", label);
	out[*n].met = met;
	out[*n].forbids = NULL;
	(*n)++;
}

static void add_ban(struct password_rule *out, size_t *n, const char *label, bool met, const char *sentence)
{
	add_rule(out, n, label, met);
	out[*n - 1].forbids = sentence;
}

size_t password_rules(enum password_policy policy, const char *password, const struct password_context *ctx,
		      struct password_rule out[PASSWORD_MAX_RULES])
{
	struct password_counts c = count_password(password);
	size_t n = 0;
	if (policy == POLICY_2025) {
		bool personal = contains_part_of(password, ctx->username, false) ||
				contains_part_of(password, ctx->first_name, false) ||
				contains_part_of(password, ctx->last_name, false) ||
				contains_part_of(password, ctx->email, true);
		char length[64];
		snprintf(length, sizeof length, _("%d to %d characters"), PASSWORD_2025_MIN_CHARS,
			 PASSWORD_MAX_CHARS);
		add_rule(out, &n, length,
			 c.chars >= PASSWORD_2025_MIN_CHARS && c.chars <= PASSWORD_MAX_CHARS);
		add_rule(out, &n, _("a lower-case letter"), c.lower);
		add_rule(out, &n, _("an upper-case letter"), c.upper);
		add_rule(out, &n, _("a special character"), c.special);
		add_ban(out, &n, _("no part of your name, username or e-mail"), !personal,
			N_("The password must not contain any part of your name, username or e-mail."));
	} else {
		char length[64];
		snprintf(length, sizeof length, _("at least %d characters"), PASSWORD_2021_MIN_CHARS);
		add_rule(out, &n, length, c.chars >= PASSWORD_2021_MIN_CHARS);
		add_rule(out, &n, _("upper- and lower-case letters"), c.upper && c.lower);
		add_rule(out, &n, _("a digit or a special character"), c.digit || c.special);
		add_ban(out, &n, _("not containing the username"),
			ctx->username == NULL || ctx->username[0] == '\0' ||
				!contains_ignoring_case(password, ctx->username),
			N_("The password must not contain the username."));
	}
	return n;
}

const char *validate_password(enum password_policy policy, const char *password,
			      const struct password_context *context, char *why, size_t why_size)
{
	char needs[384] = "";
	const char *ban = NULL;
	struct password_rule rules[PASSWORD_MAX_RULES];
	size_t n = password_rules(policy, password, context, rules);
	/* Every unmet rule, so one correction can meet them all. */
	for (size_t i = 0; i < n; i++) {
		if (rules[i].met)
			continue;
		if (rules[i].forbids != NULL) {
			ban = _(rules[i].forbids);
			continue;
		}
		size_t used = strlen(needs);
		/* TRANSLATORS: between two password rules in "The password needs: %s." */
		if (used > 0)
			copy_text(needs + used, sizeof needs - used, _("; "));
		used = strlen(needs);
		copy_text(needs + used, sizeof needs - used, rules[i].label);
	}
	if (needs[0] == '\0' && ban == NULL)
		return NULL;
	say(why, why_size, "");
	if (needs[0] != '\0')
		snprintf(why, why_size, _("The password needs: %s."), needs);
	if (ban != NULL) {
		size_t used = strlen(why);
		snprintf(why + used, why_size - used, "%s%s", used > 0 ? " " : "", ban);
	}
	return why;
}

/* Why a text was refused, character by character. */
enum text_verdict {
	TEXT_OK,
	TEXT_NOT_UTF8,
	TEXT_BAD_CHAR
};

/* Walks value as UTF-8 (whatever the locale), counting characters. */
static enum text_verdict each_char(const char *value, bool (*ok)(ucs4_t), int *count)
{
	const uint8_t *s = (const uint8_t *)value;
	size_t left = strlen(value);
	*count = 0;
	if (u8_check(s, left) != NULL)
		return TEXT_NOT_UTF8;
	while (left > 0) {
		ucs4_t uc;
		int n = u8_mbtouc(&uc, s, left);
		if (n <= 0 || !ok(uc))
			return TEXT_BAD_CHAR;
		(*count)++;
		s += n;
		left -= (size_t)n;
	}
	return TEXT_OK;
}

/* Letters of any script, with their accents whether typed as one
 * character or as a letter and a combining mark. */
static bool name_char(ucs4_t uc)
{
	return uc_is_alpha(uc) || unicode_is_mark(uc) || uc == ' ' || uc == '\'' || uc == '-' || uc == '.' ||
	       uc == 0x2019;
}

/* U+FFFD stands where a control character or a byte that is not UTF-8
 * was typed (copy_typed_text): nothing a person meant to keep. */
static bool text_char(ucs4_t uc)
{
	return !uc_is_cntrl(uc) && !unicode_is_surrogate(uc) && uc != 0xfffd;
}

static const char *too_long(int max_chars, char *why, size_t why_size)
{
	snprintf(why, why_size, _("Use at most %d characters here."), max_chars);
	return why;
}

static const char *not_utf8(char *why, size_t why_size)
{
	return say(why, why_size,
		   _("This text has bytes that are not valid UTF-8 (the terminal may not be set to "
		     "UTF-8); nothing of it was kept. Please retype it."));
}

const char *validate_name(const char *value, int max_chars, char *why, size_t why_size)
{
	int count;
	switch (each_char(value, name_char, &count)) {
	case TEXT_NOT_UTF8:
		return not_utf8(why, why_size);
	case TEXT_BAD_CHAR:
		return say(
			why, why_size,
			_("Use only letters, spaces, apostrophes ('), hyphens (-) and periods in a name."));
	case TEXT_OK:
		break;
	}
	return count > max_chars ? too_long(max_chars, why, why_size) : NULL;
}

const char *validate_text(const char *value, int max_chars, char *why, size_t why_size)
{
	int count;
	switch (each_char(value, text_char, &count)) {
	case TEXT_NOT_UTF8:
		return not_utf8(why, why_size);
	case TEXT_BAD_CHAR:
		return say(why, why_size,
			   _("This text has a character that cannot be typed here; please retype it."));
	case TEXT_OK:
		break;
	}
	return count > max_chars ? too_long(max_chars, why, why_size) : NULL;
}

const char *validate_class_name(const char *value, char *why, size_t why_size)
{
	size_t len = strlen(value);
	if (len == 0 || len > 40 ||
	    strspn(value, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			  "0123456789-_.") != len)
		return say(why, why_size,
			   _("A class name has 1 to 40 letters, digits, '-', '_' or '.', such as "
			     "spring-2021."));
	return NULL;
}

bool names_match(const char *a, const char *b)
{
	int order = 1;
	/* Canonical decomposition first, so "é" typed as one character or as
	 * "e" and a combining accent is the same letter; then full case
	 * folding ("JOSÉ NÚÑEZ" is "José Núñez"). */
	if (u8_casecmp((const uint8_t *)a, strlen(a), (const uint8_t *)b, strlen(b), NULL, unicode_nfd(),
		       &order) != 0)
		return strcmp(a, b) == 0;
	return order == 0;
}

const char *validate_answer(const char *value, int max_chars, char *why, size_t why_size)
{
	if (validate_text(value, max_chars, why, why_size) != NULL)
		return why;
	if (text_columns(value) < ANSWER_MIN_CHARS) {
		snprintf(why, why_size, _("An answer needs at least %d characters."), ANSWER_MIN_CHARS);
		return why;
	}
	return NULL;
}

const char *validate_birth_date(const char *value, const char *today, char *why, size_t why_size)
{
	struct simple_date birth, now;
	if (!parse_date(value, &birth))
		return say(why, why_size, _("Type a real date as MM/DD/YYYY, for example 03/14/1970."));
	if (!parse_date(today, &now))
		return NULL;
	if (compare_dates(&birth, &now) >= 0)
		return say(why, why_size, _("The date of birth must be in the past."));
	int age = now.year - birth.year -
		  ((now.month < birth.month || (now.month == birth.month && now.day < birth.day)) ? 1 : 0);
	if (age < 14 || age > 120)
		return say(why, why_size,
			   _("Check the year of birth: a PACER account holder is 14 to 120 years old."));
	return NULL;
}

const char *validate_zip(const char *value, char *why, size_t why_size)
{
	size_t len = strlen(value);
	if ((len == 5 && all_digits(value, 5)) ||
	    (len == 10 && all_digits(value, 5) && value[5] == '-' && all_digits(value + 6, 4)))
		return NULL;
	return say(why, why_size, _("Type a ZIP code of 5 digits, or 5+4 digits as 94102-1234."));
}

const char *validate_bar_number(const char *value, char *why, size_t why_size)
{
	for (const char *p = value; *p != '\0'; p++)
		if (!isalnum((unsigned char)*p) && *p != '-')
			return say(why, why_size,
				   _("An attorney gives the bar number: letters, digits and hyphens only."));
	if (value[0] == '\0')
		return say(why, why_size,
			   _("An attorney gives the bar number: letters, digits and hyphens only."));
	return NULL;
}

const char *validate_phone(const char *value, char *why, size_t why_size)
{
	int digits = 0;
	for (const char *p = value; *p; p++) {
		if (isdigit((unsigned char)*p))
			digits++;
		else if (!strchr(" ()-.+", *p))
			return say(why, why_size,
				   _("Type the phone number with digits, for example (415) 555-0100."));
	}
	const char *first = value + strcspn(value, "0123456789");
	if (digits == 10 || (digits == 11 && *first == '1'))
		return NULL;
	return say(why, why_size, _("Type the phone number with digits, for example (415) 555-0100."));
}

const char *validate_email(const char *value, char *why, size_t why_size)
{
	const char *at = strchr(value, '@');
	const char *bad = _("Type an e-mail address such as name@example.com.");
	if (at == NULL || at == value || strchr(at + 1, '@') != NULL)
		return say(why, why_size, bad);
	const char *dot = strrchr(at, '.');
	if (dot == NULL || dot == at + 1 || dot[1] == '\0')
		return say(why, why_size, bad);
	for (const char *p = value; *p; p++)
		if (isspace((unsigned char)*p) || iscntrl((unsigned char)*p))
			return say(why, why_size, bad);
	return NULL;
}
