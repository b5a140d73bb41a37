/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "unit.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/pacer.h"

struct fixture {
	char *dir;
	char *path;
};

static int make_fixture(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->dir = unit_temp_dir();
	if (asprintf(&f->path, "%s/state/sub/wizard.db", f->dir) < 0)
		abort();
	*state = f;
	return 0;
}

static int drop_fixture(void **state)
{
	struct fixture *f = *state;
	unit_remove_tree(f->dir);
	free(f->dir);
	free(f->path);
	free(f);
	return 0;
}

static void write_file(const char *path, const char *content, mode_t mode)
{
	FILE *out = fopen(path, "w");
	assert_non_null(out);
	fputs(content, out);
	fclose(out);
	assert_int_equal(chmod(path, mode), 0);
}

static char *read_file(const char *path)
{
	FILE *in = fopen(path, "r");
	assert_non_null(in);
	char *buf = calloc(1, 4096);
	size_t n = fread(buf, 1, 4095, in);
	buf[n] = '\0';
	fclose(in);
	return buf;
}

static void a_new_database_is_private_wal_and_versioned(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX];
	bool created = false;
	struct store *store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(store);
	assert_true(created);
	store_close(store);

	struct stat st;
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	char *dir = strdup(f->path);
	*strrchr(dir, '/') = '\0';
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	free(dir);

	sqlite3 *db;
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(stmt, 0), "wal");
	sqlite3_finalize(stmt);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(stmt, 0), 13);
	sqlite3_finalize(stmt);
	sqlite3_close(db);

	/* Opening again is not a creation and keeps the schema. */
	store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(store);
	assert_false(created);
	store_close(store);
}

/* Zeroes the first page of table in the closed database at path. */
static void zero_table_root(const char *path, const char *table)
{
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_stmt *stmt = NULL;
	assert_int_equal(
		sqlite3_prepare_v2(
			db,
			"SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master"
			" WHERE name = ?",
			-1, &stmt, NULL),
		SQLITE_OK);
	sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	long long root = sqlite3_column_int64(stmt, 0), page_size = sqlite3_column_int64(stmt, 1);
	sqlite3_finalize(stmt);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);

	int fd = open(path, O_WRONLY);
	assert_true(fd >= 0);
	char *zeros = calloc(1, (size_t)page_size);
	assert_int_equal(pwrite(fd, zeros, (size_t)page_size, (root - 1) * page_size), page_size);
	close(fd);
	free(zeros);
}

/* The opening check names the damaged table; the audit log, which only
 * grows, is not read through at every start, but the people's tables
 * always are. */
static void a_damaged_table_is_found_and_named(void **state)
{
	struct fixture *f = *state;
	struct store *store = unit_demo_store(f->dir, "table.db");
	assert_non_null(store);
	char *path = strdup(store_path(store));
	store_close(store);
	char err[ERROR_MAX];
	bool created = true;

	zero_table_root(path, "audit_log");
	store = store_open(path, &created, err, sizeof err);
	assert_non_null(store);
	store_close(store);

	zero_table_root(path, "pacer_accounts");
	assert_null(store_open(path, &created, err, sizeof err));
	assert_non_null(strstr(err, "is damaged"));
	assert_non_null(strstr(err, "pacer_accounts"));
	free(path);
}

static void a_file_that_is_not_a_database_is_left_untouched(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX];
	bool created;
	char *path;
	assert_true(asprintf(&path, "%s/notes.txt", f->dir) > 0);
	write_file(path, "my notes, not a database\n", 0600);
	assert_null(store_open(path, &created, err, sizeof err));
	assert_non_null(strstr(err, "not a nextgen-wizard database"));
	char *content = read_file(path);
	assert_string_equal(content, "my notes, not a database\n");
	free(content);
	free(path);
}

static void a_read_only_file_is_refused(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX];
	bool created;
	struct store *store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(store);
	store_close(store);
	assert_int_equal(chmod(f->path, 0400), 0);
	assert_null(store_open(f->path, &created, err, sizeof err));
	assert_non_null(strstr(err, "read-only"));
}

static void another_programs_sqlite_database_is_refused(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX];
	bool created;
	char *path;
	sqlite3 *db;
	assert_true(asprintf(&path, "%s/other.db", f->dir) > 0);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_null(store_open(path, &created, err, sizeof err));
	assert_non_null(strstr(err, "another program"));
	free(path);
}

static void a_folder_that_cannot_be_made_is_reported(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX];
	bool created;
	char *file, *path;
	assert_true(asprintf(&file, "%s/plainfile", f->dir) > 0);
	write_file(file, "x", 0600);
	assert_true(asprintf(&path, "%s/below/wizard.db", file) > 0);
	assert_null(store_open(path, &created, err, sizeof err));
	assert_non_null(strstr(err, "Cannot create the folder"));
	free(file);
	free(path);
	assert_null(store_open(f->dir, &created, err, sizeof err));
	assert_non_null(strstr(err, "is a folder"));
}

static void the_demo_scenario_is_stored_with_hashes_only(void **state)
{
	struct fixture *f = *state;
	struct store *store = unit_demo_store(f->dir, "demo.db");
	assert_non_null(store);
	struct pacer_account *a = malloc(sizeof *a);
	bool found = false;
	assert_true(store_find_pacer_account(store, "ja1234", a, &found));
	assert_true(found);
	assert_int_equal(a->kind, ACCOUNT_LEGACY);
	assert_string_equal(a->created_on, "2012-03-14");
	assert_string_equal(a->first_name, "John");
	assert_string_equal(a->date_of_birth, "");
	assert_string_equal(a->user_type, "");
	assert_memory_equal(a->password_hash, "$y$", 3);
	assert_true(store_find_pacer_account(store, "pr2010", a, &found));
	assert_true(found);
	assert_false(a->case_search_active);
	assert_true(store_find_pacer_account(store, "smithlee2015", a, &found));
	assert_true(a->shared_firm);
	assert_true(store_find_pacer_account(store, "nobody", a, &found));
	assert_false(found);
	free(a);

	struct court court;
	assert_true(store_find_court(store, "canb", &court, &found));
	assert_true(found);
	assert_string_equal(court.nextgen_date, "2021-02-16");
	assert_int_equal(court.type, COURT_BANKRUPTCY);
	store_close(store);

	char *path;
	assert_true(asprintf(&path, "%s/demo.db", f->dir) > 0);
	FILE *in = fopen(path, "rb");
	assert_non_null(in);
	char *all = calloc(1, 4 << 20);
	size_t n = fread(all, 1, (4 << 20) - 1, in);
	fclose(in);
	static const char *const secrets[] = { "Legacy!2013",   "Upgraded!2016", "Inactive!2010",
					       "Firm!Shared15", "Canb!Ecf2019",  "Canela" };
	for (size_t i = 0; i < sizeof secrets / sizeof secrets[0]; i++)
		assert_null(memmem(all, n, secrets[i], strlen(secrets[i])));
	free(all);
	free(path);
}

static void settings_and_audit(void **state)
{
	struct fixture *f = *state;
	struct store *store = unit_demo_store(f->dir, "settings.db");
	assert_non_null(store);
	struct store_settings settings;
	assert_true(store_load_settings(store, &settings));
	assert_string_equal(settings.as_of, "");
	assert_int_equal(settings.lockout_attempts, 5);
	assert_int_equal(settings.lockout_minutes, 15);
	assert_true(store_set_setting(store, "as-of", "2021-02-10"));
	assert_true(store_set_setting(store, "lockout-attempts", "3"));
	assert_true(store_set_setting(store, "as-of", "2021-02-20"));
	/* An old key name is refused, not stored to be never read. */
	assert_false(store_set_setting(store, "lockout_attempts", "9"));
	assert_non_null(strstr(store_error(store), "lockout_attempts"));
	assert_true(store_load_settings(store, &settings));
	assert_string_equal(settings.as_of, "2021-02-20");
	assert_int_equal(settings.lockout_attempts, 3);

	struct audit_event event = { "pts/1", "ja1234", "", "login", "success" };
	int count = -1;
	assert_true(store_audit(store, &event));
	assert_true(store_count_audit(store, "login", &count));
	assert_int_equal(count, 1);
	store_close(store);
}

/* Kept statements: the same query may run inside itself (a visitor that
 * asks again), and a read that is over holds no snapshot, so another
 * session's write is seen at once. */
struct nested_count {
	struct store *store;
	int outer, inner;
};

static bool count_inner(const struct court *court, void *data)
{
	(void)court;
	((struct nested_count *)data)->inner++;
	return true;
}

static bool count_outer(const struct court *court, void *data)
{
	(void)court;
	struct nested_count *n = data;
	/* A query started again from the top would never end. */
	return ++n->outer <= 1000 && store_each_court(n->store, count_inner, n);
}

static void the_same_query_runs_inside_itself(void **state)
{
	struct fixture *f = *state;
	struct store *store = unit_demo_store(f->dir, "nested.db");
	assert_non_null(store);
	struct nested_count n = { store, 0, 0 };
	assert_true(store_each_court(store, count_inner, &n));
	int courts = n.inner;
	assert_true(courts > 1);
	n.inner = 0;
	assert_true(store_each_court(store, count_outer, &n));
	assert_int_equal(n.outer, courts);
	assert_int_equal(n.inner, courts * courts);
	store_close(store);
}

static void a_finished_read_holds_no_snapshot(void **state)
{
	struct fixture *f = *state;
	struct store *first = unit_demo_store(f->dir, "snapshot.db");
	assert_non_null(first);
	char err[ERROR_MAX];
	bool created = true;
	struct store *second = store_open(store_path(first), &created, err, sizeof err);
	assert_non_null(second);
	assert_false(created);
	struct store_settings settings;
	for (int round = 0; round < 3; round++) {
		assert_true(store_load_settings(first, &settings));
		char day[16];
		snprintf(day, sizeof day, "2021-02-1%d", round);
		assert_true(store_set_setting(second, "as-of", day));
		assert_true(store_load_settings(first, &settings));
		assert_string_equal(settings.as_of, day);
	}
	store_close(second);
	store_close(first);
}

static void logins_count_failures_and_lock(void **state)
{
	struct fixture *f = *state;
	struct store *store = unit_demo_store(f->dir, "login.db");
	assert_non_null(store);
	assert_true(store_set_setting(store, "lockout-attempts", "3"));
	struct login_outcome *out = malloc(sizeof *out);

	pacer_login(store, "ja1234", "Legacy!2013", "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	assert_string_equal(out->account.username, "ja1234");
	assert_string_equal(out->account.password_hash, "");

	pacer_login(store, "JA1234", "Legacy!2013", "test", out);
	assert_int_equal(out->result, LOGIN_OK);

	pacer_login(store, "nobody99", "Legacy!2013", "test", out);
	assert_int_equal(out->result, LOGIN_BAD_CREDENTIALS);

	pacer_login(store, "ja1234", "wrong", "test", out);
	assert_int_equal(out->result, LOGIN_BAD_CREDENTIALS);
	assert_int_equal(out->attempts_left, 2);
	pacer_login(store, "ja1234", "wrong", "test", out);
	assert_int_equal(out->result, LOGIN_BAD_CREDENTIALS);
	pacer_login(store, "ja1234", "wrong", "test", out);
	assert_int_equal(out->result, LOGIN_LOCKED);
	assert_string_not_equal(out->locked_until, "");
	/* Locked: even the right password is refused until the time is up. */
	pacer_login(store, "ja1234", "Legacy!2013", "test", out);
	assert_int_equal(out->result, LOGIN_LOCKED);

	int count = 0;
	assert_true(store_count_audit(store, "login", &count));
	assert_int_equal(count, 7);
	free(out);
	store_close(store);
}

/* Version 11 keeps a trainee's progress with the trainee; a class of an
 * earlier database gets it counted once from the audit log: a lock is the
 * refused "locked" row after a wrong password, not the tries after it. */
static void a_class_of_version_10_gets_its_progress_from_the_log(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX];
	bool created = false;
	struct store *store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(store);
	store_close(store);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(
		sqlite3_exec(
			db,
			"DROP INDEX class_members_account; DROP INDEX class_members_start;"
			"ALTER TABLE class_members DROP COLUMN logins;"
			"ALTER TABLE class_members DROP COLUMN failed_logins;"
			"ALTER TABLE class_members DROP COLUMN lockouts;"
			"ALTER TABLE class_members DROP COLUMN upgrade_started_at;"
			"ALTER TABLE class_members DROP COLUMN link_started_at;"
			"ALTER TABLE class_members DROP COLUMN reset_at;"
			"ALTER TABLE classes DROP COLUMN room_idle;"
			"DROP TABLE mfa_apps; DROP TABLE mfa_backup_codes;"
			"ALTER TABLE pacer_accounts DROP COLUMN mfa_skips; ALTER TABLE pacer_accounts DROP COLUMN mfa_required; ALTER TABLE classes DROP COLUMN mfa;"
			"INSERT INTO audit_log (at, terminal, username, court_id, event, outcome)"
			" VALUES ('2021-01-01 09:00:00', 't', 'jn1000', '', 'login', 'success');"
			"INSERT INTO classes (name, court_id, kind, created_at, started_at,"
			" started_after_audit_id) VALUES ('c', 'canb', 'legacy', '2021-01-01 10:00:00',"
			" '2021-01-01 10:00:00', (SELECT max(id) FROM audit_log));"
			"INSERT INTO pacer_accounts (id, account_number, username, password_hash, kind,"
			" created_on) VALUES (70, '4000070', 'jn1000', 'x', 'legacy', '2010-01-01');"
			"INSERT INTO class_members VALUES ('c', 1, 70, NULL, 'jn1000', 'x', 'legacy');"
			"WITH o(outcome) AS (VALUES ('wrong username or password'),"
			" ('wrong username or password'), ('locked'), ('locked'), ('locked'), ('success'))"
			" INSERT INTO audit_log (at, terminal, username, court_id, event, outcome)"
			" SELECT '2021-01-01 10:30:00', 't', 'JN1000', '', 'login', outcome FROM o;"
			"PRAGMA user_version = 10",
			NULL, NULL, NULL),
		SQLITE_OK);
	sqlite3_close(db);
	store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(store);
	store_close(store);
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT logins, failed_logins, lockouts FROM class_members"
					    " WHERE class_name = 'c'",
					    -1, &stmt, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	/* The login before the class is not the class's. */
	assert_int_equal(sqlite3_column_int(stmt, 0), 1);
	assert_int_equal(sqlite3_column_int(stmt, 1), 3);
	assert_int_equal(sqlite3_column_int(stmt, 2), 1);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
}

/* A database of the version before classes is brought up to date at
 * open, its accounts kept, and its drafts too: they belong to no running
 * session, so the account's next login is offered them. */
static void an_older_database_is_migrated(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX];
	bool created = false;
	struct store *store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(store);
	store_close(store);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(
		sqlite3_exec(
			db,
			"DROP TABLE class_members; DROP TABLE classes;"
			"DROP TABLE mfa_apps; DROP TABLE mfa_backup_codes;"
			"ALTER TABLE pacer_accounts DROP COLUMN mfa_skips; ALTER TABLE pacer_accounts DROP COLUMN mfa_required;"
			"ALTER TABLE courts DROP COLUMN help_desk;"
			"ALTER TABLE pacer_accounts DROP COLUMN registered_as;"
			"ALTER TABLE pacer_accounts DROP COLUMN payment;"
			"ALTER TABLE efile_requests DROP COLUMN bar_number;"
			"ALTER TABLE efile_requests DROP COLUMN bar_state;"
			"ALTER TABLE efile_requests DROP COLUMN filer_type;"
			"ALTER TABLE efile_requests DROP COLUMN decided_at;"
			"ALTER TABLE ecf_accounts DROP COLUMN efile_request_id;"
			"DROP INDEX audit_log_user; ALTER TABLE audit_log DROP COLUMN host; DROP TABLE room_sessions;"
			"DROP TABLE sessions; DROP TABLE drafts;"
			"CREATE TABLE drafts (pacer_account_id INTEGER NOT NULL,"
			" screen TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,"
			" saved_at TEXT NOT NULL, PRIMARY KEY (pacer_account_id, screen, field));"
			"INSERT INTO pacer_accounts (id, account_number, username, password_hash,"
			" kind, created_on) VALUES (7, '4000007', 'old123', 'x', 'legacy', '2010-01-01');"
			"INSERT INTO drafts VALUES (7, 'upgrade-address', 'city', 'Oakland',"
			" '2021-01-01 10:00:00');"
			"INSERT INTO settings VALUES ('as_of', '2021-02-10');"
			"INSERT INTO settings VALUES ('password_policy', '2025');"
			"INSERT INTO settings VALUES ('lockout_minutes', '40');"
			"INSERT INTO settings VALUES ('busy_wait', '7');"
			"INSERT INTO settings VALUES ('lockout_attempts', '4');"
			"INSERT INTO settings VALUES ('kiosk_passphrase', '$y$j9T$old$hash');"
			"PRAGMA user_version = 2",
			NULL, NULL, NULL),
		SQLITE_OK);
	sqlite3_close(db);
	store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(store);
	assert_false(created);
	/* Every step at once, after a copy of the database as it was. */
	assert_non_null(strstr(store_notice(store), "from schema version 2 to 13"));
	assert_non_null(strstr(store_notice(store), ".before-v13"));
	assert_int_equal(store_add_class(store, "spring", "canb", "legacy"), STORE_DONE);
	struct store_settings settings;
	assert_true(store_load_settings(store, &settings));
	assert_string_equal(settings.as_of, "2021-02-10");
	/* Version 8: the settings' keys of earlier versions are renamed. */
	assert_int_equal(settings.password_policy, 2025);
	assert_int_equal(settings.lockout_minutes, 40);
	assert_int_equal(settings.busy_wait_seconds, 7);
	assert_int_equal(settings.lockout_attempts, 4);
	assert_string_equal(settings.kiosk_passphrase_hash, "$y$j9T$old$hash");
	struct session_mark mark = { .pid = 1 };
	struct draft_key key = { 7, 0 };
	assert_true(store_open_session(store, &mark, &key.session_id));
	struct draft_found found;
	assert_true(store_latest_draft(store, &key, false, DRAFT_UPGRADE, &found));
	assert_true(found.found);
	assert_string_equal(found.screen, "upgrade-address");
	assert_int_equal(found.session_id, 0);
	/* Version 7: an older account has chosen no account type or payment. */
	struct pacer_account old;
	bool exists = false;
	assert_true(store_find_pacer_account(store, "old123", &old, &exists));
	assert_true(exists);
	assert_string_equal(old.registered_as, "");
	assert_string_equal(old.payment, "");
	store_close(store);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(a_new_database_is_private_wal_and_versioned, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(an_older_database_is_migrated, make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_class_of_version_10_gets_its_progress_from_the_log,
						make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_file_that_is_not_a_database_is_left_untouched, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_damaged_table_is_found_and_named, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_read_only_file_is_refused, make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(another_programs_sqlite_database_is_refused, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_folder_that_cannot_be_made_is_reported, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(the_demo_scenario_is_stored_with_hashes_only, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(settings_and_audit, make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(logins_count_failures_and_lock, make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(the_same_query_runs_inside_itself, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_finished_read_holds_no_snapshot, make_fixture,
						drop_fixture),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
