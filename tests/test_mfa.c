/* SPDX-License-Identifier: MIT */
/* The practice's TOTP and QR code: RFC 6238's own test values, the
 * window and the replay rule, the URI an app reads, the key in groups,
 * and a QR picture with its quiet zone. */
#include <config.h>

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/mfa.h"
#include "core/mfa_account.h"
#include "core/pacer.h"
#include "unit.h"

/* RFC 6238's key for SHA-1, "12345678901234567890", in base32. */
#define RFC_KEY "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"

static void the_rfc_6238_values_come_out(void **state)
{
	(void)state;
	char code[MFA_DIGITS + 1];
	/* Appendix B, SHA-1, the last six of its eight digits. */
	assert_true(mfa_code_at(RFC_KEY, 59, code));
	assert_string_equal(code, "287082");
	assert_true(mfa_code_at(RFC_KEY, 1111111109, code));
	assert_string_equal(code, "081804");
	assert_true(mfa_code_at(RFC_KEY, 2000000000, code));
	assert_string_equal(code, "279037");
	/* Typed by hand: spaces and lower case are the same key. */
	assert_true(mfa_code_at("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", 59, code));
	assert_string_equal(code, "287082");
	assert_false(mfa_code_at("not base32!", 59, code));
}

static void a_code_of_the_step_before_or_after_is_taken_once(void **state)
{
	(void)state;
	time_t now = 1111111109;
	char before[MFA_DIGITS + 1], current[MFA_DIGITS + 1], after[MFA_DIGITS + 1], far[MFA_DIGITS + 1];
	assert_true(mfa_code_at(RFC_KEY, now - 30, before));
	assert_true(mfa_code_at(RFC_KEY, now, current));
	assert_true(mfa_code_at(RFC_KEY, now + 30, after));
	assert_true(mfa_code_at(RFC_KEY, now - 90, far));
	long long step = 0;
	assert_int_equal(mfa_check_code(RFC_KEY, current, now, 0, &step), MFA_RIGHT);
	assert_int_equal(step, mfa_step(now));
	assert_int_equal(mfa_check_code(RFC_KEY, before, now, 0, &step), MFA_RIGHT);
	assert_int_equal(step, mfa_step(now) - 1);
	assert_int_equal(mfa_check_code(RFC_KEY, after, now, 0, &step), MFA_RIGHT);
	assert_int_equal(step, mfa_step(now) + 1);
	assert_int_equal(mfa_check_code(RFC_KEY, far, now, 0, &step), MFA_WRONG);
	/* The step used last cannot be used again, nor one before it. */
	assert_int_equal(mfa_check_code(RFC_KEY, current, now, mfa_step(now), &step), MFA_REPLAYED);
	assert_int_equal(mfa_check_code(RFC_KEY, before, now, mfa_step(now), &step), MFA_REPLAYED);
	assert_int_equal(mfa_check_code(RFC_KEY, after, now, mfa_step(now), &step), MFA_RIGHT);
	/* Six digits, nothing else. */
	assert_int_equal(mfa_check_code(RFC_KEY, "12345", now, 0, &step), MFA_WRONG);
	assert_int_equal(mfa_check_code(RFC_KEY, "1234567", now, 0, &step), MFA_WRONG);
	assert_int_equal(mfa_check_code(RFC_KEY, "12a456", now, 0, &step), MFA_WRONG);
}

static void a_new_key_is_random_and_grouped_for_typing(void **state)
{
	(void)state;
	char a[MFA_BASE32_MAX], b[MFA_BASE32_MAX], grouped[64];
	assert_true(mfa_new_secret(a));
	assert_true(mfa_new_secret(b));
	assert_int_equal(strlen(a), 26);
	assert_string_not_equal(a, b);
	assert_int_equal(strspn(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 26);
	mfa_group_secret(RFC_KEY, grouped, sizeof grouped);
	assert_string_equal(grouped, "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
	mfa_group_secret(RFC_KEY, grouped, 10);
	assert_string_equal(grouped, "GEZD GNBV");
}

static void the_uri_names_the_practice_and_the_person(void **state)
{
	(void)state;
	char *uri = mfa_uri(RFC_KEY, "maria gonzalez&co");
	assert_string_equal(uri, "otpauth://totp/PACER%20practice:maria%20gonzalez%26co?secret=" RFC_KEY
				 "&issuer=PACER%20practice");
	free(uri);
}

static void the_picture_has_its_quiet_zone_and_fits_80x24(void **state)
{
	(void)state;
	char key[MFA_BASE32_MAX];
	assert_true(mfa_new_secret(key));
	char *uri = mfa_uri(key, "mgonzalez2016");
	struct mfa_picture half, ascii;
	assert_true(mfa_qr_picture(uri, false, &half));
	assert_true(mfa_qr_picture(uri, true, &ascii));
	/* Version 5 (37 modules) and four on each side: 23 lines. */
	assert_int_equal(half.modules, 37 + 8);
	assert_int_equal(half.rows, (half.modules + 1) / 2);
	assert_true(half.rows <= 23);
	assert_int_equal(ascii.columns, 2 * ascii.modules);
	/* The quiet zone is light all round; the finder's corner is dark. */
	for (int i = 0; i < half.modules; i++) {
		assert_false(half.dark[i]);
		assert_false(half.dark[i * half.modules]);
		assert_false(half.dark[(half.modules - 1) * half.modules + i]);
	}
	assert_true(half.dark[4 * half.modules + 4]);
	/* Light is a block: the first line is all blocks. */
	assert_int_equal(strspn(half.lines[0], "\xe2\x96\x88"), strlen(half.lines[0]));
	assert_int_equal(strlen(half.lines[0]), 3 * (size_t)half.modules);
	assert_int_equal(strlen(ascii.lines[0]), 2 * (size_t)ascii.modules);
	/* Modules 4 and 5 of each column share the third line: the finder's
	 * dark edge over its light ring is a lower half block (light below),
	 * after the quiet zone and the finder's dark corner. */
	assert_memory_equal(half.lines[2], "\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88\xe2\x96\x88 \xe2\x96\x84",
			    16);
	mfa_picture_free(&half);
	mfa_picture_free(&ascii);
	free(uri);
}

/* The picture is the symbol qrencode(1) draws for the same text, and a
 * reader (zbarimg) gets the URI back from it: what a phone's camera
 * does. Each is skipped where the tool is not installed. */
static bool have(const char *tool)
{
	char command[128];
	snprintf(command, sizeof command, "command -v %s >/dev/null 2>&1", tool);
	return system(command) == 0;
}

static void the_symbol_is_qrencodes_and_reads_back(void **state)
{
	(void)state;
	const char *uri = "otpauth://totp/PACER%20practice:mgonzalez2016?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY"
			  "&issuer=PACER%20practice";
	struct mfa_picture p;
	assert_true(mfa_qr_picture(uri, true, &p));
	if (!have("qrencode") || !have("zbarimg")) {
		mfa_picture_free(&p);
		skip();
	}
	char command[512];
	snprintf(command, sizeof command, "qrencode -t ASCII -l L -8 -m 4 -o - '%s'", uri);
	FILE *in = popen(command, "r");
	assert_non_null(in);
	char line[512];
	int y = 0;
	while (fgets(line, sizeof line, in) != NULL && y < p.modules) {
		for (int x = 0; x < p.modules; x++)
			assert_int_equal(line[2 * x] == '#', p.dark[y * p.modules + x]);
		y++;
	}
	assert_int_equal(pclose(in), 0);
	assert_int_equal(y, p.modules);
	char image[] = "/tmp/ngw-qr-XXXXXX";
	int fd = mkstemp(image);
	assert_true(fd >= 0);
	FILE *out = fdopen(fd, "w");
	assert_non_null(out);
	/* Four pixels a module, as a camera sees it large enough. */
	fprintf(out, "P1\n%d %d\n", 4 * p.modules, 4 * p.modules);
	for (int py = 0; py < 4 * p.modules; py++) {
		for (int px = 0; px < 4 * p.modules; px++)
			fputs(p.dark[(py / 4) * p.modules + px / 4] ? "1 " : "0 ", out);
		fputc('\n', out);
	}
	assert_int_equal(fclose(out), 0);
	snprintf(command, sizeof command, "zbarimg -q --raw '%s' 2>/dev/null", image);
	in = popen(command, "r");
	assert_non_null(in);
	assert_non_null(fgets(line, sizeof line, in));
	pclose(in);
	unlink(image);
	line[strcspn(line, "\n")] = '\0';
	assert_string_equal(line, uri);
	mfa_picture_free(&p);
}

/* An account's apps and backup codes, on the demo database: Maria
 * (mgonzalez2016) enrolls two apps, logs in with each, a replay and a
 * wrong code are refused, five apps is the most; backup codes work once
 * each and are stored as hashes only. */
struct account_fixture {
	char *dir;
	struct store *store;
	long long account_id;
};

static int account_setup(void **state)
{
	struct account_fixture *f = calloc(1, sizeof *f);
	f->dir = unit_temp_dir();
	f->store = unit_demo_store(f->dir, "mfa.db");
	if (f->store == NULL)
		return -1;
	struct pacer_account account;
	bool found = false;
	if (!store_find_pacer_account(f->store, "mgonzalez2016", &account, &found) || !found)
		return -1;
	f->account_id = account.id;
	*state = f;
	return 0;
}

static int account_teardown(void **state)
{
	struct account_fixture *f = *state;
	store_close(f->store);
	unit_remove_tree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

static void apps_are_enrolled_with_a_passcode_and_used_once(void **state)
{
	struct account_fixture *f = *state;
	time_t now = 1800000000;
	char phone[MFA_BASE32_MAX], laptop[MFA_BASE32_MAX], code[MFA_DIGITS + 1];
	assert_true(mfa_new_secret(phone));
	assert_true(mfa_new_secret(laptop));
	assert_true(mfa_code_at(phone, now, code));
	assert_int_equal(mfa_enroll_app(f->store, f->account_id, "Phone", phone, "000000", now),
			 MFA_CODE_WRONG);
	assert_int_equal(mfa_enroll_app(f->store, f->account_id, "Phone", phone, code, now), MFA_OK);
	/* The passcode that enrolled it is used: not again at login. */
	bool backup = true;
	assert_int_equal(mfa_verify(f->store, f->account_id, code, now, &backup), MFA_CODE_USED);
	assert_false(backup);
	assert_true(mfa_code_at(phone, now + 30, code));
	assert_int_equal(mfa_verify(f->store, f->account_id, code, now + 30, &backup), MFA_OK);
	assert_int_equal(mfa_verify(f->store, f->account_id, code, now + 31, &backup), MFA_CODE_USED);
	/* A second app has its own steps. */
	assert_true(mfa_code_at(laptop, now + 30, code));
	assert_int_equal(mfa_enroll_app(f->store, f->account_id, "Laptop", laptop, code, now + 30), MFA_OK);
	assert_true(mfa_code_at(laptop, now + 60, code));
	/* Typed with a space, as the app shows it. */
	char spaced[MFA_DIGITS + 2];
	snprintf(spaced, sizeof spaced, "%.3s %s", code, code + 3);
	assert_int_equal(mfa_verify(f->store, f->account_id, spaced, now + 60, &backup), MFA_OK);
	assert_int_equal(mfa_verify(f->store, f->account_id, "123456", now + 90, &backup), MFA_CODE_WRONG);
	for (int i = 3; i <= MFA_APPS_MAX; i++) {
		char secret[MFA_BASE32_MAX];
		assert_true(mfa_new_secret(secret));
		assert_true(mfa_code_at(secret, now, code));
		assert_int_equal(mfa_enroll_app(f->store, f->account_id, "App", secret, code, now), MFA_OK);
	}
	char sixth[MFA_BASE32_MAX];
	assert_true(mfa_new_secret(sixth));
	assert_true(mfa_code_at(sixth, now, code));
	assert_int_equal(mfa_enroll_app(f->store, f->account_id, "Sixth", sixth, code, now),
			 MFA_TOO_MANY_APPS);
	struct mfa_state mfa;
	assert_true(store_mfa_state(f->store, f->account_id, &mfa));
	assert_int_equal(mfa.apps, MFA_APPS_MAX);
	assert_true(store_reset_mfa(f->store, f->account_id));
	assert_true(store_mfa_state(f->store, f->account_id, &mfa));
	assert_int_equal(mfa.apps, 0);
}

static void backup_codes_work_once_and_are_kept_as_hashes(void **state)
{
	struct account_fixture *f = *state;
	char codes[MFA_BACKUP_CODES][MFA_BACKUP_CODE_MAX];
	assert_true(mfa_new_backup_codes(f->store, f->account_id, codes));
	for (int i = 0; i < MFA_BACKUP_CODES; i++) {
		assert_int_equal(strlen(codes[i]), 9);
		assert_int_equal(codes[i][4], '-');
	}
	assert_string_not_equal(codes[0], codes[1]);
	bool backup = false;
	/* As a person types it off the paper: capitals, no hyphen. */
	char typed[2 * MFA_BACKUP_CODE_MAX];
	snprintf(typed, sizeof typed, "%.4s %.4s", codes[3], codes[3] + 5);
	for (char *p = typed; *p != '\0'; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	assert_int_equal(mfa_verify(f->store, f->account_id, typed, 1800000000, &backup), MFA_OK);
	assert_true(backup);
	assert_int_equal(mfa_verify(f->store, f->account_id, codes[3], 1800000000, &backup), MFA_CODE_WRONG);
	assert_int_equal(mfa_verify(f->store, f->account_id, codes[4], 1800000000, &backup), MFA_OK);
	struct mfa_state mfa;
	assert_true(store_mfa_state(f->store, f->account_id, &mfa));
	assert_int_equal(mfa.backup_codes_left, MFA_BACKUP_CODES - 2);
	/* New codes replace the old ones. */
	char fresh[MFA_BACKUP_CODES][MFA_BACKUP_CODE_MAX];
	assert_true(mfa_new_backup_codes(f->store, f->account_id, fresh));
	assert_int_equal(mfa_verify(f->store, f->account_id, codes[5], 1800000000, &backup), MFA_CODE_WRONG);
	assert_true(store_mfa_state(f->store, f->account_id, &mfa));
	assert_int_equal(mfa.backup_codes_left, MFA_BACKUP_CODES);
	/* No code is in the database's file, only hashes. */
	char *path;
	assert_true(asprintf(&path, "%s/mfa.db", f->dir) > 0);
	store_close(f->store);
	f->store = NULL;
	FILE *db = fopen(path, "rb");
	assert_non_null(db);
	static char bytes[1 << 22];
	size_t n = fread(bytes, 1, sizeof bytes, db);
	fclose(db);
	for (int i = 0; i < MFA_BACKUP_CODES; i++)
		assert_null(memmem(bytes, n, fresh[i], strlen(fresh[i])));
	f->store = unit_demo_store(f->dir, "mfa.db");
	free(path);
}

/* The 2025 login's lock: with an app enrolled, a right password forgets
 * no failed login; wrong passcodes lock the account; a right passcode
 * then opens nothing and lifts no lock (another session's guesses). */
static void wrong_passcodes_lock_and_a_right_one_then_opens_nothing(void **state)
{
	struct account_fixture *f = *state;
	char phone[MFA_BASE32_MAX], code[MFA_DIGITS + 1];
	time_t now = time(NULL);
	assert_true(store_set_setting(f->store, "era", "2025"));
	assert_true(mfa_new_secret(phone));
	assert_true(mfa_code_at(phone, now, code));
	assert_int_equal(mfa_enroll_app(f->store, f->account_id, "Phone", phone, code, now), MFA_OK);
	struct pacer_account account;
	bool found = false;
	assert_true(store_find_pacer_account(f->store, "mgonzalez2016", &account, &found));
	struct login_outcome *out = calloc(1, sizeof *out);
	for (int i = 0; i < 4; i++) {
		pacer_mfa_failure(f->store, &account, "test", out);
		assert_int_equal(out->result, LOGIN_BAD_CREDENTIALS);
		if (i == 1) {
			/* The right password, between: the count goes on. */
			pacer_login(f->store, "mgonzalez2016", "Upgraded!2016", "test", out);
			assert_int_equal(out->result, LOGIN_OK);
		}
	}
	pacer_mfa_failure(f->store, &account, "test", out);
	assert_int_equal(out->result, LOGIN_LOCKED);
	assert_true(pacer_mfa_locked(f->store, &account, out));
	assert_int_equal(out->result, LOGIN_LOCKED);
	bool locked = false;
	assert_true(pacer_mfa_passed(f->store, &account, "test", false, &locked));
	assert_true(locked);
	assert_true(pacer_mfa_locked(f->store, &account, out));
	assert_int_equal(out->result, LOGIN_LOCKED);
	free(out);
}

/* Three skips of the prompt, then none, whoever asks. */
static void the_prompt_is_skipped_three_times_at_most(void **state)
{
	struct account_fixture *f = *state;
	bool counted = false;
	for (int i = 0; i < 3; i++) {
		assert_true(store_count_mfa_skip(f->store, f->account_id, 3, &counted));
		assert_true(counted);
	}
	assert_true(store_count_mfa_skip(f->store, f->account_id, 3, &counted));
	assert_false(counted);
	struct mfa_state mfa;
	assert_true(store_mfa_state(f->store, f->account_id, &mfa));
	assert_int_equal(mfa.skips, 3);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_rfc_6238_values_come_out),
		cmocka_unit_test(a_code_of_the_step_before_or_after_is_taken_once),
		cmocka_unit_test(a_new_key_is_random_and_grouped_for_typing),
		cmocka_unit_test(the_uri_names_the_practice_and_the_person),
		cmocka_unit_test(the_picture_has_its_quiet_zone_and_fits_80x24),
		cmocka_unit_test(the_symbol_is_qrencodes_and_reads_back),
		cmocka_unit_test_setup_teardown(apps_are_enrolled_with_a_passcode_and_used_once,
						account_setup, account_teardown),
		cmocka_unit_test_setup_teardown(backup_codes_work_once_and_are_kept_as_hashes, account_setup,
						account_teardown),
		cmocka_unit_test_setup_teardown(wrong_passcodes_lock_and_a_right_one_then_opens_nothing,
						account_setup, account_teardown),
		cmocka_unit_test_setup_teardown(the_prompt_is_skipped_three_times_at_most, account_setup,
						account_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
