/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka.h needs the four above first. */
#include <cmocka.h>

#include <locale.h>
#include <string.h>

#include "base/util.h"
#include "base/wrap.h"
#include "core/validate.h"

/* Where a check writes why it refused a value. */
static char why[ERROR_MAX];

static void dates_are_checked_against_the_calendar(void **state)
{
	(void)state;
	struct simple_date d;
	assert_true(parse_date("2021-02-16", &d));
	assert_int_equal(d.year, 2021);
	assert_int_equal(d.month, 2);
	assert_int_equal(d.day, 16);
	assert_true(parse_date("03/14/1970", &d));
	assert_int_equal(d.month, 3);
	assert_int_equal(d.day, 14);
	assert_true(parse_date("2020-02-29", NULL));
	assert_false(parse_date("2021-02-29", NULL));
	assert_false(parse_date("1900-02-29", NULL));
	assert_true(parse_date("2000-02-29", NULL));
	assert_false(parse_date("2021-13-01", NULL));
	assert_false(parse_date("2021-04-31", NULL));
	assert_false(parse_date("14/03/1970", NULL));
	assert_false(parse_date("2021-2-16", NULL));
	assert_false(parse_date("", NULL));
	assert_null(validate_date("12/31/1999", why, sizeof why));
	assert_non_null(validate_date("yesterday", why, sizeof why));
}

static void dates_compare_and_format(void **state)
{
	(void)state;
	struct simple_date a, b;
	char out[11];
	assert_true(parse_date("2021-02-15", &a));
	assert_true(parse_date("2021-02-16", &b));
	assert_true(compare_dates(&a, &b) < 0);
	assert_true(compare_dates(&b, &a) > 0);
	assert_int_equal(compare_dates(&a, &a), 0);
	assert_true(parse_date("07/04/1976", &a));
	format_iso_date(&a, out);
	assert_string_equal(out, "1976-07-04");
}

static void legacy_usernames_are_six_letters_then_digits(void **state)
{
	(void)state;
	assert_true(is_legacy_username("ja1234"));
	assert_true(is_legacy_username("LP1234"));
	assert_true(is_legacy_username("pr2010"));
	assert_false(is_legacy_username("mgonzalez2016"));
	assert_false(is_legacy_username("ja123"));
	assert_false(is_legacy_username("123456"));
	assert_false(is_legacy_username("abcdef"));
	assert_false(is_legacy_username("ja12a4"));
}

static void upgraded_usernames(void **state)
{
	(void)state;
	assert_null(validate_upgraded_username("jattorney2021", why, sizeof why));
	assert_null(validate_upgraded_username("j.attorney_1-x", why, sizeof why));
	assert_non_null(validate_upgraded_username("ja1234", why, sizeof why));
	assert_non_null(validate_upgraded_username("john attorney", why, sizeof why));
	assert_non_null(validate_upgraded_username("klee@firm.com", why, sizeof why));
	assert_non_null(
		validate_upgraded_username("a123456789012345678901234567890123456789x", why, sizeof why));
}

static void passwords_follow_the_2021_rules(void **state)
{
	(void)state;
	struct password_context ja = { .username = "ja1234" }, none = { 0 };
	struct password_context jat = { .username = "jattorney2021" };
	assert_null(validate_password(POLICY_2021, "Legacy!2013", &ja, why, sizeof why));
	assert_non_null(validate_password(POLICY_2021, "Short1!", &none, why, sizeof why));
	assert_non_null(validate_password(POLICY_2021, "alllowercase1", &none, why, sizeof why));
	assert_non_null(validate_password(POLICY_2021, "ALLUPPERCASE1", &none, why, sizeof why));
	assert_non_null(validate_password(POLICY_2021, "NoDigitsHere", &none, why, sizeof why));
	assert_null(validate_password(POLICY_2021, "NoDigits!Here", &none, why, sizeof why));
	assert_non_null(validate_password(POLICY_2021, "Xjattorney2021!", &jat, why, sizeof why));
	assert_non_null(strstr(validate_password(POLICY_2021, "XJATTORNEY2021!x", &jat, why, sizeof why),
			       "username"));
	/* Letters of any script count as letters: eight characters, not bytes. */
	assert_null(validate_password(POLICY_2021, "Ñandú!ab", &none, why, sizeof why));
}

static void passwords_follow_the_2025_rules(void **state)
{
	(void)state;
	struct password_context maria = { "mgonzalez2016", "Maria", "Gonzalez",
					  "maria.gonzalez@example.com" };
	assert_null(validate_password(POLICY_2025, "Marble!Staircase-77", &maria, why, sizeof why));
	assert_non_null(
		strstr(validate_password(POLICY_2025, "Marble!Stair", &maria, why, sizeof why), "14 to 45"));
	assert_non_null(validate_password(POLICY_2025, "marble!staircase-77", &maria, why, sizeof why));
	assert_non_null(validate_password(POLICY_2025, "MARBLE!STAIRCASE-77", &maria, why, sizeof why));
	assert_non_null(validate_password(POLICY_2025, "MarbleStaircase77x", &maria, why, sizeof why));
	assert_non_null(strstr(validate_password(POLICY_2025, "Gonzalez!Staircase7", &maria, why, sizeof why),
			       "any part of your name"));
	assert_non_null(validate_password(POLICY_2025, "Staircase!MARIA-77", &maria, why, sizeof why));
	assert_non_null(validate_password(POLICY_2025, "Staircase!Gonzalez2016", &maria, why, sizeof why));
	struct password_rule rules[PASSWORD_MAX_RULES];
	assert_int_equal(password_rules(POLICY_2025, "x", &maria, rules), 5);
	assert_int_equal(password_rules(POLICY_2021, "x", &maria, rules), 4);
}

static void names_and_text(void **state)
{
	(void)state;
	assert_null(validate_name("José Núñez Peña", 40, why, sizeof why));
	assert_null(validate_name("Zoë O'Brien-Łukasz", 40, why, sizeof why));
	assert_null(validate_name("St. Louis", 40, why, sizeof why));
	assert_non_null(validate_name("R2-D2", 40, why, sizeof why));
	assert_non_null(validate_name("Robert'); DROP TABLE x;--", 40, why, sizeof why));
	assert_non_null(validate_name("%s%n", 40, why, sizeof why));
	assert_non_null(validate_name("Ann\x01", 40, why, sizeof why));
	assert_non_null(strstr(validate_name("Abcdefghijk", 10, why, sizeof why), "at most 10"));
	assert_null(validate_name("Núñezñññññ", 10, why, sizeof why)); /* ten characters, more bytes */
	assert_null(validate_text("450 Golden Gate Ave., #3 (rear)", 80, why, sizeof why));
	assert_non_null(validate_text("line\nbreak", 80, why, sizeof why));
	assert_non_null(validate_text("\xff\xfe", 80, why, sizeof why));
}

static void birth_dates(void **state)
{
	(void)state;
	assert_null(validate_birth_date("03/14/1970", "2021-02-10", why, sizeof why));
	assert_null(validate_birth_date("1970-03-14", "2021-02-10", why, sizeof why));
	assert_non_null(strstr(validate_birth_date("03/14/2022", "2021-02-10", why, sizeof why), "past"));
	assert_non_null(
		strstr(validate_birth_date("02/11/2007", "2021-02-10", why, sizeof why), "14 to 120"));
	assert_null(validate_birth_date("02/10/2007", "2021-02-10", why, sizeof why));
	assert_non_null(validate_birth_date("1899-01-01", "2021-02-10", why, sizeof why));
	assert_non_null(validate_birth_date("13/01/1970", "2021-02-10", why, sizeof why));
}

static void zip_phone_and_email(void **state)
{
	(void)state;
	assert_null(validate_zip("94102", why, sizeof why));
	assert_null(validate_zip("94102-1234", why, sizeof why));
	assert_non_null(validate_zip("9410", why, sizeof why));
	assert_non_null(validate_zip("94102 1234", why, sizeof why));
	assert_non_null(validate_zip("ABCDE", why, sizeof why));
	assert_null(validate_phone("(415) 555-0134", why, sizeof why));
	assert_null(validate_phone("415.555.0134", why, sizeof why));
	assert_null(validate_phone("+1 415 555 0134", why, sizeof why));
	assert_non_null(validate_phone("555-0134", why, sizeof why));
	assert_non_null(validate_phone("+2 415 555 0134", why, sizeof why));
	assert_non_null(validate_phone("415-CALL-NOW", why, sizeof why));
	assert_null(validate_email("john.attorney@example.com", why, sizeof why));
	assert_non_null(validate_email("john.attorney", why, sizeof why));
	assert_non_null(validate_email("@example.com", why, sizeof why));
	assert_non_null(validate_email("john@@example.com", why, sizeof why));
	assert_non_null(validate_email("john@example", why, sizeof why));
	assert_non_null(validate_email("john doe@example.com", why, sizeof why));
	assert_non_null(validate_required("   ", why, sizeof why));
	assert_null(validate_required(" x ", why, sizeof why));
}

/* Names from anywhere: accents typed as one character or as a letter
 * and a combining mark, other scripts, any case. */
static void utf8_names_are_kept_and_compared_as_a_person_would(void **state)
{
	(void)state;
	const char *precomposed = "Jos\u00e9 N\u00fa\u00f1ez Pe\u00f1a";
	const char *combining = "Jose\u0301 Nu\u0301n\u0303ez Pen\u0303a";
	const char *upper = "JOS\u00c9 N\u00da\u00d1EZ PE\u00d1A";
	assert_null(validate_name(precomposed, 40, why, sizeof why));
	assert_null(validate_name(combining, 40, why, sizeof why));
	assert_null(validate_name("Zo\u00eb O'Brien-\u0141ukasz", 40, why, sizeof why));
	assert_null(validate_name("\u674e\u5c0f\u9f8d", 40, why, sizeof why));
	assert_true(names_match(precomposed, combining));
	assert_true(names_match(precomposed, upper));
	assert_true(names_match(upper, combining));
	assert_false(names_match("Jos\u00e9 N\u00fa\u00f1ez", "Jose Nunez"));
	assert_false(names_match("Chris Doe", "Christopher Doe"));
	/* Characters are counted, not bytes: ten of them in 13 bytes. */
	assert_null(validate_name("Jos\u00e9 N\u00fa\u00f1ez", 10, why, sizeof why));
	assert_non_null(validate_name("Jos\u00e9 N\u00fa\u00f1ez", 9, why, sizeof why));
}

/* Bytes that are not UTF-8 (a terminal set to Latin-1, a cut sequence)
 * are refused with a sentence that says so. */
static void invalid_utf8_is_refused(void **state)
{
	(void)state;
	const char *latin1 = "Jos\xe9";
	const char *cut = "Jos\xc3";
	assert_non_null(strstr(validate_name(latin1, 40, why, sizeof why), "UTF-8"));
	assert_non_null(strstr(validate_name(cut, 40, why, sizeof why), "UTF-8"));
	assert_non_null(strstr(validate_text("Oakland \xff", 40, why, sizeof why), "UTF-8"));
	assert_non_null(
		strstr(validate_text("\xed\xa0\x80", 40, why, sizeof why), "UTF-8")); /* a surrogate */
}

static void every_unmet_password_rule_is_named(void **state)
{
	(void)state;
	struct password_context pw = { .username = "word" };
	/* "password" lacks an upper-case letter and a digit: both named. */
	assert_string_equal(validate_password(POLICY_2021, "password", &pw, why, sizeof why),
			    "The password needs: upper- and lower-case letters; a digit or a special "
			    "character. The password must not contain the username.");
	assert_string_equal(validate_password(POLICY_2021, "abc", &pw, why, sizeof why),
			    "The password needs: at least 8 characters; upper- and lower-case letters; "
			    "a digit or a special character.");
	struct password_context jat = { .username = "jattorney2021" };
	assert_string_equal(validate_password(POLICY_2021, "XJATTORNEY2021!x", &jat, why, sizeof why),
			    "The password must not contain the username.");
	struct password_context maria = { "mgonzalez2016", "Maria", "Gonzalez",
					  "maria.gonzalez@example.com" };
	assert_string_equal(validate_password(POLICY_2025, "maria", &maria, why, sizeof why),
			    "The password needs: 14 to 45 characters; an upper-case letter; a special "
			    "character. The password must not contain any part of your name, username "
			    "or e-mail.");
}

/* A sentence wrapped as the message rows wrap it: every word kept, none
 * cut or ending in dots, and no more rows than the smallest window (40x12:
 * the banner, a title row, the status line and a row for the focus leave
 * eight) can give the message. */
static void assert_shown_whole(const char *sentence)
{
	static const int widths[] = { 37, 77 }; /* 40 and 80 columns less the margins */
	assert_non_null(sentence);
	size_t len = strlen(sentence);
	assert_true(len > 0);
	assert_false(len >= 3 && strcmp(sentence + len - 3, "...") == 0);
	assert_false(len >= 3 && strcmp(sentence + len - 3, "\u2026") == 0);
	for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		char shown[1024] = "Error: ", joined[1024] = "";
		strncat(shown, sentence, sizeof shown - strlen(shown) - 1);
		struct wrapped lines;
		wrap_text(shown, widths[w], &lines);
		assert_true(lines.count <= 8);
		for (size_t i = 0; i < lines.count; i++) {
			if (i > 0)
				strncat(joined, " ", sizeof joined - strlen(joined) - 1);
			strncat(joined, lines.lines[i], sizeof joined - strlen(joined) - 1);
		}
		wrapped_free(&lines);
		assert_string_equal(joined, shown);
	}
}

static void every_validator_error_fits_whole(void **state)
{
	(void)state;
	struct password_context pw = { .username = "password" };
	struct password_context maria = { "mgonzalez2016", "Maria", "Gonzalez",
					  "maria.gonzalez@example.com" };
	/* Each sentence is checked before the next call: some share a buffer. */
	assert_shown_whole(validate_required(" ", why, sizeof why));
	assert_shown_whole(validate_date("yesterday", why, sizeof why));
	assert_shown_whole(validate_upgraded_username("short", why, sizeof why));
	assert_shown_whole(validate_upgraded_username("has space!", why, sizeof why));
	assert_shown_whole(validate_password(POLICY_2021, "password", &pw, why, sizeof why));
	assert_shown_whole(validate_password(POLICY_2021, "", &pw, why, sizeof why));
	assert_shown_whole(validate_password(POLICY_2025, "maria", &maria, why, sizeof why));
	assert_shown_whole(validate_password(POLICY_2025, "", &maria, why, sizeof why));
	assert_shown_whole(validate_name("R2D2", 40, why, sizeof why));
	assert_shown_whole(validate_name("Jos\xe9", 40, why, sizeof why));
	assert_shown_whole(validate_name("Alexandria", 5, why, sizeof why));
	assert_shown_whole(validate_text("a\x01b", 40, why, sizeof why));
	assert_shown_whole(validate_text("Oakland \xff", 40, why, sizeof why));
	assert_shown_whole(validate_class_name("no spaces please", why, sizeof why));
	assert_shown_whole(validate_birth_date("13/45/2000", "2021-02-01", why, sizeof why));
	assert_shown_whole(validate_birth_date("03/14/2030", "2021-02-01", why, sizeof why));
	assert_shown_whole(validate_birth_date("03/14/1850", "2021-02-01", why, sizeof why));
	assert_shown_whole(validate_zip("9410", why, sizeof why));
	assert_shown_whole(validate_phone("call me", why, sizeof why));
	assert_shown_whole(validate_phone("555-0100", why, sizeof why));
	assert_shown_whole(validate_email("nobody", why, sizeof why));
}

int main(void)
{
	/* The rules read UTF-8, as the programs do after setlocale. */
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dates_are_checked_against_the_calendar),
		cmocka_unit_test(dates_compare_and_format),
		cmocka_unit_test(legacy_usernames_are_six_letters_then_digits),
		cmocka_unit_test(upgraded_usernames),
		cmocka_unit_test(passwords_follow_the_2021_rules),
		cmocka_unit_test(passwords_follow_the_2025_rules),
		cmocka_unit_test(names_and_text),
		cmocka_unit_test(birth_dates),
		cmocka_unit_test(zip_phone_and_email),
		cmocka_unit_test(utf8_names_are_kept_and_compared_as_a_person_would),
		cmocka_unit_test(invalid_utf8_is_refused),
		cmocka_unit_test(every_unmet_password_rule_is_named),
		cmocka_unit_test(every_validator_error_fits_whole),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
