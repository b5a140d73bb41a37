/* SPDX-License-Identifier: MIT */
/* A trainer's classes and their trainees. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

enum store_result store_add_class(struct store *store, const char *name, const char *court_id,
				  const char *kind)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT INTO classes (name, court_id, kind, created_at, started_at,"
		       " started_after_audit_id)"
		       " VALUES (?, ?, ?, ?4, ?4, (SELECT coalesce(max(id), 0) FROM audit_log))");
	if (stmt == NULL)
		return STORE_FAILED;
	SQL_BIND_TEXTS(stmt, 1, name, court_id, kind, now);
	int rc = sqlite3_step(stmt);
	sql_release(store, stmt);
	if (rc == SQLITE_DONE)
		return STORE_DONE;
	if (rc == SQLITE_CONSTRAINT)
		return STORE_USERNAME_TAKEN;
	sql_set_error(store, "classes");
	return STORE_FAILED;
}

bool store_add_class_member(struct store *store, const struct class_member *m)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT INTO class_members (class_name, position, pacer_account_id, ecf_account_id,"
		       " start_username, start_password_hash, start_kind, logins, failed_logins, lockouts,"
		       " upgrade_started_at, link_started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, m->class_name);
	sqlite3_bind_int(stmt, 2, m->position);
	sqlite3_bind_int64(stmt, 3, m->pacer_account_id);
	if (m->ecf_account_id > 0)
		sqlite3_bind_int64(stmt, 4, m->ecf_account_id);
	else
		sqlite3_bind_null(stmt, 4);
	sql_bind_text(stmt, 5, m->start_username);
	sql_bind_text(stmt, 6, m->start_password_hash);
	sql_bind_text(stmt, 7, m->start_kind);
	sqlite3_bind_int(stmt, 8, m->progress.logins);
	sqlite3_bind_int(stmt, 9, m->progress.failed_logins);
	sqlite3_bind_int(stmt, 10, m->progress.lockouts);
	SQL_BIND_TEXTS(stmt, 11, m->progress.upgrade_started_at, m->progress.link_started_at);
	return sql_finish_write(store, stmt);
}

bool store_each_class_member(struct store *store, class_member_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT m.class_name, c.court_id, c.kind, m.position, m.start_username,"
		       " m.start_password_hash, m.start_kind, p.username, coalesce(e.login, ''),"
		       " m.logins, m.failed_logins, m.lockouts, m.upgrade_started_at, m.link_started_at"
		       " FROM class_members m JOIN classes c ON c.name = m.class_name"
		       " JOIN pacer_accounts p ON p.id = m.pacer_account_id"
		       " LEFT JOIN ecf_accounts e ON e.id = m.ecf_account_id"
		       " ORDER BY m.class_name, m.position");
	if (stmt == NULL)
		return false;
	struct sql_rows rows = sql_rows_start(store, stmt, "class_members");
	while (sql_rows_next(&rows)) {
		struct class_member_state m = { 0 };
		m.start.class_name = (const char *)sqlite3_column_text(stmt, 0);
		sql_column_text(stmt, 1, m.class_court, sizeof m.class_court);
		sql_column_text(stmt, 2, m.class_kind, sizeof m.class_kind);
		m.start.position = sqlite3_column_int(stmt, 3);
		m.start.start_username = (const char *)sqlite3_column_text(stmt, 4);
		m.start.start_password_hash = (const char *)sqlite3_column_text(stmt, 5);
		m.start.start_kind = (const char *)sqlite3_column_text(stmt, 6);
		m.username = (const char *)sqlite3_column_text(stmt, 7);
		m.ecf_login = (const char *)sqlite3_column_text(stmt, 8);
		sql_read_progress(stmt, 9, &m.start.progress);
		if (!visit(&m, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_class_exists(struct store *store, const char *name, char court_id[STORE_COURT_ID_MAX], bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT court_id FROM classes WHERE name = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, name);
	int rc = sqlite3_step(stmt);
	*found = rc == SQLITE_ROW;
	if (*found)
		sql_column_text(stmt, 0, court_id, STORE_COURT_ID_MAX);
	else if (rc != SQLITE_DONE)
		sql_set_error(store, "classes");
	sql_release(store, stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* One row per trainee: the accounts, the progress kept with the trainee
 * and the newest session since the class or the trainee was (re)started,
 * each by an index: the report does not grow with the audit log. */
static const char class_report_sql[] =
	"SELECT m.position, trim(p.first_name || ' ' || p.last_name), m.start_username, p.username,"
	" p.kind, p.upgraded_at, coalesce(e.linked_at, ''), coalesce(e.court_id, ''),"
	" m.logins, m.failed_logins, m.lockouts, m.upgrade_started_at, m.link_started_at,"
	" coalesce(r.screen, ''), r.id IS NOT NULL, m.start_kind = 'upgraded', p.id"
	" FROM class_members m JOIN classes c ON c.name = m.class_name"
	" JOIN pacer_accounts p ON p.id = m.pacer_account_id"
	" LEFT JOIN ecf_accounts e ON e.id = m.ecf_account_id"
	" LEFT JOIN room_sessions r ON r.id = (SELECT max(id) FROM room_sessions"
	"  WHERE pacer_account_id = p.id AND seen_at >= max(c.started_at, m.reset_at))"
	" WHERE m.class_name = ? ORDER BY m.position";

void sql_read_progress(sqlite3_stmt *stmt, int column, struct member_progress *out)
{
	out->logins = sqlite3_column_int(stmt, column);
	out->failed_logins = sqlite3_column_int(stmt, column + 1);
	out->lockouts = sqlite3_column_int(stmt, column + 2);
	sql_column_text(stmt, column + 3, out->upgrade_started_at, sizeof out->upgrade_started_at);
	sql_column_text(stmt, column + 4, out->link_started_at, sizeof out->link_started_at);
}

bool store_each_trainee(struct store *store, const char *class_name, trainee_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store, class_report_sql);
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, class_name);
	struct trainee_progress *t = xcalloc(1, sizeof *t);
	struct sql_rows rows = sql_rows_start(store, stmt, "class_members");
	bool mfa_read = true;
	while (sql_rows_next(&rows)) {
		memset(t, 0, sizeof *t);
		t->position = sqlite3_column_int(stmt, 0);
		sql_column_text(stmt, 1, t->name, sizeof t->name);
		sql_column_text(stmt, 2, t->start_username, sizeof t->start_username);
		sql_column_text(stmt, 3, t->username, sizeof t->username);
		char kind[16];
		sql_column_text(stmt, 4, kind, sizeof kind);
		t->upgraded = strcmp(kind, "upgraded") == 0;
		sql_column_text(stmt, 5, t->upgraded_at, sizeof t->upgraded_at);
		sql_column_text(stmt, 6, t->linked_at, sizeof t->linked_at);
		sql_column_text(stmt, 7, t->court_id, sizeof t->court_id);
		sql_read_progress(stmt, 8, &t->progress);
		sql_column_text(stmt, 13, t->screen, sizeof t->screen);
		t->connected_once = sqlite3_column_int(stmt, 14) != 0;
		t->started_upgraded = sqlite3_column_int(stmt, 15) != 0;
		mfa_read = store_mfa_state(store, sqlite3_column_int64(stmt, 16), &t->mfa);
		if (!mfa_read || !visit(t, data))
			sql_rows_stop(&rows);
	}
	free(t);
	return sql_rows_ok(&rows) && mfa_read;
}

/* The trainees a reset takes: ?1 the class, ?2 a position or 0 for all. */
#define RESET_MEMBERS \
	"(SELECT pacer_account_id FROM class_members WHERE class_name = ?1 AND ?2 IN (0, position))"

static const char *const reset_steps[] = {
	/* What the trainees did: their drafts, requests and links... */
	"DELETE FROM drafts WHERE pacer_account_id IN " RESET_MEMBERS,
	"DELETE FROM ecf_accounts WHERE efile_request_id IN (SELECT id FROM efile_requests"
	" WHERE pacer_account_id IN " RESET_MEMBERS ")",
	"DELETE FROM efile_requests WHERE pacer_account_id IN " RESET_MEMBERS,
	"UPDATE ecf_accounts SET pacer_account_id = NULL, linked_at = ''"
	" WHERE id IN (SELECT ecf_account_id FROM class_members WHERE class_name = ?1"
	"  AND ?2 IN (0, position))",
	"DELETE FROM security_answers WHERE account_id IN (SELECT pacer_account_id FROM class_members"
	" WHERE class_name = ?1 AND ?2 IN (0, position) AND start_kind = 'legacy')",
	/* ...their authentication apps and backup codes... */
	"DELETE FROM mfa_apps WHERE pacer_account_id IN " RESET_MEMBERS,
	"DELETE FROM mfa_backup_codes WHERE pacer_account_id IN " RESET_MEMBERS,
	/* ...their progress, from now... */
	"UPDATE class_members SET logins = 0, failed_logins = 0, lockouts = 0, upgrade_started_at = '',"
	" link_started_at = '', reset_at = CASE WHEN ?2 = 0 THEN '' ELSE ?3 END"
	" WHERE class_name = ?1 AND ?2 IN (0, position)",
	"UPDATE classes SET started_at = ?3,"
	" started_after_audit_id = (SELECT coalesce(max(id), 0) FROM audit_log) WHERE name = ?1 AND ?2 = 0",
	/* ...and their accounts as they were handed out. */
	"UPDATE pacer_accounts SET"
	" username = (SELECT start_username FROM class_members m WHERE m.pacer_account_id ="
	"   pacer_accounts.id AND m.class_name = ?1),"
	" password_hash = (SELECT start_password_hash FROM class_members m"
	"   WHERE m.pacer_account_id = pacer_accounts.id AND m.class_name = ?1),"
	" kind = (SELECT start_kind FROM class_members m WHERE m.pacer_account_id ="
	"   pacer_accounts.id AND m.class_name = ?1),"
	" legacy_username = '', upgraded_at = '', failed_logins = 0, locked_until = '', mfa_skips = 0,"
	" user_type = CASE WHEN (SELECT start_kind FROM class_members m WHERE"
	"   m.pacer_account_id = pacer_accounts.id AND m.class_name = ?1) = 'legacy'"
	"   THEN '' ELSE user_type END,"
	" date_of_birth = CASE WHEN (SELECT start_kind FROM class_members m WHERE"
	"   m.pacer_account_id = pacer_accounts.id AND m.class_name = ?1) = 'legacy'"
	"   THEN '' ELSE date_of_birth END"
	" WHERE id IN " RESET_MEMBERS,
};

bool store_reset_trainees(struct store *store, const char *class_name, int position, int *count)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	bool ok = true;
	for (size_t i = 0; ok && i < sizeof reset_steps / sizeof reset_steps[0]; i++) {
		sqlite3_stmt *stmt = sql_prepare(store, reset_steps[i]);
		ok = stmt != NULL;
		if (ok) {
			sql_bind_text(stmt, 1, class_name);
			sqlite3_bind_int(stmt, 2, position);
			sql_bind_text(stmt, 3, now);
			ok = sql_finish_write(store, stmt);
		}
	}
	if (!ok)
		return false;
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT count(*) FROM class_members WHERE class_name = ? AND ? IN (0, position)");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, class_name);
	sqlite3_bind_int(stmt, 2, position);
	return sql_single_int(store, stmt, count, "class_members");
}

bool store_count_trainee_login(struct store *store, long long pacer_account_id, enum trainee_login what)
{
	if (what == TRAINEE_LOGIN_WHILE_LOCKED)
		return true;
	sqlite3_stmt *stmt = sql_prepare(store, "UPDATE class_members SET logins = logins + ?,"
						" failed_logins = failed_logins + ?, lockouts = lockouts + ?"
						" WHERE pacer_account_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int(stmt, 1, what == TRAINEE_LOGIN_SUCCESS);
	sqlite3_bind_int(stmt, 2, what != TRAINEE_LOGIN_SUCCESS);
	sqlite3_bind_int(stmt, 3, what == TRAINEE_LOGIN_FAILED_AND_LOCKED);
	sqlite3_bind_int64(stmt, 4, pacer_account_id);
	return sql_finish_write(store, stmt);
}

bool store_each_class(struct store *store, class_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT name FROM classes ORDER BY name");
	if (stmt == NULL)
		return false;
	struct sql_rows rows = sql_rows_start(store, stmt, "classes");
	while (sql_rows_next(&rows)) {
		char name[STORE_TEXT_MAX];
		sql_column_text(stmt, 0, name, sizeof name);
		if (!visit(name, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_each_class_summary(struct store *store, class_summary_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT c.name, c.court_id, c.kind, c.created_at, count(m.position),"
		       " c.room_idle, coalesce(sum(a.kind = 'upgraded'), 0),"
		       " coalesce(sum(EXISTS (SELECT 1 FROM ecf_accounts e WHERE e.pacer_account_id = a.id"
		       "  AND e.linked_at <> '')), 0)"
		       " FROM classes c LEFT JOIN class_members m ON m.class_name = c.name"
		       " LEFT JOIN pacer_accounts a ON a.id = m.pacer_account_id"
		       " GROUP BY c.name ORDER BY c.name");
	if (stmt == NULL)
		return false;
	struct sql_rows rows = sql_rows_start(store, stmt, "classes");
	while (sql_rows_next(&rows)) {
		struct class_summary c;
		sql_column_text(stmt, 0, c.name, sizeof c.name);
		sql_column_text(stmt, 1, c.court_id, sizeof c.court_id);
		sql_column_text(stmt, 2, c.kind, sizeof c.kind);
		sql_column_text(stmt, 3, c.created_at, sizeof c.created_at);
		c.trainees = sqlite3_column_int(stmt, 4);
		c.room_idle = sqlite3_column_int(stmt, 5);
		c.upgraded = sqlite3_column_int(stmt, 6);
		c.linked = sqlite3_column_int(stmt, 7);
		if (!visit(&c, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

/* Each statement takes the class's name as ?1; the accounts go before
 * the class, whose members name them. */
static const char *const class_deletions[] = {
	"DELETE FROM ecf_accounts WHERE id IN"
	" (SELECT ecf_account_id FROM class_members WHERE class_name = ?1)",
	"DELETE FROM pacer_accounts WHERE id IN"
	" (SELECT pacer_account_id FROM class_members WHERE class_name = ?1)",
	"DELETE FROM classes WHERE name = ?1",
};

bool store_delete_class(struct store *store, const char *class_name, const struct audit_event *record,
			int *trainees)
{
	*trainees = 0;
	sqlite3_stmt *count = sql_prepare(store, "SELECT count(*) FROM class_members WHERE class_name = ?");
	if (count == NULL || !store_begin(store)) {
		sql_release(store, count);
		return false;
	}
	sql_bind_text(count, 1, class_name);
	bool ok = sql_single_int(store, count, trainees, "class_members");
	for (size_t i = 0; ok && i < sizeof class_deletions / sizeof class_deletions[0]; i++) {
		sqlite3_stmt *stmt = sql_prepare(store, class_deletions[i]);
		if (stmt != NULL)
			sql_bind_text(stmt, 1, class_name);
		ok = sql_finish_write(store, stmt);
	}
	return store_end(store, ok && store_audit(store, record));
}

bool store_find_class(struct store *store, const char *name, struct class_summary *out, int *last_position,
		      bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(
		store,
		"SELECT c.name, c.court_id, c.kind, c.created_at, count(m.position),"
		" coalesce(max(m.position), 0), c.room_idle FROM classes c"
		" LEFT JOIN class_members m ON m.class_name = c.name WHERE c.name = ? GROUP BY c.name");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, name);
	memset(out, 0, sizeof *out);
	int rc = sqlite3_step(stmt);
	*found = rc == SQLITE_ROW;
	if (*found) {
		sql_column_text(stmt, 0, out->name, sizeof out->name);
		sql_column_text(stmt, 1, out->court_id, sizeof out->court_id);
		sql_column_text(stmt, 2, out->kind, sizeof out->kind);
		sql_column_text(stmt, 3, out->created_at, sizeof out->created_at);
		out->trainees = sqlite3_column_int(stmt, 4);
		*last_position = sqlite3_column_int(stmt, 5);
		out->room_idle = sqlite3_column_int(stmt, 6);
	} else if (rc != SQLITE_DONE) {
		sql_set_error(store, "classes");
	}
	sql_release(store, stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

bool store_find_trainee(struct store *store, const char *class_name, const char *who,
			struct trainee_identity *out, bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT m.position, trim(p.first_name || ' ' || p.last_name), p.username, p.kind,"
		       " coalesce(e.login, ''), coalesce(e.name, ''), m.start_username, m.pacer_account_id"
		       " FROM class_members m"
		       " JOIN pacer_accounts p ON p.id = m.pacer_account_id"
		       " LEFT JOIN ecf_accounts e ON e.id = m.ecf_account_id"
		       " WHERE m.class_name = ?1 AND (CAST(m.position AS TEXT) = ?2"
		       "  OR m.start_username = ?2 COLLATE NOCASE OR p.username = ?2 COLLATE NOCASE)");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, class_name, who);
	memset(out, 0, sizeof *out);
	int rc = sqlite3_step(stmt);
	*found = rc == SQLITE_ROW;
	if (*found) {
		out->position = sqlite3_column_int(stmt, 0);
		sql_column_text(stmt, 1, out->name, sizeof out->name);
		sql_column_text(stmt, 2, out->username, sizeof out->username);
		char kind[16];
		sql_column_text(stmt, 3, kind, sizeof kind);
		out->upgraded = strcmp(kind, "upgraded") == 0;
		sql_column_text(stmt, 4, out->ecf_login, sizeof out->ecf_login);
		sql_column_text(stmt, 5, out->ecf_name, sizeof out->ecf_name);
		sql_column_text(stmt, 6, out->start_username, sizeof out->start_username);
		out->account_id = sqlite3_column_int64(stmt, 7);
	} else if (rc != SQLITE_DONE) {
		sql_set_error(store, "class_members");
	}
	sql_release(store, stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

/* Each takes the class (?1), the position (?2) and a hash (?3). */
static const char *const trainee_password_steps[] = {
	"UPDATE pacer_accounts SET password_hash = ?3, failed_logins = 0, locked_until = ''"
	" WHERE id = (SELECT pacer_account_id FROM class_members WHERE class_name = ?1 AND position = ?2)",
	"UPDATE class_members SET start_password_hash = ?3 WHERE class_name = ?1 AND position = ?2",
	"UPDATE ecf_accounts SET password_hash = ?3"
	" WHERE id = (SELECT ecf_account_id FROM class_members WHERE class_name = ?1 AND position = ?2)",
};

bool store_set_trainee_passwords(struct store *store, const char *class_name, int position,
				 const char *pacer_hash, const char *ecf_hash)
{
	const char *hashes[] = { pacer_hash, pacer_hash, ecf_hash };
	bool ok = true;
	for (size_t i = 0; ok && i < sizeof hashes / sizeof hashes[0]; i++) {
		sqlite3_stmt *stmt = sql_prepare(store, trainee_password_steps[i]);
		if (stmt != NULL) {
			sql_bind_text(stmt, 1, class_name);
			sqlite3_bind_int(stmt, 2, position);
			sql_bind_text(stmt, 3, hashes[i]);
		}
		ok = sql_finish_write(store, stmt);
	}
	return ok;
}

bool store_each_trainee_mfa(struct store *store, const char *class_name, int position, const char *app_name,
			    trainee_mfa_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT m.position, m.pacer_account_id, p.mfa_required,"
		       " EXISTS (SELECT 1 FROM mfa_apps a WHERE a.pacer_account_id = p.id AND a.name = ?3)"
		       " FROM class_members m JOIN pacer_accounts p ON p.id = m.pacer_account_id"
		       " WHERE m.class_name = ?1 AND ?2 IN (0, m.position) ORDER BY m.position");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, class_name);
	sqlite3_bind_int(stmt, 2, position);
	sql_bind_text(stmt, 3, app_name);
	struct sql_rows rows = sql_rows_start(store, stmt, "class_members");
	while (sql_rows_next(&rows)) {
		struct trainee_mfa t = {
			.position = sqlite3_column_int(stmt, 0),
			.account_id = sqlite3_column_int64(stmt, 1),
			.rule = sql_column_mfa_rule(stmt, 2),
			.has_app = sqlite3_column_int(stmt, 3) != 0,
		};
		if (!visit(&t, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_set_class_mfa(struct store *store, const char *name, const char *mfa)
{
	sqlite3_stmt *stmt = sql_prepare(store, "UPDATE classes SET mfa = ? WHERE name = ?");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, mfa, name);
	return sql_finish_write(store, stmt);
}

bool store_class_mfa(struct store *store, const char *name, char *out, size_t size)
{
	out[0] = '\0';
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT mfa FROM classes WHERE name = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, name);
	int rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		sql_column_text(stmt, 0, out, size);
	else if (rc != SQLITE_DONE)
		sql_set_error(store, "classes");
	sql_release(store, stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}
