/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/language.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"

/* GNU gettext caches translations; this counter tells it that the
 * language changed (the documented way to switch at run time). */
/* NOLINTNEXTLINE(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp): gettext's name */
extern int _nl_msg_cat_cntr;

static char default_code[8] = "en";

const char *language_current(void)
{
	/* TRANSLATORS: the two-letter code of this translation's language. */
	const char *code = _("en");
	return strcmp(code, "es") == 0 ? "es" : "en";
}

void language_remember_default(void)
{
	copy_text(default_code, sizeof default_code, language_current());
}

bool language_set(const char *code)
{
	if (strcmp(code, "en") != 0 && strcmp(code, "es") != 0)
		return false;
	/* gettext ignores LANGUAGE in the C locale; C.UTF-8 is always there
	 * on Debian and changes nothing else. */
	const char *messages = setlocale(LC_MESSAGES, NULL);
	if (messages == NULL || strcmp(messages, "C") == 0 || strcmp(messages, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	if (setenv("LANGUAGE", code, 1) != 0)
		return false;
	++_nl_msg_cat_cntr;
	return strcmp(language_current(), code) == 0;
}

/* The language a locale name such as "es_US.UTF-8" or "es" asks for. */
static bool names_spanish(const char *locale)
{
	return strncmp(locale, "es", 2) == 0 && strchr("_.@:", locale[2]) != NULL;
}

/* What the environment asks for messages, in gettext's order of
 * precedence: LANGUAGE (its first entry), then LC_ALL, LC_MESSAGES and
 * LANG, the first that is set. */
static const char *asked_language(void)
{
	static const char *const variables[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof variables / sizeof variables[0]; i++) {
		const char *value = getenv(variables[i]);
		if (value != NULL && value[0] != '\0')
			return value;
	}
	return "";
}

void language_from_environment(void)
{
	/* A locale that was never generated (es_US.UTF-8 on a fresh Debian)
	 * leaves the C locale, in which gettext speaks only English; the
	 * person still asked for Spanish, and C.UTF-8 can carry it. */
	if (names_spanish(asked_language()) && strcmp(language_current(), "es") != 0)
		(void)language_set("es");
}

void language_reset(void)
{
	(void)language_set(default_code);
}
