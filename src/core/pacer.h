/* SPDX-License-Identifier: MIT */
/* PACER's side of the practice: logging in to Manage My Account, with
 * failed-login counting, lock-out and the audit trail. */
#ifndef NGW_PACER_H
#define NGW_PACER_H

#include <stdbool.h>

#include "core/validate.h"
#include "store/store.h"

enum login_result {
	LOGIN_OK,
	LOGIN_BAD_CREDENTIALS, /* unknown username or wrong password: one answer for both */
	LOGIN_LOCKED, /* too many failures; see locked_until */
	LOGIN_STORE_ERROR,
};

struct login_outcome {
	enum login_result result;
	struct pacer_account account; /* filled when LOGIN_OK */
	char locked_until[STORE_TIME_MAX]; /* UTC */
	int attempts_left; /* after a failure, before the lock */
	int lockout_minutes; /* how long a lock lasts */
};

/* A UTC "YYYY-MM-DD HH:MM:SS" as the local time of day, "21:42", and as
 * the local date and time, "2021-02-10 21:42". */
void local_time_of_day(const char *utc, char *out, size_t size);
void local_date_time(const char *utc, char *out, size_t size);

/* Checks username and password against the store and records the
 * attempt. terminal names where the attempt came from, for the audit. */
void pacer_login(struct store *store, const char *username, const char *password, const char *terminal,
		 struct login_outcome *out);

/* A wrong one-time passcode or backup code at the 2025 login, typed after
 * the right password: a failed login like a wrong password, toward the
 * lock-out (out says the tries left, or the lock). */
void pacer_mfa_failure(struct store *store, const struct pacer_account *account, const char *terminal,
		       struct login_outcome *out);
/* The right passcode (or backup code) after the right password: the
 * failed logins forgotten, and audited. */
bool pacer_mfa_passed(struct store *store, const struct pacer_account *account, const char *terminal,
		      bool backup, bool *locked);
/* Whether the account is locked now (out->result LOGIN_LOCKED, with
 * until when): a passcode is not even looked at then. */
bool pacer_mfa_locked(struct store *store, const struct pacer_account *account, struct login_outcome *out);
/* The audit trail of multifactor authentication: event "mfa" with
 * outcome in words ("passcode", "backup code", "app added"); never a
 * code or a key. */
bool pacer_audit_mfa(struct store *store, const char *terminal, const char *username, const char *outcome);

/* "Password:  [x] at least 8 characters  [_] ..." for a live line. */
void pacer_password_note(enum password_policy policy, const char *password, const char *confirm,
			 const struct password_context *context, char *out, size_t size);

/* Finds the account a person who forgot something describes: the
 * e-mail address on it and at least one of username, account number and
 * date of birth (any of MM/DD/YYYY or YYYY-MM-DD). */
bool pacer_find_for_recovery(struct store *store, const char *email, const char *username,
			     const char *account_number, const char *birth_date, struct pacer_account *out,
			     bool *found);
/* Checks the three answers against the account's; records the attempt. */
bool pacer_check_answers(struct store *store, const struct pacer_account *account,
			 const char *const answers[STORE_QUESTIONS], const char *terminal, bool *right);
/* Sets a new password and lifts any lock; one transaction, audited. */
bool pacer_reset_password(struct store *store, const struct pacer_account *account, const char *password,
			  const char *terminal);

const char *account_kind_label(enum account_kind kind);
/* The label as Manage My Account shows it: a legacy account has the
 * "(Upgrade)" link beside it (the Upgrade action, Enter, follows it). */
const char *account_kind_with_upgrade(enum account_kind kind);
/* What a new registration chose, as stored ("case-search", "attorney",
 * "non-attorney"; "method", "later", "exemption") and as shown; "" for an
 * account made before version 7 or by a trainer. */
const char *registration_label(const char *registered_as);
const char *payment_label(const char *payment);
/* Whether the account type asks a court to approve the person as a filer. */
bool registration_is_filer(const char *registered_as);
/* Case Search starts Active only with a payment method or an exemption,
 * and never when PACER's duplicate check matched all three details. */
bool registration_search_active(const char *payment, int shared_details);

/* "Title First Middle Last Suffix", without empty parts. */
void account_full_name(const struct pacer_account *account, char *out, size_t size);

#endif
