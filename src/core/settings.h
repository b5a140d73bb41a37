/* SPDX-License-Identifier: MIT */
/* The practice settings' values: checked as typed (nextgen-admin set, a
 * scenario file) and written back out, by the table of base/settings.h. */
#ifndef NGW_CORE_SETTINGS_H
#define NGW_CORE_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/settings.h"
#include "store/store.h"

/* typed, as the database keeps it, into out ("today" is the real date,
 * kept empty); false with the reason, translated, in why. */
bool settings_parse(const struct setting *setting, const char *typed, char *out, size_t size, char *why,
		    size_t why_size);
/* setting's value in settings, as the database keeps it. */
void settings_format(const struct store_settings *settings, const struct setting *setting, char *out,
		     size_t size);

#endif
