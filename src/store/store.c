#include <config.h>

#include "store/store.h"

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

#define SCHEMA_VERSION 7
/* A training room writes at once; a writer waits its turn this long
 * unless the busy_wait setting says otherwise. */
#define BUSY_WAIT_SECONDS 30
#define BUSY_WAIT_MAX_SECONDS 600

/* The statements a session runs again and again (a login, a draft, an
 * audit row), kept prepared: parsing SQL was a third of a whole flow's
 * work outside password hashing. */
#define STORE_KEPT_STATEMENTS 96

struct kept_statement {
	sqlite3_stmt *stmt;
	bool in_use;		/* a caller has it now (one may be nested) */
};

struct store {
	sqlite3 *db;
	struct kept_statement kept[STORE_KEPT_STATEMENTS];
	size_t n_kept;
	char *path;
	dev_t device;		/* the file opened, to notice it moved away */
	ino_t inode;
	char error[STORE_ERROR_MAX];
};

static const char schema_v1[] =
	"CREATE TABLE settings ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL);"
	"CREATE TABLE pacer_accounts ("
	"  id INTEGER PRIMARY KEY,"
	"  account_number TEXT NOT NULL UNIQUE,"
	"  username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
	"  password_hash TEXT NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('legacy', 'upgraded')),"
	"  created_on TEXT NOT NULL,"
	"  case_search_active INTEGER NOT NULL DEFAULT 1,"
	"  shared_firm INTEGER NOT NULL DEFAULT 0,"
	"  prefix TEXT NOT NULL DEFAULT '',"
	"  first_name TEXT NOT NULL DEFAULT '',"
	"  middle_name TEXT NOT NULL DEFAULT '',"
	"  last_name TEXT NOT NULL DEFAULT '',"
	"  suffix TEXT NOT NULL DEFAULT '',"
	"  user_type TEXT NOT NULL DEFAULT '',"
	"  date_of_birth TEXT NOT NULL DEFAULT '',"
	"  firm_name TEXT NOT NULL DEFAULT '',"
	"  address1 TEXT NOT NULL DEFAULT '',"
	"  city TEXT NOT NULL DEFAULT '',"
	"  state TEXT NOT NULL DEFAULT '',"
	"  county TEXT NOT NULL DEFAULT '',"
	"  zip TEXT NOT NULL DEFAULT '',"
	"  phone TEXT NOT NULL DEFAULT '',"
	"  email TEXT NOT NULL DEFAULT '',"
	"  legacy_username TEXT NOT NULL DEFAULT '',"
	"  upgraded_at TEXT NOT NULL DEFAULT '',"
	"  failed_logins INTEGER NOT NULL DEFAULT 0,"
	"  locked_until TEXT NOT NULL DEFAULT '');"
	"CREATE TABLE security_answers ("
	"  account_id INTEGER NOT NULL REFERENCES pacer_accounts(id) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  question TEXT NOT NULL,"
	"  answer_hash TEXT NOT NULL,"
	"  PRIMARY KEY (account_id, position));"
	"CREATE TABLE courts ("
	"  id TEXT PRIMARY KEY,"
	"  name TEXT NOT NULL,"
	"  type TEXT NOT NULL CHECK (type IN ('appellate', 'district', 'bankruptcy', 'national')),"
	"  nextgen_date TEXT NOT NULL DEFAULT '',"
	"  outage_start TEXT NOT NULL DEFAULT '',"
	"  outage_end TEXT NOT NULL DEFAULT '');"
	"CREATE TABLE ecf_accounts ("
	"  id INTEGER PRIMARY KEY,"
	"  court_id TEXT NOT NULL REFERENCES courts(id) ON DELETE CASCADE,"
	"  login TEXT NOT NULL,"
	"  password_hash TEXT NOT NULL,"
	"  name TEXT NOT NULL,"
	"  pacer_account_id INTEGER REFERENCES pacer_accounts(id) ON DELETE SET NULL,"
	"  linked_at TEXT NOT NULL DEFAULT '',"
	"  UNIQUE (court_id, login),"
	"  UNIQUE (court_id, pacer_account_id));"
	"CREATE TABLE efile_requests ("
	"  id INTEGER PRIMARY KEY,"
	"  pacer_account_id INTEGER NOT NULL REFERENCES pacer_accounts(id) ON DELETE CASCADE,"
	"  court_id TEXT NOT NULL REFERENCES courts(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL,"
	"  requested_at TEXT NOT NULL,"
	"  status TEXT NOT NULL DEFAULT 'pending');"
	"CREATE TABLE drafts ("
	"  pacer_account_id INTEGER NOT NULL REFERENCES pacer_accounts(id) ON DELETE CASCADE,"
	"  screen TEXT NOT NULL,"
	"  field TEXT NOT NULL,"
	"  value TEXT NOT NULL,"
	"  saved_at TEXT NOT NULL,"
	"  PRIMARY KEY (pacer_account_id, screen, field));"
	"CREATE TABLE audit_log ("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  terminal TEXT NOT NULL DEFAULT '',"
	"  username TEXT NOT NULL DEFAULT '',"
	"  court_id TEXT NOT NULL DEFAULT '',"
	"  event TEXT NOT NULL,"
	"  outcome TEXT NOT NULL);"
	"CREATE INDEX audit_log_at ON audit_log(at);";

/* Version 2: the rest of the Address tab. */
static const char schema_v2[] =
	"ALTER TABLE pacer_accounts ADD COLUMN unit TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE pacer_accounts ADD COLUMN address2 TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE pacer_accounts ADD COLUMN country TEXT NOT NULL DEFAULT '';";

/* Version 3: a trainer's classes, each trainee with the state a reset
 * returns the account to. */
static const char schema_v3[] =
	"CREATE TABLE classes ("
	"  name TEXT PRIMARY KEY,"
	"  court_id TEXT NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  started_at TEXT NOT NULL);"	/* made or last reset: the report counts from there */
	"CREATE TABLE class_members ("
	"  class_name TEXT NOT NULL REFERENCES classes(name) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  pacer_account_id INTEGER NOT NULL REFERENCES pacer_accounts(id) ON DELETE CASCADE,"
	"  ecf_account_id INTEGER REFERENCES ecf_accounts(id) ON DELETE SET NULL,"
	"  start_username TEXT NOT NULL,"
	"  start_password_hash TEXT NOT NULL,"
	"  start_kind TEXT NOT NULL,"
	"  PRIMARY KEY (class_name, position));";

/* Version 4: a court's help desk, for the courts trainers add. */
static const char schema_v4[] = "ALTER TABLE courts ADD COLUMN help_desk TEXT NOT NULL DEFAULT '';";

/* Version 5: a class's report counts audit rows after the last one
 * written before the class was made or reset. Times alone cannot tell
 * a login in the same second as the reset from one just before it. */
static const char schema_v5[] =
	"ALTER TABLE classes ADD COLUMN started_after_audit_id INTEGER NOT NULL DEFAULT 0;"
	"UPDATE classes SET started_after_audit_id ="
	" coalesce((SELECT max(id) FROM audit_log WHERE at < classes.started_at), 0);";

/* Version 6: a running wizard marks itself (its process, so that a
 * mark dies with it), and a draft belongs to the session that typed it:
 * offered to nobody while that session lives, wiped with a kiosk's. The
 * drafts of earlier versions belong to no session (0), as a dead one's.
 * A session's id is never given again (AUTOINCREMENT): the drafts of one
 * that ended keep its id, and a new session must not take them as its own. */
static const char schema_v6[] =
	"CREATE TABLE sessions ("
	"  id INTEGER PRIMARY KEY AUTOINCREMENT,"
	"  pid INTEGER NOT NULL,"
	"  process_start TEXT NOT NULL DEFAULT '',"
	"  kiosk INTEGER NOT NULL DEFAULT 0,"
	"  started_at TEXT NOT NULL);"
	"CREATE TABLE drafts_v6 ("
	"  pacer_account_id INTEGER NOT NULL REFERENCES pacer_accounts(id) ON DELETE CASCADE,"
	"  session_id INTEGER NOT NULL DEFAULT 0,"
	"  screen TEXT NOT NULL,"
	"  field TEXT NOT NULL,"
	"  value TEXT NOT NULL,"
	"  saved_at TEXT NOT NULL,"
	"  PRIMARY KEY (pacer_account_id, session_id, screen, field));"
	"INSERT INTO drafts_v6 (pacer_account_id, session_id, screen, field, value, saved_at)"
	" SELECT pacer_account_id, 0, screen, field, value, saved_at FROM drafts;"
	"DROP TABLE drafts;"
	"ALTER TABLE drafts_v6 RENAME TO drafts;";

/* Version 7: what a registration chose (account type, payment) and the
 * e-file registration form's details, with the court's decision. */
static const char schema_v7[] =
	"ALTER TABLE pacer_accounts ADD COLUMN registered_as TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE pacer_accounts ADD COLUMN payment TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE efile_requests ADD COLUMN bar_number TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE efile_requests ADD COLUMN bar_state TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE efile_requests ADD COLUMN filer_type TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE efile_requests ADD COLUMN decided_at TEXT NOT NULL DEFAULT '';"
	/* The request a CM/ECF account was opened for (0: the court's own),
	 * so that a class reset takes the approval back too. */
	"ALTER TABLE ecf_accounts ADD COLUMN efile_request_id INTEGER NOT NULL DEFAULT 0;";

static const char *const migrations[SCHEMA_VERSION] = { schema_v1, schema_v2, schema_v3, schema_v4,
							  schema_v5, schema_v6, schema_v7 };

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
static void set_error(struct store *store, const char *what)
{
	/* SQLite keeps the system's errno only for some failures (not for a
	 * failed COMMIT); the failed call left it in errno. */
	int system_errno = errno;
	int code = sqlite3_extended_errcode(store->db);
	if (sqlite3_system_errno(store->db) != 0)
		system_errno = sqlite3_system_errno(store->db);
	if ((code & 0xff) != SQLITE_IOERR && (code & 0xff) != SQLITE_CANTOPEN)
		system_errno = 0;
	snprintf(store->error, sizeof store->error, "%s (%s: %s)", explain_fault(code, system_errno),
		 what, sqlite3_errmsg(store->db));
}

/* Writing to a file whose folder was moved or deleted would seem to work
 * and then vanish with the file: refuse before a write instead. */
static bool still_in_place(struct store *store)
{
	struct stat st;
	if (stat(store->path, &st) == 0 && st.st_dev == store->device && st.st_ino == store->inode)
		return true;
	snprintf(store->error, sizeof store->error, "%s (%s)",
		 explain_fault(SQLITE_READONLY_DBMOVED, 0), store->path);
	return false;
}

const char *store_error(const struct store *store)
{
	return store->error;
}

const char *store_path(const struct store *store)
{
	return store->path;
}

static bool exec_sql(struct store *store, const char *sql)
{
	if (sqlite3_exec(store->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		set_error(store, "exec");
		return false;
	}
	return true;
}

/* A statement ready to run: kept from an earlier call when its text is
 * the same and no caller has it now. Give it back with release. */
static sqlite3_stmt *prepare(struct store *store, const char *sql)
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
	if (sqlite3_prepare_v3(store->db, sql, -1, keep ? SQLITE_PREPARE_PERSISTENT : 0, &stmt,
			       NULL) != SQLITE_OK) {
		set_error(store, "prepare");
		return NULL;
	}
	if (keep)
		store->kept[store->n_kept++] = (struct kept_statement){ stmt, true };
	return stmt;
}

/* Ends a statement from prepare: a kept one is reset, its values unbound
 * (so no typed text stays bound to it), and a read it held is over. */
static void release(struct store *store, sqlite3_stmt *stmt)
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

static void finalize_kept(struct store *store)
{
	for (size_t i = 0; i < store->n_kept; i++)
		sqlite3_finalize(store->kept[i].stmt);
	store->n_kept = 0;
}

/* Runs a statement that returns no rows, then releases it. */
static bool finish_write(struct store *store, sqlite3_stmt *stmt)
{
	/* Inside a transaction, store_begin has looked already. */
	if (sqlite3_get_autocommit(store->db) && !still_in_place(store)) {
		release(store, stmt);
		return false;
	}
	int rc = sqlite3_step(stmt);
	if (rc != SQLITE_DONE)
		set_error(store, "write");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

static void bind_text(sqlite3_stmt *stmt, int index, const char *text)
{
	sqlite3_bind_text(stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
}

static void column_text(sqlite3_stmt *stmt, int column, char *dst, size_t size)
{
	const unsigned char *text = sqlite3_column_text(stmt, column);
	copy_text(dst, size, text ? (const char *)text : "");
}

/* Runs a prepared query whose answer is one number, then releases it. */
static bool single_number(struct store *store, sqlite3_stmt *stmt, long long *out, const char *what)
{
	if (stmt == NULL)
		return false;
	bool ok = sqlite3_step(stmt) == SQLITE_ROW;
	if (ok)
		*out = sqlite3_column_int64(stmt, 0);
	else
		set_error(store, what);
	release(store, stmt);
	return ok;
}

static bool single_int(struct store *store, sqlite3_stmt *stmt, int *out, const char *what)
{
	long long n = 0;
	bool ok = single_number(store, stmt, &n, what);
	*out = (int)n;
	return ok;
}

/* Runs a prepared query for at most one row; read fills out from it.
 * found tells whether there was one. Releases the statement. */
static bool find_one(struct store *store, sqlite3_stmt *stmt, void (*read)(sqlite3_stmt *, void *),
		     void *out, bool *found, const char *what)
{
	int rc = sqlite3_step(stmt);
	*found = rc == SQLITE_ROW;
	if (*found)
		read(stmt, out);
	else if (rc != SQLITE_DONE)
		set_error(store, what);
	release(store, stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

bool store_begin(struct store *store)
{
	return still_in_place(store) && exec_sql(store, "BEGIN IMMEDIATE");
}

bool store_commit(struct store *store)
{
	if (exec_sql(store, "COMMIT"))
		return true;
	store_rollback(store);
	return false;
}

void store_rollback(struct store *store)
{
	if (!sqlite3_get_autocommit(store->db))
		sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
}

/* mkdir -p with mode 0700 for every directory it creates. */
static bool make_directories(const char *dir, char err[STORE_ERROR_MAX])
{
	char *path = xstrdup(dir);
	bool ok = true;
	for (char *p = path + 1; ok; p++) {
		bool end = *p == '\0';
		if (*p != '/' && !end)
			continue;
		*p = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST) {
			snprintf(err, STORE_ERROR_MAX, _("Cannot create the folder %s: %s."), path,
				 strerror(errno));
			ok = false;
		}
		if (end)
			break;
		*p = '/';
	}
	if (ok) {
		struct stat st;
		if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
			snprintf(err, STORE_ERROR_MAX, _("Cannot create the folder %s: %s."), dir,
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

/* Looks at an existing file before SQLite does, so a wrong file is
 * refused without a single byte of it changed. */
static bool check_existing_file(const char *path, const struct stat *st, char err[STORE_ERROR_MAX])
{
	if (S_ISDIR(st->st_mode)) {
		snprintf(err, STORE_ERROR_MAX, _("%s is a folder, not a database file."), path);
		return false;
	}
	if (!S_ISREG(st->st_mode)) {
		snprintf(err, STORE_ERROR_MAX, _("%s is not a regular file."), path);
		return false;
	}
	/* Mode bits, not access(2): a file marked read-only stays untouched
	 * even for root, who could write it anyway. */
	if ((st->st_mode & S_IWUSR) == 0 || access(path, W_OK) != 0) {
		snprintf(err, STORE_ERROR_MAX,
			 _("%s is read-only; the wizard needs to write to its database."), path);
		return false;
	}
	if (st->st_size == 0)
		return true;
	static const char magic[16] = "SQLite format 3";
	char header[16];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, STORE_ERROR_MAX, _("Cannot open %s: %s."), path, strerror(errno));
		return false;
	}
	ssize_t n = read(fd, header, sizeof header);
	close(fd);
	if (n != (ssize_t)sizeof header || memcmp(header, magic, sizeof magic) != 0) {
		snprintf(err, STORE_ERROR_MAX, _("%s is not a nextgen-wizard database."), path);
		return false;
	}
	return true;
}

static bool create_empty_file(const char *path, char err[STORE_ERROR_MAX])
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		snprintf(err, STORE_ERROR_MAX, _("Cannot create %s: %s."), path, strerror(errno));
		return false;
	}
	close(fd);
	return true;
}

static bool read_user_version(struct store *store, int *version)
{
	return single_int(store, prepare(store, "PRAGMA user_version"), version, "user_version");
}

static bool count_tables(struct store *store, int *count)
{
	return single_int(store, prepare(store, "SELECT count(*) FROM sqlite_master"), count,
			  "sqlite_master");
}

static bool migrate(struct store *store, char err[STORE_ERROR_MAX])
{
	int version = 0, tables = 0;
	if (!read_user_version(store, &version) || !count_tables(store, &tables)) {
		copy_text(err, STORE_ERROR_MAX, store->error);
		return false;
	}
	if (version > SCHEMA_VERSION) {
		snprintf(err, STORE_ERROR_MAX,
			 _("%s was written by a newer nextgen-wizard; please update the program."),
			 store->path);
		return false;
	}
	if (version == 0 && tables > 0) {
		snprintf(err, STORE_ERROR_MAX,
			 _("%s is an SQLite database of another program, not a nextgen-wizard database."),
			 store->path);
		return false;
	}
	if (version == SCHEMA_VERSION)
		return true;
	bool ok = store_begin(store);
	for (int v = version; ok && v < SCHEMA_VERSION; v++) {
		char pragma[64];
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
		ok = exec_sql(store, migrations[v]) && exec_sql(store, pragma);
	}
	ok = ok && store_commit(store);
	if (!ok) {
		store_rollback(store);
		copy_text(err, STORE_ERROR_MAX, store->error);
	}
	return ok;
}

/* SQLite's own busy wait, whose sleeps grow to 100 ms: measured with a
 * hundred simultaneous flows on two cores, shorter sleeps (0.1 to 2 ms)
 * were no faster, as the sleepers leave the cores to the hashing. */
void store_set_busy_wait(struct store *store, int milliseconds)
{
	sqlite3_busy_timeout(store->db, milliseconds);
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

static bool check_integrity(struct store *store, char err[STORE_ERROR_MAX])
{
	sqlite3_stmt *stmt = prepare(store, integrity_sql);
	if (stmt == NULL) {
		copy_text(err, STORE_ERROR_MAX, store->error);
		return false;
	}
	int rc = sqlite3_step(stmt);
	bool ok = rc == SQLITE_DONE;
	if (rc == SQLITE_ROW)
		snprintf(store->error, sizeof store->error, "%s (quick_check: %s)",
			 explain_fault(SQLITE_CORRUPT, 0), (const char *)sqlite3_column_text(stmt, 0));
	else if (!ok)
		set_error(store, "quick_check");
	release(store, stmt);
	if (!ok) {
		/* SQLite's report spans lines; a message is one. */
		for (char *p = store->error; *p; p++)
			if (*p == '\n')
				*p = ' ';
		char *message = xasprintf("%s: %s", store->path, store->error);
		copy_text(err, STORE_ERROR_MAX, message);
		free(message);
	}
	return ok;
}

static bool configure_connection(struct store *store, char err[STORE_ERROR_MAX])
{
	store_set_busy_wait(store, BUSY_WAIT_SECONDS * 1000);
	if (!exec_sql(store, "PRAGMA foreign_keys = ON")) {
		copy_text(err, STORE_ERROR_MAX, store->error);
		return false;
	}
	if (!check_integrity(store, err))
		return false;
	if (!exec_sql(store, "PRAGMA journal_mode = WAL") ||
	    !exec_sql(store, "PRAGMA synchronous = NORMAL") ||
	    !exec_sql(store, "PRAGMA secure_delete = ON")) {
		copy_text(err, STORE_ERROR_MAX, store->error);
		return false;
	}
	return true;
}

struct store *store_open(const char *path, bool *created, char err[STORE_ERROR_MAX])
{
	struct stat st;
	*created = false;
	err[0] = '\0';
	if (path == NULL || path[0] == '\0') {
		copy_text(err, STORE_ERROR_MAX, _("No database file was given."));
		return NULL;
	}
	if (stat(path, &st) == 0) {
		if (!check_existing_file(path, &st, err))
			return NULL;
		*created = st.st_size == 0;
	} else if (errno == ENOENT || errno == ENOTDIR) {
		char *dir = parent_directory(path);
		bool ok = make_directories(dir, err);
		free(dir);
		if (!ok || !create_empty_file(path, err))
			return NULL;
		*created = true;
	} else {
		snprintf(err, STORE_ERROR_MAX, _("Cannot use %s: %s."), path, strerror(errno));
		return NULL;
	}

	if (stat(path, &st) != 0) {
		snprintf(err, STORE_ERROR_MAX, _("Cannot use %s: %s."), path, strerror(errno));
		return NULL;
	}
	struct store *store = xcalloc(1, sizeof *store);
	store->path = xstrdup(path);
	store->device = st.st_dev;
	store->inode = st.st_ino;
	if (sqlite3_open_v2(path, &store->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL) !=
	    SQLITE_OK) {
		snprintf(err, STORE_ERROR_MAX, _("Cannot open %s: %s."), path,
			 store->db ? sqlite3_errmsg(store->db) : "?");
		store_close(store);
		return NULL;
	}
	struct store_settings settings;
	if (!configure_connection(store, err) || !migrate(store, err)) {
		store_close(store);
		return NULL;
	}
	if (!store_load_settings(store, &settings)) {
		copy_text(err, STORE_ERROR_MAX, store->error);
		store_close(store);
		return NULL;
	}
	store_set_busy_wait(store, settings.busy_wait_seconds * 1000);
	return store;
}

void store_close(struct store *store)
{
	if (store == NULL)
		return;
	finalize_kept(store);
	if (store->db != NULL)
		sqlite3_close(store->db);
	free(store->path);
	free(store);
}

bool store_clear_scenario(struct store *store)
{
	return exec_sql(store, "DELETE FROM classes; DELETE FROM drafts; DELETE FROM efile_requests;"
			       "DELETE FROM ecf_accounts; DELETE FROM security_answers;"
			       "DELETE FROM pacer_accounts; DELETE FROM courts;");
}

/* ---- courts ---------------------------------------------------------- */

static const char *const court_type_names[] = {
	[COURT_APPELLATE] = "appellate",
	[COURT_DISTRICT] = "district",
	[COURT_BANKRUPTCY] = "bankruptcy",
	[COURT_NATIONAL] = "national",
};

static enum court_type court_type_from_name(const char *name)
{
	for (size_t i = 0; i < sizeof court_type_names / sizeof court_type_names[0]; i++)
		if (strcmp(name, court_type_names[i]) == 0)
			return (enum court_type)i;
	return COURT_DISTRICT;
}

bool store_add_court(struct store *store, const struct court *court)
{
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO courts (id, name, type, nextgen_date, outage_start, outage_end, help_desk)"
		" VALUES (?, ?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, court->id);
	bind_text(stmt, 2, court->name);
	bind_text(stmt, 3, court_type_names[court->type]);
	bind_text(stmt, 4, court->nextgen_date);
	bind_text(stmt, 5, court->outage_start);
	bind_text(stmt, 6, court->outage_end);
	bind_text(stmt, 7, court->help_desk);
	return finish_write(store, stmt);
}

bool store_update_court(struct store *store, const struct court *court)
{
	sqlite3_stmt *stmt = prepare(store,
		"UPDATE courts SET name = ?, type = ?, nextgen_date = ?, outage_start = ?,"
		" outage_end = ?, help_desk = ? WHERE id = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, court->name);
	bind_text(stmt, 2, court_type_names[court->type]);
	bind_text(stmt, 3, court->nextgen_date);
	bind_text(stmt, 4, court->outage_start);
	bind_text(stmt, 5, court->outage_end);
	bind_text(stmt, 6, court->help_desk);
	bind_text(stmt, 7, court->id);
	return finish_write(store, stmt);
}

#define COURT_COLUMNS "id, name, type, nextgen_date, outage_start, outage_end, help_desk"

static void read_court(sqlite3_stmt *stmt, void *out)
{
	struct court *court = out;
	char type[16];
	memset(court, 0, sizeof *court);
	column_text(stmt, 0, court->id, sizeof court->id);
	column_text(stmt, 1, court->name, sizeof court->name);
	column_text(stmt, 2, type, sizeof type);
	court->type = court_type_from_name(type);
	column_text(stmt, 3, court->nextgen_date, sizeof court->nextgen_date);
	column_text(stmt, 4, court->outage_start, sizeof court->outage_start);
	column_text(stmt, 5, court->outage_end, sizeof court->outage_end);
	column_text(stmt, 6, court->help_desk, sizeof court->help_desk);
}

bool store_find_court(struct store *store, const char *id, struct court *out, bool *found)
{
	sqlite3_stmt *stmt = prepare(store, "SELECT " COURT_COLUMNS " FROM courts WHERE id = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, id);
	return find_one(store, stmt, read_court, out, found, "courts");
}

bool store_each_court(struct store *store, court_visitor visit, void *data)
{
	sqlite3_stmt *stmt = prepare(store, "SELECT " COURT_COLUMNS " FROM courts ORDER BY name");
	if (stmt == NULL)
		return false;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct court court;
		read_court(stmt, &court);
		if (!visit(&court, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		set_error(store, "courts");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

/* ---- PACER accounts -------------------------------------------------- */

#define ACCOUNT_COLUMNS                                                                \
	"id, account_number, username, password_hash, kind, created_on,"               \
	" case_search_active, shared_firm, prefix, first_name, middle_name, last_name," \
	" suffix, user_type, date_of_birth, firm_name, address1, city, state, county,"  \
	" zip, phone, email, failed_logins, locked_until, unit, address2, country,"     \
	" legacy_username, registered_as, payment"

static void read_account(sqlite3_stmt *stmt, void *out)
{
	struct pacer_account *a = out;
	char kind[16];
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(stmt, 0);
	column_text(stmt, 1, a->account_number, sizeof a->account_number);
	column_text(stmt, 2, a->username, sizeof a->username);
	column_text(stmt, 3, a->password_hash, sizeof a->password_hash);
	column_text(stmt, 4, kind, sizeof kind);
	a->kind = strcmp(kind, "legacy") == 0 ? ACCOUNT_LEGACY : ACCOUNT_UPGRADED;
	column_text(stmt, 5, a->created_on, sizeof a->created_on);
	a->case_search_active = sqlite3_column_int(stmt, 6) != 0;
	a->shared_firm = sqlite3_column_int(stmt, 7) != 0;
	column_text(stmt, 8, a->prefix, sizeof a->prefix);
	column_text(stmt, 9, a->first_name, sizeof a->first_name);
	column_text(stmt, 10, a->middle_name, sizeof a->middle_name);
	column_text(stmt, 11, a->last_name, sizeof a->last_name);
	column_text(stmt, 12, a->suffix, sizeof a->suffix);
	column_text(stmt, 13, a->user_type, sizeof a->user_type);
	column_text(stmt, 14, a->date_of_birth, sizeof a->date_of_birth);
	column_text(stmt, 15, a->firm_name, sizeof a->firm_name);
	column_text(stmt, 16, a->address1, sizeof a->address1);
	column_text(stmt, 17, a->city, sizeof a->city);
	column_text(stmt, 18, a->state, sizeof a->state);
	column_text(stmt, 19, a->county, sizeof a->county);
	column_text(stmt, 20, a->zip, sizeof a->zip);
	column_text(stmt, 21, a->phone, sizeof a->phone);
	column_text(stmt, 22, a->email, sizeof a->email);
	a->failed_logins = sqlite3_column_int(stmt, 23);
	column_text(stmt, 24, a->locked_until, sizeof a->locked_until);
	column_text(stmt, 25, a->unit, sizeof a->unit);
	column_text(stmt, 26, a->address2, sizeof a->address2);
	column_text(stmt, 27, a->country, sizeof a->country);
	column_text(stmt, 28, a->legacy_username, sizeof a->legacy_username);
	column_text(stmt, 29, a->registered_as, sizeof a->registered_as);
	column_text(stmt, 30, a->payment, sizeof a->payment);
}

bool store_add_pacer_account(struct store *store, struct pacer_account *a)
{
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO pacer_accounts (account_number, username, password_hash, kind,"
		" created_on, case_search_active, shared_firm, prefix, first_name, middle_name,"
		" last_name, suffix, user_type, date_of_birth, firm_name, address1, city, state,"
		" county, zip, phone, email, unit, address2, country, legacy_username,"
		" registered_as, payment)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
		" ?, ?)");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, a->account_number);
	bind_text(stmt, 2, a->username);
	bind_text(stmt, 3, a->password_hash);
	bind_text(stmt, 4, a->kind == ACCOUNT_LEGACY ? "legacy" : "upgraded");
	bind_text(stmt, 5, a->created_on);
	sqlite3_bind_int(stmt, 6, a->case_search_active);
	sqlite3_bind_int(stmt, 7, a->shared_firm);
	bind_text(stmt, 8, a->prefix);
	bind_text(stmt, 9, a->first_name);
	bind_text(stmt, 10, a->middle_name);
	bind_text(stmt, 11, a->last_name);
	bind_text(stmt, 12, a->suffix);
	bind_text(stmt, 13, a->user_type);
	bind_text(stmt, 14, a->date_of_birth);
	bind_text(stmt, 15, a->firm_name);
	bind_text(stmt, 16, a->address1);
	bind_text(stmt, 17, a->city);
	bind_text(stmt, 18, a->state);
	bind_text(stmt, 19, a->county);
	bind_text(stmt, 20, a->zip);
	bind_text(stmt, 21, a->phone);
	bind_text(stmt, 22, a->email);
	bind_text(stmt, 23, a->unit);
	bind_text(stmt, 24, a->address2);
	bind_text(stmt, 25, a->country);
	bind_text(stmt, 26, a->legacy_username);
	bind_text(stmt, 27, a->registered_as);
	bind_text(stmt, 28, a->payment);
	if (!finish_write(store, stmt))
		return false;
	a->id = sqlite3_last_insert_rowid(store->db);
	return true;
}

static bool find_one_account(struct store *store, sqlite3_stmt *stmt, struct pacer_account *out,
			     bool *found)
{
	return find_one(store, stmt, read_account, out, found, "pacer_accounts");
}

bool store_find_pacer_account(struct store *store, const char *username,
			      struct pacer_account *out, bool *found)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " ACCOUNT_COLUMNS " FROM pacer_accounts WHERE username = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, username);
	return find_one_account(store, stmt, out, found);
}

bool store_find_pacer_account_by_id(struct store *store, long long id,
				    struct pacer_account *out, bool *found)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " ACCOUNT_COLUMNS " FROM pacer_accounts WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, id);
	return find_one_account(store, stmt, out, found);
}

bool store_each_pacer_account(struct store *store, account_visitor visit, void *data)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " ACCOUNT_COLUMNS " FROM pacer_accounts ORDER BY username");
	if (stmt == NULL)
		return false;
	int rc;
	struct pacer_account *account = xmalloc(sizeof *account);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		read_account(stmt, account);
		if (!visit(account, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	free(account);
	if (rc != SQLITE_DONE)
		set_error(store, "pacer_accounts");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

bool store_record_login_failure(struct store *store, long long account_id, const char *locked_until)
{
	sqlite3_stmt *stmt = prepare(store,
		"UPDATE pacer_accounts SET failed_logins = failed_logins + 1, locked_until = ?"
		" WHERE id = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, locked_until);
	sqlite3_bind_int64(stmt, 2, account_id);
	return finish_write(store, stmt);
}

bool store_record_login_success(struct store *store, long long account_id)
{
	sqlite3_stmt *stmt = prepare(store,
		"UPDATE pacer_accounts SET failed_logins = 0, locked_until = '' WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	return finish_write(store, stmt);
}

bool store_activate_case_search(struct store *store, long long account_id)
{
	sqlite3_stmt *stmt = prepare(store,
		"UPDATE pacer_accounts SET case_search_active = 1 WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	return finish_write(store, stmt);
}

bool store_add_security_answer(struct store *store, long long account_id, int position,
			       const char *question, const char *answer_hash)
{
	sqlite3_stmt *stmt = prepare(store,
		"INSERT OR REPLACE INTO security_answers (account_id, position, question, answer_hash)"
		" VALUES (?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	sqlite3_bind_int(stmt, 2, position);
	bind_text(stmt, 3, question);
	bind_text(stmt, 4, answer_hash);
	return finish_write(store, stmt);
}

static bool update_upgraded_account(struct store *store, const struct upgrade_request *r)
{
	const struct pacer_account *d = r->details;
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = prepare(store,
		"UPDATE pacer_accounts SET legacy_username = username, username = ?,"
		" password_hash = ?, kind = 'upgraded', upgraded_at = ?, prefix = ?, first_name = ?,"
		" middle_name = ?, last_name = ?, suffix = ?, user_type = ?, date_of_birth = ?,"
		" firm_name = ?, unit = ?, address1 = ?, address2 = ?, city = ?, state = ?,"
		" county = ?, zip = ?, country = ?, phone = ?, email = ?, failed_logins = 0,"
		" locked_until = '' WHERE id = ? AND kind = 'legacy'");
	if (stmt == NULL)
		return false;
	const char *values[] = {
		r->username, r->password_hash, now, d->prefix, d->first_name, d->middle_name,
		d->last_name, d->suffix, d->user_type, d->date_of_birth, d->firm_name, d->unit,
		d->address1, d->address2, d->city, d->state, d->county, d->zip, d->country,
		d->phone, d->email,
	};
	int n = (int)(sizeof values / sizeof values[0]);
	for (int i = 0; i < n; i++)
		bind_text(stmt, i + 1, values[i]);
	sqlite3_bind_int64(stmt, n + 1, r->account_id);
	if (!finish_write(store, stmt))
		return false;
	if (sqlite3_changes(store->db) != 1) {
		copy_text(store->error, sizeof store->error,
			  _("This account is not a legacy account any more; nothing was changed."));
		return false;
	}
	return true;
}

bool store_username_taken(struct store *store, const char *username, long long except_id,
			  bool *taken)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT count(*) FROM pacer_accounts WHERE (username = ? OR legacy_username = ?"
		" COLLATE NOCASE) AND id <> ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, username);
	bind_text(stmt, 2, username);
	sqlite3_bind_int64(stmt, 3, except_id);
	int count = 0;
	bool ok = single_int(store, stmt, &count, "pacer_accounts");
	*taken = count > 0;
	return ok;
}

enum store_result store_upgrade_account(struct store *store, const struct upgrade_request *r)
{
	bool taken = false;
	if (!store_begin(store))
		return STORE_FAILED;
	bool ok = store_username_taken(store, r->username, r->account_id, &taken);
	if (ok && taken) {
		store_rollback(store);
		return STORE_USERNAME_TAKEN;
	}
	ok = ok && update_upgraded_account(store, r);
	if (ok) {
		sqlite3_stmt *stmt = prepare(store, "DELETE FROM security_answers WHERE account_id = ?");
		ok = stmt != NULL;
		if (ok) {
			sqlite3_bind_int64(stmt, 1, r->account_id);
			ok = finish_write(store, stmt);
		}
	}
	for (int i = 0; ok && i < STORE_QUESTIONS; i++)
		ok = store_add_security_answer(store, r->account_id, i + 1, r->questions[i],
					       r->answer_hashes[i]);
	struct audit_event event = {
		.terminal = r->terminal, .username = r->username, .court_id = "",
		.event = "upgrade", .outcome = "success",
	};
	ok = ok && store_audit(store, &event) && store_commit(store);
	if (!ok) {
		store_rollback(store);
		return STORE_FAILED;
	}
	return STORE_DONE;
}

bool store_get_security_answers(struct store *store, long long account_id,
				struct security_answers *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *stmt = prepare(store,
		"SELECT position, question, answer_hash FROM security_answers WHERE account_id = ?"
		" ORDER BY position");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && out->count < STORE_QUESTIONS) {
		int i = out->count++;
		out->positions[i] = sqlite3_column_int(stmt, 0);
		column_text(stmt, 1, out->questions[i], sizeof out->questions[i]);
		column_text(stmt, 2, out->answer_hashes[i], sizeof out->answer_hashes[i]);
		if (out->positions[i] < 1 || out->positions[i] > STORE_QUESTIONS)
			out->count--;
	}
	bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
	if (!ok)
		set_error(store, "security_answers");
	release(store, stmt);
	return ok;
}

bool store_set_password(struct store *store, long long account_id, const char *password_hash)
{
	sqlite3_stmt *stmt = prepare(store,
		"UPDATE pacer_accounts SET password_hash = ?, failed_logins = 0, locked_until = ''"
		" WHERE id = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, password_hash);
	sqlite3_bind_int64(stmt, 2, account_id);
	return finish_write(store, stmt);
}

bool store_find_pacer_account_by_email(struct store *store, const char *email,
				       struct pacer_account *out, bool *found)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " ACCOUNT_COLUMNS " FROM pacer_accounts WHERE email = ? COLLATE NOCASE"
		" ORDER BY id LIMIT 1");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, email);
	return find_one_account(store, stmt, out, found);
}

static bool next_account_number(struct store *store, char out[16])
{
	long long next = 0;
	if (!single_number(store, prepare(store,
		"SELECT coalesce(max(CAST(account_number AS INTEGER)), 1000000) + 1 FROM pacer_accounts"),
		&next, "pacer_accounts"))
		return false;
	snprintf(out, 16, "%lld", next);
	return true;
}

enum store_result store_register_account(struct store *store, struct pacer_account *account,
					 const char *const questions[STORE_QUESTIONS],
					 const char *const answer_hashes[STORE_QUESTIONS],
					 const char *terminal)
{
	bool taken = false;
	if (!store_begin(store))
		return STORE_FAILED;
	bool ok = store_username_taken(store, account->username, 0, &taken);
	if (ok && taken) {
		store_rollback(store);
		return STORE_USERNAME_TAKEN;
	}
	ok = ok && next_account_number(store, account->account_number) &&
	     store_add_pacer_account(store, account);
	for (int i = 0; ok && i < STORE_QUESTIONS; i++)
		ok = store_add_security_answer(store, account->id, i + 1, questions[i], answer_hashes[i]);
	struct audit_event event = {
		.terminal = terminal, .username = account->username, .court_id = "",
		.event = "register", .outcome = account->case_search_active ? "success" : "inactive",
	};
	ok = ok && store_audit(store, &event) && store_commit(store);
	if (!ok) {
		store_rollback(store);
		return STORE_FAILED;
	}
	return STORE_DONE;
}

bool store_count_shared_details(struct store *store, const struct pacer_account *d, int *most)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT coalesce(max((first_name = ?1 COLLATE NOCASE AND last_name = ?2 COLLATE NOCASE)"
		" + (?3 <> '' AND date_of_birth = ?3) + (?4 <> '' AND email = ?4 COLLATE NOCASE)), 0)"
		" FROM pacer_accounts");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, d->first_name);
	bind_text(stmt, 2, d->last_name);
	bind_text(stmt, 3, d->date_of_birth);
	bind_text(stmt, 4, d->email);
	return single_int(store, stmt, most, "pacer_accounts");
}

/* ---- CM/ECF accounts ------------------------------------------------- */

#define ECF_COLUMNS "id, court_id, login, password_hash, name, pacer_account_id, linked_at"

static void read_ecf_account(sqlite3_stmt *stmt, void *out)
{
	struct ecf_account *e = out;
	memset(e, 0, sizeof *e);
	e->id = sqlite3_column_int64(stmt, 0);
	column_text(stmt, 1, e->court_id, sizeof e->court_id);
	column_text(stmt, 2, e->login, sizeof e->login);
	column_text(stmt, 3, e->password_hash, sizeof e->password_hash);
	column_text(stmt, 4, e->name, sizeof e->name);
	e->pacer_account_id = sqlite3_column_int64(stmt, 5);
	column_text(stmt, 6, e->linked_at, sizeof e->linked_at);
}

bool store_add_ecf_account(struct store *store, struct ecf_account *e)
{
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO ecf_accounts (court_id, login, password_hash, name, pacer_account_id,"
		" linked_at) VALUES (?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, e->court_id);
	bind_text(stmt, 2, e->login);
	bind_text(stmt, 3, e->password_hash);
	bind_text(stmt, 4, e->name);
	if (e->pacer_account_id > 0)
		sqlite3_bind_int64(stmt, 5, e->pacer_account_id);
	else
		sqlite3_bind_null(stmt, 5);
	bind_text(stmt, 6, e->linked_at);
	if (!finish_write(store, stmt))
		return false;
	e->id = sqlite3_last_insert_rowid(store->db);
	return true;
}

bool store_find_ecf_account_for_pacer(struct store *store, const char *court_id,
				      long long pacer_account_id, struct ecf_account *out,
				      bool *found)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " ECF_COLUMNS " FROM ecf_accounts WHERE court_id = ? AND pacer_account_id = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, court_id);
	sqlite3_bind_int64(stmt, 2, pacer_account_id);
	return find_one(store, stmt, read_ecf_account, out, found, "ecf_accounts");
}

bool store_find_ecf_account(struct store *store, const char *court_id, const char *login,
			    struct ecf_account *out, bool *found)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " ECF_COLUMNS " FROM ecf_accounts WHERE court_id = ? AND login = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, court_id);
	bind_text(stmt, 2, login);
	return find_one(store, stmt, read_ecf_account, out, found, "ecf_accounts");
}

enum store_result store_link_ecf_account(struct store *store, long long ecf_id,
					 long long pacer_account_id, const char *court_id,
					 const char *terminal, const char *username)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	if (!store_begin(store))
		return STORE_FAILED;
	int taken = 0;
	sqlite3_stmt *check = prepare(store,
		"SELECT count(*) FROM ecf_accounts WHERE (id = ? AND pacer_account_id IS NOT NULL)"
		" OR (court_id = ? AND pacer_account_id = ?)");
	if (check != NULL) {
		sqlite3_bind_int64(check, 1, ecf_id);
		bind_text(check, 2, court_id);
		sqlite3_bind_int64(check, 3, pacer_account_id);
	}
	bool ok = single_int(store, check, &taken, "ecf_accounts");
	if (ok && taken > 0) {
		store_rollback(store);
		return STORE_USERNAME_TAKEN;
	}
	sqlite3_stmt *stmt = ok ? prepare(store,
		"UPDATE ecf_accounts SET pacer_account_id = ?, linked_at = ? WHERE id = ?") : NULL;
	ok = stmt != NULL;
	if (ok) {
		sqlite3_bind_int64(stmt, 1, pacer_account_id);
		bind_text(stmt, 2, now);
		sqlite3_bind_int64(stmt, 3, ecf_id);
		ok = finish_write(store, stmt);
	}
	struct audit_event event = {
		.terminal = terminal, .username = username, .court_id = court_id,
		.event = "link", .outcome = "success",
	};
	ok = ok && store_audit(store, &event) && store_commit(store);
	if (!ok) {
		store_rollback(store);
		return STORE_FAILED;
	}
	return STORE_DONE;
}

bool store_add_efile_request(struct store *store, long long pacer_account_id,
			     const struct efile_request *request)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO efile_requests (pacer_account_id, court_id, kind, requested_at,"
		" bar_number, bar_state, filer_type) VALUES (?, ?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, pacer_account_id);
	bind_text(stmt, 2, request->court_id);
	bind_text(stmt, 3, request->kind);
	bind_text(stmt, 4, now);
	bind_text(stmt, 5, request->bar_number);
	bind_text(stmt, 6, request->bar_state);
	bind_text(stmt, 7, request->filer_type);
	return finish_write(store, stmt);
}

#define EFILE_COLUMNS                                                                  \
	"r.id, p.username, r.court_id, r.kind, r.bar_number, r.bar_state, r.filer_type," \
	" r.status, r.requested_at, r.decided_at"

static void read_efile_request(sqlite3_stmt *stmt, void *out)
{
	struct efile_request *r = out;
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(stmt, 0);
	column_text(stmt, 1, r->username, sizeof r->username);
	column_text(stmt, 2, r->court_id, sizeof r->court_id);
	column_text(stmt, 3, r->kind, sizeof r->kind);
	column_text(stmt, 4, r->bar_number, sizeof r->bar_number);
	column_text(stmt, 5, r->bar_state, sizeof r->bar_state);
	column_text(stmt, 6, r->filer_type, sizeof r->filer_type);
	column_text(stmt, 7, r->status, sizeof r->status);
	column_text(stmt, 8, r->requested_at, sizeof r->requested_at);
	column_text(stmt, 9, r->decided_at, sizeof r->decided_at);
}

bool store_each_efile_request(struct store *store, bool pending_only, efile_visitor visit,
			      void *data)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " EFILE_COLUMNS " FROM efile_requests r"
		" JOIN pacer_accounts p ON p.id = r.pacer_account_id"
		" WHERE ? = 0 OR r.status = 'pending' ORDER BY r.id");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int(stmt, 1, pending_only);
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct efile_request request;
		read_efile_request(stmt, &request);
		if (!visit(&request, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		set_error(store, "efile_requests");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

bool store_find_efile_request(struct store *store, long long id, struct efile_request *out,
			      bool *found)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " EFILE_COLUMNS " FROM efile_requests r"
		" JOIN pacer_accounts p ON p.id = r.pacer_account_id WHERE r.id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, id);
	return find_one(store, stmt, read_efile_request, out, found, "efile_requests");
}

/* The court's approval: a NextGen e-filer files with the PACER login, so
 * the CM/ECF account the court opens is the PACER account itself, linked.
 * It has no password of its own ("!" matches none): no copy of the PACER
 * hash to go stale, and nobody can link it if the PACER account goes. */
static bool open_efiler_account(struct store *store, long long request_id, const char *now)
{
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO ecf_accounts (court_id, login, password_hash, name, pacer_account_id,"
		" linked_at, efile_request_id) SELECT r.court_id, p.username, '!',"
		" trim(p.first_name || ' ' || p.last_name), p.id, ?, r.id"
		" FROM efile_requests r JOIN pacer_accounts p ON p.id = r.pacer_account_id"
		" WHERE r.id = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, now);
	sqlite3_bind_int64(stmt, 2, request_id);
	return finish_write(store, stmt);
}

static bool decide_efile_request(struct store *store, long long request_id, const char *status,
				 const char *now)
{
	sqlite3_stmt *stmt = prepare(store,
		"UPDATE efile_requests SET status = ?, decided_at = ? WHERE id = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, status);
	bind_text(stmt, 2, now);
	sqlite3_bind_int64(stmt, 3, request_id);
	return finish_write(store, stmt);
}

enum store_result store_approve_efile_request(struct store *store,
					      const struct efile_request *request,
					      const char *terminal)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	if (!store_begin(store))
		return STORE_FAILED;
	int taken = 0;
	sqlite3_stmt *check = prepare(store,
		"SELECT count(*) FROM ecf_accounts e JOIN pacer_accounts p ON p.username = ?"
		" WHERE e.court_id = ? AND (e.login = p.username OR e.pacer_account_id = p.id)");
	if (check != NULL) {
		bind_text(check, 1, request->username);
		bind_text(check, 2, request->court_id);
	}
	bool ok = single_int(store, check, &taken, "ecf_accounts");
	int shared = 0;
	sqlite3_stmt *firm = prepare(store, "SELECT count(*) FROM pacer_accounts WHERE username = ?"
					    " AND shared_firm = 1");
	if (firm != NULL)
		bind_text(firm, 1, request->username);
	ok = ok && single_int(store, firm, &shared, "pacer_accounts");
	/* A request the court cannot serve (the account files there already,
	 * or is a firm's shared one) is closed, never left pending. */
	if (ok && (taken > 0 || shared > 0)) {
		ok = decide_efile_request(store, request->id, "closed", now) && store_commit(store);
		if (!ok)
			store_rollback(store);
		return !ok ? STORE_FAILED : shared > 0 ? STORE_SHARED_ACCOUNT : STORE_USERNAME_TAKEN;
	}
	struct audit_event event = {
		.terminal = terminal, .username = request->username, .court_id = request->court_id,
		.event = "e-file request", .outcome = "approved",
	};
	ok = ok && open_efiler_account(store, request->id, now) &&
	     decide_efile_request(store, request->id, "approved", now) &&
	     store_audit(store, &event) && store_commit(store);
	if (!ok) {
		store_rollback(store);
		return STORE_FAILED;
	}
	return STORE_DONE;
}

bool store_count_efile_requests(struct store *store, long long pacer_account_id,
				const char *court_id, int *count)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT count(*) FROM efile_requests WHERE pacer_account_id = ? AND court_id = ?"
		" AND status = 'pending'");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, pacer_account_id);
	bind_text(stmt, 2, court_id);
	return single_int(store, stmt, count, "efile_requests");
}

bool store_count_links(struct store *store, long long pacer_account_id, int *count)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT count(*) FROM ecf_accounts WHERE pacer_account_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, pacer_account_id);
	return single_int(store, stmt, count, "ecf_accounts");
}

bool store_each_ecf_account(struct store *store, ecf_visitor visit, void *data)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT " ECF_COLUMNS " FROM ecf_accounts ORDER BY court_id, login");
	if (stmt == NULL)
		return false;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct ecf_account account;
		read_ecf_account(stmt, &account);
		if (!visit(&account, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		set_error(store, "ecf_accounts");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

/* ---- sessions and their drafts ------------------------------------------ */

bool store_open_session(struct store *store, const struct session_mark *mark, long long *id)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO sessions (pid, process_start, kiosk, started_at) VALUES (?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, mark->pid);
	bind_text(stmt, 2, mark->process_start);
	sqlite3_bind_int(stmt, 3, mark->kiosk ? 1 : 0);
	bind_text(stmt, 4, now);
	if (!finish_write(store, stmt))
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
		sqlite3_stmt *drafts = prepare(store, "DELETE FROM drafts WHERE session_id = ?");
		ok = drafts != NULL;
		if (ok) {
			sqlite3_bind_int64(drafts, 1, id);
			ok = finish_write(store, drafts);
		}
	}
	sqlite3_stmt *mark = ok ? prepare(store, "DELETE FROM sessions WHERE id = ?") : NULL;
	ok = mark != NULL;
	if (ok) {
		sqlite3_bind_int64(mark, 1, id);
		ok = finish_write(store, mark);
	}
	ok = ok && store_commit(store);
	if (!ok)
		store_rollback(store);
	return ok;
}

bool store_delete_session_drafts(struct store *store, long long id)
{
	sqlite3_stmt *stmt = prepare(store, "DELETE FROM drafts WHERE session_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, id);
	return finish_write(store, stmt);
}

bool store_count_sessions(struct store *store, int *count)
{
	return single_int(store, prepare(store, "SELECT count(*) FROM sessions"), count, "sessions");
}

bool store_each_session(struct store *store, session_visitor visit, void *data)
{
	sqlite3_stmt *stmt = prepare(store, "SELECT id, pid, process_start, kiosk FROM sessions");
	if (stmt == NULL)
		return false;
	struct session_mark mark;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(&mark, 0, sizeof mark);
		mark.id = sqlite3_column_int64(stmt, 0);
		mark.pid = sqlite3_column_int64(stmt, 1);
		column_text(stmt, 2, mark.process_start, sizeof mark.process_start);
		mark.kiosk = sqlite3_column_int(stmt, 3) != 0;
		if (!visit(&mark, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		set_error(store, "sessions");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

bool store_forget_deleted(struct store *store)
{
	/* secure_delete zeroes what a DELETE frees in the database file; the
	 * write-ahead log still holds the pages as they were until they are
	 * copied back and the log is emptied. Another session reading at the
	 * moment may keep part of the log: its own checkpoint finishes it. */
	int log_frames = 0, copied = 0;
	int rc = sqlite3_wal_checkpoint_v2(store->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log_frames,
					   &copied);
	if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
		set_error(store, "checkpoint");
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
	sqlite3_stmt *clear = prepare(store,
		"DELETE FROM drafts WHERE pacer_account_id = ? AND session_id = ? AND screen = ?");
	bool ok = clear != NULL;
	if (ok) {
		sqlite3_bind_int64(clear, 1, key->account_id);
		sqlite3_bind_int64(clear, 2, key->session_id);
		bind_text(clear, 3, screen);
		ok = finish_write(store, clear);
	}
	/* One statement for every field: a draft is saved each time a field
	 * is left, so it must cost little. */
	sqlite3_stmt *insert = ok ? prepare(store,
		"INSERT INTO drafts (pacer_account_id, session_id, screen, field, value, saved_at)"
		" VALUES (?, ?, ?, ?, ?, ?)") : NULL;
	ok = insert != NULL;
	if (ok) {
		sqlite3_bind_int64(insert, 1, key->account_id);
		sqlite3_bind_int64(insert, 2, key->session_id);
		bind_text(insert, 3, screen);
		bind_text(insert, 6, now);
	}
	for (size_t i = 0; ok && i < n; i++) {
		bind_text(insert, 4, fields[i]);
		bind_text(insert, 5, values[i]);
		ok = sqlite3_step(insert) == SQLITE_DONE;
		if (!ok)
			set_error(store, "write");
		sqlite3_reset(insert);
	}
	release(store, insert);
	ok = ok && store_commit(store);
	if (!ok)
		store_rollback(store);
	return ok;
}

bool store_each_draft(struct store *store, const struct draft_key *key, draft_visitor visit,
		      void *data)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT screen, field, value FROM drafts WHERE pacer_account_id = ? AND session_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, key->account_id);
	sqlite3_bind_int64(stmt, 2, key->session_id);
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *screen = (const char *)sqlite3_column_text(stmt, 0);
		const char *field = (const char *)sqlite3_column_text(stmt, 1);
		const char *value = (const char *)sqlite3_column_text(stmt, 2);
		if (!visit(screen ? screen : "", field ? field : "", value ? value : "", data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		set_error(store, "drafts");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

/* Drafts a session may be offered: its own and those of sessions no
 * longer marked; a kiosk's only its own. */
#define OFFERABLE " AND (session_id = ?3 OR (?4 = 0 AND session_id NOT IN (SELECT id FROM sessions)))"

bool store_latest_draft(struct store *store, const struct draft_key *key, bool own_only,
			const char *work, struct draft_found *found)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT saved_at, screen, session_id FROM drafts WHERE pacer_account_id = ?1"
		" AND substr(screen, 1, length(?2)) = ?2" OFFERABLE
		" ORDER BY saved_at DESC, rowid DESC LIMIT 1");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, key->account_id);
	bind_text(stmt, 2, work);
	sqlite3_bind_int64(stmt, 3, key->session_id);
	sqlite3_bind_int(stmt, 4, own_only ? 1 : 0);
	int rc = sqlite3_step(stmt);
	memset(found, 0, sizeof *found);
	found->found = rc == SQLITE_ROW;
	if (found->found) {
		column_text(stmt, 0, found->saved_at, sizeof found->saved_at);
		column_text(stmt, 1, found->screen, sizeof found->screen);
		found->session_id = sqlite3_column_int64(stmt, 2);
	} else if (rc != SQLITE_DONE) {
		set_error(store, "drafts");
	}
	release(store, stmt);
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
		sqlite3_stmt *stmt = prepare(store, steps[i]);
		ok = stmt != NULL;
		if (!ok)
			break;
		sqlite3_bind_int64(stmt, 1, key->account_id);
		bind_text(stmt, 2, work);
		sqlite3_bind_int64(stmt, 3, key->session_id);
		sqlite3_bind_int64(stmt, 4, from_session);
		ok = finish_write(store, stmt);
	}
	ok = ok && store_commit(store);
	if (!ok)
		store_rollback(store);
	return ok;
}

bool store_delete_drafts(struct store *store, const struct draft_key *key, const char *work)
{
	/* A live session's draft stays its own: it saves it again anyway. */
	sqlite3_stmt *stmt = prepare(store, "DELETE FROM drafts WHERE pacer_account_id = ?1"
					    " AND substr(screen, 1, length(?2)) = ?2"
					    " AND (session_id = ?3 OR session_id NOT IN (SELECT id FROM sessions))");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, key->account_id);
	bind_text(stmt, 2, work);
	sqlite3_bind_int64(stmt, 3, key->session_id);
	return finish_write(store, stmt);
}

/* ---- audit log ------------------------------------------------------- */

bool store_audit(struct store *store, const struct audit_event *event)
{
	char at[STORE_TIME_MAX];
	now_timestamp(at);
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO audit_log (at, terminal, username, court_id, event, outcome)"
		" VALUES (?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, at);
	bind_text(stmt, 2, event->terminal);
	bind_text(stmt, 3, event->username);
	bind_text(stmt, 4, event->court_id);
	bind_text(stmt, 5, event->event);
	bind_text(stmt, 6, event->outcome);
	return finish_write(store, stmt);
}

bool store_each_audit(struct store *store, const struct audit_filter *f, audit_visitor visit,
		      void *data)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT at, terminal, username, court_id, event, outcome FROM audit_log"
		" WHERE (?1 = '' OR at >= ?1) AND (?2 = '' OR substr(at, 1, 10) <= ?2)"
		" AND (?3 = '' OR username = ?3 COLLATE NOCASE) AND (?4 = '' OR event = ?4)"
		" ORDER BY id");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, f->since);
	bind_text(stmt, 2, f->until);
	bind_text(stmt, 3, f->username);
	bind_text(stmt, 4, f->event);
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct audit_row row;
		column_text(stmt, 0, row.at, sizeof row.at);
		column_text(stmt, 1, row.terminal, sizeof row.terminal);
		column_text(stmt, 2, row.username, sizeof row.username);
		column_text(stmt, 3, row.court_id, sizeof row.court_id);
		column_text(stmt, 4, row.event, sizeof row.event);
		column_text(stmt, 5, row.outcome, sizeof row.outcome);
		if (!visit(&row, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		set_error(store, "audit_log");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

bool store_count_audit(struct store *store, const char *event, int *count)
{
	sqlite3_stmt *stmt = prepare(store, "SELECT count(*) FROM audit_log WHERE event = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, event);
	return single_int(store, stmt, count, "audit_log");
}

/* ---- settings -------------------------------------------------------- */

/* A number a setting holds, into out when it is whole and within
 * [min, max]; otherwise out keeps its default (a hand-edited database). */
static void setting_number(const char *value, long min, long max, int *out)
{
	char *end;
	errno = 0;
	long n = strtol(value, &end, 10);
	if (errno == 0 && end != value && *end == '\0' && n >= min && n <= max)
		*out = (int)n;
}

bool store_load_settings(struct store *store, struct store_settings *out)
{
	memset(out, 0, sizeof *out);
	out->lockout_attempts = STORE_DEFAULT_LOCKOUT_ATTEMPTS;
	out->lockout_minutes = STORE_DEFAULT_LOCKOUT_MINUTES;
	out->password_policy = STORE_DEFAULT_POLICY;
	out->busy_wait_seconds = BUSY_WAIT_SECONDS;
	out->idle_seconds = -1;	/* not set: the wizard decides */
	sqlite3_stmt *stmt = prepare(store, "SELECT key, value FROM settings");
	if (stmt == NULL)
		return false;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *key = (const char *)sqlite3_column_text(stmt, 0);
		const char *value = (const char *)sqlite3_column_text(stmt, 1);
		if (key == NULL || value == NULL)
			continue;
		if (strcmp(key, "as_of") == 0)
			copy_text(out->as_of, sizeof out->as_of, value);
		else if (strcmp(key, "lockout_attempts") == 0)
			setting_number(value, 1, 100, &out->lockout_attempts);
		else if (strcmp(key, "lockout_minutes") == 0)
			setting_number(value, 1, 24L * 60, &out->lockout_minutes);
		else if (strcmp(key, "password_policy") == 0 && strcmp(value, "2025") == 0)
			out->password_policy = 2025;
		else if (strcmp(key, "kiosk") == 0)
			out->kiosk = strcmp(value, "on") == 0;
		else if (strcmp(key, "idle") == 0)
			setting_number(value, 0, 86400, &out->idle_seconds);
		else if (strcmp(key, "kiosk_passphrase") == 0)
			copy_text(out->kiosk_passphrase_hash, sizeof out->kiosk_passphrase_hash, value);
		else if (strcmp(key, "busy_wait") == 0)
			setting_number(value, 1, BUSY_WAIT_MAX_SECONDS, &out->busy_wait_seconds);
	}
	if (rc != SQLITE_DONE)
		set_error(store, "settings");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

void store_settings_today(const struct store_settings *settings, char out[STORE_DATE_MAX])
{
	if (settings->as_of[0] != '\0')
		copy_text(out, STORE_DATE_MAX, settings->as_of);
	else
		local_date(out);
}

bool store_set_setting(struct store *store, const char *key, const char *value)
{
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO settings (key, value) VALUES (?, ?)"
		" ON CONFLICT (key) DO UPDATE SET value = excluded.value");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, key);
	bind_text(stmt, 2, value);
	return finish_write(store, stmt);
}

/* ---- classes ----------------------------------------------------------- */

enum store_result store_add_class(struct store *store, const char *name, const char *court_id,
				  const char *kind)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO classes (name, court_id, kind, created_at, started_at,"
		" started_after_audit_id)"
		" VALUES (?, ?, ?, ?4, ?4, (SELECT coalesce(max(id), 0) FROM audit_log))");
	if (stmt == NULL)
		return STORE_FAILED;
	bind_text(stmt, 1, name);
	bind_text(stmt, 2, court_id);
	bind_text(stmt, 3, kind);
	bind_text(stmt, 4, now);
	int rc = sqlite3_step(stmt);
	release(store, stmt);
	if (rc == SQLITE_DONE)
		return STORE_DONE;
	if (rc == SQLITE_CONSTRAINT)
		return STORE_USERNAME_TAKEN;
	set_error(store, "classes");
	return STORE_FAILED;
}

bool store_add_class_member(struct store *store, const struct class_member *m)
{
	sqlite3_stmt *stmt = prepare(store,
		"INSERT INTO class_members (class_name, position, pacer_account_id, ecf_account_id,"
		" start_username, start_password_hash, start_kind) VALUES (?, ?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, m->class_name);
	sqlite3_bind_int(stmt, 2, m->position);
	sqlite3_bind_int64(stmt, 3, m->pacer_account_id);
	if (m->ecf_account_id > 0)
		sqlite3_bind_int64(stmt, 4, m->ecf_account_id);
	else
		sqlite3_bind_null(stmt, 4);
	bind_text(stmt, 5, m->start_username);
	bind_text(stmt, 6, m->start_password_hash);
	bind_text(stmt, 7, m->start_kind);
	return finish_write(store, stmt);
}

bool store_each_class_member(struct store *store, class_member_visitor visit, void *data)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT m.class_name, c.court_id, c.kind, m.position, m.start_username,"
		" m.start_password_hash, m.start_kind, p.username, coalesce(e.login, '')"
		" FROM class_members m JOIN classes c ON c.name = m.class_name"
		" JOIN pacer_accounts p ON p.id = m.pacer_account_id"
		" LEFT JOIN ecf_accounts e ON e.id = m.ecf_account_id"
		" ORDER BY m.class_name, m.position");
	if (stmt == NULL)
		return false;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct class_member_state m = { 0 };
		m.start.class_name = (const char *)sqlite3_column_text(stmt, 0);
		column_text(stmt, 1, m.class_court, sizeof m.class_court);
		column_text(stmt, 2, m.class_kind, sizeof m.class_kind);
		m.start.position = sqlite3_column_int(stmt, 3);
		m.start.start_username = (const char *)sqlite3_column_text(stmt, 4);
		m.start.start_password_hash = (const char *)sqlite3_column_text(stmt, 5);
		m.start.start_kind = (const char *)sqlite3_column_text(stmt, 6);
		m.username = (const char *)sqlite3_column_text(stmt, 7);
		m.ecf_login = (const char *)sqlite3_column_text(stmt, 8);
		if (!visit(&m, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		set_error(store, "class_members");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

bool store_class_exists(struct store *store, const char *name, char court_id[STORE_COURT_ID_MAX],
			bool *found)
{
	sqlite3_stmt *stmt = prepare(store, "SELECT court_id FROM classes WHERE name = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, name);
	int rc = sqlite3_step(stmt);
	*found = rc == SQLITE_ROW;
	if (*found)
		column_text(stmt, 0, court_id, STORE_COURT_ID_MAX);
	else if (rc != SQLITE_DONE)
		set_error(store, "classes");
	release(store, stmt);
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
	sqlite3_stmt *stmt = prepare(store, class_report_sql);
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, class_name);
	struct trainee_progress *t = xcalloc(1, sizeof *t);
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		memset(t, 0, sizeof *t);
		t->position = sqlite3_column_int(stmt, 0);
		column_text(stmt, 1, t->name, sizeof t->name);
		column_text(stmt, 2, t->start_username, sizeof t->start_username);
		column_text(stmt, 3, t->username, sizeof t->username);
		char kind[16];
		column_text(stmt, 4, kind, sizeof kind);
		t->upgraded = strcmp(kind, "upgraded") == 0;
		column_text(stmt, 5, t->upgraded_at, sizeof t->upgraded_at);
		column_text(stmt, 6, t->linked_at, sizeof t->linked_at);
		column_text(stmt, 7, t->court_id, sizeof t->court_id);
		t->logins = sqlite3_column_int(stmt, 8);
		t->failed_logins = sqlite3_column_int(stmt, 9);
		t->locked_attempts = sqlite3_column_int(stmt, 10);
		column_text(stmt, 11, t->unfinished_screen, sizeof t->unfinished_screen);
		t->started_upgraded = sqlite3_column_int(stmt, 12) != 0;
		if (!visit(t, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	free(t);
	if (rc != SQLITE_DONE)
		set_error(store, "class_members");
	release(store, stmt);
	return rc == SQLITE_DONE;
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
	sqlite3_stmt *restart = prepare(store,
		"UPDATE classes SET started_at = ?,"
		" started_after_audit_id = (SELECT coalesce(max(id), 0) FROM audit_log) WHERE name = ?");
	bool ok = restart != NULL;
	if (ok) {
		bind_text(restart, 1, now);
		bind_text(restart, 2, class_name);
		ok = finish_write(store, restart);
	}
	for (size_t i = 0; ok && i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *stmt = prepare(store, steps[i]);
		ok = stmt != NULL;
		if (ok) {
			bind_text(stmt, 1, class_name);
			ok = finish_write(store, stmt);
		}
	}
	if (!ok)
		return false;
	sqlite3_stmt *stmt = prepare(store, "SELECT count(*) FROM class_members WHERE class_name = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, class_name);
	return single_int(store, stmt, count, "class_members");
}

/* ---- accounts, for the staff ------------------------------------------- */

bool store_lock_account(struct store *store, long long account_id, const char *until)
{
	sqlite3_stmt *stmt = prepare(store, "UPDATE pacer_accounts SET locked_until = ? WHERE id = ?");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, until);
	sqlite3_bind_int64(stmt, 2, account_id);
	return finish_write(store, stmt);
}

bool store_delete_pacer_account(struct store *store, long long account_id)
{
	/* Its CM/ECF accounts stay, unlinked (ON DELETE SET NULL), as a
	 * court's would; its drafts, answers and requests go with it. */
	sqlite3_stmt *unlink = prepare(store,
		"UPDATE ecf_accounts SET linked_at = '' WHERE pacer_account_id = ?");
	if (unlink == NULL)
		return false;
	sqlite3_bind_int64(unlink, 1, account_id);
	if (!finish_write(store, unlink))
		return false;
	sqlite3_stmt *stmt = prepare(store, "DELETE FROM pacer_accounts WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	return finish_write(store, stmt);
}

bool store_next_account_number(struct store *store, char out[16])
{
	long long next = 0;
	if (!single_number(store, prepare(store, "SELECT max(1000000, coalesce(max(CAST(account_number"
					       " AS INTEGER)), 0)) + 1 FROM pacer_accounts"),
			   &next, "pacer_accounts"))
		return false;
	snprintf(out, 16, "%lld", next);
	return true;
}

bool store_each_class(struct store *store, class_visitor visit, void *data)
{
	sqlite3_stmt *stmt = prepare(store, "SELECT name FROM classes ORDER BY name");
	if (stmt == NULL)
		return false;
	int rc;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		char name[STORE_TEXT_MAX];
		column_text(stmt, 0, name, sizeof name);
		if (!visit(name, data)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		set_error(store, "classes");
	release(store, stmt);
	return rc == SQLITE_DONE;
}

bool store_account_number_in_use(struct store *store, const char *number, bool *used)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT EXISTS (SELECT 1 FROM pacer_accounts WHERE account_number = ?)");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, number);
	int value = 0;
	bool ok = single_int(store, stmt, &value, "pacer_accounts");
	*used = value != 0;
	return ok;
}

bool store_username_in_use(struct store *store, const char *username, bool *used)
{
	sqlite3_stmt *stmt = prepare(store,
		"SELECT EXISTS (SELECT 1 FROM pacer_accounts WHERE username = ?1"
		"   OR legacy_username = ?1 COLLATE NOCASE)"
		" OR EXISTS (SELECT 1 FROM class_members WHERE start_username = ?1 COLLATE NOCASE)");
	if (stmt == NULL)
		return false;
	bind_text(stmt, 1, username);
	int in_use = 0;
	bool ok = single_int(store, stmt, &in_use, "pacer_accounts");
	*used = in_use != 0;
	return ok;
}
