/* SPDX-License-Identifier: MIT */
/* CM/ECF accounts, their links to PACER accounts, and e-file requests. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <string.h>

#include "base/util.h"

#define ECF_COLUMNS "id, court_id, login, password_hash, name, pacer_account_id, linked_at"

static void read_ecf_account(sqlite3_stmt *stmt, void *out)
{
	struct ecf_account *e = out;
	memset(e, 0, sizeof *e);
	e->id = sqlite3_column_int64(stmt, 0);
	sql_column_text(stmt, 1, e->court_id, sizeof e->court_id);
	sql_column_text(stmt, 2, e->login, sizeof e->login);
	sql_column_text(stmt, 3, e->password_hash, sizeof e->password_hash);
	sql_column_text(stmt, 4, e->name, sizeof e->name);
	e->pacer_account_id = sqlite3_column_int64(stmt, 5);
	sql_column_text(stmt, 6, e->linked_at, sizeof e->linked_at);
}

bool store_add_ecf_account(struct store *store, struct ecf_account *e)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT INTO ecf_accounts (court_id, login, password_hash, name, pacer_account_id,"
		       " linked_at) VALUES (?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, e->court_id, e->login, e->password_hash, e->name);
	if (e->pacer_account_id > 0)
		sqlite3_bind_int64(stmt, 5, e->pacer_account_id);
	else
		sqlite3_bind_null(stmt, 5);
	sql_bind_text(stmt, 6, e->linked_at);
	if (!sql_finish_write(store, stmt))
		return false;
	e->id = sqlite3_last_insert_rowid(store->db);
	return true;
}

bool store_rehash_ecf_password(struct store *store, long long ecf_id, const char *checked_hash,
			       const char *new_hash)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE ecf_accounts SET password_hash = ? WHERE id = ? AND password_hash = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, new_hash);
	sqlite3_bind_int64(stmt, 2, ecf_id);
	sql_bind_text(stmt, 3, checked_hash);
	return sql_finish_write(store, stmt);
}

bool store_find_ecf_account_for_pacer(struct store *store, const char *court_id, long long pacer_account_id,
				      struct ecf_account *out, bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "SELECT " ECF_COLUMNS
					 " FROM ecf_accounts WHERE court_id = ? AND pacer_account_id = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, court_id);
	sqlite3_bind_int64(stmt, 2, pacer_account_id);
	return sql_find_one(store, stmt, read_ecf_account, out, found, "ecf_accounts");
}

bool store_find_ecf_account(struct store *store, const char *court_id, const char *login,
			    struct ecf_account *out, bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT " ECF_COLUMNS
						" FROM ecf_accounts WHERE court_id = ? AND login = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, court_id);
	sql_bind_text(stmt, 2, login);
	return sql_find_one(store, stmt, read_ecf_account, out, found, "ecf_accounts");
}

enum store_result store_link_ecf_account(struct store *store, long long ecf_id, long long pacer_account_id,
					 const char *court_id, const char *terminal, const char *username)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	if (!store_begin(store))
		return STORE_FAILED;
	int taken = 0;
	sqlite3_stmt *check = sql_prepare(
		store, "SELECT count(*) FROM ecf_accounts WHERE (id = ? AND pacer_account_id IS NOT NULL)"
		       " OR (court_id = ? AND pacer_account_id = ?)");
	if (check != NULL) {
		sqlite3_bind_int64(check, 1, ecf_id);
		sql_bind_text(check, 2, court_id);
		sqlite3_bind_int64(check, 3, pacer_account_id);
	}
	bool ok = sql_single_int(store, check, &taken, "ecf_accounts");
	if (ok && taken > 0) {
		store_rollback(store);
		return STORE_USERNAME_TAKEN;
	}
	sqlite3_stmt *stmt =
		ok ? sql_prepare(store,
				 "UPDATE ecf_accounts SET pacer_account_id = ?, linked_at = ? WHERE id = ?")
		   : NULL;
	ok = stmt != NULL;
	if (ok) {
		sqlite3_bind_int64(stmt, 1, pacer_account_id);
		sql_bind_text(stmt, 2, now);
		sqlite3_bind_int64(stmt, 3, ecf_id);
		ok = sql_finish_write(store, stmt);
	}
	struct audit_event event = {
		.terminal = terminal,
		.username = username,
		.court_id = court_id,
		.event = "link",
		.outcome = "success",
	};
	if (!store_end(store, ok && store_audit(store, &event)))
		return STORE_FAILED;
	return STORE_DONE;
}

bool store_add_efile_request(struct store *store, long long pacer_account_id,
			     const struct efile_request *request)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT INTO efile_requests (pacer_account_id, court_id, kind, requested_at,"
		       " bar_number, bar_state, filer_type) VALUES (?, ?, ?, ?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, pacer_account_id);
	sql_bind_text(stmt, 2, request->court_id);
	sql_bind_text(stmt, 3, request->kind);
	sql_bind_text(stmt, 4, now);
	sql_bind_text(stmt, 5, request->bar_number);
	sql_bind_text(stmt, 6, request->bar_state);
	sql_bind_text(stmt, 7, request->filer_type);
	return sql_finish_write(store, stmt);
}

#define EFILE_COLUMNS                                                                    \
	"r.id, p.username, r.court_id, r.kind, r.bar_number, r.bar_state, r.filer_type," \
	" r.status, r.requested_at, r.decided_at"

static void read_efile_request(sqlite3_stmt *stmt, void *out)
{
	struct efile_request *r = out;
	memset(r, 0, sizeof *r);
	r->id = sqlite3_column_int64(stmt, 0);
	sql_column_text(stmt, 1, r->username, sizeof r->username);
	sql_column_text(stmt, 2, r->court_id, sizeof r->court_id);
	sql_column_text(stmt, 3, r->kind, sizeof r->kind);
	sql_column_text(stmt, 4, r->bar_number, sizeof r->bar_number);
	sql_column_text(stmt, 5, r->bar_state, sizeof r->bar_state);
	sql_column_text(stmt, 6, r->filer_type, sizeof r->filer_type);
	sql_column_text(stmt, 7, r->status, sizeof r->status);
	sql_column_text(stmt, 8, r->requested_at, sizeof r->requested_at);
	sql_column_text(stmt, 9, r->decided_at, sizeof r->decided_at);
}

bool store_each_efile_request(struct store *store, bool pending_only, efile_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT " EFILE_COLUMNS " FROM efile_requests r"
						" JOIN pacer_accounts p ON p.id = r.pacer_account_id"
						" WHERE ? = 0 OR r.status = 'pending' ORDER BY r.id");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int(stmt, 1, pending_only);
	struct sql_rows rows = sql_rows_start(store, stmt, "efile_requests");
	while (sql_rows_next(&rows)) {
		struct efile_request request;
		read_efile_request(stmt, &request);
		if (!visit(&request, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_find_efile_request(struct store *store, long long id, struct efile_request *out, bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT " EFILE_COLUMNS " FROM efile_requests r"
		       " JOIN pacer_accounts p ON p.id = r.pacer_account_id WHERE r.id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, id);
	return sql_find_one(store, stmt, read_efile_request, out, found, "efile_requests");
}

/* The court's approval: a NextGen e-filer files with the PACER login, so
 * the CM/ECF account the court opens is the PACER account itself, linked.
 * It has no password of its own ("!" matches none): no copy of the PACER
 * hash to go stale, and nobody can link it if the PACER account goes. */
static bool open_efiler_account(struct store *store, long long request_id, const char *now)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT INTO ecf_accounts (court_id, login, password_hash, name, pacer_account_id,"
		       " linked_at, efile_request_id) SELECT r.court_id, p.username, '!',"
		       " trim(p.first_name || ' ' || p.last_name), p.id, ?, r.id"
		       " FROM efile_requests r JOIN pacer_accounts p ON p.id = r.pacer_account_id"
		       " WHERE r.id = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, now);
	sqlite3_bind_int64(stmt, 2, request_id);
	return sql_finish_write(store, stmt);
}

static bool decide_efile_request(struct store *store, long long request_id, const char *status,
				 const char *now)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "UPDATE efile_requests SET status = ?, decided_at = ? WHERE id = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, status);
	sql_bind_text(stmt, 2, now);
	sqlite3_bind_int64(stmt, 3, request_id);
	return sql_finish_write(store, stmt);
}

enum store_result store_approve_efile_request(struct store *store, const struct efile_request *request,
					      const char *terminal)
{
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	if (!store_begin(store))
		return STORE_FAILED;
	int taken = 0;
	sqlite3_stmt *check = sql_prepare(
		store, "SELECT count(*) FROM ecf_accounts e JOIN pacer_accounts p ON p.username = ?"
		       " WHERE e.court_id = ? AND (e.login = p.username OR e.pacer_account_id = p.id)");
	if (check != NULL) {
		sql_bind_text(check, 1, request->username);
		sql_bind_text(check, 2, request->court_id);
	}
	bool ok = sql_single_int(store, check, &taken, "ecf_accounts");
	int shared = 0;
	/* Prepared only when it is run: a kept statement prepared and not
	 * run would stay in use until the database is closed. */
	if (ok) {
		sqlite3_stmt *firm = sql_prepare(
			store, "SELECT count(*) FROM pacer_accounts WHERE username = ? AND shared_firm = 1");
		if (firm != NULL)
			sql_bind_text(firm, 1, request->username);
		ok = sql_single_int(store, firm, &shared, "pacer_accounts");
	}
	/* A request the court cannot serve (the account files there already,
	 * or is a firm's shared one) is closed, never left pending. */
	if (ok && (taken > 0 || shared > 0)) {
		if (!store_end(store, decide_efile_request(store, request->id, "closed", now)))
			return STORE_FAILED;
		return shared > 0 ? STORE_SHARED_ACCOUNT : STORE_USERNAME_TAKEN;
	}
	struct audit_event event = {
		.terminal = terminal,
		.username = request->username,
		.court_id = request->court_id,
		.event = "e-file request",
		.outcome = "approved",
	};
	if (!store_end(store, ok && open_efiler_account(store, request->id, now) &&
				      decide_efile_request(store, request->id, "approved", now) &&
				      store_audit(store, &event)))
		return STORE_FAILED;
	return STORE_DONE;
}

bool store_count_efile_requests(struct store *store, long long pacer_account_id, const char *court_id,
				int *count)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT count(*) FROM efile_requests WHERE pacer_account_id = ? AND court_id = ?"
		       " AND status = 'pending'");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, pacer_account_id);
	sql_bind_text(stmt, 2, court_id);
	return sql_single_int(store, stmt, count, "efile_requests");
}

bool store_count_links(struct store *store, long long pacer_account_id, int *count)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "SELECT count(*) FROM ecf_accounts WHERE pacer_account_id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, pacer_account_id);
	return sql_single_int(store, stmt, count, "ecf_accounts");
}

bool store_each_ecf_account(struct store *store, ecf_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "SELECT " ECF_COLUMNS " FROM ecf_accounts ORDER BY court_id, login");
	if (stmt == NULL)
		return false;
	struct sql_rows rows = sql_rows_start(store, stmt, "ecf_accounts");
	while (sql_rows_next(&rows)) {
		struct ecf_account account;
		read_ecf_account(stmt, &account);
		if (!visit(&account, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}
