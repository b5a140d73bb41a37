/* SPDX-License-Identifier: MIT */
/* The court's side of the practice: a NextGen CM/ECF site's rules for
 * logging in with PACER and linking an old CM/ECF e-filing account. */
#ifndef NGW_CMECF_H
#define NGW_CMECF_H

#include <stdbool.h>

#include "store/store.h"

enum link_check {
	LINK_OK,
	LINK_NOT_LIVE, /* before the court's NextGen date */
	LINK_SHARED_FIRM, /* a firm's shared PACER account */
	LINK_LEGACY, /* the PACER account is not upgraded */
	LINK_SPECIAL_CHARACTERS, /* & @ $ * in the CM/ECF login */
	LINK_PACER_ALREADY_LINKED, /* this PACER account has a link here */
	LINK_BAD_CREDENTIALS, /* no such CM/ECF login, or wrong password */
	LINK_ECF_ALREADY_LINKED, /* that CM/ECF account belongs to another PACER account */
	LINK_STORE_ERROR,
};

/* Checks a link request at court on the (simulated) day today; on
 * LINK_OK the CM/ECF account is in out. Failed credentials are audited. */
enum link_check cmecf_check_link(struct store *store, const struct court *court, const char *today,
				 const struct pacer_account *account, const char *login, const char *password,
				 const char *terminal, struct ecf_account *out);
/* Whether the PACER account is linked at this court (and to which). */
bool cmecf_linked_account(struct store *store, const struct court *court, const struct pacer_account *account,
			  struct ecf_account *out, bool *linked);
/* A CM/ECF login that NextGen cannot link: it holds & @ $ or *. */
bool cmecf_login_has_special_characters(const char *login);
/* The filing menus a linked filer gets at this kind of court (domain
 * notes, "Menus after linking"), one table for the main screen's menu
 * bar and for N20's words about it. */
#define CMECF_FILING_MENUS_MAX 2
struct filing_menus {
	const char *actions[CMECF_FILING_MENUS_MAX]; /* the main screen's ids; NULL: none */
	const char *words; /* how N20 names them (a msgid) */
};
const struct filing_menus *cmecf_filing_menus(enum court_type type);
/* How a kind of court names its link item in Utilities (PACER's FAQ:
 * "Link my filer account…" at appellate courts, "Link a CM/ECF
 * account…" at bankruptcy and district courts) and the main screen's
 * sentence that points to it; msgids. */
struct link_words {
	const char *action; /* the Utilities action id */
	const char *item; /* its label, the Link screen's title */
	const char *to_link; /* "... To link: Utilities, then <item>." */
	/* Whether linked filers get "Maintain Your ECF Account" (appellate
	 * courts keep such details in Manage My Account). */
	bool maintain_ecf_account;
};
const struct link_words *cmecf_link_words(enum court_type type);
/* A client code: up to CLIENT_CODE_MAX_CHARS characters, no space or comma. */
#define CLIENT_CODE_MAX_CHARS 32
const char *cmecf_validate_client_code(const char *code, char *why, size_t why_size);

#endif
