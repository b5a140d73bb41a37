/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/settings.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/validate.h"

bool settings_parse(const struct setting *setting, const char *typed, char *out, size_t size, char *why,
		    size_t why_size)
{
	int number = 0;
	bool ok = false;
	switch (setting->type) {
	case SETTING_DATE:
		ok = typed[0] == '\0' || strcmp(typed, "today") == 0 ||
		     (strlen(typed) == 10 && parse_date(typed, NULL));
		if (!ok)
			copy_text(why, why_size, _("the date is YYYY-MM-DD, or today for the real date"));
		copy_text(out, size, strcmp(typed, "today") == 0 ? "" : typed);
		return ok;
	case SETTING_CHOICE:
		ok = setting_is_choice(setting, typed);
		if (!ok)
			/* TRANSLATORS: a setting's name, then its values, as "kiosk takes on|off". */
			snprintf(why, why_size, _("%s takes %s"), setting->name, setting->value_synopsis);
		break;
	case SETTING_NUMBER:
		ok = setting_number(setting, typed, &number);
		if (!ok)
			snprintf(why, why_size, _("%s takes a number from %ld to %ld"), setting->name,
				 setting->minimum, setting->maximum);
		break;
	case SETTING_SECRET:
		snprintf(why, why_size, _("%s is read from the terminal, never from the command line"),
			 setting->name);
		break;
	case SETTING_TEXT:
		/* Empty takes the setting back; else printed as it is on slips. */
		ok = typed[0] == '\0' || (validate_text(typed, SETTING_TEXT_CHARS, why, why_size) == NULL &&
					  strlen(typed) < SETTING_TEXT_MAX);
		if (!ok && strlen(typed) >= SETTING_TEXT_MAX)
			snprintf(why, why_size, _("%s takes at most %d characters"), setting->name,
				 SETTING_TEXT_CHARS);
		else if (!ok && why[0] != '\0' && why[strlen(why) - 1] == '.')
			why[strlen(why) - 1] = '\0'; /* the caller ends the sentence */
		copy_text(out, size, typed);
		return ok;
	}
	copy_text(out, size, typed);
	return ok;
}

void settings_format(const struct store_settings *settings, const struct setting *setting, char *out,
		     size_t size)
{
	switch ((enum setting_id)(setting - settings_table)) {
	case SETTING_AS_OF:
		copy_text(out, size, settings->as_of);
		break;
	case SETTING_POLICY:
		snprintf(out, size, "%d", settings->password_policy);
		break;
	case SETTING_LOCKOUT_ATTEMPTS:
		snprintf(out, size, "%d", settings->lockout_attempts);
		break;
	case SETTING_LOCKOUT_MINUTES:
		snprintf(out, size, "%d", settings->lockout_minutes);
		break;
	case SETTING_BUSY_WAIT:
		snprintf(out, size, "%d", settings->busy_wait_seconds);
		break;
	case SETTING_KIOSK:
		copy_text(out, size, settings->kiosk ? "on" : "off");
		break;
	case SETTING_IDLE:
		if (settings->idle_seconds < 0)
			copy_text(out, size, "");
		else
			snprintf(out, size, "%d", settings->idle_seconds);
		break;
	case SETTING_KIOSK_PASSPHRASE:
		copy_text(out, size, settings->kiosk_passphrase_hash);
		break;
	case SETTING_CONNECT:
		copy_text(out, size, settings->connect);
		break;
	case SETTING_ERA:
		snprintf(out, size, "%d", settings->era);
		break;
	case SETTING_COUNT:
		copy_text(out, size, "");
		break;
	}
}
