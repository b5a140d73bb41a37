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
#include <unistd.h>

#include <cmocka.h>

#include "core/mfa.h"

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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
