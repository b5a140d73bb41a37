/* SPDX-License-Identifier: MIT */
/* Copies of the database (backup, restore, the copy before a migration,
 * reading a read-only copy) and the audit log's other ends (the system
 * log, pruning). */
#include <config.h>

#include "unit.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <syslog.h>

struct fixture {
	char *dir;
	struct store *store;
	char *path; /* the store's database */
	char *copy; /* a backup's name */
};

static int make_fixture(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->dir = unit_temp_dir();
	f->store = unit_demo_store(f->dir, "wizard.db");
	assert_non_null(f->store);
	if (asprintf(&f->path, "%s/wizard.db", f->dir) < 0 || asprintf(&f->copy, "%s/copy.db", f->dir) < 0)
		abort();
	*state = f;
	return 0;
}

static int drop_fixture(void **state)
{
	struct fixture *f = *state;
	store_close(f->store);
	store_set_audit_sink(NULL, NULL);
	unit_remove_tree(f->dir);
	free(f->dir);
	free(f->path);
	free(f->copy);
	free(f);
	return 0;
}

/* One number an SQL statement answers, from the file at path. */
static long long sql_number(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *stmt;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	long long n = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
	return n;
}

static void sql_run(const char *path, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static bool exists(const char *path)
{
	return access(path, F_OK) == 0;
}

static void audit_row(struct store *store, const char *username, const char *event)
{
	struct audit_event row = { .terminal = "pts/1",
				   .username = username,
				   .court_id = "",
				   .event = event,
				   .outcome = "success" };
	assert_true(store_audit(store, &row));
}

/* A second session writes while the backup is taken: the copy is the
 * database at one moment, whole, with what was committed and nothing of
 * what was not. */
static void a_backup_is_whole_while_another_session_writes(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX];
	bool created;
	struct store *other = store_open(f->path, &created, err, sizeof err);
	assert_non_null(other);
	audit_row(other, "committed1", "login");
	assert_true(store_begin(other));
	audit_row(other, "uncommitted", "login");
	assert_true(store_backup(f->store, f->copy));
	assert_true(store_commit(other));
	store_close(other);

	char *side;
	if (asprintf(&side, "%s-wal", f->copy) < 0)
		abort();
	assert_false(exists(side));
	free(side);
	struct stat st;
	assert_int_equal(stat(f->copy, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(sql_number(f->copy, "SELECT count(*) FROM pragma_integrity_check WHERE "
					     "integrity_check = 'ok'"),
			 1);
	assert_int_equal(sql_number(f->copy, "SELECT count(*) FROM audit_log WHERE username = 'committed1'"),
			 1);
	assert_int_equal(sql_number(f->copy, "SELECT count(*) FROM audit_log WHERE username = 'uncommitted'"),
			 0);
	assert_int_equal(sql_number(f->copy, "SELECT count(*) FROM pacer_accounts"),
			 sql_number(f->path, "SELECT count(*) FROM pacer_accounts"));
	/* One file: the rollback journal, so it reads where it cannot be written. */
	assert_int_equal(
		sql_number(f->copy, "SELECT 1 FROM pragma_journal_mode WHERE journal_mode = 'delete'"), 1);
}

/* A backup marked read-only is read as it is: its settings and audit
 * log, with not one byte of it changed and no file made beside it; a
 * write to it fails. */
static void a_read_only_copy_is_read_and_left_as_it_is(void **state)
{
	bool older = false;
	struct fixture *f = *state;
	audit_row(f->store, "before-copy", "login");
	assert_true(store_backup(f->store, f->copy));
	assert_int_equal(chmod(f->copy, 0444), 0);
	struct stat before, after;
	assert_int_equal(stat(f->copy, &before), 0);

	char err[ERROR_MAX];
	bool created;
	struct store *store = store_open(f->copy, &created, err, sizeof err);
	assert_null(store);
	assert_non_null(strstr(err, "read-only"));
	store = store_open_read_only(f->copy, &older, err, sizeof err);
	assert_non_null(store);
	assert_true(store_read_only(store));
	int logins = 0;
	assert_true(store_count_audit(store, "login", &logins));
	assert_true(logins >= 1);
	struct store_settings settings;
	assert_true(store_load_settings(store, &settings));
	struct audit_event row = { "", "x", "", "login", "success" };
	assert_false(store_audit(store, &row));
	store_close(store);

	assert_int_equal(stat(f->copy, &after), 0);
	assert_int_equal(before.st_mtime, after.st_mtime);
	assert_int_equal(before.st_size, after.st_size);
	char *side;
	if (asprintf(&side, "%s-wal", f->copy) < 0)
		abort();
	assert_false(exists(side));
	free(side);
}

/* A copy made with cp of a database in write-ahead mode, where its -shm
 * cannot be made (a folder one may not write; here a folder in the way,
 * which stops root too), is read as it stands, whatever its name. */
static void a_write_ahead_copy_is_read_where_nothing_can_be_made(void **state)
{
	bool older = false;
	struct fixture *f = *state;
	store_close(f->store);
	f->store = NULL;
	char *copy, *shm, *command;
	if (asprintf(&copy, "%s/odd %%23 #?name.db", f->dir) < 0 || asprintf(&shm, "%s-shm", copy) < 0 ||
	    asprintf(&command, "cp '%s' '%s'", f->path, copy) < 0)
		abort();
	assert_int_equal(system(command), 0);
	assert_int_equal(sql_number(copy, "SELECT 1 FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
	unlink(shm);
	assert_int_equal(mkdir(shm, 0700), 0);
	assert_int_equal(chmod(copy, 0444), 0);
	char err[ERROR_MAX];
	struct store *store = store_open_read_only(copy, &older, err, sizeof err);
	if (store == NULL)
		fail_msg("%s", err);
	assert_string_equal(store_path(store), copy);
	int logins = -1;
	assert_true(store_count_audit(store, "login", &logins));
	store_close(store);
	/* With a -wal beside it (copied from a database in use, with a row
	 * in its log), that is read too. */
	bool created;
	f->store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(f->store);
	audit_row(f->store, "in-the-log", "login");
	char *wal, *copy_wal;
	if (asprintf(&wal, "%s-wal", copy) < 0 || asprintf(&copy_wal, "cp '%s-wal' '%s'", f->path, wal) < 0)
		abort();
	assert_int_equal(system(copy_wal), 0);
	store = store_open_read_only(copy, &older, err, sizeof err);
	assert_non_null(store);
	int more = -1;
	assert_true(store_count_audit(store, "login", &more));
	assert_int_equal(more, logins + 1);
	store_close(store);
	unlink(wal);
	free(wal);
	free(copy_wal);
	rmdir(shm);
	free(copy);
	free(shm);
	free(command);
}

/* A copy of version 8, as the programs before the host column wrote. */
static void make_version_8(const char *path)
{
	sql_run(path,
		"DROP TABLE room_sessions; DROP INDEX audit_log_user; ALTER TABLE audit_log DROP COLUMN host;"
		"DROP INDEX class_members_account; DROP INDEX class_members_start; ALTER TABLE class_members DROP COLUMN logins;"
		"ALTER TABLE class_members DROP COLUMN failed_logins; ALTER TABLE class_members DROP COLUMN lockouts;"
		"ALTER TABLE class_members DROP COLUMN upgrade_started_at;"
		"ALTER TABLE class_members DROP COLUMN link_started_at; ALTER TABLE class_members DROP COLUMN reset_at;"
		"ALTER TABLE classes DROP COLUMN room_idle; DROP TABLE mfa_apps; DROP TABLE mfa_backup_codes;"
		"ALTER TABLE pacer_accounts DROP COLUMN mfa_skips; ALTER TABLE pacer_accounts DROP COLUMN mfa_required; ALTER TABLE classes DROP COLUMN mfa; PRAGMA user_version = 8");
}

static void an_older_read_only_copy_is_refused_with_the_way_out(void **state)
{
	bool older = false;
	struct fixture *f = *state;
	assert_true(store_backup(f->store, f->copy));
	make_version_8(f->copy);
	assert_int_equal(chmod(f->copy, 0444), 0);
	char err[ERROR_MAX];
	assert_null(store_open_read_only(f->copy, &older, err, sizeof err));
	assert_non_null(strstr(err, "earlier nextgen-wizard"));
	assert_true(older);
	assert_non_null(strstr(err, "restore it"));
}

/* Before a migration the database as it was is copied beside it, and
 * the notice names the copy; a second older database gets a name of its
 * own, never over the first copy. */
static void a_migration_keeps_a_copy_and_says_so(void **state)
{
	struct fixture *f = *state;
	store_close(f->store);
	f->store = NULL;
	make_version_8(f->path);
	for (int round = 1; round <= 2; round++) {
		char err[ERROR_MAX];
		bool created;
		struct store *store = store_open(f->path, &created, err, sizeof err);
		assert_non_null(store);
		assert_non_null(strstr(store_notice(store), "from schema version 8 to 13"));
		char *copy;
		if (asprintf(&copy, round == 1 ? "%s.before-v13" : "%s.before-v13-2", f->path) < 0)
			abort();
		assert_non_null(strstr(store_notice(store), copy));
		assert_int_equal(sql_number(copy, "PRAGMA user_version"), 8);
		assert_int_equal(sql_number(copy, "SELECT count(*) FROM pacer_accounts"),
				 sql_number(f->path, "SELECT count(*) FROM pacer_accounts"));
		free(copy);
		store_close(store);
		assert_int_equal(sql_number(f->path, "PRAGMA user_version"), 13);
		if (round == 1)
			make_version_8(f->path);
	}
	/* An up-to-date database is opened without a copy or a word. */
	char err[ERROR_MAX];
	bool created;
	f->store = store_open(f->path, &created, err, sizeof err);
	assert_non_null(f->store);
	assert_string_equal(store_notice(f->store), "");
}

/* A restore puts the backup's state back, keeps the database as it was
 * beside it, and brings an older backup up to date. */
static void a_restore_puts_the_backup_back_and_keeps_what_was(void **state)
{
	struct fixture *f = *state;
	assert_true(store_backup(f->store, f->copy));
	make_version_8(f->copy);
	audit_row(f->store, "after-backup", "login");
	char kept[4096];
	assert_true(store_restore(f->store, f->copy, kept, sizeof kept));
	assert_non_null(strstr(kept, ".before-restore-"));
	assert_int_equal(sql_number(kept, "SELECT count(*) FROM audit_log WHERE username = 'after-backup'"),
			 1);
	assert_int_equal(
		sql_number(f->path, "SELECT count(*) FROM audit_log WHERE username = 'after-backup'"), 0);
	assert_int_equal(sql_number(f->path, "PRAGMA user_version"), 13);
	/* and the store goes on working on it */
	audit_row(f->store, "after-restore", "login");
}

static void a_restore_refuses_what_is_not_a_whole_database(void **state)
{
	struct fixture *f = *state;
	FILE *out = fopen(f->copy, "w");
	assert_non_null(out);
	fputs("not a database\n", out);
	fclose(out);
	char kept[4096] = "";
	long long accounts = sql_number(f->path, "SELECT count(*) FROM pacer_accounts");
	assert_false(store_restore(f->store, f->copy, kept, sizeof kept));
	assert_non_null(strstr(store_error(f->store), "not a nextgen-wizard database"));
	assert_string_equal(kept, "");
	assert_int_equal(sql_number(f->path, "SELECT count(*) FROM pacer_accounts"), accounts);
	/* another program's SQLite database, even with a version number of
	 * ours: this one's or an earlier one's, which would be migrated */
	const char *const versions[] = { "PRAGMA user_version = 9", "PRAGMA user_version = 5", "" };
	for (size_t i = 0; i < sizeof versions / sizeof versions[0]; i++) {
		unlink(f->copy);
		sql_run(f->copy, "CREATE TABLE t (x)");
		if (versions[i][0] != '\0')
			sql_run(f->copy, versions[i]);
		assert_false(store_restore(f->store, f->copy, kept, sizeof kept));
		assert_string_equal(kept, "");
		if (strstr(store_error(f->store), "not a nextgen-wizard database") == NULL &&
		    strstr(store_error(f->store), "(exec:") == NULL)
			fail_msg("%s", store_error(f->store));
		assert_int_equal(sql_number(f->path, "SELECT count(*) FROM pacer_accounts"), accounts);
	}
	/* nothing is left beside the database: no copy, no staged file */
	char *listing;
	if (asprintf(
		    &listing,
		    "ls '%s' | grep -vx -e wizard.db -e wizard.db-wal -e wizard.db-shm -e copy.db | grep -q .",
		    f->dir) < 0)
		abort();
	assert_int_not_equal(system(listing), 0);
	free(listing);
}

struct captured {
	int count;
	int priority[8];
	char line[8][1024];
};

static void capture(int priority, const char *line, void *data)
{
	struct captured *c = data;
	if (c->count < 8) {
		c->priority[c->count] = priority;
		snprintf(c->line[c->count], sizeof c->line[0], "%s", line);
	}
	c->count++;
}

/* An audit row reaches the system log when it is saved: at once outside
 * a transaction, at the commit inside one, never when rolled back. */
static void audit_rows_reach_the_system_log_when_saved(void **state)
{
	struct fixture *f = *state;
	struct captured c = { 0 };
	store_set_audit_sink(capture, &c);
	audit_row(f->store, "ja1234", "upgrade");
	assert_int_equal(c.count, 1);
	assert_int_equal(c.priority[0], LOG_USER | LOG_INFO);
	assert_non_null(strstr(c.line[0], "event=\"upgrade\" outcome=\"success\" user=\"ja1234\""));
	assert_non_null(strstr(c.line[0], "host=\""));

	assert_true(store_begin(f->store));
	audit_row(f->store, "rolled", "link");
	assert_int_equal(c.count, 1);
	store_rollback(f->store);
	assert_int_equal(c.count, 1);

	assert_true(store_begin(f->store));
	audit_row(f->store, "kept", "link");
	assert_int_equal(c.count, 1);
	assert_true(store_commit(f->store));
	assert_int_equal(c.count, 2);
	assert_non_null(strstr(c.line[1], "user=\"kept\""));
}

/* What a person typed is escaped: no control character, no quote that
 * would end the value, reaches the log; a refused login is an
 * authorization notice. */
static void the_system_log_gets_typed_text_escaped(void **state)
{
	(void)state;
	struct audit_event login = { .terminal = "pts/2\r",
				     .username = "ja\033[2J\"x\\y\xc2\x85z\xff",
				     .court_id = "",
				     .event = "login",
				     .outcome = "wrong username or password" };
	char *line = store_audit_line(&login, "kiosk-1");
	assert_string_equal(line, "event=\"login\" outcome=\"wrong username or password\" "
				  "user=\"ja\\e[2J\\\"x\\\\y\\u0085z\xef\xbf\xbd\" court=\"\" "
				  "terminal=\"pts/2\\x0d\" host=\"kiosk-1\"");
	free(line);
	assert_int_equal(store_audit_priority(&login), LOG_AUTHPRIV | LOG_NOTICE);
	login.outcome = "success";
	assert_int_equal(store_audit_priority(&login), LOG_AUTHPRIV | LOG_INFO);
	struct audit_event exit_kiosk = { "", "", "", "kiosk exit", "refused" };
	assert_int_equal(store_audit_priority(&exit_kiosk) & LOG_FACMASK, LOG_AUTHPRIV);
	/* A mark that turns the text's direction is shown, not obeyed. */
	struct audit_event turned = { "",
				      "gpj\xe2\x80\xae"
				      "exe.txt",
				      "", "login", "success" };
	line = store_audit_line(&turned, "");
	assert_non_null(strstr(line, "user=\"gpj\\u202eexe.txt\""));
	free(line);
	/* In CSV: a quote doubled, a backslash escaped, so typed "\x1b" is
	 * told from an escape character (\e); a formula is no formula. */
	char *csv = NULL;
	size_t csv_size = 0;
	FILE *out = open_memstream(&csv, &csv_size);
	assert_non_null(out);
	write_csv_field(out, "a\033b\\x1b\"", false);
	write_csv_field(out, "=1+1", false);
	write_csv_field(out, "-", true);
	fclose(out);
	assert_string_equal(csv, "\"a\\eb\\\\x1b\"\"\",\"'=1+1\",\"'-\"\n");
	free(csv);
	/* Accents stay as they are. */
	struct audit_event named = { "", "Núñez", "", "register", "success" };
	line = store_audit_line(&named, "");
	assert_non_null(strstr(line, "user=\"Núñez\""));
	free(line);
}

/* Rows before the day go, that day's stay; the count is told and the
 * pruning is a row of its own. */
static void pruning_removes_the_older_rows_and_counts_them(void **state)
{
	struct fixture *f = *state;
	audit_row(f->store, "old1", "login");
	audit_row(f->store, "old2", "login");
	audit_row(f->store, "that-day", "login");
	sql_run(f->path, "UPDATE audit_log SET at = '2020-12-31 23:59:59' WHERE username IN ('old1', 'old2');"
			 "UPDATE audit_log SET at = '2021-01-01 00:00:00' WHERE username = 'that-day'");
	long long older = sql_number(f->path, "SELECT count(*) FROM audit_log WHERE at < '2021-01-01'");
	assert_int_equal(older, 2);
	/* A session of those days, and one of that day. */
	struct room_mark mark = { .pid = 1, .process_start = "", .terminal = "pts/1" };
	long long old_session, new_session;
	assert_true(store_room_open(f->store, &mark, &old_session));
	assert_true(store_room_open(f->store, &mark, &new_session));
	sql_run(f->path,
		"UPDATE room_sessions SET seen_at = '2020-12-31 10:00:00' WHERE id = (SELECT min(id) FROM room_sessions);"
		"UPDATE room_sessions SET seen_at = '2021-01-01 10:00:00' WHERE id = (SELECT max(id) FROM room_sessions)");
	struct audit_event record = { "pts/1", "admin:test", "", "audit prune", "" };
	int removed = -1;
	assert_true(store_prune_audit(f->store, "2021-01-01", &record, &removed));
	assert_int_equal(removed, 2);
	assert_int_equal(sql_number(f->path, "SELECT count(*) FROM audit_log WHERE at < '2021-01-01'"), 0);
	assert_int_equal(sql_number(f->path, "SELECT count(*) FROM audit_log WHERE username = 'that-day'"),
			 1);
	assert_int_equal(sql_number(f->path, "SELECT count(*) FROM room_sessions"), 1);
	assert_int_equal(sql_number(f->path, "SELECT count(*) FROM audit_log WHERE event = 'audit prune'"
					     " AND outcome = '2 rows before 2021-01-01'"),
			 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(a_backup_is_whole_while_another_session_writes, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_read_only_copy_is_read_and_left_as_it_is, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_write_ahead_copy_is_read_where_nothing_can_be_made,
						make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(an_older_read_only_copy_is_refused_with_the_way_out,
						make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_migration_keeps_a_copy_and_says_so, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(a_restore_puts_the_backup_back_and_keeps_what_was,
						make_fixture, drop_fixture),
		cmocka_unit_test_setup_teardown(a_restore_refuses_what_is_not_a_whole_database, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(audit_rows_reach_the_system_log_when_saved, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(the_system_log_gets_typed_text_escaped, make_fixture,
						drop_fixture),
		cmocka_unit_test_setup_teardown(pruning_removes_the_older_rows_and_counts_them, make_fixture,
						drop_fixture),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
