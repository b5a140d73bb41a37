/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/times.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"

bool utc_text_seconds(const char *utc, time_t *out)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *end = strptime(utc, "%Y-%m-%d %H:%M:%S", &tm);
	if (end == NULL || *end != '\0')
		return false;
	*out = timegm(&tm);
	return *out != (time_t)-1;
}

static bool local_parts(const char *utc, struct tm *local)
{
	time_t t;
	return utc_text_seconds(utc, &t) && localtime_r(&t, local) != NULL;
}

void local_time_text(const char *utc, char *out, size_t size)
{
	struct tm local;
	if (!local_parts(utc, &local) || strftime(out, size, "%Y-%m-%d %H:%M", &local) == 0)
		copy_text(out, size, utc);
}

/* strftime's %z is "-0800"; ISO 8601 as spreadsheets read it wants
 * "-08:00". */
static void iso_offset(const struct tm *local, char out[8])
{
	long minutes = local->tm_gmtoff / 60;
	char sign = minutes < 0 ? '-' : '+';
	if (minutes < 0)
		minutes = -minutes;
	snprintf(out, 8, "%c%02ld:%02ld", sign, minutes / 60 % 100, minutes % 60);
}

void local_time_iso(const char *utc, char *out, size_t size)
{
	struct tm local;
	char when[24], offset[8];
	if (!local_parts(utc, &local) || strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &local) == 0) {
		copy_text(out, size, utc);
		return;
	}
	iso_offset(&local, offset);
	snprintf(out, size, "%s%s", when, offset);
}

void local_zone_text(char *out, size_t size)
{
	time_t now = time(NULL);
	struct tm local;
	char offset[8];
	if (localtime_r(&now, &local) == NULL) {
		copy_text(out, size, "UTC");
		return;
	}
	iso_offset(&local, offset);
	snprintf(out, size, "%s, UTC%s", local.tm_zone != NULL ? local.tm_zone : "", offset);
}

void duration_text(long long seconds, char *out, size_t size)
{
	if (seconds < 0)
		copy_text(out, size, "-");
	else if (seconds < 60)
		snprintf(out, size, _("%lld s"), seconds);
	else if (seconds < 3600)
		snprintf(out, size, _("%lld min"), seconds / 60);
	else
		snprintf(out, size, _("%lld h %02lld min"), seconds / 3600, seconds / 60 % 60);
}

long long utc_text_interval(const char *from, const char *to)
{
	time_t a, b;
	if (!utc_text_seconds(from, &a) || !utc_text_seconds(to, &b) || b < a)
		return -1;
	return (long long)(b - a);
}
