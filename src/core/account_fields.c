/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/account_fields.h"

#include <string.h>

#include "base/i18n.h"
#include "core/validate.h"
#include "store/store.h"

static const char *check_iso_date(const char *value, char *why, size_t why_size)
{
	if (strlen(value) == 10 && value[4] == '-' && parse_date(value, NULL))
		return NULL;
	copy_text(why, why_size, _("Type the date as YYYY-MM-DD, for example 2012-03-14."));
	return why;
}

static const char *check_account_number(const char *value, char *why, size_t why_size)
{
	size_t n = strlen(value);
	if (n >= 1 && n <= 12 && strspn(value, "0123456789") == n)
		return NULL;
	copy_text(why, why_size, _("An account number is 1 to 12 digits."));
	return why;
}

#define FIELD(key, label, member, check)                                 \
	{                                                                \
		key, label, offsetof(struct pacer_account, member),      \
			sizeof((struct pacer_account *)0)->member, check \
	}

const struct account_field account_fields[ACCOUNT_FIELD_COUNT] = {
	FIELD("first", NULL, first_name, NULL),
	FIELD("last", NULL, last_name, NULL),
	FIELD("middle", NULL, middle_name, NULL),
	FIELD("prefix", NULL, prefix, NULL),
	FIELD("suffix", NULL, suffix, NULL),
	FIELD("email", N_("e-mail"), email, validate_email),
	FIELD("account", N_("account number"), account_number, check_account_number),
	FIELD("created", N_("created"), created_on, check_iso_date),
	FIELD("user-type", N_("user type"), user_type, NULL),
	FIELD("birth-date", N_("date of birth"), date_of_birth, check_iso_date),
	FIELD("firm", N_("firm"), firm_name, NULL),
	FIELD("unit", N_("unit"), unit, NULL),
	FIELD("address", N_("address"), address1, NULL),
	FIELD("address2", N_("address line 2"), address2, NULL),
	FIELD("city", N_("city"), city, NULL),
	FIELD("state", N_("state"), state, NULL),
	FIELD("county", N_("county"), county, NULL),
	FIELD("zip", N_("ZIP code"), zip, validate_zip),
	FIELD("country", N_("country"), country, NULL),
	FIELD("phone", N_("phone"), phone, validate_phone),
};

_Static_assert(sizeof account_fields / sizeof account_fields[0] == ACCOUNT_FIELD_COUNT,
	       "ACCOUNT_FIELD_COUNT counts account_fields");
