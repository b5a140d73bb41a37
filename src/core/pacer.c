/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/pacer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/auth.h"
#include "core/dates.h"
#include "core/validate.h"

static void timestamp_after_minutes(int minutes, char out[STORE_TIME_MAX])
{
	time_t t = time(NULL) + (time_t)minutes * 60;
	struct tm tm;
	if (gmtime_r(&t, &tm) == NULL || strftime(out, STORE_TIME_MAX, "%Y-%m-%d %H:%M:%S", &tm) == 0)
		out[0] = '\0';
}

static bool still_locked(const struct pacer_account *account)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	/* Both are UTC "YYYY-MM-DD HH:MM:SS": text order is time order. */
	return account->locked_until[0] != '\0' && strcmp(now, account->locked_until) < 0;
}

static void audit_login(struct store *store, const char *terminal, const char *username, const char *outcome)
{
	struct audit_event event = {
		.terminal = terminal,
		.username = username,
		.court_id = "",
		.event = "login",
		.outcome = outcome,
	};
	(void)store_audit(store, &event);
}

/* A wrong password: count it, and lock once the limit is reached. */
static bool count_failure(struct store *store, const struct pacer_account *account,
			  const struct store_settings *settings, struct login_outcome *out)
{
	int failures = account->failed_logins + 1;
	char until[STORE_TIME_MAX] = "";
	if (failures >= settings->lockout_attempts)
		timestamp_after_minutes(settings->lockout_minutes, until);
	if (!store_record_login_failure(store, account->id, until))
		return false;
	copy_text(out->locked_until, sizeof out->locked_until, until);
	out->lockout_minutes = settings->lockout_minutes;
	out->attempts_left = settings->lockout_attempts - failures;
	if (out->attempts_left < 0)
		out->attempts_left = 0;
	out->result = until[0] != '\0' ? LOGIN_LOCKED : LOGIN_BAD_CREDENTIALS;
	return true;
}

/* A right secret under a hash of an older cost, hashed again. */
struct rehash {
	char checked[STORE_TEXT_MAX];
	char fresh[AUTH_HASH_MAX];
};

/* Made before any lock is taken, like the check itself. */
static void prepare_rehash(const char *secret, const char *stored_hash, struct rehash *rehash)
{
	memset(rehash, 0, sizeof *rehash);
	if (auth_rehash_stale(secret, stored_hash, rehash->fresh))
		copy_text(rehash->checked, sizeof rehash->checked, stored_hash);
}

/* A wrong password under a hash of an older, cheaper cost would be
 * refused sooner than a username that does not exist (checked at the
 * default cost): spending the difference keeps the two apart from no
 * one by the time they take. */
static void waste_like_a_current_hash(const char *stored_hash, const char *password)
{
	if (!auth_hash_is_current(stored_hash))
		auth_waste_verification(password);
}

/* Whether password opens the account: checked before any lock is taken,
 * since yescrypt is slow on purpose and a training room logs in at once. */
static bool password_is_right(struct store *store, const char *username, const char *password, bool *ok,
			      struct rehash *rehash)
{
	struct pacer_account *account = xmalloc(sizeof *account);
	bool found = false, right = false;
	memset(rehash, 0, sizeof *rehash);
	*ok = store_find_pacer_account(store, username, account, &found);
	if (*ok && found)
		right = auth_verify_secret(password, account->password_hash);
	else
		auth_waste_verification(password);
	if (right)
		prepare_rehash(password, account->password_hash, rehash);
	else if (found)
		waste_like_a_current_hash(account->password_hash, password);
	wipe_memory(account, sizeof *account);
	free(account);
	return right;
}

/* In 2025 an enrolled account's passcode comes after the password: the
 * failed logins are forgotten only once it is right, or a person who
 * knows the password could guess passcodes without end. */
static bool passcode_to_come(struct store *store, const struct store_settings *settings, long long account_id,
			     bool *to_come)
{
	struct mfa_state mfa;
	*to_come = false;
	if (settings->era < 2025)
		return true;
	if (!store_mfa_state(store, account_id, &mfa))
		return false;
	*to_come = mfa.enrolled;
	return true;
}

/* The bookkeeping of one attempt, inside a short write transaction;
 * counted says how a class report counts it. */
static void record_login(struct store *store, const char *username, bool right, struct login_outcome *out,
			 enum trainee_login *counted)
{
	struct store_settings settings;
	bool found = false;
	if (!store_load_settings(store, &settings) ||
	    !store_find_pacer_account(store, username, &out->account, &found)) {
		out->result = LOGIN_STORE_ERROR;
		return;
	}
	if (!found) {
		out->result = LOGIN_BAD_CREDENTIALS;
		return;
	}
	out->lockout_minutes = settings.lockout_minutes;
	if (still_locked(&out->account)) {
		copy_text(out->locked_until, sizeof out->locked_until, out->account.locked_until);
		out->result = LOGIN_LOCKED;
		*counted = TRAINEE_LOGIN_WHILE_LOCKED;
		return;
	}
	*counted = right ? TRAINEE_LOGIN_SUCCESS : TRAINEE_LOGIN_FAILED;
	if (right) {
		bool passcode_next = false;
		if (!passcode_to_come(store, &settings, out->account.id, &passcode_next))
			out->result = LOGIN_STORE_ERROR;
		else
			out->result = passcode_next || store_record_login_success(store, out->account.id)
					      ? LOGIN_OK
					      : LOGIN_STORE_ERROR;
		return;
	}
	/* A lock that has run out starts a fresh count. */
	if (out->account.locked_until[0] != '\0')
		out->account.failed_logins = 0;
	if (!count_failure(store, &out->account, &settings, out))
		out->result = LOGIN_STORE_ERROR;
	else if (out->result == LOGIN_LOCKED)
		*counted = TRAINEE_LOGIN_FAILED_AND_LOCKED;
}

/* The audit log's word for an attempt: the wrong password that locks the
 * account is told apart from the tries while it is locked, so a lock is
 * read (and counted) once. */
static const char *audit_outcome(enum login_result result, enum trainee_login counted)
{
	static const char *const outcome_names[] = {
		[LOGIN_OK] = "success",
		[LOGIN_BAD_CREDENTIALS] = "wrong username or password",
		[LOGIN_LOCKED] = "locked",
		[LOGIN_STORE_ERROR] = "database error",
	};
	if (result == LOGIN_LOCKED && counted == TRAINEE_LOGIN_FAILED_AND_LOCKED)
		return "wrong username or password; now locked";
	return outcome_names[result];
}

/* What the audit log keeps of the name typed at a login: the account's
 * own when there is one; else the text only when it could be a
 * username. A password typed into the username field is a common slip,
 * and the log (and the system log) is read by more people than the
 * password's owner. */
static const char *name_to_audit(const char *typed, const struct login_outcome *out)
{
	char why[ERROR_MAX];
	if (out->account.id > 0)
		return out->account.username;
	if (is_legacy_username(typed) || validate_upgraded_username(typed, why, sizeof why) == NULL)
		return typed;
	return "(not a username)";
}

void pacer_login(struct store *store, const char *username, const char *password, const char *terminal,
		 struct login_outcome *out)
{
	memset(out, 0, sizeof *out);
	bool read_ok = false;
	struct rehash rehash;
	bool right = password_is_right(store, username, password, &read_ok, &rehash);
	if (!read_ok || !store_begin(store)) {
		wipe_memory(&rehash, sizeof rehash);
		out->result = LOGIN_STORE_ERROR;
		return;
	}
	enum trainee_login counted = TRAINEE_LOGIN_WHILE_LOCKED;
	record_login(store, username, right, out, &counted);
	if (out->result == LOGIN_OK && rehash.fresh[0] != '\0' &&
	    !store_rehash_password(store, out->account.id, rehash.checked, rehash.fresh))
		out->result = LOGIN_STORE_ERROR;
	wipe_memory(&rehash, sizeof rehash);
	if (out->result != LOGIN_STORE_ERROR && out->account.id > 0 &&
	    !store_count_trainee_login(store, out->account.id, counted))
		out->result = LOGIN_STORE_ERROR;
	if (out->result != LOGIN_STORE_ERROR)
		audit_login(store, terminal, name_to_audit(username, out),
			    audit_outcome(out->result, counted));
	if (out->result == LOGIN_STORE_ERROR || !store_commit(store)) {
		store_rollback(store);
		out->result = LOGIN_STORE_ERROR;
	}
	if (out->result != LOGIN_OK)
		wipe_memory(&out->account, sizeof out->account);
	/* The hash is of no use to anyone past this point. */
	wipe_memory(out->account.password_hash, sizeof out->account.password_hash);
}

void pacer_mfa_failure(struct store *store, const struct pacer_account *account, const char *terminal,
		       struct login_outcome *out)
{
	memset(out, 0, sizeof *out);
	struct store_settings settings;
	bool found = false;
	bool ok = store_begin(store);
	ok = ok && store_load_settings(store, &settings) &&
	     store_find_pacer_account(store, account->username, &out->account, &found) && found;
	enum trainee_login counted = TRAINEE_LOGIN_WHILE_LOCKED;
	if (ok && still_locked(&out->account)) {
		copy_text(out->locked_until, sizeof out->locked_until, out->account.locked_until);
		out->lockout_minutes = settings.lockout_minutes;
		out->result = LOGIN_LOCKED;
	} else if (ok) {
		/* A lock that has run out starts a fresh count. */
		if (out->account.locked_until[0] != '\0')
			out->account.failed_logins = 0;
		ok = count_failure(store, &out->account, &settings, out);
		counted = out->result == LOGIN_LOCKED ? TRAINEE_LOGIN_FAILED_AND_LOCKED
						      : TRAINEE_LOGIN_FAILED;
	}
	ok = ok && store_count_trainee_login(store, out->account.id, counted);
	if (ok)
		audit_login(store, terminal, account->username,
			    counted == TRAINEE_LOGIN_FAILED_AND_LOCKED ? "wrong passcode; now locked"
			    : counted == TRAINEE_LOGIN_FAILED          ? "wrong passcode"
								       : "locked");
	if (!store_end(store, ok))
		out->result = LOGIN_STORE_ERROR;
	wipe_memory(&out->account, sizeof out->account);
}

bool pacer_mfa_locked(struct store *store, const struct pacer_account *account, struct login_outcome *out)
{
	struct store_settings settings;
	bool found = false;
	memset(out, 0, sizeof *out);
	if (!store_load_settings(store, &settings) ||
	    !store_find_pacer_account(store, account->username, &out->account, &found))
		return false;
	out->result = found && still_locked(&out->account) ? LOGIN_LOCKED : LOGIN_OK;
	out->lockout_minutes = settings.lockout_minutes;
	copy_text(out->locked_until, sizeof out->locked_until, out->account.locked_until);
	wipe_memory(&out->account, sizeof out->account);
	return true;
}

bool pacer_mfa_passed(struct store *store, const struct pacer_account *account, const char *terminal,
		      bool backup, bool *locked)
{
	/* Another session may have locked the account since the check:
	 * then the right code opens nothing and lifts no lock. */
	struct login_outcome *now = xmalloc(sizeof *now);
	bool ok = store_begin(store) && pacer_mfa_locked(store, account, now);
	*locked = ok && now->result == LOGIN_LOCKED;
	ok = ok && (*locked || (store_record_login_success(store, account->id) &&
				pacer_audit_mfa(store, terminal, account->username,
						backup ? "backup code" : "passcode")));
	free(now);
	return store_end(store, ok);
}

bool pacer_audit_mfa(struct store *store, const char *terminal, const char *username, const char *outcome)
{
	struct audit_event event = {
		.terminal = terminal,
		.username = username,
		.court_id = "",
		.event = "mfa",
		.outcome = outcome,
	};
	return store_audit(store, &event);
}

/* A stored UTC time as the person reads it: local time, in words. */
static void local_format(const char *utc, bool with_date, char *out, size_t size)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *end = strptime(utc, "%Y-%m-%d %H:%M:%S", &tm);
	time_t t = end != NULL ? timegm(&tm) : (time_t)-1;
	struct tm local;
	char iso[32];
	if (t == (time_t)-1 || localtime_r(&t, &local) == NULL ||
	    strftime(iso, sizeof iso, "%Y-%m-%d %H:%M", &local) == 0)
		copy_text(out, size, utc);
	else if (with_date)
		dates_in_words(iso, false, out, size);
	else
		dates_time_in_words(local.tm_hour, local.tm_min, out, size);
}

void local_time_of_day(const char *utc, char *out, size_t size)
{
	local_format(utc, false, out, size);
}

void local_date_time(const char *utc, char *out, size_t size)
{
	local_format(utc, true, out, size);
}

void pacer_password_note(enum password_policy policy, const char *password, const char *confirm,
			 const struct password_context *context, char *out, size_t size)
{
	struct password_rule rules[PASSWORD_MAX_RULES];
	size_t n = password_rules(policy, password, context, rules);
	size_t used = (size_t)snprintf(out, size, "%s", _("Password:"));
	for (size_t i = 0; i < n && used < size; i++)
		used += (size_t)snprintf(out + used, size - used, "  [%s] %s", rules[i].met ? "x" : "_",
					 rules[i].label);
	bool same = password[0] != '\0' && strcmp(password, confirm) == 0;
	if (used < size)
		snprintf(out + used, size - used, "  [%s] %s", same ? "x" : "_",
			 _("the same in both fields"));
}

static bool same_birth_date(const char *typed, const char *stored)
{
	struct simple_date a, b;
	return typed[0] != '\0' && parse_date(typed, &a) && parse_date(stored, &b) &&
	       compare_dates(&a, &b) == 0;
}

bool pacer_find_for_recovery(struct store *store, const char *email, const char *username,
			     const char *account_number, const char *birth_date, struct pacer_account *out,
			     bool *found)
{
	*found = false;
	if (!store_find_pacer_account_by_email(store, email, out, found))
		return false;
	if (*found) {
		*found = (username[0] && strcasecmp(username, out->username) == 0) ||
			 (account_number[0] && strcmp(account_number, out->account_number) == 0) ||
			 same_birth_date(birth_date, out->date_of_birth);
	}
	wipe_memory(out->password_hash, sizeof out->password_hash);
	return true;
}

bool pacer_check_answers(struct store *store, const struct pacer_account *account,
			 const char *const answers[STORE_QUESTIONS], const char *terminal, bool *right)
{
	struct security_answers stored;
	*right = false;
	if (!store_get_security_answers(store, account->id, &stored))
		return false;
	bool all = stored.count == STORE_QUESTIONS;
	char normal[STORE_QUESTIONS][STORE_TEXT_MAX];
	for (int i = 0; i < stored.count; i++) {
		auth_normalize_answer(answers[stored.positions[i] - 1], normal[i], sizeof normal[i]);
		all = auth_verify_secret(normal[i], stored.answer_hashes[i]) && all;
	}
	*right = all;
	/* Only once all are right: hashing one right answer again while
	 * another is wrong would tell, by the time it took, which one. */
	bool ok = true;
	for (int i = 0; all && i < stored.count; i++) {
		struct rehash rehash;
		prepare_rehash(normal[i], stored.answer_hashes[i], &rehash);
		if (rehash.fresh[0] != '\0')
			ok = store_rehash_answer(store, account->id, stored.positions[i], rehash.checked,
						 rehash.fresh) &&
			     ok;
		wipe_memory(&rehash, sizeof rehash);
	}
	wipe_memory(normal, sizeof normal);
	wipe_memory(&stored, sizeof stored);
	struct audit_event event = {
		.terminal = terminal,
		.username = account->username,
		.court_id = "",
		.event = "security answers",
		.outcome = all ? "right" : "wrong",
	};
	return store_audit(store, &event) && ok;
}

bool pacer_reset_password(struct store *store, const struct pacer_account *account, const char *password,
			  const char *terminal)
{
	char hash[AUTH_HASH_MAX];
	if (!auth_hash_secret(password, hash))
		return false;
	struct audit_event event = {
		.terminal = terminal,
		.username = account->username,
		.court_id = "",
		.event = "password reset",
		.outcome = "success",
	};
	bool ok = store_begin(store);
	ok = store_end(store,
		       ok && store_set_password(store, account->id, hash) && store_audit(store, &event));
	wipe_memory(hash, sizeof hash);
	return ok;
}

const char *account_kind_label(enum account_kind kind)
{
	return kind == ACCOUNT_LEGACY ? _("Legacy PACER Account") : _("Upgraded PACER Account");
}

const char *account_kind_with_upgrade(enum account_kind kind)
{
	/* TRANSLATORS: Account Type on Manage My Account, with the Upgrade link
	   beside it as PACER shows it. */
	return kind == ACCOUNT_LEGACY ? _("Legacy PACER Account (Upgrade)") : account_kind_label(kind);
}

const char *registration_label(const char *registered_as)
{
	if (strcmp(registered_as, "case-search") == 0)
		return _("PACER - Case Search Only");
	if (strcmp(registered_as, "attorney") == 0)
		return _("Attorney Filers");
	if (strcmp(registered_as, "non-attorney") == 0)
		return _("Non-Attorney Filers");
	return "";
}

const char *payment_label(const char *payment)
{
	if (strcmp(payment, "method") == 0)
		return _("Payment method added (simulated)");
	if (strcmp(payment, "later") == 0)
		return _("Payment method to be added later");
	if (strcmp(payment, "exemption") == 0)
		return _("Fee exemption");
	return "";
}

bool registration_is_filer(const char *registered_as)
{
	return strcmp(registered_as, "attorney") == 0 || strcmp(registered_as, "non-attorney") == 0;
}

bool registration_search_active(const char *payment, int shared_details)
{
	bool paid = strcmp(payment, "method") == 0 || strcmp(payment, "exemption") == 0;
	return paid && shared_details < 3;
}

void account_full_name(const struct pacer_account *a, char *out, size_t size)
{
	const char *parts[] = { a->prefix, a->first_name, a->middle_name, a->last_name, a->suffix };
	size_t used = 0;
	out[0] = '\0';
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (parts[i][0] == '\0' || used + 1 >= size)
			continue;
		if (used > 0)
			out[used++] = ' ';
		copy_text(out + used, size - used, parts[i]);
		used = strlen(out);
	}
	/* A shared firm account carries the firm's name, not a person's. */
	if (out[0] == '\0')
		copy_text(out, size, a->firm_name);
}
