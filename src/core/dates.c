/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/dates.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/language.h"
#include "base/util.h"
#include "core/validate.h"

/* Each language's function holds its own words: a date is not a
 * sentence to translate but a pattern with its own order, articles and
 * abbreviations (glossary-es.md, "Dates, times, numbers"). */

static const char *const months_en[] = {
	"January", "February", "March",     "April",   "May",      "June",
	"July",    "August",   "September", "October", "November", "December",
};
static const char *const weekdays_en[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char *const months_es[] = {
	"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
	"julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre",
};
static const char *const weekdays_es[] = {
	"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
};

/* Two decimal digits at text, as a number. */
static bool two_digits(const char *text, int *out)
{
	if (!isdigit((unsigned char)text[0]) || !isdigit((unsigned char)text[1]))
		return false;
	*out = (text[0] - '0') * 10 + (text[1] - '0');
	return true;
}

bool dates_parse(const char *text, struct date_time *out)
{
	char day[11];
	struct simple_date d;
	size_t len = strlen(text);
	if (len != 10 && len != 16)
		return false;
	memcpy(day, text, 10);
	day[10] = '\0';
	if (day[4] != '-' || !parse_date(day, &d))
		return false;
	*out = (struct date_time){ d.year, d.month, d.day, -1, 0 };
	if (len == 10)
		return true;
	int hour, minute;
	/* "HH:MM", two digits each: nothing else is a court's time. */
	if (text[10] != ' ' || text[13] != ':' || !two_digits(text + 11, &hour) ||
	    !two_digits(text + 14, &minute) || hour > 23 || minute > 59)
		return false;
	out->hour = hour;
	out->minute = minute;
	return true;
}

int dates_weekday(const struct date_time *when)
{
	/* Sakamoto's method: the Gregorian calendar, 0 for Sunday. */
	static const int shift[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	int y = when->year - (when->month < 3);
	return (y + y / 4 - y / 100 + y / 400 + shift[when->month - 1] + when->day) % 7;
}

/* 18:00 as 6:00 with "p.m." or "a.m." after it. */
static int twelve_hour(int hour)
{
	return hour % 12 == 0 ? 12 : hour % 12;
}

static void time_en(int hour, int minute, char *out, size_t size)
{
	snprintf(out, size, "%d:%02d %s", twelve_hour(hour), minute, hour < 12 ? "a.m." : "p.m.");
}

static void time_es(int hour, int minute, char *out, size_t size)
{
	snprintf(out, size, "%d:%02d %s", twelve_hour(hour), minute, hour < 12 ? "a. m." : "p. m.");
}

void dates_words_en(const struct date_time *when, bool weekday, char *out, size_t size)
{
	char day[64], time[16];
	snprintf(day, sizeof day, "%s%s%s %d, %d", weekday ? weekdays_en[dates_weekday(when)] : "",
		 weekday ? ", " : "", months_en[when->month - 1], when->day, when->year);
	time_en(when->hour, when->minute, time, sizeof time);
	if (when->hour < 0)
		copy_text(out, size, day);
	else
		snprintf(out, size, "%s at %s", day, time);
}

void dates_words_es(const struct date_time *when, bool weekday, char *out, size_t size)
{
	char day[80], number[8], time[16];
	/* The first of the month is "1.º" in writing. */
	snprintf(number, sizeof number, when->day == 1 ? "%d.º" : "%d", when->day);
	snprintf(day, sizeof day, "%s%s%s de %s de %d", weekday ? weekdays_es[dates_weekday(when)] : "",
		 weekday ? ", " : "", number, months_es[when->month - 1], when->year);
	time_es(when->hour, when->minute, time, sizeof time);
	if (when->hour < 0)
		copy_text(out, size, day);
	else
		snprintf(out, size, "%s, %s", day, time);
}

static void format_in(bool spanish, const char *text, bool weekday, char *out, size_t size)
{
	struct date_time when;
	if (text[0] == '\0') {
		copy_text(out, size, spanish ? _("not announced") : "not announced");
		return;
	}
	if (!dates_parse(text, &when))
		copy_text(out, size, text);
	else if (spanish)
		dates_words_es(&when, weekday, out, size);
	else
		dates_words_en(&when, weekday, out, size);
}

void dates_in_words(const char *text, bool weekday, char *out, size_t size)
{
	format_in(strcmp(language_current(), "es") == 0, text, weekday, out, size);
}

void dates_short_words(const char *text, char *out, size_t size)
{
	struct date_time when;
	if (text[0] == '\0' || !dates_parse(text, &when)) {
		format_in(strcmp(language_current(), "es") == 0, text, false, out, size);
		return;
	}
	/* The month's first three letters: "Feb 16, 2021", "16 feb 2021"
	 * ("sept" is the Spanish custom, but three letters keep a column). */
	if (strcmp(language_current(), "es") == 0)
		snprintf(out, size, "%d %.3s %d", when.day, months_es[when.month - 1], when.year);
	else
		snprintf(out, size, "%.3s %d, %d", months_en[when.month - 1], when.day, when.year);
}

void dates_end_sentence(char *text)
{
	char *to = text;
	for (const char *from = text; *from; from++) {
		bool doubled = from[0] == '.' && from[1] == '.' && from[2] != '.' &&
			       (from == text || from[-1] != '.');
		if (!doubled)
			*to++ = *from;
	}
	*to = '\0';
}

void dates_time_in_words(int hour, int minute, char *out, size_t size)
{
	if (strcmp(language_current(), "es") == 0)
		time_es(hour, minute, out, size);
	else
		time_en(hour, minute, out, size);
}

void dates_in_english(const char *text, bool weekday, char *out, size_t size)
{
	format_in(false, text, weekday, out, size);
}
