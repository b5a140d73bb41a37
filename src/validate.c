#include <config.h>

#include "validate.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"

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
	if (len == 10 && text[4] == '-' && text[7] == '-' && all_digits(text, 4) &&
	    all_digits(text + 5, 2) && all_digits(text + 8, 2)) {
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

const char *validate_required(const char *value)
{
	for (const char *p = value; *p; p++)
		if (!isspace((unsigned char)*p))
			return NULL;
	return _("This field is required.");
}

const char *validate_date(const char *value)
{
	if (parse_date(value, NULL))
		return NULL;
	return _("Type a real date as MM/DD/YYYY, for example 03/14/1970.");
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

const char *validate_upgraded_username(const char *value)
{
	size_t len = strlen(value);
	if (len < 8 || len > 40)
		return _("The username must be 8 to 40 characters long.");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)value[i];
		if (!isalnum(c) && c != '.' && c != '_' && c != '-')
			return _("Use only letters, digits, dots (.), underscores (_) and hyphens (-) in the username.");
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

const char *validate_password(const char *password, const char *username)
{
	bool upper = false, lower = false, other = false;
	if (strlen(password) < 8)
		return _("The password must have at least 8 characters.");
	for (const char *p = password; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (isupper(c))
			upper = true;
		else if (islower(c))
			lower = true;
		else
			other = true;
	}
	if (!upper || !lower)
		return _("The password needs both upper-case and lower-case letters.");
	if (!other)
		return _("The password needs at least one digit or special character.");
	if (username != NULL && contains_ignoring_case(password, username))
		return _("The password must not contain the username.");
	return NULL;
}

const char *validate_zip(const char *value)
{
	size_t len = strlen(value);
	if ((len == 5 && all_digits(value, 5)) ||
	    (len == 10 && all_digits(value, 5) && value[5] == '-' && all_digits(value + 6, 4)))
		return NULL;
	return _("Type a ZIP code of 5 digits, or 5+4 digits as 94102-1234.");
}

const char *validate_phone(const char *value)
{
	int digits = 0;
	for (const char *p = value; *p; p++) {
		if (isdigit((unsigned char)*p))
			digits++;
		else if (!strchr(" ()-.+", *p))
			return _("Type the phone number with digits, for example (415) 555-0100.");
	}
	const char *first = value + strcspn(value, "0123456789");
	if (digits == 10 || (digits == 11 && *first == '1'))
		return NULL;
	return _("Type the phone number with digits, for example (415) 555-0100.");
}

const char *validate_email(const char *value)
{
	const char *at = strchr(value, '@');
	const char *bad = _("Type an e-mail address such as name@example.com.");
	if (at == NULL || at == value || strchr(at + 1, '@') != NULL)
		return bad;
	const char *dot = strrchr(at, '.');
	if (dot == NULL || dot == at + 1 || dot[1] == '\0')
		return bad;
	for (const char *p = value; *p; p++)
		if (isspace((unsigned char)*p) || iscntrl((unsigned char)*p))
			return bad;
	return NULL;
}
