#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "validate.h"

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
	assert_null(validate_date("12/31/1999"));
	assert_non_null(validate_date("yesterday"));
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
	assert_null(validate_upgraded_username("jattorney2021"));
	assert_null(validate_upgraded_username("j.attorney_1-x"));
	assert_non_null(validate_upgraded_username("ja1234"));
	assert_non_null(validate_upgraded_username("john attorney"));
	assert_non_null(validate_upgraded_username("klee@firm.com"));
	assert_non_null(validate_upgraded_username("a123456789012345678901234567890123456789x"));
}

static void passwords_follow_the_2021_rules(void **state)
{
	(void)state;
	assert_null(validate_password("Legacy!2013", "ja1234"));
	assert_non_null(validate_password("Short1!", NULL));
	assert_non_null(validate_password("alllowercase1", NULL));
	assert_non_null(validate_password("ALLUPPERCASE1", NULL));
	assert_non_null(validate_password("NoDigitsHere", NULL));
	assert_null(validate_password("NoDigits!Here", NULL));
	assert_non_null(validate_password("Xjattorney2021!", "jattorney2021"));
	assert_non_null(validate_password("XJATTORNEY2021!", "jattorney2021"));
}

static void zip_phone_and_email(void **state)
{
	(void)state;
	assert_null(validate_zip("94102"));
	assert_null(validate_zip("94102-1234"));
	assert_non_null(validate_zip("9410"));
	assert_non_null(validate_zip("94102 1234"));
	assert_non_null(validate_zip("ABCDE"));
	assert_null(validate_phone("(415) 555-0134"));
	assert_null(validate_phone("415.555.0134"));
	assert_null(validate_phone("+1 415 555 0134"));
	assert_non_null(validate_phone("555-0134"));
	assert_non_null(validate_phone("+2 415 555 0134"));
	assert_non_null(validate_phone("415-CALL-NOW"));
	assert_null(validate_email("john.attorney@example.com"));
	assert_non_null(validate_email("john.attorney"));
	assert_non_null(validate_email("@example.com"));
	assert_non_null(validate_email("john@@example.com"));
	assert_non_null(validate_email("john@example"));
	assert_non_null(validate_email("john doe@example.com"));
	assert_non_null(validate_required("   "));
	assert_null(validate_required(" x "));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dates_are_checked_against_the_calendar),
		cmocka_unit_test(dates_compare_and_format),
		cmocka_unit_test(legacy_usernames_are_six_letters_then_digits),
		cmocka_unit_test(upgraded_usernames),
		cmocka_unit_test(passwords_follow_the_2021_rules),
		cmocka_unit_test(zip_phone_and_email),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
