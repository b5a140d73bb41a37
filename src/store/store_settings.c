/* Settings. */
#include <config.h>

#include "store/store_internal.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* A number a setting holds, into out when it is whole and within
 * [min, max]; otherwise out keeps its default (a hand-edited database). */
static void setting_number(const char *value, long min, long max, int *out)
{
	char *end;
	errno = 0;
	long n = strtol(value, &end, 10);
	if (errno == 0 && end != value && *end == '\0' && n >= min && n <= max)
		*out = (int)n;
}

bool store_load_settings(struct store *store, struct store_settings *out)
{
	memset(out, 0, sizeof *out);
	out->lockout_attempts = STORE_DEFAULT_LOCKOUT_ATTEMPTS;
	out->lockout_minutes = STORE_DEFAULT_LOCKOUT_MINUTES;
	out->password_policy = STORE_DEFAULT_POLICY;
	out->busy_wait_seconds = BUSY_WAIT_SECONDS;
	out->idle_seconds = -1;	/* not set: the wizard decides */
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT key, value FROM settings");
	if (stmt == NULL)
		return false;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *key = (const char *)sqlite3_column_text(stmt, 0);
		const char *value = (const char *)sqlite3_column_text(stmt, 1);
		if (key == NULL || value == NULL)
			continue;
		if (strcmp(key, "as_of") == 0)
			copy_text(out->as_of, sizeof out->as_of, value);
		else if (strcmp(key, "lockout_attempts") == 0)
			setting_number(value, 1, 100, &out->lockout_attempts);
		else if (strcmp(key, "lockout_minutes") == 0)
			setting_number(value, 1, 24L * 60, &out->lockout_minutes);
		else if (strcmp(key, "password_policy") == 0 && strcmp(value, "2025") == 0)
			out->password_policy = 2025;
		else if (strcmp(key, "kiosk") == 0)
			out->kiosk = strcmp(value, "on") == 0;
		else if (strcmp(key, "idle") == 0)
			setting_number(value, 0, 86400, &out->idle_seconds);
		else if (strcmp(key, "kiosk_passphrase") == 0)
			copy_text(out->kiosk_passphrase_hash, sizeof out->kiosk_passphrase_hash, value);
		else if (strcmp(key, "busy_wait") == 0)
			setting_number(value, 1, BUSY_WAIT_MAX_SECONDS, &out->busy_wait_seconds);
	}
	if (rc != SQLITE_DONE)
		sql_set_error(store, "settings");
	sql_release(store, stmt);
	return rc == SQLITE_DONE;
}

void store_settings_today(const struct store_settings *settings, char out[STORE_DATE_MAX])
{
	if (settings->as_of[0] != '\0')
		copy_text(out, STORE_DATE_MAX, settings->as_of);
	else
		local_date(out);
}

bool store_set_setting(struct store *store, const char *key, const char *value)
{
	sqlite3_stmt *stmt = sql_prepare(store,
		"INSERT INTO settings (key, value) VALUES (?, ?)"
		" ON CONFLICT (key) DO UPDATE SET value = excluded.value");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, key);
	sql_bind_text(stmt, 2, value);
	return sql_finish_write(store, stmt);
}
