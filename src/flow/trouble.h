/* SPDX-License-Identifier: MIT */
/* "What went wrong?": the symptoms filers met, turned into a short
 * guided check. Each step is a question with choices or an answer with
 * the likely cause, the next step, the questions that say more and the
 * screen where the next step starts. After a failed login or link the
 * check starts at the likeliest step for what just happened. */
#ifndef NGW_TROUBLE_H
#define NGW_TROUBLE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/cmecf.h"
#include "flow/faq.h"

enum trouble_step {
	TROUBLE_NONE,
	/* Questions. */
	TROUBLE_WHAT,
	TROUBLE_WHICH_USERNAME,
	TROUBLE_SHARED,
	TROUBLE_CLIENT_CODE,
	TROUBLE_WHICH_SITE,
	TROUBLE_COURT_LIVE,
	TROUBLE_ECF_LOGIN,
	/* Answers. */
	TROUBLE_LEGACY_USERNAME,
	TROUBLE_NOT_UPGRADED,
	TROUBLE_WRONG_SYSTEM,
	TROUBLE_PACER_ON_LINK,
	TROUBLE_FIND_USERNAME,
	TROUBLE_SHARED_ACCOUNT,
	TROUBLE_CLIENT_CODE_RULE,
	TROUBLE_TRAINING_SITE,
	TROUBLE_PASSWORD,
	TROUBLE_LOCKED,
	TROUBLE_DEFAULT_LOGIN,
	TROUBLE_NOT_LIVE,
	TROUBLE_MENU_PLACE,
	TROUBLE_BROWSER_PASSWORD,
	TROUBLE_FORGOT_ECF,
	TROUBLE_SPECIAL_CHARACTERS,
	TROUBLE_LINK_FAILS,
	TROUBLE_ALREADY_LINKED,
	TROUBLE_NAME_MISMATCH,
	TROUBLE_TWO_LOGINS,
	TROUBLE_NO_MENUS,
	TROUBLE_NO_NOTICES,
	TROUBLE_INACTIVE,
	TROUBLE_ALREADY_EXISTS,
	TROUBLE_PAST_GO_LIVE,
	TROUBLE_STEP_COUNT
};

#define TROUBLE_MAX_CHOICES 16
#define TROUBLE_MAX_FAQ 3

struct trouble_choice {
	const char *label; /* msgid */
	enum trouble_step next;
};

struct trouble_spec {
	enum trouble_step step;
	const char *name; /* stable: answers files and tests use it */
	/* A question: its choices end at a NULL label. */
	const char *question; /* msgid, or NULL for an answer */
	struct trouble_choice choices[TROUBLE_MAX_CHOICES];
	/* An answer. */
	const char *cause; /* msgid: "Likely cause: ..." */
	const char *next_step; /* msgid: "Next step: ..." */
	int faq[TROUBLE_MAX_FAQ]; /* the questions that say more; 0 ends */
	enum faq_contact contact;
	enum screen_id go; /* where the next step starts; SCREEN_COUNT: nowhere here */
};

const struct trouble_spec *trouble_spec(enum trouble_step step);
bool trouble_is_question(enum trouble_step step);
size_t trouble_choice_count(enum trouble_step step);

/* The likeliest step after a login refused username (at a court, or at
 * Manage My Account), with what happened in a sentence (translated). */
enum trouble_step trouble_after_login(const char *username, bool locked, bool at_court, bool is_ecf_login,
				      char *why, size_t size);
/* The likeliest step after the Link screen refused a login. */
enum trouble_step trouble_after_link(enum link_check check, char *why, size_t size);

#endif
