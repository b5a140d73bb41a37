/* SPDX-License-Identifier: MIT */
/* Copies of the database: a backup while sessions go on, a restore, the
 * copy kept before a migration, and reading a copy without writing to
 * it. Every copy is made by SQLite's online backup, so it is the
 * database at one moment, never half of a write. */
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
#include "base/util.h"

/* Whether the copy at to (a connection on it) is whole: SQLite's full
 * integrity_check, indexes and the audit log too. */
static bool copy_is_whole(sqlite3 *to)
{
	sqlite3_stmt *stmt = NULL;
	bool whole = sqlite3_prepare_v2(to, "PRAGMA integrity_check", -1, &stmt, NULL) == SQLITE_OK &&
		     sqlite3_step(stmt) == SQLITE_ROW &&
		     strcmp((const char *)sqlite3_column_text(stmt, 0), "ok") == 0;
	sqlite3_finalize(stmt);
	return whole;
}

/* The database of from written into the empty file at file: a single
 * file (the rollback journal, no -wal beside it, so it can be read where
 * it cannot be written), checked, and on the disk. */
static bool backup_into(sqlite3 *from, const char *file, char *err, size_t err_size)
{
	sqlite3 *to = NULL;
	bool ok = sqlite3_open_v2(file, &to, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
	sqlite3_backup *backup = ok ? sqlite3_backup_init(to, "main", from, "main") : NULL;
	/* One step: the whole database in one read, as it is at that moment,
	 * while other sessions go on writing to theirs (write-ahead log). */
	ok = backup != NULL && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
	if (backup != NULL && sqlite3_backup_finish(backup) != SQLITE_OK)
		ok = false;
	if (!ok)
		snprintf(err, err_size, _("The copy %s could not be written: %s."), file,
			 to != NULL ? sqlite3_errmsg(to) : strerror(ENOMEM));
	else if (sqlite3_exec(to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK) {
		snprintf(err, err_size, _("The copy %s could not be written: %s."), file, sqlite3_errmsg(to));
		ok = false;
	} else if (!copy_is_whole(to)) {
		snprintf(err, err_size, _("The copy %s is not whole (integrity_check failed)."), file);
		ok = false;
	}
	/* Closing writes nothing more (the copy is committed); a failure
	 * here leaves a connection open, which ends with the program. */
	(void)sqlite3_close(to);
	return ok;
}

/* The file's bytes, or a folder's names, on the disk. */
static bool flush_to_disk(const char *file)
{
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool ok = fsync(fd) == 0;
	return close(fd) == 0 && ok;
}

/* The folder of path on the disk, so a name given survives a crash. */
static bool flush_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *folder = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") : xstrdup(path);
	if (slash != NULL && slash != path)
		folder[slash - path] = '\0';
	bool ok = flush_to_disk(folder);
	free(folder);
	return ok;
}

/* A temporary file beside path with mode, made for a copy; its name,
 * which the caller frees, or NULL with a sentence in err. */
static char *temporary_beside(const char *path, mode_t mode, char *err, size_t err_size)
{
	char *temporary = xasprintf("%s.XXXXXX", path);
	int fd = mkstemp(temporary);
	if (fd < 0 || fchmod(fd, mode) != 0) {
		snprintf(err, err_size, _("The copy %s could not be written: %s."), path, strerror(errno));
		if (fd >= 0) {
			(void)close(fd);
			(void)unlink(temporary); /* made a moment ago, empty */
		}
		free(temporary);
		return NULL;
	}
	if (close(fd) != 0) {
		snprintf(err, err_size, _("The copy %s could not be written: %s."), path, strerror(errno));
		(void)unlink(temporary);
		free(temporary);
		return NULL;
	}
	return temporary;
}

/* from's database copied to a new file that then takes the name
 * chosen by place (which moves the temporary file there). */
static bool copy_database(sqlite3 *from, const char *path, mode_t mode,
			  bool (*place)(const char *temporary, const char *path, void *data), void *data,
			  char *err, size_t err_size)
{
	char *temporary = temporary_beside(path, mode, err, err_size);
	if (temporary == NULL)
		return false;
	bool ok = backup_into(from, temporary, err, err_size);
	if (ok && !flush_to_disk(temporary)) {
		snprintf(err, err_size, _("The copy %s could not be written: %s."), path, strerror(errno));
		ok = false;
	}
	if (ok && (!place(temporary, path, data) || !flush_folder(path))) {
		snprintf(err, err_size, _("The copy %s could not be written: %s."), path, strerror(errno));
		ok = false;
	}
	/* A copy that failed is no copy: what is left of it goes (if it
	 * cannot, it is a file named as a temporary one, never the copy's). */
	if (!ok)
		(void)unlink(temporary);
	free(temporary);
	return ok;
}

static bool replace_file(const char *temporary, const char *path, void *data)
{
	(void)data;
	return rename(temporary, path) == 0;
}

bool store_backup(struct store *store, const char *file)
{
	return copy_database(store->db, file, 0600, replace_file, NULL, store->error, sizeof store->error);
}

struct beside_name {
	char *copy;
	size_t size;
};

/* The first of path, path-2, path-3... that is free, taken by a link
 * (which never replaces a file), the temporary name then removed. */
static bool take_free_name(const char *temporary, const char *path, void *data)
{
	struct beside_name *name = data;
	for (int n = 1; n < 100; n++) {
		char *candidate = n == 1 ? xstrdup(path) : xasprintf("%s-%d", path, n);
		bool taken = link(temporary, candidate) == 0;
		int why = errno;
		if (taken)
			copy_text(name->copy, name->size, candidate);
		free(candidate);
		if (taken) {
			/* Only the temporary name goes; the copy has its own. */
			(void)unlink(temporary);
			return true;
		}
		if (why != EEXIST) {
			errno = why;
			return false;
		}
	}
	errno = EEXIST;
	return false;
}

bool sql_copy_beside(struct store *store, const char *label, char *copy, size_t size)
{
	struct stat st;
	mode_t mode = stat(store->path, &st) == 0 ? (st.st_mode & 0660) | 0600 : 0600;
	char *path = xasprintf("%s.%s", store->path, label);
	struct beside_name name = { copy, size };
	char err[ERROR_MAX];
	bool ok = copy_database(store->db, path, mode, take_free_name, &name, err, sizeof err);
	free(path);
	if (!ok)
		snprintf(store->error, sizeof store->error,
			 _("Nothing was changed, as no copy of the database could be kept first. %s"), err);
	return ok;
}

/* Opens the database file at path to read it; NULL with a sentence in
 * err. (SQLite reads a file in write-ahead mode where nothing can be
 * made beside it, its -wal too.) */
static struct store *connect_to_read(const char *path, const struct stat *st, int flags, char *err,
				     size_t err_size)
{
	struct store *store = sql_connect(path, st, SQLITE_OPEN_READONLY | flags, err, err_size);
	int version;
	if (store == NULL || sql_schema_version(store, &version))
		return store;
	copy_text(err, err_size, store->error);
	store_close(store);
	return NULL;
}

struct store *store_open_read_only(const char *path, bool *older, char *err, size_t err_size)
{
	*older = false;
	struct stat st;
	char notice[ERROR_MAX] = "";
	bool shared = false;
	if (!sql_guard_existing(path, &shared, notice, sizeof notice, err, err_size))
		return NULL;
	if (stat(path, &st) != 0) {
		snprintf(err, err_size, _("Cannot use %s: %s."), path, strerror(errno));
		return NULL;
	}
	if (!sql_check_database_file(path, &st, err, err_size))
		return NULL;
	/* In a shared folder, no link is followed even if one appears now. */
	struct store *store = connect_to_read(path, &st, shared ? SQLITE_OPEN_NOFOLLOW : 0, err, err_size);
	if (store != NULL)
		copy_text(store->notice, sizeof store->notice, notice);
	int version = 0;
	bool ok = store != NULL && sql_configure(store, false, err, err_size);
	if (ok && !sql_schema_version(store, &version)) {
		copy_text(err, err_size, store->error);
		ok = false;
	} else if (ok && version != SCHEMA_VERSION) {
		*older = version > 0 && version < SCHEMA_VERSION;
		snprintf(err, err_size,
			 version > SCHEMA_VERSION
				 ? _("%s was written by a newer nextgen-wizard; please update the program.")
			 : version == 0
				 ? _("%s is not a nextgen-wizard database.")
				 : _("%s is a database of an earlier nextgen-wizard, which is brought up "
				     "to date only where it can be written: restore it, or copy it to "
				     "a file you may write, first."),
			 path);
		ok = false;
	}
	ok = ok && sql_apply_settings(store, err, err_size);
	if (!ok && store != NULL) {
		store_close(store);
		store = NULL;
	}
	return store;
}

bool store_read_only(const struct store *store)
{
	return store->read_only;
}

/* The tables every nextgen-wizard database of this version has. */
static bool has_every_table(struct store *store)
{
	int count = 0;
	return sql_single_int(
		       store,
		       sql_prepare(store,
				   "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN"
				   " ('settings', 'pacer_accounts', 'security_answers', 'courts',"
				   " 'ecf_accounts', 'efile_requests', 'drafts', 'audit_log',"
				   " 'classes', 'class_members', 'sessions')"),
		       &count, "sqlite_master") &&
	       count == 11;
}

/* The backup at file, looked at without a byte of it changed: a whole
 * nextgen-wizard database of this or an earlier version. */
static struct store *open_backup(const char *file, char *err, size_t err_size)
{
	struct stat st;
	if (stat(file, &st) != 0) {
		snprintf(err, err_size, _("Cannot use %s: %s."), file, strerror(errno));
		return NULL;
	}
	if (!sql_check_database_file(file, &st, err, err_size))
		return NULL;
	struct store *backup = connect_to_read(file, &st, 0, err, err_size);
	int version = 0;
	if (backup == NULL)
		return NULL;
	if (!sql_schema_version(backup, &version))
		copy_text(err, err_size, backup->error);
	else if (version > SCHEMA_VERSION)
		snprintf(err, err_size,
			 _("%s was written by a newer nextgen-wizard; please update the program."), file);
	else if (version < 1)
		snprintf(err, err_size, _("%s is not a nextgen-wizard database."), file);
	else if (!copy_is_whole(backup->db))
		snprintf(err, err_size, _("%s is damaged (integrity_check failed)."), file);
	else
		return backup;
	store_close(backup);
	return NULL;
}

/* The backup at file copied beside store's database and brought up to
 * date there, checked: what the restore then puts in place in one step,
 * so a backup that cannot be used never touches the database. Its name
 * into *staged_path (the caller removes the file and frees the name). */
static struct store *stage_backup(struct store *store, const char *file, char **staged_path, char *err,
				  size_t err_size)
{
	struct store *backup = open_backup(file, err, err_size);
	*staged_path = backup != NULL ? temporary_beside(store->path, 0600, err, err_size) : NULL;
	bool ok = *staged_path != NULL && backup_into(backup->db, *staged_path, err, err_size);
	store_close(backup);
	struct stat st;
	struct store *staged = NULL;
	if (ok && stat(*staged_path, &st) != 0) {
		snprintf(err, err_size, _("The copy %s could not be written: %s."), *staged_path,
			 strerror(errno));
		ok = false;
	}
	if (ok)
		staged = sql_connect(*staged_path, &st, SQLITE_OPEN_READWRITE, err, err_size);
	ok = staged != NULL && sql_configure(staged, false, err, err_size) &&
	     sql_migrate(staged, false, err, err_size);
	if (ok && !has_every_table(staged)) {
		snprintf(err, err_size, _("%s is not a nextgen-wizard database."), file);
		ok = false;
	}
	if (!ok && staged != NULL) {
		store_close(staged);
		staged = NULL;
	}
	return staged;
}

/* The staged database put in place of store's in one step: SQLite's
 * backup into the live file, a single transaction. */
static bool put_in_place(struct store *store, struct store *staged)
{
	sqlite3_backup *backup = sqlite3_backup_init(store->db, "main", staged->db, "main");
	if (backup == NULL) {
		sql_set_error(store, "restore");
		return false;
	}
	int rc = sqlite3_backup_step(backup, -1);
	int finished = sqlite3_backup_finish(backup);
	if (rc != SQLITE_DONE || finished != SQLITE_OK) {
		sql_set_error(store, "restore");
		return false;
	}
	return true;
}

bool store_restore(struct store *store, const char *file, char *kept, size_t kept_size)
{
	char err[ERROR_MAX], label[40], now[STORE_TIME_MAX], *staged_path = NULL;
	kept[0] = '\0';
	store->notice[0] = '\0'; /* what opening said is said already */
	struct store *staged = stage_backup(store, file, &staged_path, err, sizeof err);
	if (staged == NULL)
		copy_text(store->error, sizeof store->error, err);
	now_timestamp(now);
	/* "2026-12-02 11:40:08" as "before-restore-20261202-114008" */
	snprintf(label, sizeof label, "before-restore-%.4s%.2s%.2s-%.2s%.2s%.2s", now, now + 5, now + 8,
		 now + 11, now + 14, now + 17);
	bool ok = staged != NULL && sql_still_in_place(store) &&
		  sql_copy_beside(store, label, kept, kept_size) && put_in_place(store, staged);
	store_close(staged);
	if (staged_path != NULL && unlink(staged_path) != 0 && errno != ENOENT && ok)
		sql_add_notice(store, strerror(errno));
	free(staged_path);
	/* The database is as it was: its copy is not needed. */
	if (!ok && kept[0] != '\0' && unlink(kept) == 0)
		kept[0] = '\0';
	return ok;
}
