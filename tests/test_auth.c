/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka.h needs the four above first. */
#include <cmocka.h>

#include <string.h>

#include "core/auth.h"

static void a_hash_is_yescrypt_and_verifies(void **state)
{
	(void)state;
	char hash[AUTH_HASH_MAX];
	assert_true(auth_hash_secret("Legacy!2013", hash));
	assert_memory_equal(hash, "$y$", 3);
	assert_null(strstr(hash, "Legacy!2013"));
	assert_true(auth_verify_secret("Legacy!2013", hash));
}

static void a_wrong_secret_does_not_verify(void **state)
{
	(void)state;
	char hash[AUTH_HASH_MAX];
	assert_true(auth_hash_secret("Legacy!2013", hash));
	assert_false(auth_verify_secret("legacy!2013", hash));
	assert_false(auth_verify_secret("Legacy!201", hash));
	assert_false(auth_verify_secret("", hash));
}

static void each_hash_has_its_own_salt(void **state)
{
	(void)state;
	char a[AUTH_HASH_MAX], b[AUTH_HASH_MAX];
	assert_true(auth_hash_secret("same secret", a));
	assert_true(auth_hash_secret("same secret", b));
	assert_string_not_equal(a, b);
	assert_true(auth_verify_secret("same secret", a));
	assert_true(auth_verify_secret("same secret", b));
}

static void garbage_hashes_never_verify(void **state)
{
	(void)state;
	assert_false(auth_verify_secret("x", ""));
	assert_false(auth_verify_secret("x", "*0"));
	assert_false(auth_verify_secret("x", "plain text"));
	assert_false(auth_verify_secret("x", "$y$"));
	assert_false(auth_verify_secret("x", NULL));
	auth_waste_verification("x"); /* must not crash */
}

static void utf8_secrets_work(void **state)
{
	(void)state;
	char hash[AUTH_HASH_MAX];
	assert_true(auth_hash_secret("Contraseña!Núñez1", hash));
	assert_true(auth_verify_secret("Contraseña!Núñez1", hash));
	assert_false(auth_verify_secret("Contrasena!Nunez1", hash));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_hash_is_yescrypt_and_verifies),
		cmocka_unit_test(a_wrong_secret_does_not_verify),
		cmocka_unit_test(each_hash_has_its_own_salt),
		cmocka_unit_test(garbage_hashes_never_verify),
		cmocka_unit_test(utf8_secrets_work),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
