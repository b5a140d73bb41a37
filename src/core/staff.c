/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/staff.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/auth.h"
#include "core/mfa.h"
#include "core/mfa_account.h"
#include "core/validate.h"

static bool audit_staff(struct store *store, const struct staff *staff, const char *event,
			const char *username)
{
	struct audit_event row = {
		.terminal = staff->terminal,
		.username = staff->who,
		.court_id = "",
		.event = event,
		.outcome = username,
	};
	return store_audit(store, &row);
}

bool staff_find_account(struct store *store, const char *username, struct pacer_account *out, char *err,
			size_t err_size)
{
	bool found = false;
	if (!store_find_pacer_account(store, username, out, &found)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	if (!found)
		snprintf(err, err_size, _("There is no PACER account %s."), username);
	return found;
}

/* Runs change on the account inside a transaction with its audit row. */
static bool change_account(struct store *store, const struct staff *staff, const char *username,
			   const char *event, bool (*change)(struct store *, long long, const void *),
			   const void *data, char *err, size_t err_size)
{
	struct pacer_account *a = xmalloc(sizeof *a);
	bool ok = staff_find_account(store, username, a, err, err_size);
	if (ok) {
		ok = store_begin(store);
		ok = store_end(store, ok && change(store, a->id, data) &&
					      audit_staff(store, staff, event, a->username));
		if (!ok)
			copy_text(err, err_size, store_error(store));
	}
	wipe_memory(a, sizeof *a);
	free(a);
	return ok;
}

static bool lock_until(struct store *store, long long id, const void *data)
{
	return store_lock_account(store, id, data);
}

bool staff_lock_account(struct store *store, const struct staff *staff, const char *username, int minutes,
			char *err, size_t err_size)
{
	char until[STORE_TIME_MAX];
	time_t t = time(NULL) + (time_t)minutes * 60;
	struct tm tm;
	if (gmtime_r(&t, &tm) == NULL || strftime(until, sizeof until, "%Y-%m-%d %H:%M:%S", &tm) == 0) {
		copy_text(err, err_size, _("The clock could not be read."));
		return false;
	}
	return change_account(store, staff, username, "staff lock", lock_until, until, err, err_size);
}

static bool unlock(struct store *store, long long id, const void *data)
{
	(void)data;
	return store_record_login_success(store, id);
}

bool staff_unlock_account(struct store *store, const struct staff *staff, const char *username, char *err,
			  size_t err_size)
{
	return change_account(store, staff, username, "staff unlock", unlock, NULL, err, err_size);
}

static bool activate(struct store *store, long long id, const void *data)
{
	(void)data;
	return store_activate_case_search(store, id);
}

bool staff_activate_account(struct store *store, const struct staff *staff, const char *username, char *err,
			    size_t err_size)
{
	return change_account(store, staff, username, "staff activate", activate, NULL, err, err_size);
}

static bool set_password(struct store *store, long long id, const void *data)
{
	return store_set_password(store, id, data) && store_record_login_success(store, id);
}

bool staff_reset_password(struct store *store, const struct staff *staff, const char *username,
			  const char *password, char *err, size_t err_size)
{
	struct store_settings settings;
	struct pacer_account *a = xmalloc(sizeof *a);
	bool ok = store_load_settings(store, &settings);
	if (!ok)
		copy_text(err, err_size, store_error(store));
	ok = ok && staff_find_account(store, username, a, err, err_size);
	if (ok) {
		struct password_context ctx = { a->username, a->first_name, a->last_name, a->email };
		char why_buffer[ERROR_MAX];
		const char *why = validate_password(password_policy_of_setting(settings.password_policy),
						    password, &ctx, why_buffer, sizeof why_buffer);
		if (why != NULL) {
			copy_text(err, err_size, why);
			ok = false;
		}
	}
	char hash[AUTH_HASH_MAX];
	if (ok && !auth_hash_secret(password, hash)) {
		copy_text(err, err_size, _("The password could not be protected; nothing was changed."));
		ok = false;
	}
	if (ok)
		ok = change_account(store, staff, username, "staff password reset", set_password, hash, err,
				    err_size);
	wipe_memory(hash, sizeof hash);
	wipe_memory(a, sizeof *a);
	free(a);
	return ok;
}

static bool delete_account(struct store *store, long long id, const void *data)
{
	(void)data;
	return store_delete_pacer_account(store, id);
}

bool staff_delete_account(struct store *store, const struct staff *staff, const char *username, char *err,
			  size_t err_size)
{
	return change_account(store, staff, username, "staff delete", delete_account, NULL, err, err_size);
}

bool staff_add_account(struct store *store, const struct staff *staff, struct pacer_account *a,
		       const char *password, char *err, size_t err_size)
{
	char why_buffer[ERROR_MAX];
	const char *why = a->kind == ACCOUNT_LEGACY
				  ? (is_legacy_username(a->username)
					     ? NULL
					     : _("A legacy username has 6 characters: letters then digits, "
						 "such as ja1234."))
				  : validate_upgraded_username(a->username, why_buffer, sizeof why_buffer);
	if (why == NULL)
		why = validate_name(a->first_name, NAME_MAX_CHARS, why_buffer, sizeof why_buffer);
	if (why == NULL)
		why = validate_name(a->last_name, NAME_MAX_CHARS, why_buffer, sizeof why_buffer);
	/* A practice account stands for one made before any policy of today:
	 * the loosest policy's length is all it must have. */
	char short_password[128];
	if (why == NULL && strlen(password) < PASSWORD_2021_MIN_CHARS) {
		snprintf(short_password, sizeof short_password,
			 _("The password needs at least %d characters."), PASSWORD_2021_MIN_CHARS);
		why = short_password;
	}
	if (why != NULL) {
		copy_text(err, err_size, why);
		return false;
	}
	bool taken = true;
	bool ok = store_username_in_use(store, a->username, &taken);
	if (ok && taken) {
		snprintf(err, err_size, _("The username %s is taken."), a->username);
		return false;
	}
	if (ok && a->account_number[0] != '\0') {
		ok = store_account_number_in_use(store, a->account_number, &taken);
		if (ok && taken) {
			snprintf(err, err_size, _("The account number %s is taken."), a->account_number);
			return false;
		}
	} else if (ok) {
		ok = store_next_account_number(store, a->account_number);
	}
	if (a->created_on[0] == '\0')
		copy_text(a->created_on, sizeof a->created_on,
			  a->kind == ACCOUNT_LEGACY ? "2012-01-09" : "2019-01-07");
	if (!ok || !auth_hash_secret(password, a->password_hash)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	ok = store_begin(store);
	ok = store_end(store, ok && store_add_pacer_account(store, a) &&
				      audit_staff(store, staff, "staff add", a->username));
	if (!ok)
		copy_text(err, err_size, store_error(store));
	return ok;
}

static bool reset_mfa(struct store *store, long long id, const void *data)
{
	(void)data;
	return store_reset_mfa(store, id);
}

bool staff_reset_mfa(struct store *store, const struct staff *staff, const char *username, char *err,
		     size_t err_size)
{
	return change_account(store, staff, username, "staff mfa reset", reset_mfa, NULL, err, err_size);
}

/* An app of the staff's: its key made here, the name given. */
struct staff_app {
	const char *name;
	const char *secret;
};

static bool add_app(struct store *store, long long id, const void *data)
{
	const struct staff_app *app = data;
	long long app_id = 0;
	return store_add_mfa_app(store, id, app->name, app->secret, &app_id);
}

bool staff_add_mfa_app(struct store *store, const struct staff *staff, const char *username, const char *name,
		       char secret[MFA_BASE32_MAX], char *err, size_t err_size)
{
	struct pacer_account *a = xmalloc(sizeof *a);
	struct mfa_state mfa;
	bool ok = staff_find_account(store, username, a, err, err_size);
	if (ok && !store_mfa_state(store, a->id, &mfa)) {
		copy_text(err, err_size, store_error(store));
		ok = false;
	} else if (ok && mfa.apps >= MFA_APPS_MAX) {
		snprintf(
			err, err_size,
			_("%s has %d authentication apps, the most PACER allows; account mfa reset removes them."),
			username, mfa.apps);
		ok = false;
	}
	wipe_memory(a, sizeof *a);
	free(a);
	if (ok && !mfa_new_secret(secret)) {
		copy_text(err, err_size, _("The system gave no random numbers for a new key."));
		ok = false;
	}
	struct staff_app app = { name, secret };
	return ok && change_account(store, staff, username, "staff mfa add", add_app, &app, err, err_size);
}
