/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "store/store_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/settings.h"
#include "base/util.h"

/* How often a writer looks again for the lock while another holds it. */
#define BUSY_LOOK_AGAIN_MS 1
/* Pages (4 KiB) in the write-ahead log before it is copied back: 40 MB,
 * more than a hundred whole flows write (see sql_configure). */
#define WAL_CHECKPOINT_PAGES 10000

/* What went wrong with the storage, in words a patron and the staff can
 * act on. The error code says most; the system's errno tells a disk
 * that became read-only or full from other input/output errors. */
static const char *explain_fault(int code, int system_errno)
{
	int primary = code & 0xff;
	if (code == SQLITE_READONLY_DBMOVED || system_errno == ENOENT)
		return _("The practice database was moved or deleted while in use, so nothing was "
			 "saved. Ask the staff to put it back, then try again.");
	if (primary == SQLITE_FULL || system_errno == ENOSPC || system_errno == EDQUOT)
		return _("The disk is full, so nothing was saved. Ask the staff to free some space, "
			 "then try again.");
	if (primary == SQLITE_READONLY || system_errno == EROFS || system_errno == EACCES ||
	    system_errno == EPERM)
		return _("The practice database cannot be written any more (it is read-only), so "
			 "nothing was saved. Ask the staff to check it, then try again.");
	if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
		return _("The practice database is damaged. Ask the staff to restore it from a copy "
			 "or to start a new one.");
	if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
		return _("The practice database is busy: another program has held it too long, so "
			 "nothing was saved. Try again in a moment.");
	if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)
		return _("The practice database could not be read or written (a disk error), so "
			 "nothing was saved. Ask the staff to check the disk.");
	return _("The practice database could not be used.");
}

/* The sentence first; SQLite's own words after it, for the staff. */
void sql_set_error(struct store *store, const char *what)
{
	/* SQLite keeps the system's errno only for some failures (not for a
	 * failed COMMIT); the failed call left it in errno. */
	int system_errno = errno;
	int code = sqlite3_extended_errcode(store->db);
	if (sqlite3_system_errno(store->db) != 0)
		system_errno = sqlite3_system_errno(store->db);
	if ((code & 0xff) != SQLITE_IOERR && (code & 0xff) != SQLITE_CANTOPEN)
		system_errno = 0;
	snprintf(store->error, sizeof store->error, "%s (%s: %s)", explain_fault(code, system_errno), what,
		 sqlite3_errmsg(store->db));
}

/* Writing to a file whose folder was moved or deleted would seem to work
 * and then vanish with the file: refuse before a write instead. */
bool sql_still_in_place(struct store *store)
{
	struct stat st;
	if (stat(store->path, &st) == 0 && st.st_dev == store->device && st.st_ino == store->inode)
		return true;
	snprintf(store->error, sizeof store->error, "%s (%s)", explain_fault(SQLITE_READONLY_DBMOVED, 0),
		 store->path);
	return false;
}

const char *store_notice(const struct store *store)
{
	return store->notice;
}

const char *store_error(const struct store *store)
{
	return store->error;
}

const char *store_path(const struct store *store)
{
	return store->path;
}

bool sql_exec(struct store *store, const char *sql)
{
	if (sqlite3_exec(store->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		sql_set_error(store, "exec");
		return false;
	}
	return true;
}

/* A statement ready to run: kept from an earlier call when its text is
 * the same and no caller has it now. Give it back with release. */
sqlite3_stmt *sql_prepare(struct store *store, const char *sql)
{
	for (size_t i = 0; i < store->n_kept; i++) {
		struct kept_statement *k = &store->kept[i];
		if (!k->in_use && strcmp(sqlite3_sql(k->stmt), sql) == 0) {
			k->in_use = true;
			return k->stmt;
		}
	}
	sqlite3_stmt *stmt = NULL;
	bool keep = store->n_kept < STORE_KEPT_STATEMENTS;
	if (sqlite3_prepare_v3(store->db, sql, -1, keep ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, NULL) !=
	    SQLITE_OK) {
		sql_set_error(store, "prepare");
		return NULL;
	}
	if (keep)
		store->kept[store->n_kept++] = (struct kept_statement){ stmt, true };
	return stmt;
}

/* Ends a statement from prepare: a kept one is reset, its values unbound
 * (so no typed text stays bound to it), and a read it held is over. */
void sql_release(struct store *store, sqlite3_stmt *stmt)
{
	if (stmt == NULL)
		return;
	for (size_t i = 0; i < store->n_kept; i++) {
		struct kept_statement *k = &store->kept[i];
		if (k->stmt == stmt) {
			sqlite3_reset(stmt);
			sqlite3_clear_bindings(stmt);
			k->in_use = false;
			return;
		}
	}
	sqlite3_finalize(stmt);
}

void sql_finalize_kept(struct store *store)
{
	for (size_t i = 0; i < store->n_kept; i++)
		sqlite3_finalize(store->kept[i].stmt);
	store->n_kept = 0;
}

/* Runs a statement that returns no rows, then releases it. */
bool sql_finish_write(struct store *store, sqlite3_stmt *stmt)
{
	if (stmt == NULL)
		return false;
	/* Inside a transaction, store_begin has looked already. */
	if (sqlite3_get_autocommit(store->db) && !sql_still_in_place(store)) {
		sql_release(store, stmt);
		return false;
	}
	int rc = sqlite3_step(stmt);
	if (rc != SQLITE_DONE)
		sql_set_error(store, "write");
	sql_release(store, stmt);
	return rc == SQLITE_DONE;
}

void sql_bind_text(sqlite3_stmt *stmt, int index, const char *text)
{
	sqlite3_bind_text(stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

void sql_bind_texts(sqlite3_stmt *stmt, int first, const char *const texts[], size_t n)
{
	for (size_t i = 0; i < n; i++)
		sql_bind_text(stmt, first + (int)i, texts[i]);
}

void sql_column_text(sqlite3_stmt *stmt, int column, char *dst, size_t size)
{
	const unsigned char *text = sqlite3_column_text(stmt, column);
	copy_text(dst, size, text ? (const char *)text : "");
}

/* Runs a prepared query whose answer is one number, then releases it. */
bool sql_single_number(struct store *store, sqlite3_stmt *stmt, long long *out, const char *what)
{
	if (stmt == NULL)
		return false;
	bool ok = sqlite3_step(stmt) == SQLITE_ROW;
	if (ok)
		*out = sqlite3_column_int64(stmt, 0);
	else
		sql_set_error(store, what);
	sql_release(store, stmt);
	return ok;
}

bool sql_single_int(struct store *store, sqlite3_stmt *stmt, int *out, const char *what)
{
	long long n = 0;
	bool ok = sql_single_number(store, stmt, &n, what);
	*out = (int)n;
	return ok;
}

/* Runs a prepared query for at most one row; read fills out from it.
 * found tells whether there was one. Releases the statement. */
bool sql_find_one(struct store *store, sqlite3_stmt *stmt, void (*read)(sqlite3_stmt *, void *), void *out,
		  bool *found, const char *what)
{
	*found = false;
	if (stmt == NULL)
		return false;
	int rc = sqlite3_step(stmt);
	*found = rc == SQLITE_ROW;
	if (*found)
		read(stmt, out);
	else if (rc != SQLITE_DONE)
		sql_set_error(store, what);
	sql_release(store, stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

struct sql_rows sql_rows_start(struct store *store, sqlite3_stmt *stmt, const char *what)
{
	return (struct sql_rows){ .store = store, .stmt = stmt, .what = what, .rc = SQLITE_ERROR };
}

bool sql_rows_next(struct sql_rows *rows)
{
	if (rows->stmt == NULL)
		return false;
	rows->rc = sqlite3_step(rows->stmt);
	if (rows->rc == SQLITE_ROW)
		return true;
	if (rows->rc != SQLITE_DONE)
		sql_set_error(rows->store, rows->what);
	sql_release(rows->store, rows->stmt);
	rows->stmt = NULL;
	return false;
}

void sql_rows_stop(struct sql_rows *rows)
{
	/* Released here, so a caller may stop and leave the loop at once. */
	if (rows->stmt != NULL)
		sql_release(rows->store, rows->stmt);
	rows->stmt = NULL;
	rows->rc = SQLITE_DONE;
}

bool sql_rows_ok(const struct sql_rows *rows)
{
	return rows->rc == SQLITE_DONE;
}

bool store_begin(struct store *store)
{
	return sql_still_in_place(store) && sql_exec(store, "BEGIN IMMEDIATE");
}

bool store_commit(struct store *store)
{
	if (sql_exec(store, "COMMIT")) {
		sql_log_commit(store);
		return true;
	}
	store_rollback(store);
	return false;
}

void store_rollback(struct store *store)
{
	if (!sqlite3_get_autocommit(store->db))
		sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
	sql_log_rollback(store);
}

bool store_end(struct store *store, bool ok)
{
	if (ok)
		return store_commit(store);
	store_rollback(store);
	return false;
}

/* mkdir -p with mode 0700 for every directory it creates. */
static bool make_directories(const char *dir, char *err, size_t err_size)
{
	char *path = xstrdup(dir);
	bool ok = true;
	for (char *p = path + 1; ok; p++) {
		bool end = *p == '\0';
		if (*p != '/' && !end)
			continue;
		*p = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST) {
			snprintf(err, err_size, _("Cannot create the folder %s: %s."), path, strerror(errno));
			ok = false;
		}
		if (end)
			break;
		*p = '/';
	}
	if (ok) {
		struct stat st;
		if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
			snprintf(err, err_size, _("Cannot create the folder %s: %s."), dir,
				 strerror(errno ? errno : ENOTDIR));
			ok = false;
		}
	}
	free(path);
	return ok;
}

static char *parent_directory(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	char *dir = xstrdup(path);
	dir[slash - path] = '\0';
	return dir;
}

bool sql_check_database_file(const char *path, const struct stat *st, char *err, size_t err_size)
{
	if (S_ISDIR(st->st_mode)) {
		snprintf(err, err_size, _("%s is a folder, not a database file."), path);
		return false;
	}
	if (!S_ISREG(st->st_mode)) {
		snprintf(err, err_size, _("%s is not a regular file."), path);
		return false;
	}
	if (st->st_size == 0)
		return true;
	static const char magic[16] = "SQLite format 3";
	char header[16];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, err_size, _("Cannot open %s: %s."), path, strerror(errno));
		return false;
	}
	ssize_t n = read(fd, header, sizeof header);
	close(fd);
	if (n != (ssize_t)sizeof header || memcmp(header, magic, sizeof magic) != 0) {
		snprintf(err, err_size, _("%s is not a nextgen-wizard database."), path);
		return false;
	}
	return true;
}

/* Looks at an existing file before SQLite does, so a wrong file is
 * refused without a single byte of it changed. */
static bool check_existing_file(const char *path, const struct stat *st, char *err, size_t err_size)
{
	if (!sql_check_database_file(path, st, err, err_size))
		return false;
	/* Mode bits, not access(2): a file marked read-only stays untouched
	 * even for root, who could write it anyway. */
	if ((st->st_mode & S_IWUSR) == 0 || access(path, W_OK) != 0) {
		snprintf(err, err_size, _("%s is read-only; the wizard needs to write to its database."),
			 path);
		return false;
	}
	return true;
}

static bool create_empty_file(const char *path, mode_t mode, char *err, size_t err_size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		snprintf(err, err_size, _("Cannot create %s: %s."), path, strerror(errno));
		return false;
	}
	/* Past the umask of 077: a shared database is the group's from the
	 * start. */
	if (fchmod(fd, mode) != 0) {
		snprintf(err, err_size, _("Cannot create %s: %s."), path, strerror(errno));
		close(fd);
		unlink(path);
		return false;
	}
	close(fd);
	return true;
}

/* Whether dir is a shared folder: setgid and writable by its group but
 * not by everyone (/var/lib/nextgen-wizard, 2770 root:nextgen), so what
 * is made there belongs to that group. /tmp or a 0775 home is not. */
static bool shared_folder(const char *dir)
{
	struct stat st;
	return stat(dir, &st) == 0 && (st.st_mode & S_ISGID) && (st.st_mode & S_IWGRP) &&
	       !(st.st_mode & S_IWOTH);
}

/* Narrows the regular file (never a link) at file to its mode and mode;
 * true when it is so now. The mode before goes to *was. */
static bool narrow_file(const char *file, mode_t mode, mode_t *was)
{
	int fd = open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return false;
	struct stat st;
	bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	if (ok) {
		*was = st.st_mode & 07777;
		ok = (*was & ~mode & 0777) == 0 || fchmod(fd, st.st_mode & mode & 0777) == 0;
	}
	close(fd);
	return ok;
}

/* A database (and its -wal and -shm) that more people may read or write
 * than its folder's mode allows is brought back to it, and notice says
 * so. Only ever narrower: a file is never opened wider than it was. */
static void tighten(const char *path, mode_t mode, char *notice, size_t notice_size)
{
	static const char *const suffixes[] = { "-wal", "-shm" };
	struct stat st;
	if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return;
	mode_t was = st.st_mode & 07777, now = was & mode & 0777;
	if ((was & ~mode & 0777) == 0)
		return;
	if (!narrow_file(path, mode, &was)) {
		snprintf(notice, notice_size,
			 _("%s can be read or changed by more people than its folder allows (mode %04o); "
			   "its owner can narrow it: chmod %04o %s"),
			 path, (unsigned)was, (unsigned)now, path);
		return;
	}
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *file = xasprintf("%s%s", path, suffixes[i]);
		mode_t side_was;
		(void)narrow_file(file, mode, &side_was);
		free(file);
	}
	snprintf(notice, notice_size,
		 _("%s could be read or changed by more people than its folder allows (mode %04o); it "
		   "is now %04o."),
		 path, (unsigned)was, (unsigned)now);
}

/* In a shared folder anyone of the group could plant a link where the
 * database should be, and have another member's program write through
 * it: there the database must be the file itself. */
static bool refuse_link_in_shared_folder(const char *path, bool shared, char *err, size_t err_size)
{
	struct stat st;
	if (!shared || lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
		return true;
	snprintf(err, err_size,
		 _("%s is a symbolic link; in a shared folder the database must be the file itself."), path);
	return false;
}

/* Waiting for another writer: its transactions are short (a password is
 * hashed before the lock is taken), so the lock is free again within
 * milliseconds. SQLite's own busy wait sleeps in growing steps up to
 * 100 ms and left the lock free while its waiters slept (30 flows at
 * once slept 163 times a flow, a fifth of the sleeps 100 ms long); a
 * waiter here looks again every millisecond, which halved the time a
 * flow slept, until the busy-wait setting has passed in all: then the
 * writer gives up and the person reads that the database is busy. */
static int wait_for_writer(void *data, int tries)
{
	struct store *store = data;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (tries == 0)
		store->busy_since = now;
	long long waited_ms = (long long)(now.tv_sec - store->busy_since.tv_sec) * 1000 +
			      (now.tv_nsec - store->busy_since.tv_nsec) / 1000000;
	if (waited_ms >= store->busy_wait_ms)
		return 0;
	sqlite3_sleep(BUSY_LOOK_AGAIN_MS);
	return 1;
}

void store_set_busy_wait(struct store *store, int milliseconds)
{
	store->busy_wait_ms = milliseconds;
	sqlite3_busy_handler(store->db, milliseconds > 0 ? wait_for_writer : NULL, store);
}

/* A damaged file is refused before anything is written to it, so what
 * is left of it can still be rescued. Checked: every table's pages and
 * indexes but the audit log's, which only grows (a year of a public
 * terminal is hundreds of thousands of rows, and checking them all made
 * every start 40 ms slower); a fault in the log is still reported by the
 * write or the report that meets it. */
static const char integrity_sql[] =
	"SELECT m.name || ': ' || q.quick_check FROM sqlite_master AS m, pragma_quick_check(m.name) AS q"
	" WHERE m.type = 'table' AND m.name <> 'audit_log' AND q.quick_check <> 'ok' LIMIT 1";

static bool check_integrity(struct store *store, char *err, size_t err_size)
{
	sqlite3_stmt *stmt = sql_prepare(store, integrity_sql);
	if (stmt == NULL) {
		copy_text(err, err_size, store->error);
		return false;
	}
	int rc = sqlite3_step(stmt);
	bool ok = rc == SQLITE_DONE;
	if (rc == SQLITE_ROW)
		snprintf(store->error, sizeof store->error, "%s (quick_check: %s)",
			 explain_fault(SQLITE_CORRUPT, 0), (const char *)sqlite3_column_text(stmt, 0));
	else if (!ok)
		sql_set_error(store, "quick_check");
	sql_release(store, stmt);
	if (!ok) {
		/* SQLite's report spans lines; a message is one. */
		for (char *p = store->error; *p; p++)
			if (*p == '\n')
				*p = ' ';
		char *message = xasprintf("%s: %s", store->path, store->error);
		copy_text(err, err_size, message);
		free(message);
	}
	return ok;
}

bool sql_configure(struct store *store, bool writable, char *err, size_t err_size)
{
	/* A training room writes at once; a writer waits its turn this long
	 * until the busy-wait setting is read. */
	store_set_busy_wait(store, setting_default_number(&settings_table[SETTING_BUSY_WAIT]) * 1000);
	if (!sql_exec(store, "PRAGMA foreign_keys = ON")) {
		copy_text(err, err_size, store->error);
		return false;
	}
	if (!check_integrity(store, err, err_size))
		return false;
	/* A copy read as it is keeps its journal mode: changing it writes.
	 * In WAL mode synchronous = NORMAL syncs the log only when it is
	 * copied back (a checkpoint), not at every commit: a power cut (not a
	 * crash of the program, whose writes the system already holds) may
	 * roll back the transactions of the last moments, those the system
	 * had not yet written to the disk (it does within 30 seconds by
	 * default): a login counted, a draft, an upgrade or a link just made,
	 * their audit rows (already in the system log), a class just created.
	 * The database stays whole and each transaction is all or nothing;
	 * what is lost is practice, done again in a minute. Syncing every
	 * commit would make every screen wait for the disk.
	 * The log is copied back once it holds WAL_CHECKPOINT_PAGES pages
	 * (SQLite's 1,000 is a few flows): a training room always has a
	 * reader in the log, so past the mark it could not start again
	 * from its beginning and every commit paid a checkpoint and its
	 * fdatasync (five a flow with 30 flows at once). Past 40 MB it
	 * still is copied back; the last session to close always does. */
	char *checkpoint = xasprintf("PRAGMA wal_autocheckpoint = %d", WAL_CHECKPOINT_PAGES);
	bool ok = (!writable || sql_exec(store, "PRAGMA journal_mode = WAL")) &&
		  sql_exec(store, "PRAGMA synchronous = NORMAL") && sql_exec(store, checkpoint) &&
		  sql_exec(store, "PRAGMA secure_delete = ON");
	free(checkpoint);
	if (!ok) {
		copy_text(err, err_size, store->error);
		return false;
	}
	return true;
}

struct store *sql_connect(const char *path, const struct stat *st, int flags, char *err, size_t err_size)
{
	struct store *store = xcalloc(1, sizeof *store);
	store->path = xstrdup(path);
	store->device = st->st_dev;
	store->inode = st->st_ino;
	store->read_only = (flags & SQLITE_OPEN_READONLY) != 0;
	if (gethostname(store->host, sizeof store->host) != 0)
		store->host[0] = '\0';
	store->host[sizeof store->host - 1] = '\0';
	if (sqlite3_open_v2(path, &store->db, flags | SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK) {
		snprintf(err, err_size, _("Cannot open %s: %s."), path,
			 store->db ? sqlite3_errmsg(store->db) : "?");
		store_close(store);
		return NULL;
	}
	return store;
}

bool sql_apply_settings(struct store *store, char *err, size_t err_size)
{
	struct store_settings settings;
	if (!store_load_settings(store, &settings)) {
		copy_text(err, err_size, store->error);
		return false;
	}
	store_set_busy_wait(store, settings.busy_wait_seconds * 1000);
	return true;
}

void sql_add_notice(struct store *store, const char *sentence)
{
	size_t used = strlen(store->notice);
	snprintf(store->notice + used, sizeof store->notice - used, "%s%s", used ? " " : "", sentence);
}

bool sql_guard_existing(const char *path, bool *shared, char *notice, size_t notice_size, char *err,
			size_t err_size)
{
	char *dir = parent_directory(path);
	*shared = shared_folder(dir);
	free(dir);
	if (!refuse_link_in_shared_folder(path, *shared, err, err_size))
		return false;
	tighten(path, *shared ? 0660 : 0600, notice, notice_size);
	return true;
}

struct store *store_open(const char *path, bool *created, char *err, size_t err_size)
{
	struct stat st;
	char notice[ERROR_MAX] = "";
	*created = false;
	err[0] = '\0';
	if (path == NULL || path[0] == '\0') {
		copy_text(err, err_size, _("No database file was given."));
		return NULL;
	}
	/* 0660 in a shared folder, else 0600 (a folder made now is 0700, not
	 * shared). SQLite gives its -wal and -shm the database's own mode;
	 * other files the programs write (slips, checklists) keep the umask
	 * of 077. */
	char *dir = parent_directory(path);
	bool shared = shared_folder(dir);
	mode_t mode = shared ? 0660 : 0600;
	if (!refuse_link_in_shared_folder(path, shared, err, err_size)) {
		free(dir);
		return NULL;
	}
	if (stat(path, &st) == 0) {
		free(dir);
		if (!check_existing_file(path, &st, err, err_size))
			return NULL;
		tighten(path, mode, notice, sizeof notice);
		*created = st.st_size == 0;
	} else if (errno == ENOENT || errno == ENOTDIR) {
		bool ok = make_directories(dir, err, err_size);
		free(dir);
		if (!ok || !create_empty_file(path, mode, err, err_size))
			return NULL;
		*created = true;
	} else {
		free(dir);
		snprintf(err, err_size, _("Cannot use %s: %s."), path, strerror(errno));
		return NULL;
	}

	if (stat(path, &st) != 0) {
		snprintf(err, err_size, _("Cannot use %s: %s."), path, strerror(errno));
		return NULL;
	}
	/* In a shared folder, no link is followed even if one appears now. */
	struct store *store = sql_connect(
		path, &st, SQLITE_OPEN_READWRITE | (shared ? SQLITE_OPEN_NOFOLLOW : 0), err, err_size);
	if (store == NULL)
		return NULL;
	copy_text(store->notice, sizeof store->notice, notice);
	if (!sql_configure(store, true, err, err_size) || !sql_migrate(store, true, err, err_size) ||
	    !sql_apply_settings(store, err, err_size)) {
		store_close(store);
		return NULL;
	}
	return store;
}

void store_close(struct store *store)
{
	if (store == NULL)
		return;
	sql_finalize_kept(store);
	sql_log_rollback(store);
	if (store->db != NULL)
		sqlite3_close(store->db);
	free(store->path);
	free(store);
}

bool store_clear_scenario(struct store *store)
{
	/* The room's sessions name accounts by ids a new scenario reuses. */
	return sql_exec(store, "DELETE FROM room_sessions; DELETE FROM classes; DELETE FROM drafts;"
			       " DELETE FROM efile_requests;"
			       "DELETE FROM ecf_accounts; DELETE FROM security_answers;"
			       "DELETE FROM pacer_accounts; DELETE FROM courts;");
}
