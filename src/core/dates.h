/* SPDX-License-Identifier: MIT */
/* Dates and times as a person reads them, in words, the way the courts
 * write them ("February 14, 2020 at 6:00 p.m.") and the way Spanish
 * writes them ("14 de febrero de 2020, 6:00 p. m."). One function per
 * language; every screen goes through dates_in_words. */
#ifndef NGW_DATES_H
#define NGW_DATES_H

#include <stdbool.h>
#include <stddef.h>

struct date_time {
	int year, month, day;
	int hour, minute; /* hour -1: a whole day, no time */
};

/* Reads "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" (a valid calendar day). */
bool dates_parse(const char *text, struct date_time *out);
/* The day of the week, 0 for Sunday. */
int dates_weekday(const struct date_time *when);

/* The two languages' formats. With weekday set the day is named too
 * ("Monday, February 17, 2020"), as a court does for a whole day. */
void dates_words_en(const struct date_time *when, bool weekday, char *out, size_t size);
void dates_words_es(const struct date_time *when, bool weekday, char *out, size_t size);

/* text ("YYYY-MM-DD" or "YYYY-MM-DD HH:MM") in words in the language in
 * use; text unchanged when it is no date, "not announced" when empty. */
void dates_in_words(const char *text, bool weekday, char *out, size_t size);
/* A date alone, short, for a column of a list: "Feb 16, 2021" ("16 feb
 * 2021" in Spanish); as dates_in_words when it is no date. */
void dates_short_words(const char *text, char *out, size_t size);
/* A date in words may end in "p.m." ("p. m."): where a sentence ends
 * right after it, its period is the sentence's. Drops the second period
 * of "..", leaving an ellipsis "..." as it is. */
void dates_end_sentence(char *text);
/* A time of day alone, "2:35 p.m." ("2:35 p. m." in Spanish). */
void dates_time_in_words(int hour, int minute, char *out, size_t size);
/* The same in English whatever the language: a court's original words. */
void dates_in_english(const char *text, bool weekday, char *out, size_t size);

#endif
