/* SPDX-License-Identifier: MIT */
/* PACER accounts: their details, logins, security answers, upgrade
 * and registration, and what the staff do to them. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"

/* ---- PACER accounts -------------------------------------------------- */

#define ACCOUNT_COLUMNS                                                                 \
	"id, account_number, username, password_hash, kind, created_on,"                \
	" case_search_active, shared_firm, prefix, first_name, middle_name, last_name," \
	" suffix, user_type, date_of_birth, firm_name, address1, city, state, county,"  \
	" zip, phone, email, failed_logins, locked_until, unit, address2, country,"     \
	" legacy_username, registered_as, payment, upgraded_at"

static void read_account(sqlite3_stmt *stmt, void *out)
{
	struct pacer_account *a = out;
	char kind[16];
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(stmt, 0);
	sql_column_text(stmt, 1, a->account_number, sizeof a->account_number);
	sql_column_text(stmt, 2, a->username, sizeof a->username);
	sql_column_text(stmt, 3, a->password_hash, sizeof a->password_hash);
	sql_column_text(stmt, 4, kind, sizeof kind);
	a->kind = strcmp(kind, "legacy") == 0 ? ACCOUNT_LEGACY : ACCOUNT_UPGRADED;
	sql_column_text(stmt, 5, a->created_on, sizeof a->created_on);
	a->case_search_active = sqlite3_column_int(stmt, 6) != 0;
	a->shared_firm = sqlite3_column_int(stmt, 7) != 0;
	sql_column_text(stmt, 8, a->prefix, sizeof a->prefix);
	sql_column_text(stmt, 9, a->first_name, sizeof a->first_name);
	sql_column_text(stmt, 10, a->middle_name, sizeof a->middle_name);
	sql_column_text(stmt, 11, a->last_name, sizeof a->last_name);
	sql_column_text(stmt, 12, a->suffix, sizeof a->suffix);
	sql_column_text(stmt, 13, a->user_type, sizeof a->user_type);
	sql_column_text(stmt, 14, a->date_of_birth, sizeof a->date_of_birth);
	sql_column_text(stmt, 15, a->firm_name, sizeof a->firm_name);
	sql_column_text(stmt, 16, a->address1, sizeof a->address1);
	sql_column_text(stmt, 17, a->city, sizeof a->city);
	sql_column_text(stmt, 18, a->state, sizeof a->state);
	sql_column_text(stmt, 19, a->county, sizeof a->county);
	sql_column_text(stmt, 20, a->zip, sizeof a->zip);
	sql_column_text(stmt, 21, a->phone, sizeof a->phone);
	sql_column_text(stmt, 22, a->email, sizeof a->email);
	a->failed_logins = sqlite3_column_int(stmt, 23);
	sql_column_text(stmt, 24, a->locked_until, sizeof a->locked_until);
	sql_column_text(stmt, 25, a->unit, sizeof a->unit);
	sql_column_text(stmt, 26, a->address2, sizeof a->address2);
	sql_column_text(stmt, 27, a->country, sizeof a->country);
	sql_column_text(stmt, 28, a->legacy_username, sizeof a->legacy_username);
	sql_column_text(stmt, 29, a->registered_as, sizeof a->registered_as);
	sql_column_text(stmt, 30, a->payment, sizeof a->payment);
	sql_column_text(stmt, 31, a->upgraded_at, sizeof a->upgraded_at);
}

bool store_add_pacer_account(struct store *store, struct pacer_account *a)
{
	sqlite3_stmt *stmt = sql_prepare(
		store,
		"INSERT INTO pacer_accounts (account_number, username, password_hash, kind,"
		" created_on, case_search_active, shared_firm, prefix, first_name, middle_name,"
		" last_name, suffix, user_type, date_of_birth, firm_name, address1, city, state,"
		" county, zip, phone, email, unit, address2, country, legacy_username,"
		" registered_as, payment, upgraded_at)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
		" ?, ?, ?)");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, a->account_number, a->username, a->password_hash,
		       a->kind == ACCOUNT_LEGACY ? "legacy" : "upgraded", a->created_on);
	sqlite3_bind_int(stmt, 6, a->case_search_active);
	sqlite3_bind_int(stmt, 7, a->shared_firm);
	SQL_BIND_TEXTS(stmt, 8, a->prefix, a->first_name, a->middle_name, a->last_name, a->suffix,
		       a->user_type, a->date_of_birth, a->firm_name, a->address1, a->city, a->state,
		       a->county, a->zip, a->phone, a->email, a->unit, a->address2, a->country,
		       a->legacy_username, a->registered_as, a->payment, a->upgraded_at);
	if (!sql_finish_write(store, stmt))
		return false;
	a->id = sqlite3_last_insert_rowid(store->db);
	return true;
}

static bool find_one_account(struct store *store, sqlite3_stmt *stmt, struct pacer_account *out, bool *found)
{
	return sql_find_one(store, stmt, read_account, out, found, "pacer_accounts");
}

bool store_find_pacer_account(struct store *store, const char *username, struct pacer_account *out,
			      bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "SELECT " ACCOUNT_COLUMNS " FROM pacer_accounts WHERE username = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, username);
	return find_one_account(store, stmt, out, found);
}

bool store_find_pacer_account_by_id(struct store *store, long long id, struct pacer_account *out, bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "SELECT " ACCOUNT_COLUMNS " FROM pacer_accounts WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, id);
	return find_one_account(store, stmt, out, found);
}

bool store_each_pacer_account(struct store *store, account_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "SELECT " ACCOUNT_COLUMNS " FROM pacer_accounts ORDER BY username");
	if (stmt == NULL)
		return false;
	struct pacer_account *account = xmalloc(sizeof *account);
	struct sql_rows rows = sql_rows_start(store, stmt, "pacer_accounts");
	while (sql_rows_next(&rows)) {
		read_account(stmt, account);
		if (!visit(account, data))
			sql_rows_stop(&rows);
	}
	free(account);
	return sql_rows_ok(&rows);
}

bool store_record_login_failure(struct store *store, long long account_id, const char *locked_until)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE pacer_accounts SET failed_logins = failed_logins + 1, locked_until = ?"
		       " WHERE id = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, locked_until);
	sqlite3_bind_int64(stmt, 2, account_id);
	return sql_finish_write(store, stmt);
}

bool store_record_login_success(struct store *store, long long account_id)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE pacer_accounts SET failed_logins = 0, locked_until = '' WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	return sql_finish_write(store, stmt);
}

bool store_activate_case_search(struct store *store, long long account_id)
{
	sqlite3_stmt *stmt = sql_prepare(store,
					 "UPDATE pacer_accounts SET case_search_active = 1 WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	return sql_finish_write(store, stmt);
}

bool store_add_security_answer(struct store *store, long long account_id, int position, const char *question,
			       const char *answer_hash)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "INSERT OR REPLACE INTO security_answers (account_id, position, question, answer_hash)"
		       " VALUES (?, ?, ?, ?)");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	sqlite3_bind_int(stmt, 2, position);
	sql_bind_text(stmt, 3, question);
	sql_bind_text(stmt, 4, answer_hash);
	return sql_finish_write(store, stmt);
}

static bool update_upgraded_account(struct store *store, const struct upgrade_request *r)
{
	const struct pacer_account *d = r->details;
	char now[STORE_TIME_MAX];
	now_timestamp(now);
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE pacer_accounts SET legacy_username = username, username = ?,"
		       " password_hash = ?, kind = 'upgraded', upgraded_at = ?, prefix = ?, first_name = ?,"
		       " middle_name = ?, last_name = ?, suffix = ?, user_type = ?, date_of_birth = ?,"
		       " firm_name = ?, unit = ?, address1 = ?, address2 = ?, city = ?, state = ?,"
		       " county = ?, zip = ?, country = ?, phone = ?, email = ?, failed_logins = 0,"
		       " locked_until = '' WHERE id = ? AND kind = 'legacy'");
	if (stmt == NULL)
		return false;
	const char *values[] = {
		r->username,  r->password_hash, now,          d->prefix,        d->first_name, d->middle_name,
		d->last_name, d->suffix,        d->user_type, d->date_of_birth, d->firm_name,  d->unit,
		d->address1,  d->address2,      d->city,      d->state,         d->county,     d->zip,
		d->country,   d->phone,         d->email,
	};
	int n = (int)(sizeof values / sizeof values[0]);
	for (int i = 0; i < n; i++)
		sql_bind_text(stmt, i + 1, values[i]);
	sqlite3_bind_int64(stmt, n + 1, r->account_id);
	if (!sql_finish_write(store, stmt))
		return false;
	if (sqlite3_changes(store->db) != 1) {
		copy_text(store->error, sizeof store->error,
			  _("This account is not a legacy account any more; nothing was changed."));
		return false;
	}
	return true;
}

bool store_username_taken(struct store *store, const char *username, long long except_id, bool *taken)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT count(*) FROM pacer_accounts WHERE (username = ? OR legacy_username = ?"
		       " COLLATE NOCASE) AND id <> ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, username);
	sql_bind_text(stmt, 2, username);
	sqlite3_bind_int64(stmt, 3, except_id);
	int count = 0;
	bool ok = sql_single_int(store, stmt, &count, "pacer_accounts");
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
		sqlite3_stmt *stmt = sql_prepare(store, "DELETE FROM security_answers WHERE account_id = ?");
		ok = stmt != NULL;
		if (ok) {
			sqlite3_bind_int64(stmt, 1, r->account_id);
			ok = sql_finish_write(store, stmt);
		}
	}
	for (int i = 0; ok && i < STORE_QUESTIONS; i++)
		ok = store_add_security_answer(store, r->account_id, i + 1, r->questions[i],
					       r->answer_hashes[i]);
	struct audit_event event = {
		.terminal = r->terminal,
		.username = r->username,
		.court_id = "",
		.event = "upgrade",
		.outcome = "success",
	};
	if (!store_end(store, ok && store_audit(store, &event)))
		return STORE_FAILED;
	return STORE_DONE;
}

bool store_get_security_answers(struct store *store, long long account_id, struct security_answers *out)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT position, question, answer_hash FROM security_answers WHERE account_id = ?"
		       " ORDER BY position");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	struct sql_rows rows = sql_rows_start(store, stmt, "security_answers");
	while (sql_rows_next(&rows)) {
		int i = out->count++;
		out->positions[i] = sqlite3_column_int(stmt, 0);
		sql_column_text(stmt, 1, out->questions[i], sizeof out->questions[i]);
		sql_column_text(stmt, 2, out->answer_hashes[i], sizeof out->answer_hashes[i]);
		if (out->positions[i] < 1 || out->positions[i] > STORE_QUESTIONS)
			out->count--;
		if (out->count == STORE_QUESTIONS)
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}

bool store_set_password(struct store *store, long long account_id, const char *password_hash)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE pacer_accounts SET password_hash = ?, failed_logins = 0, locked_until = ''"
		       " WHERE id = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, password_hash);
	sqlite3_bind_int64(stmt, 2, account_id);
	return sql_finish_write(store, stmt);
}

/* Only where the hash is still the one that was checked: a password
 * changed meanwhile by another session is not put back. */
bool store_rehash_password(struct store *store, long long account_id, const char *checked_hash,
			   const char *new_hash)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "UPDATE pacer_accounts SET password_hash = ? WHERE id = ? AND password_hash = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, new_hash);
	sqlite3_bind_int64(stmt, 2, account_id);
	sql_bind_text(stmt, 3, checked_hash);
	return sql_finish_write(store, stmt);
}

bool store_rehash_answer(struct store *store, long long account_id, int position, const char *checked_hash,
			 const char *new_hash)
{
	sqlite3_stmt *stmt = sql_prepare(store, "UPDATE security_answers SET answer_hash = ?"
						" WHERE account_id = ? AND position = ? AND answer_hash = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, new_hash);
	sqlite3_bind_int64(stmt, 2, account_id);
	sqlite3_bind_int(stmt, 3, position);
	sql_bind_text(stmt, 4, checked_hash);
	return sql_finish_write(store, stmt);
}

bool store_find_pacer_account_by_email(struct store *store, const char *email, struct pacer_account *out,
				       bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT " ACCOUNT_COLUMNS
						" FROM pacer_accounts WHERE email = ? COLLATE NOCASE"
						" ORDER BY id LIMIT 1");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, email);
	return find_one_account(store, stmt, out, found);
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
	ok = ok && store_next_account_number(store, account->account_number) &&
	     store_add_pacer_account(store, account);
	for (int i = 0; ok && i < STORE_QUESTIONS; i++)
		ok = store_add_security_answer(store, account->id, i + 1, questions[i], answer_hashes[i]);
	struct audit_event event = {
		.terminal = terminal,
		.username = account->username,
		.court_id = "",
		.event = "register",
		.outcome = account->case_search_active ? "success" : "inactive",
	};
	if (!store_end(store, ok && store_audit(store, &event)))
		return STORE_FAILED;
	return STORE_DONE;
}

bool store_count_shared_details(struct store *store, const struct pacer_account *d, int *most)
{
	sqlite3_stmt *stmt = sql_prepare(
		store,
		"SELECT coalesce(max((first_name = ?1 COLLATE NOCASE AND last_name = ?2 COLLATE NOCASE)"
		" + (?3 <> '' AND date_of_birth = ?3) + (?4 <> '' AND email = ?4 COLLATE NOCASE)), 0)"
		" FROM pacer_accounts");
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, d->first_name, d->last_name, d->date_of_birth, d->email);
	return sql_single_int(store, stmt, most, "pacer_accounts");
}

/* ---- accounts, for the staff ------------------------------------------- */

bool store_lock_account(struct store *store, long long account_id, const char *until)
{
	sqlite3_stmt *stmt = sql_prepare(store, "UPDATE pacer_accounts SET locked_until = ? WHERE id = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, until);
	sqlite3_bind_int64(stmt, 2, account_id);
	return sql_finish_write(store, stmt);
}

bool store_delete_pacer_account(struct store *store, long long account_id)
{
	/* Its CM/ECF accounts stay, unlinked (ON DELETE SET NULL), as a
	 * court's would; its drafts, answers and requests go with it. */
	sqlite3_stmt *unlink = sql_prepare(
		store, "UPDATE ecf_accounts SET linked_at = '' WHERE pacer_account_id = ?");
	if (unlink == NULL)
		return false;
	sqlite3_bind_int64(unlink, 1, account_id);
	if (!sql_finish_write(store, unlink))
		return false;
	sqlite3_stmt *stmt = sql_prepare(store, "DELETE FROM pacer_accounts WHERE id = ?");
	if (stmt == NULL)
		return false;
	sqlite3_bind_int64(stmt, 1, account_id);
	return sql_finish_write(store, stmt);
}

bool store_next_account_number(struct store *store, char out[16])
{
	long long next = 0;
	if (!sql_single_number(store,
			       sql_prepare(store, "SELECT max(1000000, coalesce(max(CAST(account_number"
						  " AS INTEGER)), 0)) + 1 FROM pacer_accounts"),
			       &next, "pacer_accounts"))
		return false;
	snprintf(out, 16, "%lld", next);
	return true;
}

bool store_account_number_in_use(struct store *store, const char *number, bool *used)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT EXISTS (SELECT 1 FROM pacer_accounts WHERE account_number = ?)");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, number);
	int value = 0;
	bool ok = sql_single_int(store, stmt, &value, "pacer_accounts");
	*used = value != 0;
	return ok;
}

bool store_username_in_use(struct store *store, const char *username, bool *used)
{
	sqlite3_stmt *stmt = sql_prepare(
		store, "SELECT EXISTS (SELECT 1 FROM pacer_accounts WHERE username = ?1"
		       "   OR legacy_username = ?1 COLLATE NOCASE)"
		       " OR EXISTS (SELECT 1 FROM class_members WHERE start_username = ?1 COLLATE NOCASE)");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, username);
	int in_use = 0;
	bool ok = sql_single_int(store, stmt, &in_use, "pacer_accounts");
	*used = in_use != 0;
	return ok;
}
