/* SPDX-License-Identifier: MIT */
/* An account's multifactor authentication, as PACER keeps it since 2025:
 * up to five authentication apps (a shared account's people, a
 * paralegal), each added once its first passcode is typed; ten backup
 * codes, each good once, kept as hashes; a passcode or a backup code at
 * login. */
#ifndef NGW_MFA_ACCOUNT_H
#define NGW_MFA_ACCOUNT_H

#include <stdbool.h>
#include <time.h>

#include "core/auth.h"
#include "store/store.h"

#define MFA_APPS_MAX 5
#define MFA_BACKUP_CODES 10
#define MFA_BACKUP_CODE_MAX 12 /* "k7p2-9xqd" and the NUL */

enum mfa_result {
	MFA_OK,
	MFA_CODE_WRONG,
	MFA_CODE_USED, /* a passcode's step, or a backup code, used already */
	MFA_TOO_MANY_APPS,
	MFA_STORE_FAILED
};

/* The app named name, given secret, added once code is its passcode now
 * (the step before or after too); the step is used. */
enum mfa_result mfa_enroll_app(struct store *store, long long account_id, const char *name,
			       const char *secret, const char *code, time_t now);
/* typed: the passcode of one of the account's apps, or one of its backup
 * codes (spaces and case as a person types them); *backup says which. */
enum mfa_result mfa_verify(struct store *store, long long account_id, const char *typed, time_t now,
			   bool *backup);
/* The security code PACER e-mails before an app is added: six digits,
 * and its crypt(3) hash, the only form kept. */
#define MFA_SECURITY_CODE_MAX 8
bool mfa_new_security_code(char code[MFA_SECURITY_CODE_MAX], char hash[AUTH_HASH_MAX]);
/* Whether typed (spaces as a person types them) is the code of hash. */
bool mfa_security_code_matches(const char *typed, const char *hash);

/* Ten new backup codes replacing any earlier ones; only their hashes are
 * kept, so codes is the only place they are shown. */
bool mfa_new_backup_codes(struct store *store, long long account_id,
			  char codes[MFA_BACKUP_CODES][MFA_BACKUP_CODE_MAX]);

#endif
