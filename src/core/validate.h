/* SPDX-License-Identifier: MIT */
/* Pure field rules. Each returns NULL when the value is acceptable, or
 * one translated sentence that says what is wrong and how to fix it,
 * written into the caller's why (why_size bytes; ERROR_MAX is room
 * enough) and returned (HACKING, "Errors"). */
#ifndef NGW_VALIDATE_H
#define NGW_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

struct simple_date {
	int year, month, day;
};

/* Accepts YYYY-MM-DD and MM/DD/YYYY; checks the calendar. */
bool parse_date(const char *text, struct simple_date *out);
void format_iso_date(const struct simple_date *date, char out[11]);
int compare_dates(const struct simple_date *a, const struct simple_date *b);

const char *validate_required(const char *value, char *why, size_t why_size);
const char *validate_date(const char *value, char *why, size_t why_size);
/* Legacy PACER usernames: six characters, letters then digits (ja1234). */
bool is_legacy_username(const char *value);
/* An upgraded PACER username: USERNAME_MIN_CHARS to USERNAME_MAX_CHARS
 * letters, digits, dots, underscores or hyphens. */
#define USERNAME_MIN_CHARS 8
#define USERNAME_MAX_CHARS 40
const char *validate_upgraded_username(const char *value, char *why, size_t why_size);

/* The lengths PACER's password policies ask; the longest any allows is
 * what a password field accepts. */
#define PASSWORD_2021_MIN_CHARS 8
#define PASSWORD_2025_MIN_CHARS 14
#define PASSWORD_MAX_CHARS 45
/* A person's name part (first, middle, last) and a security answer. */
#define NAME_MAX_CHARS 40
#define ANSWER_MIN_CHARS 4

enum password_policy {
	POLICY_2021,
	POLICY_2025
};
/* The policy a trainer's setting (2021 or 2025) names; 2021 otherwise. */
enum password_policy password_policy_of_setting(int setting);

/* What a password may not contain: the person's own names. */
struct password_context {
	const char *username;
	const char *first_name;
	const char *last_name;
	const char *email;
};

#define PASSWORD_MAX_RULES 6

struct password_rule {
	char label[64]; /* translated: "at least 8 characters" */
	bool met;
	/* A rule of what it must not hold: its own sentence when unmet. */
	const char *forbids; /* msgid: "The password must not contain the username." */
};

/* The rules of a policy and whether password meets each; returns how
 * many. 2021 (default): PASSWORD_2021_MIN_CHARS or more characters,
 * upper and lower case, a digit or special character, not the username.
 * 2025: PASSWORD_2025_MIN_CHARS to PASSWORD_MAX_CHARS characters, a
 * lower-case, an upper-case and a special character, no part of the
 * names, username or e-mail. */
size_t password_rules(enum password_policy policy, const char *password,
		      const struct password_context *context, struct password_rule out[PASSWORD_MAX_RULES]);
/* NULL when every rule is met, else sentences naming every unmet rule. */
const char *validate_password(enum password_policy policy, const char *password,
			      const struct password_context *context, char *why, size_t why_size);

/* Names: letters in any script, spaces, apostrophes, hyphens, periods;
 * no digits, no control characters, at most max_chars characters. */
const char *validate_name(const char *value, int max_chars, char *why, size_t why_size);
/* Free text such as an address line: printable, no control characters. */
const char *validate_text(const char *value, int max_chars, char *why, size_t why_size);
/* Two names that are the same to a person: the same letters once
 * accents are written one way (NFD) and case is folded. */
bool names_match(const char *a, const char *b);
/* A trainer's class name, as typed on the command line: spring-2021. */
const char *validate_class_name(const char *value, char *why, size_t why_size);
/* A security answer: text of ANSWER_MIN_CHARS to max_chars characters. */
const char *validate_answer(const char *value, int max_chars, char *why, size_t why_size);
/* A date of birth: a real date, in the past, an age from 14 to 120. */
const char *validate_birth_date(const char *value, const char *today, char *why, size_t why_size);
const char *validate_zip(const char *value, char *why, size_t why_size);
/* A bar number as state bars issue them: letters, digits and hyphens. */
const char *validate_bar_number(const char *value, char *why, size_t why_size);
const char *validate_phone(const char *value, char *why, size_t why_size);
const char *validate_email(const char *value, char *why, size_t why_size);

#endif
