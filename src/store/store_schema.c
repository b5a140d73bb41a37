/* SPDX-License-Identifier: MIT */
/* The schema and its migrations: a database of any earlier version is
 * brought to this one, step by step, in one transaction. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/util.h"

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
static const char schema_v2[] = "ALTER TABLE pacer_accounts ADD COLUMN unit TEXT NOT NULL DEFAULT '';"
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
	"  started_at TEXT NOT NULL);" /* made or last reset: the report counts from there */
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

/* Version 8: a setting's key is its name in src/base/settings.c, the
 * one nextgen-admin set and scenario files use. */
static const char schema_v8[] =
	"UPDATE OR REPLACE settings SET key = 'as-of' WHERE key = 'as_of';"
	"UPDATE OR REPLACE settings SET key = 'policy' WHERE key = 'password_policy';"
	"UPDATE OR REPLACE settings SET key = 'lockout-attempts' WHERE key = 'lockout_attempts';"
	"UPDATE OR REPLACE settings SET key = 'lockout-minutes' WHERE key = 'lockout_minutes';"
	"UPDATE OR REPLACE settings SET key = 'busy-wait' WHERE key = 'busy_wait';"
	"UPDATE OR REPLACE settings SET key = 'kiosk-passphrase' WHERE key = 'kiosk_passphrase';";

/* Version 9: the machine an audit row was written on, as the system
 * log has it: copies and logs of several kiosks can be told apart. */
static const char schema_v9[] = "ALTER TABLE audit_log ADD COLUMN host TEXT NOT NULL DEFAULT '';";

/* Version 10: where each session of the wizard is, for the trainer's
 * view of the room: written at each screen change (never per key), and
 * how it ended. Apart from the sessions table, whose marks go when their
 * process does (a dropped session is still shown here). */
static const char schema_v10[] = "CREATE TABLE room_sessions ("
				 "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
				 "  pid INTEGER NOT NULL,"
				 "  process_start TEXT NOT NULL DEFAULT '',"
				 "  host TEXT NOT NULL DEFAULT '',"
				 "  terminal TEXT NOT NULL DEFAULT '',"
				 "  pacer_account_id INTEGER NOT NULL DEFAULT 0,"
				 "  screen TEXT NOT NULL DEFAULT '',"
				 "  started_at TEXT NOT NULL,"
				 "  seen_at TEXT NOT NULL,"
				 "  ended_at TEXT NOT NULL DEFAULT '',"
				 "  ended_how TEXT NOT NULL DEFAULT '',"
				 /* the trainer reset its class (class reset --force) */
				 "  reset_requested INTEGER NOT NULL DEFAULT 0);"
				 "CREATE INDEX room_sessions_account ON room_sessions(pacer_account_id);"
				 "CREATE INDEX audit_log_user ON audit_log(username, event, at);";

/* Version 11: a trainee's progress kept with the trainee, so the class
 * report reads one row whatever the audit log's length (and whatever was
 * pruned from it), a scenario dump carries it, and a lock counts once
 * however often the locked account was tried. Earlier progress is
 * counted once from the log: a lock was the first refused "locked" row
 * after a wrong password; reset_at: the trainee was reset alone. */
static const char schema_v11[] =
	"ALTER TABLE class_members ADD COLUMN logins INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE class_members ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE class_members ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE class_members ADD COLUMN upgrade_started_at TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE class_members ADD COLUMN link_started_at TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE class_members ADD COLUMN reset_at TEXT NOT NULL DEFAULT '';"
	/* room mode (class start): -1 not running, 0 no idle wipe, else seconds */
	"ALTER TABLE classes ADD COLUMN room_idle INTEGER NOT NULL DEFAULT -1;"
	"CREATE INDEX class_members_account ON class_members(pacer_account_id);"
	"CREATE INDEX class_members_start ON class_members(start_username);"
	"CREATE TEMP VIEW trainee_logins AS SELECT m.class_name, m.position, l.id, l.username, l.outcome"
	" FROM class_members m JOIN classes c ON c.name = m.class_name"
	" JOIN pacer_accounts p ON p.id = m.pacer_account_id"
	" JOIN audit_log l ON l.event = 'login' AND l.id > c.started_after_audit_id"
	"  AND l.username COLLATE NOCASE IN (m.start_username, p.username);"
	"UPDATE class_members SET"
	" logins = (SELECT count(*) FROM trainee_logins t WHERE t.class_name = class_members.class_name"
	"  AND t.position = class_members.position AND t.outcome = 'success'),"
	" lockouts = (SELECT count(*) FROM trainee_logins t WHERE t.class_name = class_members.class_name"
	"  AND t.position = class_members.position AND t.outcome = 'locked'"
	"  AND coalesce((SELECT b.outcome FROM audit_log b WHERE b.event = 'login'"
	"   AND b.username = t.username COLLATE NOCASE AND b.id < t.id ORDER BY b.id DESC LIMIT 1), '')"
	"  <> 'locked'),"
	" failed_logins = (SELECT count(*) FROM trainee_logins t"
	"  WHERE t.class_name = class_members.class_name AND t.position = class_members.position"
	"  AND t.outcome = 'wrong username or password');"
	"UPDATE class_members SET failed_logins = failed_logins + lockouts;"
	"DROP VIEW trainee_logins;";

/* Version 12: multifactor authentication as PACER asks for it since
 * 2025: each account's authentication apps with the key each was given
 * (needed to check a passcode), its backup codes as hashes, and how
 * often it skipped the enrollment prompt. */
static const char schema_v12[] =
	"CREATE TABLE mfa_apps ("
	"  id INTEGER PRIMARY KEY,"
	"  pacer_account_id INTEGER NOT NULL REFERENCES pacer_accounts(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  secret TEXT NOT NULL,"
	"  added_at TEXT NOT NULL,"
	"  last_step INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX mfa_apps_account ON mfa_apps(pacer_account_id);"
	"CREATE TABLE mfa_backup_codes ("
	"  pacer_account_id INTEGER NOT NULL REFERENCES pacer_accounts(id) ON DELETE CASCADE,"
	"  code_hash TEXT NOT NULL,"
	"  used_at TEXT NOT NULL DEFAULT '');"
	"CREATE INDEX mfa_backup_codes_account ON mfa_backup_codes(pacer_account_id);"
	"ALTER TABLE pacer_accounts ADD COLUMN mfa_skips INTEGER NOT NULL DEFAULT 0;";

/* Version 13: whether an account must enroll in MFA whatever its
 * filing access says (a trainer's class: 1 required, 0 never asked);
 * NULL: required once it is linked to a CM/ECF account, as PACER asks. */
static const char schema_v13[] = "ALTER TABLE pacer_accounts ADD COLUMN mfa_required INTEGER;"
				 /* A class's --mfa (enrolled, required, none; ''), which its
				   * late arrivals and resets follow. */
				 "ALTER TABLE classes ADD COLUMN mfa TEXT NOT NULL DEFAULT '';";

/* Every step, one a version: the array's size makes a missing one a
 * compile error, not a NULL step. */
static const char *const migrations[] = { schema_v1,  schema_v2,  schema_v3, schema_v4, schema_v5,
					  schema_v6,  schema_v7,  schema_v8, schema_v9, schema_v10,
					  schema_v11, schema_v12, schema_v13 };
_Static_assert(sizeof migrations / sizeof migrations[0] == SCHEMA_VERSION,
	       "one migration for each schema version");

bool sql_schema_version(struct store *store, int *version)
{
	return sql_single_int(store, sql_prepare(store, "PRAGMA user_version"), version, "user_version");
}

static bool count_tables(struct store *store, int *count)
{
	return sql_single_int(store, sql_prepare(store, "SELECT count(*) FROM sqlite_master"), count,
			      "sqlite_master");
}

/* The steps from version to this one, in the caller's transaction. */
static bool migrate_from(struct store *store, int version)
{
	bool ok = true;
	for (int v = version; ok && v < SCHEMA_VERSION; v++) {
		char pragma[64];
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
		ok = sql_exec(store, migrations[v]) && sql_exec(store, pragma);
	}
	return ok;
}

bool sql_migrate(struct store *store, bool keep_copy, char *err, size_t err_size)
{
	int version = 0, tables = 0;
	if (!sql_schema_version(store, &version) || !count_tables(store, &tables)) {
		copy_text(err, err_size, store->error);
		return false;
	}
	if (version > SCHEMA_VERSION) {
		snprintf(err, err_size,
			 _("%s was written by a newer nextgen-wizard; please update the program."),
			 store->path);
		return false;
	}
	if (version == 0 && tables > 0) {
		snprintf(err, err_size,
			 _("%s is an SQLite database of another program, not a nextgen-wizard database."),
			 store->path);
		return false;
	}
	if (version == SCHEMA_VERSION)
		return true;
	/* An older database is copied first, as it is (SQLite copies nothing
	 * from a connection that is writing, so before the transaction). */
	char copy[4096] = "", label[32];
	snprintf(label, sizeof label, "before-v%d", SCHEMA_VERSION);
	if (keep_copy && version > 0 && !sql_copy_beside(store, label, copy, sizeof copy)) {
		copy_text(err, err_size, store->error);
		return false;
	}
	/* Read again under the write lock: another program may have brought
	 * it up to date meanwhile, and then this copy is not needed. */
	int now = version;
	bool ok = store_begin(store) && sql_schema_version(store, &now) &&
		  (now == SCHEMA_VERSION || migrate_from(store, now));
	ok = store_end(store, ok);
	if (!ok)
		copy_text(err, err_size, store->error);
	if (copy[0] != '\0' && (!ok || now == SCHEMA_VERSION))
		(void)unlink(copy); /* not needed; if it stays, it is a spare copy */
	else if (copy[0] != '\0') {
		char *said = xasprintf(_("%s was brought from schema version %d to %d; the database as it "
					 "was is kept in %s."),
				       store->path, now, SCHEMA_VERSION, copy);
		sql_add_notice(store, said);
		free(said);
	}
	return ok;
}
