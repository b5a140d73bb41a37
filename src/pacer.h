/* PACER's side of the practice: logging in to Manage My Account, with
 * failed-login counting, lock-out and the audit trail. */
#ifndef NGW_PACER_H
#define NGW_PACER_H

#include <stdbool.h>

#include "store.h"

enum login_result {
	LOGIN_OK,
	LOGIN_BAD_CREDENTIALS,	/* unknown username or wrong password: one answer for both */
	LOGIN_LOCKED,		/* too many failures; see locked_until */
	LOGIN_STORE_ERROR,
};

struct login_outcome {
	enum login_result result;
	struct pacer_account account;	/* filled when LOGIN_OK */
	char locked_until[STORE_TIME_MAX];	/* UTC */
	int attempts_left;		/* after a failure, before the lock */
	int lockout_minutes;		/* how long a lock lasts */
};

/* A UTC "YYYY-MM-DD HH:MM:SS" as the local time of day, "21:42". */
void local_time_of_day(const char *utc, char *out, size_t size);

/* Checks username and password against the store and records the
 * attempt. terminal names where the attempt came from, for the audit. */
void pacer_login(struct store *store, const char *username, const char *password,
		 const char *terminal, struct login_outcome *out);

const char *account_kind_label(enum account_kind kind);
/* "Title First Middle Last Suffix", without empty parts. */
void account_full_name(const struct pacer_account *account, char *out, size_t size);

#endif
