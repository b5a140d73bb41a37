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
	else if (sqlite3_exec(to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK ||
		 !copy_is_whole(to)) {
		snprintf(err, err_size, _("The copy %s is not whole: %s."), file, sqlite3_errmsg(to));
		ok = false;
	}
	if (sqlite3_close(to) != SQLITE_OK && ok) {
		snprintf(err, err_size, _("The copy %s could not be written: %s."), file,
			 strerror(errno ? errno : EIO));
		ok = false;
	}
	return ok;
}

static bool flush_to_disk(const char *file)
{
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool ok = fsync(fd) == 0;
	return close(fd) == 0 && ok;
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
			close(fd);
			unlink(temporary);
		}
		free(temporary);
		return NULL;
	}
	close(fd);
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
	if (ok && !place(temporary, path, data)) {
		snprintf(err, err_size, _("The copy %s could not be written: %s."), path, strerror(errno));
		ok = false;
	}
	if (!ok)
		unlink(temporary);
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
static struct store *connect_to_read(const char *path, const struct stat *st, char *err, size_t err_size)
{
	struct store *store = sql_connect(path, st, SQLITE_OPEN_READONLY, err, err_size);
	int version;
	if (store == NULL || sql_schema_version(store, &version))
		return store;
	copy_text(err, err_size, store->error);
	store_close(store);
	return NULL;
}

struct store *store_open_read_only(const char *path, char *err, size_t err_size)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		snprintf(err, err_size, _("Cannot use %s: %s."), path, strerror(errno));
		return NULL;
	}
	if (!sql_check_database_file(path, &st, err, err_size))
		return NULL;
	struct store *store = connect_to_read(path, &st, err, err_size);
	int version = 0;
	bool ok = store != NULL && sql_configure(store, false, err, err_size);
	if (ok && !sql_schema_version(store, &version)) {
		copy_text(err, err_size, store->error);
		ok = false;
	} else if (ok && version != SCHEMA_VERSION) {
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

/* Whether the database at file can be put in place of one: a whole
 * nextgen-wizard database of this or an earlier schema. */
static bool restorable(const char *file, sqlite3 **from, char *err, size_t err_size)
{
	struct store *copy = store_open_read_only(file, err, err_size);
	int version = 0;
	if (copy == NULL) {
		/* An earlier schema is fine here: the restore brings it up to date. */
		struct stat st;
		if (stat(file, &st) != 0 || !sql_check_database_file(file, &st, err, err_size))
			return false;
		copy = connect_to_read(file, &st, err, err_size);
		if (copy == NULL || !sql_schema_version(copy, &version) || version < 1 ||
		    version > SCHEMA_VERSION) {
			if (copy != NULL && version > SCHEMA_VERSION)
				snprintf(err, err_size,
					 _("%s was written by a newer nextgen-wizard; please update the "
					   "program."),
					 file);
			else if (copy != NULL)
				snprintf(err, err_size, _("%s is not a nextgen-wizard database."), file);
			store_close(copy);
			return false;
		}
	}
	sqlite3 *db = copy->db;
	copy->db = NULL;
	store_close(copy);
	if (!copy_is_whole(db)) {
		snprintf(err, err_size, _("%s is damaged (integrity_check): %s."), file, sqlite3_errmsg(db));
		sqlite3_close(db);
		return false;
	}
	*from = db;
	return true;
}

bool store_restore(struct store *store, const char *file, char *kept, size_t kept_size)
{
	sqlite3 *from = NULL;
	char err[ERROR_MAX];
	if (!restorable(file, &from, err, sizeof err)) {
		copy_text(store->error, sizeof store->error, err);
		return false;
	}
	char label[40], now[STORE_TIME_MAX];
	store->notice[0] = '\0'; /* what opening said is said already */
	now_timestamp(now);
	/* "2026-12-02 11:40:08" as "before-restore-20261202-114008" */
	snprintf(label, sizeof label, "before-restore-%.4s%.2s%.2s-%.2s%.2s%.2s", now, now + 5, now + 8,
		 now + 11, now + 14, now + 17);
	bool ok = sql_still_in_place(store) && sql_copy_beside(store, label, kept, kept_size);
	sqlite3_backup *backup = ok ? sqlite3_backup_init(store->db, "main", from, "main") : NULL;
	if (ok && backup == NULL) {
		sql_set_error(store, "restore");
		ok = false;
	} else if (ok) {
		int rc = sqlite3_backup_step(backup, -1);
		sqlite3_backup_finish(backup);
		if (rc != SQLITE_DONE) {
			sql_set_error(store, "restore");
			ok = false;
		}
	}
	sqlite3_close(from);
	if (ok && !sql_migrate(store, err, sizeof err)) {
		copy_text(store->error, sizeof store->error, err);
		ok = false;
	}
	return ok;
}
