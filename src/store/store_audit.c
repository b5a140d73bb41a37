/* SPDX-License-Identifier: MIT */
/* The audit log, kept in the database and, once a program turns it on,
 * sent to the system log too (journald or syslog), where the staff
 * already look and where a row outlives the database. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "base/util.h"

/* An audit line waiting for its transaction to commit. */
struct pending_log {
	int priority;
	char *line;
	struct pending_log *next;
};

static void system_log_line(int priority, const char *line, void *data)
{
	(void)data;
	syslog(priority, "%s", line);
}

/* Where audit lines go: nowhere until a program says so, so the tests
 * and tools that link the store leave the machine's log alone. */
static audit_sink sink;
static void *sink_data;

/* The tests' system log: each line as syslog(3) would send it, with
 * its priority, to the file NEXTGEN_WIZARD_TEST_SYSLOG names (appended,
 * so the lines of several programs meet), as the test clock stands in
 * for the real one. */
static void test_log_line(int priority, const char *line, void *data)
{
	FILE *file = fopen(getenv("NEXTGEN_WIZARD_TEST_SYSLOG"), "ae");
	if (file == NULL)
		return;
	fprintf(file, "<%d>%s[%ld]: %s\n", priority, (const char *)data, (long)getpid(), line);
	(void)fclose(file);
}

void store_log_to_system(const char *ident)
{
	const char *test_file = getenv("NEXTGEN_WIZARD_TEST_SYSLOG");
	if (test_file != NULL && test_file[0] == '/') {
		store_set_audit_sink(test_log_line, (void *)ident);
		return;
	}
	openlog(ident, LOG_PID, LOG_USER);
	store_set_audit_sink(system_log_line, NULL);
}

void store_set_audit_sink(audit_sink to, void *data)
{
	sink = to;
	sink_data = data;
}

/* Logins and staff passphrases are about who may get in: the private
 * authorization facility, which only the administrators read. */
static bool about_access(const char *event)
{
	static const char *const events[] = {
		"login",      "kiosk exit",  "password reset", "security answers", "staff password reset",
		"staff lock", "staff unlock"
	};
	for (size_t i = 0; i < sizeof events / sizeof events[0]; i++)
		if (strcmp(event, events[i]) == 0)
			return true;
	return false;
}

int store_audit_priority(const struct audit_event *event)
{
	bool refused = strcmp(event->event, "login") == 0 && strcmp(event->outcome, "success") != 0;
	return (about_access(event->event) ? LOG_AUTHPRIV : LOG_USER) | (refused ? LOG_NOTICE : LOG_INFO);
}

char *store_audit_line(const struct audit_event *event, const char *host)
{
	const char *names[] = { "event", "outcome", "user", "court", "terminal", "host" };
	const char *values[] = { event->event,    event->outcome,  event->username,
				 event->court_id, event->terminal, host };
	char *line = xstrdup("");
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char escaped[4 * STORE_TEXT_MAX];
		escape_text(values[i], escaped, sizeof escaped);
		char *longer = xasprintf("%s%s%s=\"%s\"", line, i ? " " : "", names[i], escaped);
		free(line);
		line = longer;
	}
	return line;
}

/* Sent now outside a transaction; inside one, when it commits. */
static void log_event(struct store *store, const struct audit_event *event)
{
	if (sink == NULL)
		return;
	struct pending_log *entry = xmalloc(sizeof *entry);
	*entry = (struct pending_log){ store_audit_priority(event), store_audit_line(event, store->host),
				       NULL };
	struct pending_log **end = &store->pending;
	while (*end != NULL)
		end = &(*end)->next;
	*end = entry;
	if (sqlite3_get_autocommit(store->db))
		sql_log_commit(store);
}

static void drop_pending(struct store *store, bool send)
{
	while (store->pending != NULL) {
		struct pending_log *entry = store->pending;
		store->pending = entry->next;
		if (send && sink != NULL)
			sink(entry->priority, entry->line, sink_data);
		free(entry->line);
		free(entry);
	}
}

void sql_log_commit(struct store *store)
{
	drop_pending(store, true);
}

void sql_log_rollback(struct store *store)
{
	drop_pending(store, false);
}

bool store_audit(struct store *store, const struct audit_event *event)
{
	char at[STORE_TIME_MAX];
	now_timestamp(at);
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT INTO audit_log (at, host, terminal, username, court_id, event, outcome)"
		       " VALUES (?, ?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, at, store->host, event->terminal, event->username, event->court_id,
		       event->event, event->outcome);
	if (!sql_finish_write(store, stmt))
		return false;
	log_event(store, event);
	return true;
}

bool store_each_audit(struct store *store, const struct audit_filter *f, audit_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(
		store,
		"SELECT at, host, terminal, username, court_id, event, outcome,"
		/* a trainee's rows carry either of their usernames */
		" coalesce((SELECT class_name FROM class_members WHERE start_username = a.username),"
		"  (SELECT m.class_name FROM pacer_accounts p JOIN class_members m"
		"   ON m.pacer_account_id = p.id WHERE p.username = a.username), '')"
		" FROM audit_log a WHERE (?1 = '' OR at >= ?1) AND (?2 = '' OR substr(at, 1, 10) <= ?2)"
		" AND (?3 = '' OR username = ?3 COLLATE NOCASE) AND (?4 = '' OR event = ?4)"
		" ORDER BY id");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, f->since, f->until, f->username, f->event);
	struct sql_rows rows = sql_rows_start(store, stmt, "audit_log");
	while (sql_rows_next(&rows)) {
		struct audit_row row;
		sql_column_text(stmt, 0, row.at, sizeof row.at);
		sql_column_text(stmt, 1, row.host, sizeof row.host);
		sql_column_text(stmt, 2, row.terminal, sizeof row.terminal);
		sql_column_text(stmt, 3, row.username, sizeof row.username);
		sql_column_text(stmt, 4, row.court_id, sizeof row.court_id);
		sql_column_text(stmt, 5, row.event, sizeof row.event);
		sql_column_text(stmt, 6, row.outcome, sizeof row.outcome);
		sql_column_text(stmt, 7, row.class_name, sizeof row.class_name);
		if (!visit(&row, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_count_audit(struct store *store, const char *event, int *count)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT count(*) FROM audit_log WHERE event = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, event);
	return sql_single_int(store, stmt, count, "audit_log");
}

bool store_prune_audit(struct store *store, const char *before, const struct audit_event *record,
		       int *removed)
{
	sqlite3_stmt *stmt = sql_prepare(store, "DELETE FROM audit_log WHERE substr(at, 1, 10) < ?");
	if (stmt == NULL || !store_begin(store)) {
		sql_release(store, stmt);
		return false;
	}
	sql_bind_text(stmt, 1, before);
	bool ok = sql_finish_write(store, stmt);
	*removed = ok ? sqlite3_changes(store->db) : 0;
	/* The room's sessions of those days go too: they tell the same. */
	sqlite3_stmt *room = ok ? sql_prepare(store,
					      "DELETE FROM room_sessions WHERE substr(seen_at, 1, 10) < ?")
				: NULL;
	if (room != NULL)
		sql_bind_text(room, 1, before);
	ok = ok && sql_finish_write(store, room);
	char *outcome = xasprintf("%d rows before %s", *removed, before);
	struct audit_event row = *record;
	row.outcome = outcome;
	ok = store_end(store, ok && store_audit(store, &row));
	free(outcome);
	return ok;
}
