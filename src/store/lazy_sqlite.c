/* SPDX-License-Identifier: MIT */
/* Every function of SQLite that nextgen-wizard calls, loaded at its
 * first call, after the start screen is painted (base/lazy.h). The
 * compiler holds each definition to sqlite3.h. */
#include <config.h>

#include <sqlite3.h>
#include <stddef.h>

#include "base/lazy.h"

static struct lazy_library sqlite = { SQLITE3_SONAME, NULL };

void lazy_open_store_libraries(void)
{
	lazy_open(&sqlite);
}

LAZY_FUNCTION(sqlite, int, sqlite3_open_v2, (const char *file, sqlite3 **db, int flags, const char *vfs),
	      (file, db, flags, vfs))
LAZY_FUNCTION(sqlite, int, sqlite3_close, (sqlite3 * db), (db))
LAZY_FUNCTION(sqlite, int, sqlite3_exec,
	      (sqlite3 * db, const char *sql, int (*callback)(void *, int, char **, char **), void *data,
	       char **message),
	      (db, sql, callback, data, message))
LAZY_FUNCTION(sqlite, int, sqlite3_prepare_v2,
	      (sqlite3 * db, const char *sql, int bytes, sqlite3_stmt **stmt, const char **tail),
	      (db, sql, bytes, stmt, tail))
LAZY_FUNCTION(sqlite, int, sqlite3_prepare_v3,
	      (sqlite3 * db, const char *sql, int bytes, unsigned int flags, sqlite3_stmt **stmt,
	       const char **tail),
	      (db, sql, bytes, flags, stmt, tail))
LAZY_FUNCTION(sqlite, int, sqlite3_step, (sqlite3_stmt * stmt), (stmt))
LAZY_FUNCTION(sqlite, int, sqlite3_reset, (sqlite3_stmt * stmt), (stmt))
LAZY_FUNCTION(sqlite, int, sqlite3_finalize, (sqlite3_stmt * stmt), (stmt))
LAZY_FUNCTION(sqlite, int, sqlite3_clear_bindings, (sqlite3_stmt * stmt), (stmt))
LAZY_FUNCTION(sqlite, const char *, sqlite3_sql, (sqlite3_stmt * stmt), (stmt))
LAZY_FUNCTION(sqlite, int, sqlite3_bind_int, (sqlite3_stmt * stmt, int i, int value), (stmt, i, value))
LAZY_FUNCTION(sqlite, int, sqlite3_bind_int64, (sqlite3_stmt * stmt, int i, sqlite3_int64 value),
	      (stmt, i, value))
LAZY_FUNCTION(sqlite, int, sqlite3_bind_null, (sqlite3_stmt * stmt, int i), (stmt, i))
LAZY_FUNCTION(sqlite, int, sqlite3_bind_text,
	      (sqlite3_stmt * stmt, int i, const char *text, int bytes, void (*release)(void *)),
	      (stmt, i, text, bytes, release))
LAZY_FUNCTION(sqlite, int, sqlite3_column_int, (sqlite3_stmt * stmt, int column), (stmt, column))
LAZY_FUNCTION(sqlite, sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt * stmt, int column), (stmt, column))
LAZY_FUNCTION(sqlite, const unsigned char *, sqlite3_column_text, (sqlite3_stmt * stmt, int column),
	      (stmt, column))
LAZY_FUNCTION(sqlite, int, sqlite3_column_type, (sqlite3_stmt * stmt, int column), (stmt, column))
LAZY_FUNCTION(sqlite, const char *, sqlite3_errmsg, (sqlite3 * db), (db))
LAZY_FUNCTION(sqlite, int, sqlite3_extended_errcode, (sqlite3 * db), (db))
LAZY_FUNCTION(sqlite, int, sqlite3_system_errno, (sqlite3 * db), (db))
LAZY_FUNCTION(sqlite, int, sqlite3_changes, (sqlite3 * db), (db))
LAZY_FUNCTION(sqlite, sqlite3_int64, sqlite3_last_insert_rowid, (sqlite3 * db), (db))
LAZY_FUNCTION(sqlite, int, sqlite3_get_autocommit, (sqlite3 * db), (db))
LAZY_FUNCTION(sqlite, int, sqlite3_busy_handler, (sqlite3 * db, int (*handler)(void *, int), void *data),
	      (db, handler, data))
LAZY_FUNCTION(sqlite, int, sqlite3_sleep, (int ms), (ms))
LAZY_FUNCTION(sqlite, int, sqlite3_wal_checkpoint_v2,
	      (sqlite3 * db, const char *name, int mode, int *log, int *checkpointed),
	      (db, name, mode, log, checkpointed))
LAZY_FUNCTION(sqlite, sqlite3_backup *, sqlite3_backup_init,
	      (sqlite3 * to, const char *to_name, sqlite3 *from, const char *from_name),
	      (to, to_name, from, from_name))
LAZY_FUNCTION(sqlite, int, sqlite3_backup_step, (sqlite3_backup * backup, int pages), (backup, pages))
LAZY_FUNCTION(sqlite, int, sqlite3_backup_finish, (sqlite3_backup * backup), (backup))
