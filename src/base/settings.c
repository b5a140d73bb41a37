/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/settings.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"

const struct setting settings_table[SETTING_COUNT] = {
	[SETTING_AS_OF] = { "as-of", SETTING_DATE, N_("YYYY-MM-DD|today"), 0, 0, "",
			    N_("the simulated today: which courts are live, the checklist's dates"), true },
	[SETTING_POLICY] = { "policy", SETTING_CHOICE, "2021|2025", 0, 0, "2021",
			     N_("the password rules of the Security tab"), true },
	[SETTING_LOCKOUT_ATTEMPTS] = { "lockout-attempts", SETTING_NUMBER, N_("N"), 1, 100, "5",
				       N_("wrong passwords that lock a PACER account"), true },
	[SETTING_LOCKOUT_MINUTES] = { "lockout-minutes", SETTING_NUMBER, N_("MINUTES"), 1, 24L * 60, "15",
				      N_("how long a PACER account stays locked"), true },
	[SETTING_BUSY_WAIT] = { "busy-wait", SETTING_NUMBER, N_("SECONDS"), 1, 600, "30",
				N_("how long a write waits for another session's"), false },
	[SETTING_KIOSK] = { "kiosk", SETTING_CHOICE, "on|off", 0, 0, "off",
			    N_("every wizard on this database as a public terminal"), false },
	[SETTING_IDLE] = { "idle", SETTING_NUMBER, N_("SECONDS"), 0, 86400, "",
			   N_("warn, then clear a session with no key for SECONDS (0: never)"), false },
	[SETTING_KIOSK_PASSPHRASE] = { "kiosk-passphrase", SETTING_SECRET, "", 0, 0, "",
				       N_("the staff passphrase that leaves a kiosk (Ctrl-X)"), false },
	[SETTING_CONNECT] = { "connect", SETTING_TEXT, N_("TEXT"), 0, 0, "",
			      N_("how trainees reach the wizard, printed on their slips"), true },
	[SETTING_ERA] = { "era", SETTING_CHOICE, "2021|2025", 0, 0, "2021",
			  N_("which PACER to practise: 2021's upgrade and link, or 2025's password "
			     "update and multifactor authentication"),
			  true },
};

const struct setting *setting_named(const char *name)
{
	for (size_t i = 0; i < SETTING_COUNT; i++)
		if (strcmp(settings_table[i].name, name) == 0)
			return &settings_table[i];
	return NULL;
}

bool setting_is_choice(const struct setting *setting, const char *value)
{
	const char *choice = setting->value_synopsis;
	size_t length = strlen(value);
	while (setting->type == SETTING_CHOICE && length > 0) {
		size_t word = strcspn(choice, "|");
		if (word == length && strncmp(choice, value, length) == 0)
			return true;
		if (choice[word] == '\0')
			break;
		choice += word + 1;
	}
	return false;
}

bool setting_number(const struct setting *setting, const char *value, int *out)
{
	char *end;
	errno = 0;
	long n = strtol(value, &end, 10);
	if (setting->type != SETTING_NUMBER || errno != 0 || end == value || *end != '\0' ||
	    n < setting->minimum || n > setting->maximum)
		return false;
	*out = (int)n;
	return true;
}

void setting_default_text(const struct setting *setting, bool untranslated, char *out, size_t size)
{
	if (setting == &settings_table[SETTING_IDLE])
		snprintf(out, size,
			 untranslated ? "%d at a kiosk, never elsewhere"
				      : _("%d at a kiosk, never elsewhere"),
			 SETTINGS_KIOSK_IDLE_SECONDS);
	else if (setting->default_value[0] != '\0')
		copy_text(out, size, setting->default_value);
	else if (setting->type == SETTING_DATE)
		copy_text(out, size, untranslated ? "today" : _("today"));
	else
		copy_text(out, size, untranslated ? "none" : _("none"));
}

int setting_default_number(const struct setting *setting)
{
	return (int)strtol(setting->default_value, NULL, 10);
}
