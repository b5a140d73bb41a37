/* Pure field rules. Each returns NULL when the value is acceptable, or
 * one translated sentence that says what is wrong and how to fix it. */
#ifndef NGW_VALIDATE_H
#define NGW_VALIDATE_H

#include <stdbool.h>

struct simple_date {
	int year, month, day;
};

/* Accepts YYYY-MM-DD and MM/DD/YYYY; checks the calendar. */
bool parse_date(const char *text, struct simple_date *out);
void format_iso_date(const struct simple_date *date, char out[11]);
int compare_dates(const struct simple_date *a, const struct simple_date *b);

const char *validate_required(const char *value);
const char *validate_date(const char *value);
/* Legacy PACER usernames: six characters, letters then digits (ja1234). */
bool is_legacy_username(const char *value);
const char *validate_upgraded_username(const char *value);
/* 2020–2021 rules: 8+ characters, upper and lower case, a digit or a
 * special character, and not containing the username. */
const char *validate_password(const char *password, const char *username);
const char *validate_zip(const char *value);
const char *validate_phone(const char *value);
const char *validate_email(const char *value);

#endif
