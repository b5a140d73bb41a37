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
		       " start_username, start_password_hash, start_kind) VALUES (?, ?, ?, ?, ?, ?, ?)");
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
	return sql_finish_write(store, stmt);
}

bool store_each_class_member(struct store *store, class_member_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT m.class_name, c.court_id, c.kind, m.position, m.start_username,"
		       " m.start_password_hash, m.start_kind, p.username, coalesce(e.login, '')"
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

/* One row per trainee: where they are, from the accounts and the audit
 * log (a trainee's attempts are those under either of their usernames). */
static const char class_report_sql[] =
	"SELECT m.position, trim(p.first_name || ' ' || p.last_name), m.start_username, p.username,"
	" p.kind, p.upgraded_at, coalesce(e.linked_at, ''), coalesce(e.court_id, ''),"
	" (SELECT count(*) FROM audit_log a WHERE a.event = 'login' AND a.outcome = 'success'"
	"   AND a.id > c.started_after_audit_id"
	"   AND a.username IN (m.start_username, p.username) COLLATE NOCASE),"
	" (SELECT count(*) FROM audit_log a WHERE a.event = 'login'"
	"   AND a.outcome = 'wrong username or password'"
	"   AND a.id > c.started_after_audit_id"
	"   AND a.username IN (m.start_username, p.username) COLLATE NOCASE),"
	" (SELECT count(*) FROM audit_log a WHERE a.event = 'login' AND a.outcome = 'locked'"
	"   AND a.id > c.started_after_audit_id"
	"   AND a.username IN (m.start_username, p.username) COLLATE NOCASE),"
	" coalesce((SELECT d.screen FROM drafts d WHERE d.pacer_account_id = p.id"
	"   ORDER BY d.saved_at DESC, d.rowid DESC LIMIT 1), ''),"
	" m.start_kind = 'upgraded'"
	" FROM class_members m JOIN classes c ON c.name = m.class_name"
	" JOIN pacer_accounts p ON p.id = m.pacer_account_id"
	" LEFT JOIN ecf_accounts e ON e.id = m.ecf_account_id"
	" WHERE m.class_name = ? ORDER BY m.position";

bool store_each_trainee(struct store *store, const char *class_name, trainee_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store, class_report_sql);
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, class_name);
	struct trainee_progress *t = xcalloc(1, sizeof *t);
	struct sql_rows rows = sql_rows_start(store, stmt, "class_members");
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
		t->logins = sqlite3_column_int(stmt, 8);
		t->failed_logins = sqlite3_column_int(stmt, 9);
		t->locked_attempts = sqlite3_column_int(stmt, 10);
		sql_column_text(stmt, 11, t->unfinished_screen, sizeof t->unfinished_screen);
		t->started_upgraded = sqlite3_column_int(stmt, 12) != 0;
		if (!visit(t, data))
			sql_rows_stop(&rows);
	}
	free(t);
	return sql_rows_ok(&rows);
}

bool store_reset_class(struct store *store, const char *class_name, int *count)
{
	static const char *const steps[] = {
		/* What the trainees did: their drafts, requests and links... */
		"DELETE FROM drafts WHERE pacer_account_id IN"
		" (SELECT pacer_account_id FROM class_members WHERE class_name = ?1)",
		"DELETE FROM ecf_accounts WHERE efile_request_id IN (SELECT id FROM efile_requests"
		" WHERE pacer_account_id IN"
		"  (SELECT pacer_account_id FROM class_members WHERE class_name = ?1))",
		"DELETE FROM efile_requests WHERE pacer_account_id IN"
		" (SELECT pacer_account_id FROM class_members WHERE class_name = ?1)",
		"UPDATE ecf_accounts SET pacer_account_id = NULL, linked_at = ''"
		" WHERE id IN (SELECT ecf_account_id FROM class_members WHERE class_name = ?1)",
		"DELETE FROM security_answers WHERE account_id IN"
		" (SELECT pacer_account_id FROM class_members WHERE class_name = ?1"
		"  AND start_kind = 'legacy')",
		/* ...and their accounts as they were handed out. */
		"UPDATE pacer_accounts SET"
		" username = (SELECT start_username FROM class_members m WHERE m.pacer_account_id ="
		"   pacer_accounts.id AND m.class_name = ?1),"
		" password_hash = (SELECT start_password_hash FROM class_members m"
		"   WHERE m.pacer_account_id = pacer_accounts.id AND m.class_name = ?1),"
		" kind = (SELECT start_kind FROM class_members m WHERE m.pacer_account_id ="
		"   pacer_accounts.id AND m.class_name = ?1),"
		" legacy_username = '', upgraded_at = '', failed_logins = 0, locked_until = '',"
		" user_type = CASE WHEN (SELECT start_kind FROM class_members m WHERE"
		"   m.pacer_account_id = pacer_accounts.id AND m.class_name = ?1) = 'legacy'"
		"   THEN '' ELSE user_type END,"
		" date_of_birth = CASE WHEN (SELECT start_kind FROM class_members m WHERE"
		"   m.pacer_account_id = pacer_accounts.id AND m.class_name = ?1) = 'legacy'"
		"   THEN '' ELSE date_of_birth END"
		" WHERE id IN (SELECT pacer_account_id FROM class_members WHERE class_name = ?1)",
	};
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *restart = sql_prepare(
		store,
		"UPDATE classes SET started_at = ?,"
		" started_after_audit_id = (SELECT coalesce(max(id), 0) FROM audit_log) WHERE name = ?");
	bool ok = restart != NULL;
	if (ok) {
		sql_bind_text(restart, 1, now);
		sql_bind_text(restart, 2, class_name);
		ok = sql_finish_write(store, restart);
	}
	for (size_t i = 0; ok && i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *stmt = sql_prepare(store, steps[i]);
		ok = stmt != NULL;
		if (ok) {
			sql_bind_text(stmt, 1, class_name);
			ok = sql_finish_write(store, stmt);
		}
	}
	if (!ok)
		return false;
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT count(*) FROM class_members WHERE class_name = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, class_name);
	return sql_single_int(store, stmt, count, "class_members");
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
		       " coalesce(sum(a.kind = 'upgraded'), 0),"
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
		c.upgraded = sqlite3_column_int(stmt, 5);
		c.linked = sqlite3_column_int(stmt, 6);
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
