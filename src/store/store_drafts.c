/* SPDX-License-Identifier: MIT */
/* Running sessions and the drafts each one typed. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <string.h>

#include "base/util.h"

bool store_open_session(struct store *store, const struct session_mark *mark, long long *id)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT INTO sessions (pid, process_start, kiosk, started_at) VALUES (?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, mark->pid);
	sql_bind_text(stmt, 2, mark->process_start);
	sqlite3_bind_int(stmt, 3, mark->kiosk ? 1 : 0);
	sql_bind_text(stmt, 4, now);
	if (!sql_finish_write(store, stmt))
		return false;
	*id = sqlite3_last_insert_rowid(store->db);
	return true;
}

bool store_close_session(struct store *store, long long id, bool with_drafts)
{
	if (!store_begin(store))
		return false;
	bool ok = true;
	if (with_drafts) {
		sqlite3_stmt *drafts = sql_prepare(store, "DELETE FROM drafts WHERE session_id = ?");
		ok = drafts != NULL;
		if (ok) {
			sqlite3_bind_int64(drafts, 1, id);
			ok = sql_finish_write(store, drafts);
		}
	}
	sqlite3_stmt *mark = ok ? sql_prepare(store, "DELETE FROM sessions WHERE id = ?") : NULL;
	ok = mark != NULL;
	if (ok) {
		sqlite3_bind_int64(mark, 1, id);
		ok = sql_finish_write(store, mark);
	}
	return store_end(store, ok);
}

bool store_delete_session_drafts(struct store *store, long long id)
{
	sqlite3_stmt *stmt = sql_prepare(store, "DELETE FROM drafts WHERE session_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, id);
	return sql_finish_write(store, stmt);
}

bool store_count_sessions(struct store *store, int *count)
{
	return sql_single_int(store, sql_prepare(store, "SELECT count(*) FROM sessions"), count, "sessions");
}

bool store_each_session(struct store *store, session_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT id, pid, process_start, kiosk FROM sessions");
	if (stmt == NULL)
		return false;
	struct session_mark mark;
	struct sql_rows rows = sql_rows_start(store, stmt, "sessions");
	while (sql_rows_next(&rows)) {
		memset(&mark, 0, sizeof mark);
		mark.id = sqlite3_column_int64(stmt, 0);
		mark.pid = sqlite3_column_int64(stmt, 1);
		sql_column_text(stmt, 2, mark.process_start, sizeof mark.process_start);
		mark.kiosk = sqlite3_column_int(stmt, 3) != 0;
		if (!visit(&mark, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_forget_deleted(struct store *store)
{
	/* secure_delete zeroes what a DELETE frees in the database file; the
	 * write-ahead log still holds the pages as they were until they are
	 * copied back and the log is emptied. Another session reading at the
	 * moment may keep part of the log: its own checkpoint finishes it. */
	int log_frames = 0, copied = 0;
	int rc = sqlite3_wal_checkpoint_v2(store->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log_frames, &copied);
	if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
		sql_set_error(store, "checkpoint");
		return false;
	}
	return true;
}

bool store_save_draft(struct store *store, const struct draft_key *key, const char *screen,
		      const char *const *fields, const char *const *values, size_t n)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	if (!store_begin(store))
		return false;
	sqlite3_stmt *clear = sql_prepare(
		store, "DELETE FROM drafts WHERE pacer_account_id = ? AND session_id = ? AND screen = ?");
	bool ok = clear != NULL;
	if (ok) {
		sqlite3_bind_int64(clear, 1, key->account_id);
		sqlite3_bind_int64(clear, 2, key->session_id);
		sql_bind_text(clear, 3, screen);
		ok = sql_finish_write(store, clear);
	}
	/* One statement for every field: a draft is saved each time a field
	 * is left, so it must cost little. */
	sqlite3_stmt *insert =
		ok ? sql_prepare(
			     store,
			     "INSERT INTO drafts (pacer_account_id, session_id, screen, field, value, saved_at)"
			     " VALUES (?, ?, ?, ?, ?, ?)")
		   : NULL;
	ok = insert != NULL;
	if (ok) {
		sqlite3_bind_int64(insert, 1, key->account_id);
		sqlite3_bind_int64(insert, 2, key->session_id);
		sql_bind_text(insert, 3, screen);
		sql_bind_text(insert, 6, now);
	}
	for (size_t i = 0; ok && i < n; i++) {
		sql_bind_text(insert, 4, fields[i]);
		sql_bind_text(insert, 5, values[i]);
		ok = sqlite3_step(insert) == SQLITE_DONE;
		if (!ok)
			sql_set_error(store, "write");
		sqlite3_reset(insert);
	}
	sql_release(store, insert);
	return store_end(store, ok);
}

bool store_each_draft(struct store *store, const struct draft_key *key, draft_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(
		store,
		"SELECT screen, field, value FROM drafts WHERE pacer_account_id = ? AND session_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, key->account_id);
	sqlite3_bind_int64(stmt, 2, key->session_id);
	struct sql_rows rows = sql_rows_start(store, stmt, "drafts");
	while (sql_rows_next(&rows)) {
		const char *screen = (const char *)sqlite3_column_text(stmt, 0);
		const char *field = (const char *)sqlite3_column_text(stmt, 1);
		const char *value = (const char *)sqlite3_column_text(stmt, 2);
		if (!visit(screen ? screen : "", field ? field : "", value ? value : "", data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

/* Drafts a session may be offered: its own and those of sessions no
 * longer marked; a kiosk's only its own. */
#define OFFERABLE " AND (session_id = ?3 OR (?4 = 0 AND session_id NOT IN (SELECT id FROM sessions)))"

bool store_latest_draft(struct store *store, const struct draft_key *key, bool own_only, const char *work,
			struct draft_found *found)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT saved_at, screen, session_id FROM drafts WHERE pacer_account_id = ?1"
		       " AND substr(screen, 1, length(?2)) = ?2" OFFERABLE
		       " ORDER BY saved_at DESC, rowid DESC LIMIT 1");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, key->account_id);
	sql_bind_text(stmt, 2, work);
	sqlite3_bind_int64(stmt, 3, key->session_id);
	sqlite3_bind_int(stmt, 4, own_only ? 1 : 0);
	int rc = sqlite3_step(stmt);
	memset(found, 0, sizeof *found);
	found->found = rc == SQLITE_ROW;
	if (found->found) {
		sql_column_text(stmt, 0, found->saved_at, sizeof found->saved_at);
		sql_column_text(stmt, 1, found->screen, sizeof found->screen);
		found->session_id = sqlite3_column_int64(stmt, 2);
	} else if (rc != SQLITE_DONE) {
		sql_set_error(store, "drafts");
	}
	sql_release(store, stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

bool store_adopt_drafts(struct store *store, const struct draft_key *key, const char *work,
			long long from_session)
{
	if (from_session == key->session_id)
		return true;
	if (!store_begin(store))
		return false;
	static const char *const steps[] = {
		/* What this session had of that work gives way to what it takes up. */
		"DELETE FROM drafts WHERE pacer_account_id = ?1 AND session_id = ?3"
		" AND substr(screen, 1, length(?2)) = ?2",
		"UPDATE drafts SET session_id = ?3 WHERE pacer_account_id = ?1 AND session_id = ?4"
		" AND substr(screen, 1, length(?2)) = ?2",
	};
	bool ok = true;
	for (size_t i = 0; ok && i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *stmt = sql_prepare(store, steps[i]);
		ok = stmt != NULL;
		if (!ok)
			break;
		sqlite3_bind_int64(stmt, 1, key->account_id);
		sql_bind_text(stmt, 2, work);
		sqlite3_bind_int64(stmt, 3, key->session_id);
		sqlite3_bind_int64(stmt, 4, from_session);
		ok = sql_finish_write(store, stmt);
	}
	return store_end(store, ok);
}

bool store_delete_drafts(struct store *store, const struct draft_key *key, const char *work)
{
	/* A live session's draft stays its own: it saves it again anyway. */
	sqlite3_stmt *stmt = sql_prepare(
		store, "DELETE FROM drafts WHERE pacer_account_id = ?1"
		       " AND substr(screen, 1, length(?2)) = ?2"
		       " AND (session_id = ?3 OR session_id NOT IN (SELECT id FROM sessions))");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, key->account_id);
	sql_bind_text(stmt, 2, work);
	sqlite3_bind_int64(stmt, 3, key->session_id);
	return sql_finish_write(store, stmt);
}
