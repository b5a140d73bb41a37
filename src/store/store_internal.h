/* SPDX-License-Identifier: MIT */
/* What the store's files share and nobody else sees: the connection,
 * its kept statements, and the few ways a statement is run. Every
 * function here that fails has written why into the store's error
 * (store_error), as the public ones do. */
#ifndef NGW_STORE_INTERNAL_H
#define NGW_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "store/store.h"

/* The statements a session runs again and again (a login, a draft, an
 * audit row), kept prepared: parsing SQL was a third of a whole flow's
 * work outside password hashing. */
#define STORE_KEPT_STATEMENTS 96

struct kept_statement {
	sqlite3_stmt *stmt;
	bool in_use; /* a caller has it now (one may be nested) */
};

struct store {
	sqlite3 *db;
	struct kept_statement kept[STORE_KEPT_STATEMENTS];
	size_t n_kept;
	char *path;
	dev_t device; /* the file opened, to notice it moved away */
	ino_t inode;
	char error[ERROR_MAX];
	char notice[ERROR_MAX]; /* said once after opening; "" when none */
	bool read_only; /* opened to read a copy: nothing is written */
	char host[64]; /* this machine, for the audit log */
	struct pending_log *pending; /* audit lines for the system log, sent
				      * when their transaction commits */
	int busy_wait_ms; /* how long a writer waits for the lock at most */
	struct timespec busy_since; /* when the present wait began */
};

/* The schema this program reads and writes (store_schema.c). */
#define SCHEMA_VERSION 13

/* The store's error, in words, for what was being done ("courts"). */
void sql_set_error(struct store *store, const char *what);
/* False, with the error set, when the file was moved or deleted. */
bool sql_still_in_place(struct store *store);
bool sql_exec(struct store *store, const char *sql);

/* A statement ready to run: kept from an earlier call when its text is
 * the same and no caller has it now. Give it back with sql_release. */
sqlite3_stmt *sql_prepare(struct store *store, const char *sql);
void sql_release(struct store *store, sqlite3_stmt *stmt);
void sql_finalize_kept(struct store *store);

/* Each runs a prepared statement (NULL: prepare failed, false) and
 * releases it. */
bool sql_finish_write(struct store *store, sqlite3_stmt *stmt);
bool sql_single_number(struct store *store, sqlite3_stmt *stmt, long long *out, const char *what);
bool sql_single_int(struct store *store, sqlite3_stmt *stmt, int *out, const char *what);
/* At most one row; read fills out from it; found tells whether there
 * was one. */
bool sql_find_one(struct store *store, sqlite3_stmt *stmt, void (*read)(sqlite3_stmt *, void *), void *out,
		  bool *found, const char *what);
/* The rows of a query, one at a time:
 *	struct sql_rows rows = sql_rows_start(store, stmt, "courts");
 *	while (sql_rows_next(&rows))
 *		... read rows.stmt; sql_rows_stop(&rows) when enough is seen ...
 *	return sql_rows_ok(&rows);
 * The last sql_rows_next releases the statement and, on a failure, sets
 * the error; sql_rows_stop releases it at once (stopping early is not a
 * failure). A NULL statement (prepare failed) gives no row and is not
 * ok. */
struct sql_rows {
	struct store *store;
	sqlite3_stmt *stmt;
	const char *what;
	int rc;
};
struct sql_rows sql_rows_start(struct store *store, sqlite3_stmt *stmt, const char *what);
bool sql_rows_next(struct sql_rows *rows);
void sql_rows_stop(struct sql_rows *rows);
bool sql_rows_ok(const struct sql_rows *rows);

void sql_bind_text(sqlite3_stmt *stmt, int index, const char *text);
/* texts[0] to parameter first, each next one to the next parameter. */
void sql_bind_texts(sqlite3_stmt *stmt, int first, const char *const texts[], size_t n);
/* sql_bind_texts for texts written out: SQL_BIND_TEXTS(stmt, 1, a, b, c). */
#define SQL_BIND_TEXTS(stmt, first, ...)                                      \
	sql_bind_texts((stmt), (first), (const char *const[]){ __VA_ARGS__ }, \
		       sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *))
void sql_column_text(sqlite3_stmt *stmt, int column, char *dst, size_t size);
/* A trainee's progress from five columns from column on (store_classes.c). */
void sql_read_progress(sqlite3_stmt *stmt, int column, struct member_progress *out);
/* pacer_accounts.mfa_required read as a rule: NULL by access, 1 required,
 * 0 none (store_mfa.c). */
enum mfa_rule sql_column_mfa_rule(sqlite3_stmt *stmt, int column);

/* Brings the schema to this version (store_schema.c); with keep_copy,
 * after a copy of an older database is written beside it, which the
 * notice names. */
bool sql_migrate(struct store *store, bool keep_copy, char *err, size_t err_size);
/* The schema version of store's database (0: a new, empty one). */
bool sql_schema_version(struct store *store, int *version);

struct stat;
/* Whether the file at path (st: its stat) can be a database: a regular
 * file, empty or starting as SQLite's do; a sentence in err when not. */
bool sql_check_database_file(const char *path, const struct stat *st, char *err, size_t err_size);
/* The rules for an existing database at path, before it is opened to
 * be read: in a shared folder (*shared) it may not be a symbolic link;
 * one wider than its folder's mode is narrowed, and notice says so. */
bool sql_guard_existing(const char *path, bool *shared, char *notice, size_t notice_size, char *err,
			size_t err_size);
/* A store on the database at path (st: its stat) with the flags of
 * sqlite3_open_v2 (SQLITE_OPEN_READONLY or _READWRITE, and more); NULL
 * with a sentence in err. */
struct store *sql_connect(const char *path, const struct stat *st, int flags, char *err, size_t err_size);
/* The connection's pragmas, after its pages are checked: writable
 * switches it to write-ahead logging. */
bool sql_configure(struct store *store, bool writable, char *err, size_t err_size);
/* The busy-wait setting applied, from the database's settings. */
bool sql_apply_settings(struct store *store, char *err, size_t err_size);
/* One more sentence for store_notice. */
void sql_add_notice(struct store *store, const char *sentence);
/* A copy of store's whole database written beside it, named
 * PATH.label (PATH.label-2 and on if that exists), with the database's
 * mode; its name into copy (size bytes). For a migration or a restore,
 * so nothing is lost (store_backup.c). */
bool sql_copy_beside(struct store *store, const char *label, char *copy, size_t size);
/* Audit lines waiting for their transaction: sent to the system log
 * when it commits, dropped when it rolls back (store_audit.c). */
void sql_log_commit(struct store *store);
void sql_log_rollback(struct store *store);

#endif
