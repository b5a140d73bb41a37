/* SPDX-License-Identifier: MIT */
/* The store: one SQLite file that plays PACER and the courts' account
 * stores. Every SQL statement of the program lives in store.c; every
 * write is a transaction. */
#ifndef NGW_STORE_H
#define NGW_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/settings.h"
#include "base/util.h"

#define STORE_TEXT_MAX 128
#define STORE_EMAIL_MAX 256
#define STORE_DATE_MAX 11 /* "YYYY-MM-DD" */
#define STORE_TIME_MAX 20 /* "YYYY-MM-DD HH:MM:SS" */
#define STORE_COURT_ID_MAX 16

struct store;

enum account_kind {
	ACCOUNT_LEGACY,
	ACCOUNT_UPGRADED
};

struct pacer_account {
	long long id;
	char account_number[16];
	char username[STORE_TEXT_MAX];
	char password_hash[STORE_TEXT_MAX];
	enum account_kind kind;
	char created_on[STORE_DATE_MAX];
	char upgraded_at[STORE_TIME_MAX]; /* UTC; "" when legacy or made upgraded */
	bool case_search_active;
	bool shared_firm;
	char prefix[STORE_TEXT_MAX];
	char first_name[STORE_TEXT_MAX];
	char middle_name[STORE_TEXT_MAX];
	char last_name[STORE_TEXT_MAX];
	char suffix[STORE_TEXT_MAX];
	char user_type[STORE_TEXT_MAX];
	char date_of_birth[STORE_DATE_MAX];
	char firm_name[STORE_TEXT_MAX];
	char unit[STORE_TEXT_MAX];
	char address1[STORE_TEXT_MAX];
	char address2[STORE_TEXT_MAX];
	char city[STORE_TEXT_MAX];
	char state[STORE_TEXT_MAX];
	char county[STORE_TEXT_MAX];
	char zip[STORE_TEXT_MAX];
	char country[STORE_TEXT_MAX];
	char phone[STORE_TEXT_MAX];
	char email[STORE_EMAIL_MAX];
	char legacy_username[STORE_TEXT_MAX]; /* set once upgraded */
	int failed_logins;
	char locked_until[STORE_TIME_MAX]; /* empty when not locked */
	char registered_as[24]; /* a new registration's account type ("" before) */
	char payment[16]; /* "later" or "exemption"; never a card number */
};

/* Whether an account must enroll: as its filing access says (linked to a
 * CM/ECF account: required, as PACER asks since 2025), or as a trainer
 * set it for a class. */
enum mfa_rule {
	MFA_RULE_BY_ACCESS,
	MFA_RULE_REQUIRED,
	MFA_RULE_NONE
};
/* What an account has of MFA. */
struct mfa_state {
	int apps;
	int backup_codes_left;
	bool has_backup_codes; /* ever given, used or not */
	int skips; /* of the enrollment prompt */
	enum mfa_rule rule;
	bool files; /* linked to a CM/ECF account: filing access */
	bool required; /* what rule and files make of it */
	bool enrolled; /* an app, or a backup code left */
};

enum court_type {
	COURT_APPELLATE,
	COURT_DISTRICT,
	COURT_BANKRUPTCY,
	COURT_NATIONAL
};

struct court {
	char id[STORE_COURT_ID_MAX];
	char name[STORE_TEXT_MAX];
	enum court_type type;
	char nextgen_date[STORE_DATE_MAX]; /* empty when not known */
	char outage_start[STORE_TIME_MAX];
	char outage_end[STORE_TIME_MAX];
	char help_desk[STORE_TEXT_MAX]; /* the court's CM/ECF help desk, if known */
};

struct ecf_account {
	long long id;
	char court_id[16];
	char login[STORE_TEXT_MAX];
	char password_hash[STORE_TEXT_MAX];
	char name[STORE_TEXT_MAX];
	long long pacer_account_id; /* 0 when not linked */
	char linked_at[STORE_TIME_MAX];
};

/* One row of the audit log; never holds a secret. */
struct audit_event {
	const char *terminal;
	const char *username;
	const char *court_id;
	const char *event;
	const char *outcome;
};

struct store_settings {
	char as_of[STORE_DATE_MAX]; /* simulated today; empty = real date */
	int password_policy; /* 2021 (default) or 2025 */
	int lockout_attempts;
	int lockout_minutes;
	int busy_wait_seconds; /* how long a write waits for another session's */
	bool kiosk; /* every wizard on this database is locked down */
	int idle_seconds; /* no key this long: warn, then wipe (0: never;
					 * -1: not set) */
	char kiosk_passphrase_hash[128]; /* crypt(3); empty: none set */
	char connect[SETTING_TEXT_MAX]; /* "ssh practice@room2", for the slips; "" */
	int era; /* 2021 (default): the upgrade and link; 2025: the password update and MFA */
};

/* Opens (creating when missing) the database at path, new folders 0700,
 * and brings the schema up to date. The file is 0600, or 0660 in a
 * shared folder (setgid, group-writable, not world-writable), where it
 * may not be a symbolic link; an existing one wider than that is
 * narrowed, and store_notice says so. On failure
 * returns NULL with one plain sentence in err; a file that exists but is
 * read-only or not a database is left untouched. *created tells whether
 * the database was new (so the caller can load the demo scenario). */
struct store *store_open(const char *path, bool *created, char *err, size_t err_size);
void store_close(struct store *store);
/* Opens an existing database only to read it: a copy (a backup), a file
 * that is read-only or in a folder one may not write. Nothing is written
 * to it, so a database of another schema version is refused (*older
 * tells whether it is of an earlier one). NULL with a sentence in err. */
struct store *store_open_read_only(const char *path, bool *older, char *err, size_t err_size);
/* Whether store was opened by store_open_read_only. */
bool store_read_only(const struct store *store);
/* A copy of the whole database (accounts, settings, audit log) at file,
 * as it was at one moment while sessions go on (SQLite's online backup):
 * made beside it, checked with integrity_check, then renamed into place.
 * One file with no -wal beside it, mode 0600. */
bool store_backup(struct store *store, const char *file);
/* Replaces everything in store's database with the database at file,
 * which must be a whole nextgen-wizard database of this or an earlier
 * version (brought up to date in a copy first, so a backup that cannot
 * be used changes nothing). The database as it was is copied beside it
 * first, its name into kept (kept_size bytes; "" when it was not
 * needed). */
bool store_restore(struct store *store, const char *file, char *kept, size_t kept_size);
/* How long a write waits for another session's write before giving up
 * with "busy" (store_open applies the busy_wait setting). */
void store_set_busy_wait(struct store *store, int milliseconds);
/* The last error as a plain sentence (for messages to a person). */
const char *store_error(const struct store *store);
/* What opening did that a person should know (permissions tightened),
 * in one sentence; "" when nothing. */
const char *store_notice(const struct store *store);
const char *store_path(const struct store *store);

/* Transactions: BEGIN IMMEDIATE so writers wait instead of failing. */
bool store_begin(struct store *store);
bool store_commit(struct store *store);
void store_rollback(struct store *store);
/* Ends the transaction store_begin began: commits it when ok, else rolls
 * it back. True when it committed; a commit that fails is rolled back
 * and store_error says why. */
bool store_end(struct store *store, bool ok);

/* Empties every table of people and courts (the audit log stays). */
bool store_clear_scenario(struct store *store);

bool store_add_court(struct store *store, const struct court *court);
/* Name, type, dates and help desk of the court with court->id. */
bool store_update_court(struct store *store, const struct court *court);
bool store_find_court(struct store *store, const char *id, struct court *out, bool *found);
typedef bool (*court_visitor)(const struct court *court, void *data);
bool store_each_court(struct store *store, court_visitor visit, void *data);

bool store_add_pacer_account(struct store *store, struct pacer_account *account);
bool store_find_pacer_account(struct store *store, const char *username, struct pacer_account *out,
			      bool *found);
bool store_find_pacer_account_by_id(struct store *store, long long id, struct pacer_account *out,
				    bool *found);
typedef bool (*account_visitor)(const struct pacer_account *account, void *data);
bool store_each_pacer_account(struct store *store, account_visitor visit, void *data);
/* Failed-login bookkeeping: count one failure, locking the account
 * until locked_until when the count reaches the limit. */
bool store_record_login_failure(struct store *store, long long account_id, const char *locked_until);
bool store_record_login_success(struct store *store, long long account_id);
/* Case Search Status Active (the mailed activation code entered, a
 * payment method added). */
bool store_activate_case_search(struct store *store, long long account_id);
#define STORE_QUESTIONS 3

/* Everything the three Upgrade tabs collected, with secrets hashed. */
struct upgrade_request {
	long long account_id;
	const struct pacer_account *details; /* person and address fields */
	const char *username;
	const char *password_hash;
	const char *questions[STORE_QUESTIONS];
	const char *answer_hashes[STORE_QUESTIONS];
	const char *terminal; /* for the audit log */
};

enum store_result {
	STORE_DONE,
	STORE_USERNAME_TAKEN,
	STORE_SHARED_ACCOUNT,
	STORE_FAILED
};

/* Upgrades a legacy account in one transaction: new details, username,
 * password and security answers, kind 'upgraded', the old username kept
 * only as a record, and an audit row. All of it or nothing. */
enum store_result store_upgrade_account(struct store *store, const struct upgrade_request *request);
/* Creates a new (upgraded) account with the next free account number,
 * its security answers and an audit row, in one transaction. */
enum store_result store_register_account(struct store *store, struct pacer_account *account,
					 const char *const questions[STORE_QUESTIONS],
					 const char *const answer_hashes[STORE_QUESTIONS],
					 const char *terminal);
/* How many of name, date of birth and e-mail an existing account shares
 * with these, at most (0 to 3): PACER's duplicate check. */
bool store_count_shared_details(struct store *store, const struct pacer_account *details, int *most);
/* Whether another account uses username, now or as its old legacy one. */
bool store_username_taken(struct store *store, const char *username, long long except_id, bool *taken);

struct security_answers {
	int count;
	int positions[STORE_QUESTIONS]; /* 1 to 3 */
	char questions[STORE_QUESTIONS][STORE_TEXT_MAX];
	char answer_hashes[STORE_QUESTIONS][STORE_TEXT_MAX];
};

bool store_get_security_answers(struct store *store, long long account_id, struct security_answers *out);
bool store_set_password(struct store *store, long long account_id, const char *password_hash);
/* A hash made again at today's cost (auth_hash_is_current) after a right
 * password or answer: stored only where checked_hash is still the one
 * stored, so a change made meanwhile by another session stands. */
bool store_rehash_password(struct store *store, long long account_id, const char *checked_hash,
			   const char *new_hash);
bool store_rehash_answer(struct store *store, long long account_id, int position, const char *checked_hash,
			 const char *new_hash);
bool store_rehash_ecf_password(struct store *store, long long ecf_id, const char *checked_hash,
			       const char *new_hash);
/* Staff locking an account until a time (UTC, "YYYY-MM-DD HH:MM:SS"). */
bool store_lock_account(struct store *store, long long account_id, const char *until);
/* The account and what hangs on it; its CM/ECF accounts stay, unlinked. */
bool store_delete_pacer_account(struct store *store, long long account_id);
bool store_account_number_in_use(struct store *store, const char *number, bool *used);
/* An account number no account has: one above the highest. */
bool store_next_account_number(struct store *store, char out[16]);
/* Whether a username is anyone's, now or before an upgrade, or one a
 * class reset would give back. */
bool store_username_in_use(struct store *store, const char *username, bool *used);
bool store_find_pacer_account_by_email(struct store *store, const char *email, struct pacer_account *out,
				       bool *found);

bool store_add_security_answer(struct store *store, long long account_id, int position, const char *question,
			       const char *answer_hash);

bool store_add_ecf_account(struct store *store, struct ecf_account *account);
bool store_find_ecf_account_for_pacer(struct store *store, const char *court_id, long long pacer_account_id,
				      struct ecf_account *out, bool *found);
bool store_find_ecf_account(struct store *store, const char *court_id, const char *login,
			    struct ecf_account *out, bool *found);
/* Links a CM/ECF account to a PACER account, for good, with an audit row;
 * STORE_USERNAME_TAKEN when either side is linked already. */
enum store_result store_link_ecf_account(struct store *store, long long ecf_id, long long pacer_account_id,
					 const char *court_id, const char *terminal, const char *username);
/* An e-file registration (attorney or non-attorney) waiting for a court. */
struct efile_request {
	long long id;
	char username[STORE_TEXT_MAX]; /* of the PACER account */
	char court_id[STORE_COURT_ID_MAX];
	char kind[16]; /* "attorney" or "non-attorney" */
	char bar_number[STORE_TEXT_MAX];
	char bar_state[STORE_TEXT_MAX];
	char filer_type[STORE_TEXT_MAX];
	char status[16]; /* "pending" or "approved" */
	char requested_at[STORE_TIME_MAX];
	char decided_at[STORE_TIME_MAX];
};

/* A new e-filing request (its court, kind and form details), pending the
 * court. */
bool store_add_efile_request(struct store *store, long long pacer_account_id,
			     const struct efile_request *request);
typedef bool (*efile_visitor)(const struct efile_request *request, void *data);
bool store_each_efile_request(struct store *store, bool pending_only, efile_visitor visit, void *data);
bool store_find_efile_request(struct store *store, long long id, struct efile_request *out, bool *found);
/* The court approves: the PACER account becomes an e-filer at the court
 * (a CM/ECF account with the PACER login, linked), audited; one
 * transaction. STORE_USERNAME_TAKEN when the court already has one,
 * STORE_SHARED_ACCOUNT for a firm's shared account: the request is then
 * closed. */
enum store_result store_approve_efile_request(struct store *store, const struct efile_request *request,
					      const char *terminal);
bool store_count_efile_requests(struct store *store, long long pacer_account_id, const char *court_id,
				int *count);
/* Number of CM/ECF accounts linked to this PACER account, in any court. */
bool store_count_links(struct store *store, long long pacer_account_id, int *count);
typedef bool (*ecf_visitor)(const struct ecf_account *account, void *data);
bool store_each_ecf_account(struct store *store, ecf_visitor visit, void *data);

/* Sessions: a running wizard marks itself, so that what it drafts is
 * offered to no other session while it lives. The mark names its process
 * (pid and start), so a mark whose process is gone can be told. */
struct session_mark {
	long long id;
	long long pid;
	char process_start[64]; /* boot and start time; empty when unknown */
	bool kiosk;
};
bool store_open_session(struct store *store, const struct session_mark *mark, long long *id);
/* Removes the mark, and with_drafts its drafts too (a kiosk's session). */
bool store_close_session(struct store *store, long long id, bool with_drafts);
/* The drafts of one session, all of them. */
bool store_delete_session_drafts(struct store *store, long long id);
bool store_count_sessions(struct store *store, int *count);
typedef bool (*session_visitor)(const struct session_mark *mark, void *data);
bool store_each_session(struct store *store, session_visitor visit, void *data);
/* The room: each session of the wizard, where it is, for the trainer's
 * live view (nextgen-admin room). */
struct room_mark {
	long long pid;
	const char *process_start; /* process_identity; "" when unknown */
	const char *terminal;
};
bool store_room_open(struct store *store, const struct room_mark *mark, long long *id);
/* The session is on screen (a screen's name), logged in as that account
 * (0: nobody), now; step ("upgrade", "link" or "") is the part of the
 * flow the screen belongs to: a trainee's first time in it is kept for
 * the class report's durations, as step_since (UTC) when the session knew
 * it began earlier, else now. */
bool store_room_seen(struct store *store, long long id, long long pacer_account_id, const char *screen,
		     const char *step, const char *step_since);
/* how: "quit", "dropped", "end of input", "failed". */
bool store_room_end(struct store *store, long long id, const char *how);
/* Whether the trainer reset this session's class since it last asked
 * (the request is taken: asked once). */
bool store_room_take_reset(struct store *store, long long id, bool *requested);
/* The sessions of the class's trainees (position 0) or of one trainee
 * still running are to go back to the start at their next action (class
 * reset --force). */
bool store_room_request_trainee_reset(struct store *store, const char *class_name, int position);
/* Room mode: a class runs (idle_seconds 0: no idle wipe; else that
 * long) or, with -1, no longer; with its audit row. */
bool store_set_class_running(struct store *store, const char *class_name, int idle_seconds,
			     const struct audit_event *record);
/* Whether a class of this database runs, and the idle wipe it asks for
 * (the longest of those running; 0: none). */
bool store_room_mode(struct store *store, bool *running, int *idle_seconds);
/* One trainee of a class (position > 0) or one session, with the newest
 * session of the account; empty session fields when there was none. */
struct room_row {
	int position;
	char name[4 * STORE_TEXT_MAX];
	char username[STORE_TEXT_MAX];
	bool upgraded;
	int failed_logins;
	char locked_until[STORE_TIME_MAX];
	char linked_at[STORE_TIME_MAX];
	long long pid;
	char process_start[64];
	char host[64];
	char terminal[STORE_TEXT_MAX];
	char screen[64];
	char started_at[STORE_TIME_MAX], seen_at[STORE_TIME_MAX], ended_at[STORE_TIME_MAX];
	char ended_how[32];
	int link_failures; /* wrong CM/ECF logins in that session */
	struct mfa_state mfa; /* the account's; all zero when there is none */
};
typedef bool (*room_visitor)(const struct room_row *row, void *data);
/* A class's trainees in order; with class_name "", every session not
 * ended and the newest of each account. */
bool store_each_room_row(struct store *store, const char *class_name, room_visitor visit, void *data);

/* After typed text was deleted: nothing of it stays in the write-ahead
 * log either (the database file's freed space is zeroed already). */
bool store_forget_deleted(struct store *store);

/* Drafts: what a person typed on a screen, never a secret, kept per
 * account and per session. Saving a screen replaces that session's
 * earlier draft of it. */
struct draft_key {
	long long account_id;
	long long session_id;
};
bool store_save_draft(struct store *store, const struct draft_key *key, const char *screen,
		      const char *const *fields, const char *const *values, size_t n);
typedef bool (*draft_visitor)(const char *screen, const char *field, const char *value, void *data);
/* The drafts of one account saved by one session. */
bool store_each_draft(struct store *store, const struct draft_key *key, draft_visitor visit, void *data);
/* A piece of work is drafted on screens whose names share a prefix
 * ("upgrade-" for the three tabs, "link" for the Link screen), so one
 * piece is offered, restored or removed without touching another. */
#define DRAFT_UPGRADE "upgrade-"
#define DRAFT_LINK "link"
struct draft_found {
	bool found;
	char saved_at[STORE_TIME_MAX]; /* UTC */
	char screen[64];
	long long session_id; /* the session that saved it */
};
/* The account's newest draft of that work that key's session may be
 * offered: its own, or one whose session is no longer marked (own_only:
 * its own alone, as at a kiosk). */
bool store_latest_draft(struct store *store, const struct draft_key *key, bool own_only, const char *work,
			struct draft_found *found);
/* Makes the drafts of that work saved by from_session key's own. */
bool store_adopt_drafts(struct store *store, const struct draft_key *key, const char *work,
			long long from_session);
/* The account's drafts of that work: key's session's and those of
 * sessions no longer marked. */
bool store_delete_drafts(struct store *store, const struct draft_key *key, const char *work);

bool store_audit(struct store *store, const struct audit_event *event);

/* A row of the audit log as read back. */
struct audit_row {
	char at[STORE_TIME_MAX];
	char host[64];
	char terminal[STORE_TEXT_MAX];
	char username[STORE_TEXT_MAX];
	char court_id[16];
	char event[64];
	char outcome[STORE_TEXT_MAX];
	char class_name[STORE_TEXT_MAX]; /* the trainee's class, by username; "" */
};

/* Which rows: empty strings match everything; since and until are
 * YYYY-MM-DD (UTC), both days included. */
struct audit_filter {
	const char *since, *until, *username, *event;
};

typedef bool (*audit_visitor)(const struct audit_row *row, void *data);
bool store_each_audit(struct store *store, const struct audit_filter *filter, audit_visitor visit,
		      void *data);
bool store_count_audit(struct store *store, const char *event, int *count);
/* Removes the rows written before the day before (YYYY-MM-DD, UTC),
 * their count into *removed, and the room's sessions last seen before
 * it, and records that as record (its outcome says how many rows), in
 * one transaction. */
bool store_prune_audit(struct store *store, const char *before, const struct audit_event *record,
		       int *removed);

/* Where each audit row goes besides the database, once written (at its
 * transaction's commit): priority is syslog(3)'s, facility and level. */
typedef void (*audit_sink)(int priority, const char *line, void *data);
/* Audit rows to the system log under ident (a program calls it once). */
void store_log_to_system(const char *ident);
/* Audit rows to sink instead (NULL: nowhere), for the tests. */
void store_set_audit_sink(audit_sink sink, void *data);
/* An audit row as the system log gets it: key="value" pairs, each value
 * escaped (escape_text). Caller frees. */
char *store_audit_line(const struct audit_event *event, const char *host);
/* Its syslog priority: LOG_AUTHPRIV for logins and staff passphrases,
 * else LOG_USER; a refused login is a notice, the rest information. */
int store_audit_priority(const struct audit_event *event);

/* A trainer's class: its trainees and the state a reset returns them to. */
/* What a trainee did, kept with the trainee (a scenario dump carries it). */
struct member_progress {
	int logins, failed_logins;
	int lockouts; /* one per lock, however often the locked account was tried */
	char upgrade_started_at[STORE_TIME_MAX]; /* first on an upgrade screen; "" */
	char link_started_at[STORE_TIME_MAX]; /* first on a link screen; "" */
};
struct class_member {
	const char *class_name;
	int position; /* 1.. in the order of the slips */
	long long pacer_account_id;
	long long ecf_account_id; /* 0: none */
	const char *start_username;
	const char *start_password_hash;
	const char *start_kind; /* "legacy" or "upgraded" */
	struct member_progress progress;
};

/* Where a trainee is, for the class report. */
struct trainee_progress {
	int position;
	char name[2 * STORE_TEXT_MAX];
	char start_username[STORE_TEXT_MAX];
	char username[STORE_TEXT_MAX];
	bool upgraded;
	bool started_upgraded; /* handed out already upgraded */
	char upgraded_at[STORE_TIME_MAX];
	char linked_at[STORE_TIME_MAX];
	char court_id[STORE_COURT_ID_MAX];
	struct member_progress progress;
	char screen[64]; /* where the newest session since the (re)start is or was; "" */
	bool connected_once; /* a session was seen since the (re)start */
	struct mfa_state mfa;
};

/* STORE_USERNAME_TAKEN when a class of that name exists. */
enum store_result store_add_class(struct store *store, const char *name, const char *court_id,
				  const char *kind);
bool store_add_class_member(struct store *store, const struct class_member *member);
bool store_class_exists(struct store *store, const char *name, char court_id[STORE_COURT_ID_MAX],
			bool *found);
typedef bool (*trainee_visitor)(const struct trainee_progress *trainee, void *data);
bool store_each_trainee(struct store *store, const char *class_name, trainee_visitor visit, void *data);
/* Trainees back as handed out: links, drafts, requests, answers and
 * progress gone, the first username and password back. position 0: the
 * whole class (count: how many it has), else that trainee alone. Call
 * inside a transaction. */
bool store_reset_trainees(struct store *store, const char *class_name, int position, int *count);
/* A login at an account, counted for the class report when the account
 * is a trainee's (nothing happens for others). Call inside the login's
 * transaction. */
enum trainee_login {
	TRAINEE_LOGIN_SUCCESS,
	TRAINEE_LOGIN_FAILED,
	TRAINEE_LOGIN_FAILED_AND_LOCKED, /* the wrong password that locked it */
	TRAINEE_LOGIN_WHILE_LOCKED, /* counted nowhere: the lock is counted once */
};
bool store_count_trainee_login(struct store *store, long long pacer_account_id, enum trainee_login what);
/* A trainee as a scenario dump writes them: how they were handed out,
 * and the accounts they hold now (strings valid during the visit). */
struct class_member_state {
	struct class_member start;
	char class_court[STORE_COURT_ID_MAX];
	char class_kind[16];
	const char *username;
	const char *ecf_login; /* "" when none */
};
typedef bool (*class_member_visitor)(const struct class_member_state *member, void *data);
/* Every trainee of every class, class by class in the order of the slips. */
bool store_each_class_member(struct store *store, class_member_visitor visit, void *data);
typedef bool (*class_visitor)(const char *class_name, void *data);
bool store_each_class(struct store *store, class_visitor visit, void *data);
/* A class with its counts, for class list. */
struct class_summary {
	char name[STORE_TEXT_MAX];
	char court_id[STORE_COURT_ID_MAX];
	char kind[16];
	char created_at[STORE_TIME_MAX];
	int trainees, upgraded, linked;
	int room_idle; /* -1: not running (class start); 0: no idle wipe; seconds */
};
typedef bool (*class_summary_visitor)(const struct class_summary *summary, void *data);
/* One class's court, kind and counts; last_position: its highest
 * trainee number (class add numbers late arrivals after it). */
bool store_find_class(struct store *store, const char *name, struct class_summary *out, int *last_position,
		      bool *found);
/* One trainee as a slip names them. */
struct trainee_identity {
	int position;
	long long account_id; /* their PACER account's */
	char name[2 * STORE_TEXT_MAX];
	char username[STORE_TEXT_MAX]; /* as it is now */
	char start_username[STORE_TEXT_MAX]; /* as handed out, and after a reset */
	bool upgraded;
	char ecf_login[STORE_TEXT_MAX];
	char ecf_name[STORE_TEXT_MAX]; /* as the court knows them */
};
/* who: the trainee's number in the class, or either of their usernames. */
bool store_find_trainee(struct store *store, const char *class_name, const char *who,
			struct trainee_identity *out, bool *found);
/* New passwords (hashes) for a trainee's accounts, which their slip and a
 * later reset use; a lock is lifted. Call inside a transaction. */
bool store_set_trainee_passwords(struct store *store, const char *class_name, int position,
				 const char *pacer_hash, const char *ecf_hash);
/* A trainee's multifactor authentication as a class hands it out: the
 * rule of their account, and whether it has an app named app_name (the
 * one class create --mfa enrolled gives). */
struct trainee_mfa {
	int position;
	long long account_id;
	enum mfa_rule rule;
	bool has_app;
};
typedef bool (*trainee_mfa_visitor)(const struct trainee_mfa *trainee, void *data);
/* The class's trainees in order (position 0), or that one alone. */
/* A class's --mfa as a word ("enrolled", "required", "none"; "": not
 * said), kept for its late arrivals and resets. */
bool store_set_class_mfa(struct store *store, const char *name, const char *mfa);
bool store_class_mfa(struct store *store, const char *name, char *out, size_t size);
bool store_each_trainee_mfa(struct store *store, const char *class_name, int position, const char *app_name,
			    trainee_mfa_visitor visit, void *data);
bool store_each_class_summary(struct store *store, class_summary_visitor visit, void *data);
/* The class and its trainees' accounts (PACER and CM/ECF, with their
 * drafts and answers) gone, with record as an audit row, in one
 * transaction; how many trainees it had into *trainees. */
bool store_delete_class(struct store *store, const char *class_name, const struct audit_event *record,
			int *trainees);

bool store_load_settings(struct store *store, struct store_settings *out);
/* Every setting at its default, as a database that sets none has them. */
void store_default_settings(struct store_settings *out);
/* The day the practice is on: the simulated one, or the real date. */
void store_settings_today(const struct store_settings *settings, char out[STORE_DATE_MAX]);
bool store_set_setting(struct store *store, const char *key, const char *value);
/* The staff passphrase's hash made again at today's cost, where the
 * stored one is still checked_hash (as store_rehash_password). */
bool store_rehash_kiosk_passphrase(struct store *store, const char *checked_hash, const char *new_hash);

/* ---- Multifactor authentication (store_mfa.c) ---------------------- */

/* An authentication app of an account: the key it was given is needed to
 * check its passcodes, so it is kept (here alone, never in a draft, the
 * audit log or an export); last_step is the newest passcode's step used,
 * which is not taken again. */
struct mfa_app {
	long long id;
	char name[STORE_TEXT_MAX];
	char secret[48]; /* base32 */
	char added_at[STORE_TIME_MAX];
	long long last_step;
};
bool store_add_mfa_app(struct store *store, long long account_id, const char *name, const char *secret,
		       long long *id);
/* The account's apps, oldest first; the key is wiped after each visit. */
typedef bool (*mfa_app_visitor)(const struct mfa_app *app, void *data);
bool store_each_mfa_app(struct store *store, long long account_id, mfa_app_visitor visit, void *data);
/* The passcode of step was used with that app: *used false when that
 * step or a later one was used already (a replay, or another session). */
bool store_use_mfa_step(struct store *store, long long app_id, long long step, bool *used);
bool store_delete_mfa_app(struct store *store, long long account_id, long long app_id);
/* The account's backup codes replaced by these (crypt(3) hashes). */
bool store_replace_backup_codes(struct store *store, long long account_id, const char *const *hashes,
				size_t n);
/* The backup codes not used yet. */
typedef bool (*backup_code_visitor)(long long code_id, const char *hash, void *data);
bool store_each_backup_code(struct store *store, long long account_id, backup_code_visitor visit, void *data);
/* *used false when another session used it first. */
bool store_use_backup_code(struct store *store, long long code_id, bool *used);
/* enum mfa_rule and struct mfa_state: with the accounts, above. */
bool store_mfa_state(struct store *store, long long account_id, struct mfa_state *out);
/* One more skip, unless most were counted already (*counted false: the
 * last was taken, perhaps by another session). */
bool store_count_mfa_skip(struct store *store, long long account_id, int most, bool *counted);
bool store_set_mfa_rule(struct store *store, long long account_id, enum mfa_rule rule);
/* No app, no backup code, no skip counted. */
bool store_reset_mfa(struct store *store, long long account_id);

#endif
