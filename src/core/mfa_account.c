/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/mfa_account.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

#include "base/util.h"
#include "core/auth.h"
#include "core/mfa.h"

/* Letters and digits a person reads off paper without doubt: no 0/o,
 * 1/l/i. */
static const char backup_alphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";

/* A backup code as typed, in the form it was given: lower case, the
 * hyphen where it was, nothing else. */
static void normal_backup_code(const char *typed, char out[MFA_BACKUP_CODE_MAX])
{
	size_t n = 0;
	for (const char *p = typed; *p != '\0' && n + 1 < MFA_BACKUP_CODE_MAX; p++) {
		char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c | 0x20); /* ASCII lower case */
		if (strchr(backup_alphabet, c) != NULL) {
			if (n == 4)
				out[n++] = '-';
			out[n++] = c;
		}
	}
	out[n] = '\0';
}

struct app_count {
	int apps;
};

static bool count_app(const struct mfa_app *app, void *data)
{
	(void)app;
	((struct app_count *)data)->apps++;
	return true;
}

enum mfa_result mfa_enroll_app(struct store *store, long long account_id, const char *name,
			       const char *secret, const char *code, time_t now)
{
	long long step = 0;
	if (mfa_check_code(secret, code, now, 0, &step) != MFA_RIGHT)
		return MFA_CODE_WRONG;
	/* Counted in the transaction that adds: two sessions make no sixth. */
	struct app_count count = { 0 };
	long long id = 0;
	bool used = false;
	if (!store_begin(store))
		return MFA_STORE_FAILED;
	bool ok = store_each_mfa_app(store, account_id, count_app, &count);
	bool room = ok && count.apps < MFA_APPS_MAX;
	ok = ok && (!room || (store_add_mfa_app(store, account_id, name, secret, &id) &&
			      store_use_mfa_step(store, id, step, &used)));
	if (!store_end(store, ok))
		return MFA_STORE_FAILED;
	return room ? MFA_OK : MFA_TOO_MANY_APPS;
}

struct passcode_search {
	const char *code;
	time_t now;
	long long app_id, step;
	enum mfa_check found;
};

static bool try_app(const struct mfa_app *app, void *data)
{
	struct passcode_search *s = data;
	long long step = 0;
	enum mfa_check check = mfa_check_code(app->secret, s->code, s->now, app->last_step, &step);
	if (check == MFA_WRONG)
		return true;
	s->found = check;
	s->app_id = app->id;
	s->step = step;
	return check != MFA_RIGHT; /* a right one ends the search */
}

struct backup_search {
	char code[MFA_BACKUP_CODE_MAX];
	long long code_id;
};

static bool try_backup_code(long long code_id, const char *hash, void *data)
{
	struct backup_search *s = data;
	if (!auth_verify_secret(s->code, hash))
		return true;
	s->code_id = code_id;
	return false;
}

static enum mfa_result verify_backup_code(struct store *store, long long account_id, const char *typed)
{
	struct backup_search search = { .code_id = 0 };
	normal_backup_code(typed, search.code);
	if (strlen(search.code) != MFA_BACKUP_CODE_MAX - 3)
		return MFA_CODE_WRONG;
	bool read = store_each_backup_code(store, account_id, try_backup_code, &search);
	wipe_memory(search.code, sizeof search.code);
	if (!read)
		return MFA_STORE_FAILED;
	if (search.code_id == 0)
		return MFA_CODE_WRONG;
	bool used = false;
	if (!store_use_backup_code(store, search.code_id, &used))
		return MFA_STORE_FAILED;
	return used ? MFA_OK : MFA_CODE_USED;
}

enum mfa_result mfa_verify(struct store *store, long long account_id, const char *typed, time_t now,
			   bool *backup)
{
	*backup = false;
	char digits[MFA_DIGITS + 2];
	size_t n = 0;
	for (const char *p = typed; *p != '\0' && n <= MFA_DIGITS; p++)
		if (*p != ' ')
			digits[n++] = *p;
	digits[n] = '\0';
	struct passcode_search search = { .code = digits, .now = now, .found = MFA_WRONG };
	if (n == MFA_DIGITS && !store_each_mfa_app(store, account_id, try_app, &search))
		return MFA_STORE_FAILED;
	if (search.found == MFA_REPLAYED)
		return MFA_CODE_USED;
	if (search.found == MFA_RIGHT) {
		bool used = false;
		if (!store_use_mfa_step(store, search.app_id, search.step, &used))
			return MFA_STORE_FAILED;
		return used ? MFA_OK : MFA_CODE_USED;
	}
	*backup = true;
	return verify_backup_code(store, account_id, typed);
}

bool mfa_new_backup_codes(struct store *store, long long account_id,
			  char codes[MFA_BACKUP_CODES][MFA_BACKUP_CODE_MAX])
{
	char hashes[MFA_BACKUP_CODES][AUTH_HASH_MAX];
	const char *hash_list[MFA_BACKUP_CODES];
	unsigned char random[MFA_BACKUP_CODES * 8];
	bool ok = getrandom(random, sizeof random, 0) == (ssize_t)sizeof random;
	for (int i = 0; ok && i < MFA_BACKUP_CODES; i++) {
		char plain[MFA_BACKUP_CODE_MAX];
		for (int j = 0; j < 8; j++)
			plain[j] = backup_alphabet[random[i * 8 + j] % (sizeof backup_alphabet - 1)];
		plain[8] = '\0';
		normal_backup_code(plain, codes[i]);
		ok = auth_hash_secret(codes[i], hashes[i]);
		hash_list[i] = hashes[i];
	}
	wipe_memory(random, sizeof random);
	ok = ok && store_begin(store);
	if (ok)
		ok = store_end(store,
			       store_replace_backup_codes(store, account_id, hash_list, MFA_BACKUP_CODES));
	if (!ok)
		wipe_memory(codes, sizeof(char[MFA_BACKUP_CODES][MFA_BACKUP_CODE_MAX]));
	return ok;
}

bool mfa_new_security_code(char code[MFA_SECURITY_CODE_MAX], char hash[AUTH_HASH_MAX])
{
	uint32_t random = 0;
	bool ok = getrandom(&random, sizeof random, 0) == (ssize_t)sizeof random;
	snprintf(code, MFA_SECURITY_CODE_MAX, "%06u", (unsigned)(random % 1000000U));
	wipe_memory(&random, sizeof random);
	ok = ok && auth_hash_secret(code, hash);
	if (!ok)
		wipe_memory(code, MFA_SECURITY_CODE_MAX);
	return ok;
}

bool mfa_security_code_matches(const char *typed, const char *hash)
{
	char digits[MFA_SECURITY_CODE_MAX] = "";
	size_t n = 0;
	for (const char *c = typed; *c != '\0'; c++) {
		if (*c == ' ' || *c == '-')
			continue;
		if (n + 1 >= sizeof digits)
			return false;
		digits[n++] = *c;
	}
	digits[n] = '\0';
	bool right = n == MFA_SECURITY_CODE_MAX - 2 && hash[0] != '\0' && auth_verify_secret(digits, hash);
	wipe_memory(digits, sizeof digits);
	return right;
}
