/* SPDX-License-Identifier: MIT */
/* The audit log. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <string.h>

#include "base/util.h"

bool store_audit(struct store *store, const struct audit_event *event)
{
	char at[STORE_TIME_MAX];
	now_timestamp(at);
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT INTO audit_log (at, terminal, username, court_id, event, outcome)"
		       " VALUES (?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, at, event->terminal, event->username, event->court_id, event->event,
		       event->outcome);
	return sql_finish_write(store, stmt);
}

bool store_each_audit(struct store *store, const struct audit_filter *f, audit_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT at, terminal, username, court_id, event, outcome FROM audit_log"
		       " WHERE (?1 = '' OR at >= ?1) AND (?2 = '' OR substr(at, 1, 10) <= ?2)"
		       " AND (?3 = '' OR username = ?3 COLLATE NOCASE) AND (?4 = '' OR event = ?4)"
		       " ORDER BY id");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, f->since, f->until, f->username, f->event);
	struct sql_rows rows = sql_rows_start(store, stmt, "audit_log");
	while (sql_rows_next(&rows)) {
		struct audit_row row;
		sql_column_text(stmt, 0, row.at, sizeof row.at);
		sql_column_text(stmt, 1, row.terminal, sizeof row.terminal);
		sql_column_text(stmt, 2, row.username, sizeof row.username);
		sql_column_text(stmt, 3, row.court_id, sizeof row.court_id);
		sql_column_text(stmt, 4, row.event, sizeof row.event);
		sql_column_text(stmt, 5, row.outcome, sizeof row.outcome);
		if (!visit(&row, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_count_audit(struct store *store, const char *event, int *count)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT count(*) FROM audit_log WHERE event = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, event);
	return sql_single_int(store, stmt, count, "audit_log");
}
