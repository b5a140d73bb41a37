/* SPDX-License-Identifier: MIT */
/* Multifactor authentication: a person's authentication apps (the key
 * each was given, which is needed to check a passcode and so is kept
 * here and nowhere else), their backup codes (as hashes) and the skips
 * left before enrolling is required. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <string.h>

#include "base/util.h"

bool store_add_mfa_app(struct store *store, long long account_id, const char *name, const char *secret,
		       long long *id)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = sql_prepare(store,
					 "INSERT INTO mfa_apps (pacer_account_id, name, secret, added_at)"
					 " VALUES (?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	SQL_BIND_TEXTS(stmt, 2, name, secret, now);
	if (!sql_finish_write(store, stmt))
		return false;
	*id = sqlite3_last_insert_rowid(store->db);
	return true;
}

bool store_each_mfa_app(struct store *store, long long account_id, mfa_app_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT id, name, secret, added_at, last_step FROM mfa_apps"
						" WHERE pacer_account_id = ? ORDER BY id");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	struct sql_rows rows = sql_rows_start(store, stmt, "mfa_apps");
	while (sql_rows_next(&rows)) {
		struct mfa_app app;
		app.id = sqlite3_column_int64(stmt, 0);
		sql_column_text(stmt, 1, app.name, sizeof app.name);
		sql_column_text(stmt, 2, app.secret, sizeof app.secret);
		sql_column_text(stmt, 3, app.added_at, sizeof app.added_at);
		app.last_step = sqlite3_column_int64(stmt, 4);
		bool go_on = visit(&app, data);
		wipe_memory(app.secret, sizeof app.secret);
		if (!go_on)
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_use_mfa_step(struct store *store, long long app_id, long long step, bool *used)
{
	/* Only forward: two sessions typing the same passcode at once get
	 * it once between them. */
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE mfa_apps SET last_step = ?1 WHERE id = ?2 AND last_step < ?1");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, step);
	sqlite3_bind_int64(stmt, 2, app_id);
	if (!sql_finish_write(store, stmt))
		return false;
	*used = sqlite3_changes(store->db) == 1;
	return true;
}

bool store_delete_mfa_app(struct store *store, long long account_id, long long app_id)
{
	sqlite3_stmt *stmt = sql_prepare(store, "DELETE FROM mfa_apps WHERE id = ? AND pacer_account_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, app_id);
	sqlite3_bind_int64(stmt, 2, account_id);
	return sql_finish_write(store, stmt);
}

bool store_replace_backup_codes(struct store *store, long long account_id, const char *const *hashes,
				size_t n)
{
	sqlite3_stmt *stmt = sql_prepare(store, "DELETE FROM mfa_backup_codes WHERE pacer_account_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	bool ok = sql_finish_write(store, stmt);
	for (size_t i = 0; ok && i < n; i++) {
		stmt = sql_prepare(
			store, "INSERT INTO mfa_backup_codes (pacer_account_id, code_hash) VALUES (?, ?)");
		ok = stmt != NULL;
		if (ok) {
			sqlite3_bind_int64(stmt, 1, account_id);
			sql_bind_text(stmt, 2, hashes[i]);
			ok = sql_finish_write(store, stmt);
		}
	}
	return ok;
}

bool store_each_backup_code(struct store *store, long long account_id, backup_code_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "SELECT rowid, code_hash FROM mfa_backup_codes"
					 " WHERE pacer_account_id = ? AND used_at = '' ORDER BY rowid");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	struct sql_rows rows = sql_rows_start(store, stmt, "mfa_backup_codes");
	while (sql_rows_next(&rows)) {
		char hash[STORE_TEXT_MAX];
		sql_column_text(stmt, 1, hash, sizeof hash);
		if (!visit(sqlite3_column_int64(stmt, 0), hash, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_use_backup_code(struct store *store, long long code_id, bool *used)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE mfa_backup_codes SET used_at = ? WHERE rowid = ? AND used_at = ''");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, now);
	sqlite3_bind_int64(stmt, 2, code_id);
	if (!sql_finish_write(store, stmt))
		return false;
	*used = sqlite3_changes(store->db) == 1;
	return true;
}

enum mfa_rule sql_column_mfa_rule(sqlite3_stmt *stmt, int column)
{
	if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
		return MFA_RULE_BY_ACCESS;
	return sqlite3_column_int(stmt, column) != 0 ? MFA_RULE_REQUIRED : MFA_RULE_NONE;
}

bool store_mfa_state(struct store *store, long long account_id, struct mfa_state *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *stmt = sql_prepare(
		store,
		"SELECT (SELECT count(*) FROM mfa_apps WHERE pacer_account_id = ?1),"
		" (SELECT count(*) FROM mfa_backup_codes WHERE pacer_account_id = ?1 AND used_at = ''),"
		" (SELECT count(*) FROM mfa_backup_codes WHERE pacer_account_id = ?1),"
		" coalesce((SELECT mfa_skips FROM pacer_accounts WHERE id = ?1), 0),"
		" (SELECT mfa_required FROM pacer_accounts WHERE id = ?1),"
		" EXISTS (SELECT 1 FROM ecf_accounts WHERE pacer_account_id = ?1)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		out->apps = sqlite3_column_int(stmt, 0);
		out->backup_codes_left = sqlite3_column_int(stmt, 1);
		out->has_backup_codes = sqlite3_column_int(stmt, 2) > 0;
		out->skips = sqlite3_column_int(stmt, 3);
		out->rule = sql_column_mfa_rule(stmt, 4);
		out->files = sqlite3_column_int(stmt, 5) != 0;
		out->enrolled = out->apps > 0 || out->backup_codes_left > 0;
		out->required = out->rule == MFA_RULE_REQUIRED ||
				(out->rule == MFA_RULE_BY_ACCESS && out->files);
	} else {
		sql_set_error(store, "mfa_apps");
	}
	sql_release(store, stmt);
	return rc == SQLITE_ROW;
}

bool store_count_mfa_skip(struct store *store, long long account_id, int most, bool *counted)
{
	sqlite3_stmt *stmt = sql_prepare(store, "UPDATE pacer_accounts SET mfa_skips = mfa_skips + 1"
						" WHERE id = ? AND mfa_skips < ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	sqlite3_bind_int(stmt, 2, most);
	if (!sql_finish_write(store, stmt))
		return false;
	*counted = sqlite3_changes(store->db) == 1;
	return true;
}

/* Each takes the account as ?1. */
static const char *const mfa_resets[] = {
	"DELETE FROM mfa_apps WHERE pacer_account_id = ?1",
	"DELETE FROM mfa_backup_codes WHERE pacer_account_id = ?1",
	"UPDATE pacer_accounts SET mfa_skips = 0 WHERE id = ?1",
};

bool store_reset_mfa(struct store *store, long long account_id)
{
	bool ok = true;
	for (size_t i = 0; ok && i < sizeof mfa_resets / sizeof mfa_resets[0]; i++) {
		sqlite3_stmt *stmt = sql_prepare(store, mfa_resets[i]);
		if (stmt != NULL)
			sqlite3_bind_int64(stmt, 1, account_id);
		ok = sql_finish_write(store, stmt);
	}
	return ok;
}

bool store_set_mfa_rule(struct store *store, long long account_id, enum mfa_rule rule)
{
	sqlite3_stmt *stmt = sql_prepare(store, "UPDATE pacer_accounts SET mfa_required = ? WHERE id = ?");
	if (stmt == NULL)
		return false;
	if (rule == MFA_RULE_BY_ACCESS)
		sqlite3_bind_null(stmt, 1);
	else
		sqlite3_bind_int(stmt, 1, rule == MFA_RULE_REQUIRED);
	sqlite3_bind_int64(stmt, 2, account_id);
	return sql_finish_write(store, stmt);
}
