/* SPDX-License-Identifier: MIT */
/* The room: where each session of the wizard is, for the trainer's live
 * view. A session writes its row when it starts, at each screen change
 * and when it ends; nothing per key. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <string.h>

#include "base/util.h"

bool store_room_open(struct store *store, const struct room_mark *mark, long long *id)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = sql_prepare(store,
					 "INSERT INTO room_sessions (pid, process_start, host, terminal,"
					 " started_at, seen_at) VALUES (?, ?, ?, ?, ?5, ?5)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, mark->pid);
	SQL_BIND_TEXTS(stmt, 2, mark->process_start, store->host, mark->terminal, now);
	if (!sql_finish_write(store, stmt))
		return false;
	*id = sqlite3_last_insert_rowid(store->db);
	return true;
}

/* The trainee's first time in a step (changes a row only then). */
static bool mark_step_begun(struct store *store, long long pacer_account_id, const char *step,
			    const char *since)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE class_members SET"
		       " upgrade_started_at = CASE WHEN ?2 = 'upgrade' THEN ?3 ELSE upgrade_started_at END,"
		       " link_started_at = CASE WHEN ?2 = 'link' THEN ?3 ELSE link_started_at END"
		       " WHERE pacer_account_id = ?1 AND ((?2 = 'upgrade' AND upgrade_started_at = '')"
		       "  OR (?2 = 'link' AND link_started_at = ''))");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, pacer_account_id);
	SQL_BIND_TEXTS(stmt, 2, step, since);
	return sql_finish_write(store, stmt);
}

bool store_room_seen(struct store *store, long long id, long long pacer_account_id, const char *screen,
		     const char *step, const char *step_since)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	/* Logged out, the session stays the last account's: a trainee who
	 * finished and quit is still seen as theirs. */
	sqlite3_stmt *stmt = sql_prepare(store, "UPDATE room_sessions SET pacer_account_id ="
						" CASE WHEN ?1 > 0 THEN ?1 ELSE pacer_account_id END,"
						" screen = ?2, seen_at = ?3 WHERE id = ?4");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, pacer_account_id);
	SQL_BIND_TEXTS(stmt, 2, screen, now);
	sqlite3_bind_int64(stmt, 4, id);
	if (pacer_account_id <= 0 || step[0] == '\0')
		return sql_finish_write(store, stmt);
	/* Both in one commit: a screen change stays one write. */
	if (!store_begin(store)) {
		sql_release(store, stmt);
		return false;
	}
	bool ok = sql_finish_write(store, stmt) &&
		  mark_step_begun(store, pacer_account_id, step, step_since[0] != '\0' ? step_since : now);
	return store_end(store, ok);
}

bool store_room_end(struct store *store, long long id, const char *how)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = sql_prepare(store,
					 "UPDATE room_sessions SET ended_at = ?, ended_how = ? WHERE id = ?");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, now, how);
	sqlite3_bind_int64(stmt, 3, id);
	return sql_finish_write(store, stmt);
}

bool store_room_take_reset(struct store *store, long long id, bool *requested)
{
	/* A read at each action; a write only when there is a request. */
	int asked = 0;
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT reset_requested FROM room_sessions WHERE id = ?");
	if (stmt != NULL)
		sqlite3_bind_int64(stmt, 1, id);
	*requested = false;
	if (!sql_single_int(store, stmt, &asked, "room_sessions"))
		return false;
	if (asked == 0)
		return true;
	stmt = sql_prepare(store, "UPDATE room_sessions SET reset_requested = 0 WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, id);
	*requested = sql_finish_write(store, stmt);
	return *requested;
}

bool store_room_request_trainee_reset(struct store *store, const char *class_name, int position)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "UPDATE room_sessions SET reset_requested = 1 WHERE ended_at = ''"
					 " AND pacer_account_id IN (SELECT pacer_account_id"
					 " FROM class_members WHERE class_name = ? AND ? IN (0, position))");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, class_name);
	sqlite3_bind_int(stmt, 2, position);
	return sql_finish_write(store, stmt);
}

bool store_set_class_running(struct store *store, const char *class_name, int idle_seconds,
			     const struct audit_event *record)
{
	sqlite3_stmt *stmt = sql_prepare(store, "UPDATE classes SET room_idle = ? WHERE name = ?");
	if (stmt == NULL || !store_begin(store)) {
		sql_release(store, stmt);
		return false;
	}
	sqlite3_bind_int(stmt, 1, idle_seconds);
	sql_bind_text(stmt, 2, class_name);
	bool ok = sql_finish_write(store, stmt) && store_audit(store, record);
	return store_end(store, ok);
}

bool store_room_mode(struct store *store, bool *running, int *idle_seconds)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT count(*), CASE WHEN min(room_idle) = 0 THEN 0"
						" ELSE coalesce(max(room_idle), 0) END"
						" FROM classes WHERE room_idle >= 0");
	if (stmt == NULL)
		return false;
	int rc = sqlite3_step(stmt);
	*running = rc == SQLITE_ROW && sqlite3_column_int(stmt, 0) > 0;
	*idle_seconds = rc == SQLITE_ROW ? sqlite3_column_int(stmt, 1) : 0;
	if (rc != SQLITE_ROW)
		sql_set_error(store, "classes");
	sql_release(store, stmt);
	return rc == SQLITE_ROW;
}

/* A class's trainees, each with the newest session of the account seen
 * since the class was made or reset; or, with no class, every session of
 * the last day not ended and the newest of each account. The link
 * failures of a session come from the audit log by its index on
 * (username, event, at): the room stays quick however long the log.
 * The last column is the account's id (0: none), for its MFA. */
static const char room_sql[] =
	"SELECT coalesce(m.position, 0), coalesce(a.prefix, ''), coalesce(a.first_name, ''),"
	" coalesce(a.middle_name, ''), coalesce(a.last_name, ''), coalesce(a.username, ''),"
	" coalesce(a.kind, ''), coalesce(a.failed_logins, 0), coalesce(a.locked_until, ''),"
	" coalesce((SELECT max(e.linked_at) FROM ecf_accounts e WHERE e.pacer_account_id = a.id), ''),"
	" coalesce(r.pid, 0), coalesce(r.process_start, ''), coalesce(r.host, ''), coalesce(r.terminal, ''),"
	" coalesce(r.screen, ''), coalesce(r.started_at, ''), coalesce(r.seen_at, ''),"
	" coalesce(r.ended_at, ''), coalesce(r.ended_how, ''),"
	" (SELECT count(*) FROM audit_log l WHERE r.id IS NOT NULL AND l.at >= r.started_at"
	"  AND l.username = a.username AND l.event = 'link' AND l.outcome LIKE 'wrong%'),"
	" a.id"
	" FROM class_members m JOIN classes c ON c.name = m.class_name"
	" JOIN pacer_accounts a ON a.id = m.pacer_account_id"
	" LEFT JOIN room_sessions r ON r.id = (SELECT max(id) FROM room_sessions"
	"  WHERE pacer_account_id = a.id AND seen_at >= max(c.started_at, m.reset_at))"
	" WHERE ?1 <> '' AND m.class_name = ?1"
	" UNION ALL "
	"SELECT 0, coalesce(a.prefix, ''), coalesce(a.first_name, ''), coalesce(a.middle_name, ''),"
	" coalesce(a.last_name, ''), coalesce(a.username, ''), coalesce(a.kind, ''),"
	" coalesce(a.failed_logins, 0), coalesce(a.locked_until, ''),"
	" coalesce((SELECT max(e.linked_at) FROM ecf_accounts e WHERE e.pacer_account_id = a.id), ''),"
	" r.pid, r.process_start, r.host, r.terminal, r.screen, r.started_at, r.seen_at, r.ended_at,"
	" r.ended_how,"
	" (SELECT count(*) FROM audit_log l WHERE l.at >= r.started_at AND l.username = a.username"
	"  AND l.event = 'link' AND l.outcome LIKE 'wrong%'),"
	" coalesce(a.id, 0)"
	" FROM room_sessions r LEFT JOIN pacer_accounts a ON a.id = r.pacer_account_id"
	" WHERE ?1 = '' AND r.seen_at >= strftime('%Y-%m-%d %H:%M:%S', 'now', '-1 day')"
	" AND (r.ended_at = '' OR r.id ="
	"  (SELECT max(id) FROM room_sessions WHERE pacer_account_id = r.pacer_account_id"
	"   AND r.pacer_account_id > 0))"
	" ORDER BY 1, 17 DESC";

static void read_room_row(sqlite3_stmt *stmt, struct room_row *row)
{
	memset(row, 0, sizeof *row);
	row->position = sqlite3_column_int(stmt, 0);
	char first[STORE_TEXT_MAX], middle[STORE_TEXT_MAX], last[STORE_TEXT_MAX], prefix[STORE_TEXT_MAX];
	sql_column_text(stmt, 1, prefix, sizeof prefix);
	sql_column_text(stmt, 2, first, sizeof first);
	sql_column_text(stmt, 3, middle, sizeof middle);
	sql_column_text(stmt, 4, last, sizeof last);
	snprintf(row->name, sizeof row->name, "%s%s%s%s%s%s%s", prefix, prefix[0] ? " " : "", first,
		 middle[0] ? " " : "", middle, last[0] ? " " : "", last);
	sql_column_text(stmt, 5, row->username, sizeof row->username);
	char kind[16];
	sql_column_text(stmt, 6, kind, sizeof kind);
	row->upgraded = strcmp(kind, "upgraded") == 0;
	row->failed_logins = sqlite3_column_int(stmt, 7);
	sql_column_text(stmt, 8, row->locked_until, sizeof row->locked_until);
	sql_column_text(stmt, 9, row->linked_at, sizeof row->linked_at);
	row->pid = sqlite3_column_int64(stmt, 10);
	sql_column_text(stmt, 11, row->process_start, sizeof row->process_start);
	sql_column_text(stmt, 12, row->host, sizeof row->host);
	sql_column_text(stmt, 13, row->terminal, sizeof row->terminal);
	sql_column_text(stmt, 14, row->screen, sizeof row->screen);
	sql_column_text(stmt, 15, row->started_at, sizeof row->started_at);
	sql_column_text(stmt, 16, row->seen_at, sizeof row->seen_at);
	sql_column_text(stmt, 17, row->ended_at, sizeof row->ended_at);
	sql_column_text(stmt, 18, row->ended_how, sizeof row->ended_how);
	row->link_failures = sqlite3_column_int(stmt, 19);
}

bool store_each_room_row(struct store *store, const char *class_name, room_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store, room_sql);
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, class_name);
	struct sql_rows rows = sql_rows_start(store, stmt, "room_sessions");
	bool mfa_read = true;
	while (sql_rows_next(&rows)) {
		struct room_row row;
		read_room_row(stmt, &row);
		long long account_id = sqlite3_column_int64(stmt, 20);
		if (account_id > 0)
			mfa_read = store_mfa_state(store, account_id, &row.mfa);
		if (!mfa_read || !visit(&row, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows) && mfa_read;
}
