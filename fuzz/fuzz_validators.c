/* SPDX-License-Identifier: MIT */
/* libFuzzer: every field validator on any bytes. They must not crash,
 * read out of bounds or disagree with themselves. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "core/auth.h"
#include "core/validate.h"

/* Where a check writes why it refused a value. */
static char why[ERROR_MAX];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	/* The first NUL splits two values, for the checks that take two. */
	const char *other = text + strlen(text) + (strlen(text) < size ? 1 : 0);

	(void)validate_required(text, why, sizeof why);
	(void)validate_date(text, why, sizeof why);
	(void)parse_date(text, NULL);
	(void)is_legacy_username(text);
	(void)validate_upgraded_username(text, why, sizeof why);
	(void)validate_name(text, 40, why, sizeof why);
	(void)validate_text(text, 80, why, sizeof why);
	(void)validate_class_name(text, why, sizeof why);
	(void)validate_birth_date(text, "2021-02-16", why, sizeof why);
	(void)validate_zip(text, why, sizeof why);
	(void)validate_phone(text, why, sizeof why);
	(void)validate_email(text, why, sizeof why);
	struct password_context context = { .username = other,
					    .first_name = other,
					    .last_name = other,
					    .email = other };
	(void)validate_password(POLICY_2021, text, &context, why, sizeof why);
	(void)validate_password(POLICY_2025, text, &context, why, sizeof why);
	if (names_match(text, other) != names_match(other, text))
		abort(); /* matching names is symmetric */
	char normal[256];
	auth_normalize_answer(text, normal, sizeof normal);
	free(text);
	return 0;
}
