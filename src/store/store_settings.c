/* SPDX-License-Identifier: MIT */
/* Settings. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/settings.h"
#include "base/util.h"

/* One setting's value into out; a value out of its range (a hand-edited
 * database) leaves what out held, the default. */
static void apply_setting(struct store_settings *out, const struct setting *setting, const char *value)
{
	switch ((enum setting_id)(setting - settings_table)) {
	case SETTING_AS_OF:
		copy_text(out->as_of, sizeof out->as_of, value);
		break;
	case SETTING_POLICY:
		if (setting_is_choice(setting, value))
			out->password_policy = (int)strtol(value, NULL, 10);
		break;
	case SETTING_LOCKOUT_ATTEMPTS:
		setting_number(setting, value, &out->lockout_attempts);
		break;
	case SETTING_LOCKOUT_MINUTES:
		setting_number(setting, value, &out->lockout_minutes);
		break;
	case SETTING_BUSY_WAIT:
		setting_number(setting, value, &out->busy_wait_seconds);
		break;
	case SETTING_KIOSK:
		out->kiosk = strcmp(value, "on") == 0;
		break;
	case SETTING_IDLE:
		setting_number(setting, value, &out->idle_seconds);
		break;
	case SETTING_KIOSK_PASSPHRASE:
		copy_text(out->kiosk_passphrase_hash, sizeof out->kiosk_passphrase_hash, value);
		break;
	case SETTING_CONNECT:
		copy_text(out->connect, sizeof out->connect, value);
		break;
	case SETTING_ERA:
		if (setting_is_choice(setting, value))
			out->era = (int)strtol(value, NULL, 10);
		break;
	case SETTING_COUNT:
		break;
	}
}

void store_default_settings(struct store_settings *out)
{
	memset(out, 0, sizeof *out);
	out->idle_seconds = -1; /* not set: the wizard decides */
	for (size_t i = 0; i < SETTING_COUNT; i++)
		apply_setting(out, &settings_table[i], settings_table[i].default_value);
}

bool store_load_settings(struct store *store, struct store_settings *out)
{
	store_default_settings(out);
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT key, value FROM settings");
	if (stmt == NULL)
		return false;
	struct sql_rows rows = sql_rows_start(store, stmt, "settings");
	while (sql_rows_next(&rows)) {
		const char *key = (const char *)sqlite3_column_text(stmt, 0);
		const char *value = (const char *)sqlite3_column_text(stmt, 1);
		const struct setting *setting = key != NULL ? setting_named(key) : NULL;
		if (setting != NULL && value != NULL)
			apply_setting(out, setting, value);
	}
	return sql_rows_ok(&rows);
}

void store_settings_today(const struct store_settings *settings, char out[STORE_DATE_MAX])
{
	if (settings->as_of[0] != '\0')
		copy_text(out, STORE_DATE_MAX, settings->as_of);
	else
		local_date(out);
}

bool store_rehash_kiosk_passphrase(struct store *store, const char *checked_hash, const char *new_hash)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE settings SET value = ? WHERE key = 'kiosk-passphrase' AND value = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, new_hash);
	sql_bind_text(stmt, 2, checked_hash);
	return sql_finish_write(store, stmt);
}

bool store_set_setting(struct store *store, const char *key, const char *value)
{
	/* A key of no setting would be stored and never read: a caller's
	 * mistake (an old key name), said rather than lost. */
	if (setting_named(key) == NULL) {
		snprintf(store->error, sizeof store->error, _("There is no setting called %s."), key);
		return false;
	}
	sqlite3_stmt *stmt = sql_prepare(store, "INSERT INTO settings (key, value) VALUES (?, ?)"
						" ON CONFLICT (key) DO UPDATE SET value = excluded.value");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, key);
	sql_bind_text(stmt, 2, value);
	return sql_finish_write(store, stmt);
}
