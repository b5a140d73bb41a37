/* SPDX-License-Identifier: MIT */
/* The practice settings as one table: each one's name (the same on the
 * command line, in the database and in scenario files), kind of value,
 * range, default and one-line help. nextgen-admin set, the store, the
 * scenario files and the manual page follow it. */
#ifndef NGW_SETTINGS_H
#define NGW_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

/* An idle reset no setting asks for: a kiosk's, in seconds. */
#define SETTINGS_KIOSK_IDLE_SECONDS 180
/* The shortest staff passphrase (the setting kiosk-passphrase). */
#define KIOSK_PASSPHRASE_MIN_CHARS 8

enum setting_id {
	SETTING_AS_OF,
	SETTING_POLICY,
	SETTING_LOCKOUT_ATTEMPTS,
	SETTING_LOCKOUT_MINUTES,
	SETTING_BUSY_WAIT,
	SETTING_KIOSK,
	SETTING_IDLE,
	SETTING_KIOSK_PASSPHRASE,
	SETTING_CONNECT,
	SETTING_ERA,
	SETTING_COUNT
};

enum setting_type {
	SETTING_DATE, /* YYYY-MM-DD; empty: the real date */
	SETTING_CHOICE, /* one of the words of value_synopsis */
	SETTING_NUMBER, /* whole, from minimum to maximum */
	SETTING_SECRET, /* a crypt(3) hash; never typed as a value */
	SETTING_TEXT, /* a line of printable text, up to SETTING_TEXT_CHARS characters */
};

struct setting {
	const char *name;
	enum setting_type type;
	const char *value_synopsis; /* N_(): "SECONDS", or the choices "on|off" */
	long minimum, maximum; /* SETTING_NUMBER */
	const char *default_value; /* as stored; "": none (the real date, no secret) */
	const char *help; /* N_(): one line */
	bool in_scenario; /* in scenario files' [settings] */
};

/* A SETTING_TEXT's value: at most SETTING_TEXT_CHARS characters, which
 * in UTF-8 fit in SETTING_TEXT_MAX bytes unless most are not Latin. */
#define SETTING_TEXT_MAX 256
#define SETTING_TEXT_CHARS 100

extern const struct setting settings_table[SETTING_COUNT];

/* The setting named name, or NULL. */
const struct setting *setting_named(const char *name);
/* Whether value is one of a SETTING_CHOICE's words. */
bool setting_is_choice(const struct setting *setting, const char *value);
/* A SETTING_NUMBER's value within its range, into *out. */
bool setting_number(const struct setting *setting, const char *value, int *out);
/* A default that is a number (policy's 2021 too); 0 when it has none. */
int setting_default_number(const struct setting *setting);
/* The default in words ("30", "today", "180 at a kiosk..."), translated
 * unless untranslated. */
void setting_default_text(const struct setting *setting, bool untranslated, char *out, size_t size);

#endif
