/* SPDX-License-Identifier: MIT */
/* The courts' own warnings (catalogue N1-N23 of the domain notes): one
 * table, so every frontend shows the same words at the same places and
 * the official English wording stays available under a translation. */
#ifndef NGW_NOTICES_H
#define NGW_NOTICES_H

#include <stddef.h>

#include "store/store.h"

enum notice_id {
	NOTICE_NONE,
	N1_INDIVIDUAL_ACCOUNT,
	N2_ACCOUNT_FREE,
	N3_LEGACY_MUST_UPGRADE,
	N4_UPGRADE_LOGIN_NAME,
	N5_OLD_LOGIN_GONE,
	N6_INACTIVE_SEARCH,
	N7_UPGRADE_PROMPT,
	N8_KNOW_ECF_LOGIN,
	N9_NOT_BEFORE_GO_LIVE,
	N10_ONE_TIME,
	N11_DEADLINE,
	N12_OUTAGE,
	N13_NO_SHARED_LOGIN,
	N14_RESTRICTED_SITE,
	N15_COOKIES,
	N16_PACER_ONLY,
	N17_PERMANENT_LINK,
	N18_INDIVIDUAL_LINK,
	N19_LINKED,
	N20_MENUS_MISSING,
	N21_LINK_FAILED,
	N22_REGISTER_PER_COURT,
	N23_PUBLIC_ACCESS,
	NOTICE_COUNT
};

struct notice {
	enum notice_id id;
	const char *code; /* "N6" */
	const char *text; /* the court's English words (a msgid) */
	const char *adaptation; /* what it means in a terminal, or NULL */
	const char *source; /* which court document said it */
};

const struct notice *notice_get(enum notice_id id);
/* The notice in the current language, court details filled in. With
 * english set, the court's original wording instead. */
void notice_format(enum notice_id id, const struct court *court, int english, char *out, size_t size);
/* How N20 names this kind of court's filing menus (a msgid):
 * "Bankruptcy-Adversary", "Civil and Criminal", ... */
const char *notice_filing_menus(enum court_type type);

#endif
