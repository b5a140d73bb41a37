/* SPDX-License-Identifier: MIT */
/* What the staff do to one PACER account from nextgen-admin: add, lock,
 * unlock, reset its password, delete. Each is one transaction with an
 * audit row naming who did it; none is possible from the wizard. */
#ifndef NGW_STAFF_H
#define NGW_STAFF_H

#include <stdbool.h>

#include "core/mfa.h"
#include "store/store.h"

struct staff {
	const char *who; /* "admin:login" */
	const char *terminal;
};

/* The account of username into out; false with err when missing. */
bool staff_find_account(struct store *store, const char *username, struct pacer_account *out, char *err,
			size_t err_size);
bool staff_lock_account(struct store *store, const struct staff *staff, const char *username, int minutes,
			char *err, size_t err_size);
/* Case Search Status Active, as when the activation code PACER mails a
 * new registrant is entered; audited. */
bool staff_activate_account(struct store *store, const struct staff *staff, const char *username, char *err,
			    size_t err_size);
bool staff_unlock_account(struct store *store, const struct staff *staff, const char *username, char *err,
			  size_t err_size);
/* The new password must meet the practice's password rules. */
bool staff_reset_password(struct store *store, const struct staff *staff, const char *username,
			  const char *password, char *err, size_t err_size);
bool staff_delete_account(struct store *store, const struct staff *staff, const char *username, char *err,
			  size_t err_size);
/* account's names, username and kind as given; the rest made up; the
 * password hashed. */
bool staff_add_account(struct store *store, const struct staff *staff, struct pacer_account *account,
		       const char *password, char *err, size_t err_size);

/* No authentication app, no backup code, no skip counted; audited. */
bool staff_reset_mfa(struct store *store, const struct staff *staff, const char *username, char *err,
		     size_t err_size);
/* An authentication app named name with a new key (into secret, for the
 * trainer to give an app; it is in no audit row), without the passcode a
 * person types: a trainer prepares an account. At most MFA_APPS_MAX. */
bool staff_add_mfa_app(struct store *store, const struct staff *staff, const char *username, const char *name,
		       char secret[MFA_BASE32_MAX], char *err, size_t err_size);

#endif
