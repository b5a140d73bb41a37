#include <config.h>

#include "pacer.h"

#include <string.h>
#include <time.h>

#include "auth.h"
#include "i18n.h"
#include "util.h"

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

static void audit_login(struct store *store, const char *terminal, const char *username,
			const char *outcome)
{
	struct audit_event event = {
		.terminal = terminal, .username = username, .court_id = "",
		.event = "login", .outcome = outcome,
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

static void check_login(struct store *store, const char *username, const char *password,
			struct login_outcome *out)
{
	struct store_settings settings;
	bool found = false;
	if (!store_load_settings(store, &settings) ||
	    !store_find_pacer_account(store, username, &out->account, &found)) {
		out->result = LOGIN_STORE_ERROR;
		return;
	}
	if (!found) {
		auth_waste_verification(password);
		out->result = LOGIN_BAD_CREDENTIALS;
		return;
	}
	out->lockout_minutes = settings.lockout_minutes;
	if (still_locked(&out->account)) {
		copy_text(out->locked_until, sizeof out->locked_until, out->account.locked_until);
		out->result = LOGIN_LOCKED;
		return;
	}
	if (auth_verify_secret(password, out->account.password_hash)) {
		out->result = store_record_login_success(store, out->account.id) ? LOGIN_OK
										  : LOGIN_STORE_ERROR;
		return;
	}
	/* A lock that has run out starts a fresh count. */
	if (out->account.locked_until[0] != '\0')
		out->account.failed_logins = 0;
	if (!count_failure(store, &out->account, &settings, out))
		out->result = LOGIN_STORE_ERROR;
}

void pacer_login(struct store *store, const char *username, const char *password,
		 const char *terminal, struct login_outcome *out)
{
	static const char *const outcome_names[] = {
		[LOGIN_OK] = "success",
		[LOGIN_BAD_CREDENTIALS] = "wrong username or password",
		[LOGIN_LOCKED] = "locked",
		[LOGIN_STORE_ERROR] = "database error",
	};
	memset(out, 0, sizeof *out);
	if (!store_begin(store)) {
		out->result = LOGIN_STORE_ERROR;
		return;
	}
	check_login(store, username, password, out);
	if (out->result != LOGIN_STORE_ERROR)
		audit_login(store, terminal, username, outcome_names[out->result]);
	if (out->result == LOGIN_STORE_ERROR || !store_commit(store)) {
		store_rollback(store);
		out->result = LOGIN_STORE_ERROR;
	}
	if (out->result != LOGIN_OK)
		wipe_memory(&out->account, sizeof out->account);
	/* The hash is of no use to anyone past this point. */
	wipe_memory(out->account.password_hash, sizeof out->account.password_hash);
}

void local_time_of_day(const char *utc, char *out, size_t size)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *end = strptime(utc, "%Y-%m-%d %H:%M:%S", &tm);
	time_t t = end != NULL ? timegm(&tm) : (time_t)-1;
	struct tm local;
	if (t == (time_t)-1 || localtime_r(&t, &local) == NULL ||
	    strftime(out, size, "%H:%M", &local) == 0)
		copy_text(out, size, utc);
}

const char *account_kind_label(enum account_kind kind)
{
	return kind == ACCOUNT_LEGACY ? _("Legacy PACER Account") : _("Upgraded PACER Account");
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
