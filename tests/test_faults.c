/* SPDX-License-Identifier: MIT */
/* Storage faults in the middle of a session: the disk turns read-only or
 * fills up, the database's folder disappears, another program holds the
 * database past the wait. Each time the person reads a sentence that
 * says what happened, what they typed is still on the screen, nothing is
 * half-written, the database passes integrity_check, and once the fault
 * is gone the same submit works. */
#include <config.h>

#include "unit.h"

#include <locale.h>
#include <sqlite3.h>
#include <stdio.h>

#include "core/pacer.h"
#include "faultvfs.h"
#include "flow/flow.h"
#include "flow/screens.h"
#include "ui/lines/ui_answers.h"

static void type_the_security_tab(struct flow *flow)
{
	flow_enter(flow, SCREEN_UPGRADE_SECURITY);
	flow_set_value(flow, "password", "Linked!2021");
	flow_set_value(flow, "confirm", "Linked!2021");
	flow_set_value(flow, "answer1", "Beetle");
	flow_set_value(flow, "answer2", "Sacramento");
	flow_set_value(flow, "answer3", "Jackie");
}

/* John has typed every tab of his upgrade and is about to submit. */
static void john_ready_to_submit(struct flow_fixture *f)
{
	unit_log_in(f, "ja1234", "Legacy!2013");
	unit_type_john_upgrade(&f->flow);
}

static char *database_path(const struct flow_fixture *f)
{
	char *path;
	if (asprintf(&path, "%s/flow.db", f->dir) < 0)
		abort();
	return path;
}

/* A second connection, as sqlite3(1) would open it. */
static void assert_database_intact(const char *path)
{
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	sqlite3_stmt *stmt = NULL;
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(stmt, 0), "ok");
	sqlite3_finalize(stmt);
	/* Nothing half-written: John is still legacy, with no answers. */
	assert_int_equal(
		sqlite3_prepare_v2(
			db,
			"SELECT kind, upgraded_at, (SELECT count(*) FROM security_answers WHERE account_id = id)"
			" FROM pacer_accounts WHERE username = 'ja1234'",
			-1, &stmt, NULL),
		SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(stmt, 0), "legacy");
	assert_string_equal((const char *)sqlite3_column_text(stmt, 1), "");
	assert_int_equal(sqlite3_column_int(stmt, 2), 0);
	sqlite3_finalize(stmt);
	sqlite3_close(db);
}

/* The submit failed with words, and what was typed is still there. */
static void assert_refused_with(struct flow_fixture *f, enum screen_id next, const char *words)
{
	assert_int_equal(next, SCREEN_UPGRADE_SECURITY);
	assert_int_equal(f->flow.message_kind, MESSAGE_ERROR);
	if (strstr(f->flow.message, words) == NULL)
		fail_msg("expected \"%s\" in \"%s\"", words, f->flow.message);
	assert_string_equal(unit_value(&f->flow, SCREEN_UPGRADE_SECURITY, "username"), "jattorney2021");
	assert_string_equal(unit_value(&f->flow, SCREEN_UPGRADE_PERSON, "birth-date"), "03/14/1970");
}

/* With the fault gone, the same submit goes through. */
static void assert_retry_works(struct flow_fixture *f)
{
	type_the_security_tab(&f->flow);
	assert_int_equal(unit_act(&f->flow, "submit"), SCREEN_UPGRADE_COMPLETE);
}

static void the_disk_turns_read_only(void **state)
{
	struct flow_fixture *f = *state;
	john_ready_to_submit(f);
	faultvfs_set(FAULT_READ_ONLY);
	enum screen_id next = unit_act(&f->flow, "submit");
	faultvfs_set(FAULT_NONE);
	assert_refused_with(f, next, "read-only");
	char *path = database_path(f);
	assert_database_intact(path);
	free(path);
	assert_retry_works(f);
}

static void the_disk_fills_up(void **state)
{
	struct flow_fixture *f = *state;
	john_ready_to_submit(f);
	faultvfs_set(FAULT_DISK_FULL);
	enum screen_id next = unit_act(&f->flow, "submit");
	faultvfs_set(FAULT_NONE);
	assert_refused_with(f, next, "The disk is full");
	char *path = database_path(f);
	assert_database_intact(path);
	free(path);
	assert_retry_works(f);
}

/* Someone moves the database's folder away while John types. */
static void the_folder_disappears(void **state)
{
	struct flow_fixture *f = *state;
	john_ready_to_submit(f);
	char *moved, *path = database_path(f);
	if (asprintf(&moved, "%s.moved", f->dir) < 0)
		abort();
	assert_int_equal(rename(f->dir, moved), 0);
	enum screen_id next = unit_act(&f->flow, "submit");
	char *moved_path;
	if (asprintf(&moved_path, "%s/flow.db", moved) < 0)
		abort();
	assert_database_intact(moved_path);
	assert_int_equal(rename(moved, f->dir), 0);
	assert_refused_with(f, next, "moved or deleted");
	assert_database_intact(path);
	assert_retry_works(f);
	free(moved_path);
	free(moved);
	free(path);
}

/* Another program (say sqlite3 in a staff member's terminal) starts a
 * write and keeps it open past the wait. */
static void another_program_holds_the_database(void **state)
{
	struct flow_fixture *f = *state;
	john_ready_to_submit(f);
	char *path = database_path(f);
	sqlite3 *other = NULL;
	assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	store_set_busy_wait(f->store, 200);
	enum screen_id next = unit_act(&f->flow, "submit");
	assert_int_equal(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(other);
	assert_refused_with(f, next, "busy");
	assert_database_intact(path);
	free(path);
	assert_retry_works(f);
}

/* A draft that cannot be saved is said so, and the typing stays. */
static void a_draft_that_cannot_be_saved_is_announced(void **state)
{
	struct flow_fixture *f = *state;
	unit_log_in(f, "ja1234", "Legacy!2013");
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "city", "Oakland");
	faultvfs_set(FAULT_DISK_FULL);
	drafts_save(&f->flow);
	faultvfs_set(FAULT_NONE);
	assert_int_equal(f->flow.message_kind, MESSAGE_INFO);
	assert_non_null(strstr(f->flow.message, "The disk is full"));
	assert_non_null(strstr(f->flow.message, "still here"));
	assert_string_equal(flow_value(&f->flow, "city"), "Oakland");
}

/* An action's draft is written once its screen is out: one that cannot
 * be kept is said then, at once, by the frontend (session_before_wait),
 * and only once. */
static void an_actions_draft_not_kept_is_said_at_once(void **state)
{
	struct flow_fixture *f = *state;
	unit_log_in(f, "ja1234", "Legacy!2013");
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "city", "Oakland");
	flow_enter(&f->flow, unit_act(&f->flow, "back")); /* as the session does */
	assert_int_equal(f->flow.message_kind, MESSAGE_NONE);
	faultvfs_set(FAULT_DISK_FULL);
	const char *said = session_before_wait(&f->session);
	faultvfs_set(FAULT_NONE);
	assert_non_null(said);
	assert_non_null(strstr(said, "The disk is full"));
	assert_non_null(strstr(said, "still here"));
	assert_null(session_before_wait(&f->session));
}

/* The answers frontend, with the disk full while it is on the Address
 * tab. */
static enum ui_result present_with_a_full_disk(void *data, struct session *session, const struct view *view,
					       const struct action_spec **action)
{
	if (view->spec->id == SCREEN_UPGRADE_ADDRESS)
		faultvfs_set(FAULT_DISK_FULL);
	enum ui_result result = answers_frontend.present(data, session, view, action);
	faultvfs_set(FAULT_NONE);
	return result;
}

/* The same through a frontend, once what it showed is out: the answers
 * file's output says it under the screen, before the next line is
 * followed. */
static void the_answers_frontend_says_a_draft_not_kept(void **state)
{
	struct flow_fixture *f = *state;
	char answers[4096], output[4096], err[ERROR_MAX];
	snprintf(answers, sizeof answers, "%s/full.answers", f->dir);
	snprintf(output, sizeof output, "%s/full.out", f->dir);
	FILE *file = fopen(answers, "w");
	assert_non_null(file);
	assert_true(fputs("start = upgrade\n"
			  "pacer-login.username = ja1234\n"
			  "pacer-login.password = Legacy!2013\n"
			  "pacer-login = login\n"
			  "account = upgrade\n"
			  "upgrade-person.birth-date = 03/14/1970\n"
			  "upgrade-person.user-type = Attorney\n"
			  "upgrade-person = next\n"
			  "upgrade-address.city = Oakland\n"
			  "upgrade-address = back\n",
			  file) >= 0);
	assert_int_equal(fclose(file), 0);
	FILE *out = fopen(output, "w+");
	assert_non_null(out);
	struct answers_ui *ui = answers_ui_open(answers, out, err, sizeof err);
	assert_non_null(ui);
	struct frontend full = answers_frontend;
	full.present = present_with_a_full_disk;
	(void)session_run(&f->session, &full, ui);
	answers_ui_close(ui);
	char text[16384];
	rewind(out);
	size_t n = fread(text, 1, sizeof text - 1, out);
	text[n] = '\0';
	assert_int_equal(fclose(out), 0);
	const char *address = strstr(text, "Screen: upgrade-address");
	const char *back = address != NULL ? strstr(address, "-> Back") : NULL;
	const char *said = address != NULL ? strstr(address, "could not be kept as a draft") : NULL;
	if (said == NULL || back == NULL || said > back || strstr(said, "The disk is full") == NULL)
		fail_msg("%s", "not said on the Address tab before its next line was followed");
}

/* Leaving a field that did not change writes nothing (a full disk says
 * so: no message); a change is written (the full disk is announced); a
 * failed save is tried again next time. */
static void an_unchanged_draft_is_not_written_again(void **state)
{
	struct flow_fixture *f = *state;
	unit_log_in(f, "ja1234", "Legacy!2013");
	flow_enter(&f->flow, SCREEN_UPGRADE_ADDRESS);
	flow_set_value(&f->flow, "city", "Oakland");
	drafts_save(&f->flow);
	assert_int_equal(f->flow.message_kind, MESSAGE_NONE);
	faultvfs_set(FAULT_DISK_FULL);
	drafts_save(&f->flow);
	assert_int_equal(f->flow.message_kind, MESSAGE_NONE);
	flow_set_value(&f->flow, "city", "Berkeley");
	drafts_save(&f->flow);
	assert_int_equal(f->flow.message_kind, MESSAGE_INFO);
	faultvfs_set(FAULT_NONE);
	f->flow.message_kind = MESSAGE_NONE;
	drafts_save(&f->flow);
	assert_int_equal(f->flow.message_kind, MESSAGE_NONE);
	char screen[64];
	assert_true(unit_draft_found(f, DRAFT_UPGRADE, screen, sizeof screen));
	assert_string_equal(screen, "upgrade-address");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	faultvfs_install();
#define T(name) cmocka_unit_test_setup_teardown(name, unit_flow_setup, unit_flow_teardown)
	const struct CMUnitTest tests[] = {
		T(the_disk_turns_read_only),
		T(the_disk_fills_up),
		T(the_folder_disappears),
		T(another_program_holds_the_database),
		T(a_draft_that_cannot_be_saved_is_announced),
		T(an_unchanged_draft_is_not_written_again),
		T(an_actions_draft_not_kept_is_said_at_once),
		T(the_answers_frontend_says_a_draft_not_kept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
