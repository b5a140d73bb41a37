/* SPDX-License-Identifier: MIT */
/* What filers really asked (the thirty questions courts and PACER
 * answered again and again, and four of MFA since 2025), each tied to the screens where it arises:
 * one table, so a screen's help, the troubleshooting guide and the tests
 * read the same words. */
#ifndef NGW_FAQ_H
#define NGW_FAQ_H

#include <stdbool.h>
#include <stddef.h>

#include "flow/flow.h"

#define FAQ_COUNT 34
#define FAQ_MAX_SCREENS 8

/* Whom the answer tells the person to call. */
enum faq_contact {
	FAQ_CALL_NOBODY,
	FAQ_CALL_PSC,
	FAQ_CALL_COURT,
	FAQ_CALL_BOTH
};

struct faq_item {
	int number; /* as numbered in the collected questions */
	const char *question; /* msgid */
	const char *answer; /* msgid: short, in the wizard's own words */
	enum faq_contact contact;
	/* Where its help carries it; the list ends at SCREEN_COUNT. */
	enum screen_id screens[FAQ_MAX_SCREENS];
};

static inline bool faq_calls_psc(enum faq_contact c)
{
	return c == FAQ_CALL_PSC || c == FAQ_CALL_BOTH;
}

static inline bool faq_calls_court(enum faq_contact c)
{
	return c == FAQ_CALL_COURT || c == FAQ_CALL_BOTH;
}

/* Item number (1 to FAQ_COUNT), or NULL. */
const struct faq_item *faq_item(int number);
/* Whether item belongs to screen's help. */
bool faq_on_screen(const struct faq_item *item, enum screen_id screen);

#endif
