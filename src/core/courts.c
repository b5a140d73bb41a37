/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/courts.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/dates.h"
#include "core/validate.h"

/* The help desk, the last field, may be left out: most courts' notices
 * name none. */
#define FIELD_COUNT 7
#define REQUIRED_FIELDS 6

static const char *const court_type_keywords[] = {
	[COURT_APPELLATE] = "appellate",
	[COURT_DISTRICT] = "district",
	[COURT_BANKRUPTCY] = "bankruptcy",
	[COURT_NATIONAL] = "national",
};

bool court_parse_type(const char *text, enum court_type *type)
{
	for (size_t i = 0; i < sizeof court_type_keywords / sizeof court_type_keywords[0]; i++) {
		if (strcmp(text, court_type_keywords[i]) == 0) {
			*type = (enum court_type)i;
			return true;
		}
	}
	return false;
}

const char *court_type_keyword(enum court_type type)
{
	return court_type_keywords[type];
}

bool court_valid_id(const char *id)
{
	size_t len = strlen(id);
	if (len < 2 || len >= sizeof((struct court *)0)->id)
		return false;
	for (const char *p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
			return false;
	return true;
}

/* Splits line at tabs into at most FIELD_COUNT fields; returns how many
 * there were (more than FIELD_COUNT when the line has too many). */
static int split_fields(char *line, char *fields[FIELD_COUNT])
{
	int n = 0;
	for (char *p = line;; n++) {
		char *tab = strchr(p, '\t');
		if (n < FIELD_COUNT)
			fields[n] = p;
		if (tab == NULL)
			return n + 1;
		*tab = '\0';
		p = tab + 1;
	}
}

static const char *parse_court_line(char *line, struct court *court, char *why, size_t why_size)
{
	char *fields[FIELD_COUNT];
	int n = split_fields(line, fields);
	if (n < REQUIRED_FIELDS || n > FIELD_COUNT)
		return _("expected 6 or 7 tab-separated fields");
	if (n == REQUIRED_FIELDS)
		fields[FIELD_COUNT - 1] = "";
	memset(court, 0, sizeof *court);
	if (!court_valid_id(fields[0]))
		return _("the court id must be 2 to 15 lower-case letters or digits");
	copy_text(court->id, sizeof court->id, fields[0]);
	if (!court_parse_type(fields[1], &court->type))
		return _("the type must be appellate, district, bankruptcy or national");
	if (fields[2][0] != '\0' && !(strlen(fields[2]) == 10 && parse_date(fields[2], NULL)))
		return _("the NextGen date must be YYYY-MM-DD or empty");
	copy_text(court->nextgen_date, sizeof court->nextgen_date, fields[2]);
	struct date_time when;
	for (int i = 3; i <= 4; i++)
		if (fields[i][0] != '\0' && !dates_parse(fields[i], &when))
			return _("an outage time must be YYYY-MM-DD or YYYY-MM-DD HH:MM, or empty");
	copy_text(court->outage_start, sizeof court->outage_start, fields[3]);
	copy_text(court->outage_end, sizeof court->outage_end, fields[4]);
	if (fields[5][0] == '\0')
		return _("the court name is missing");
	/* What a menu shows must be whole UTF-8 text that fits: cutting a
	 * long name could leave nothing of it. */
	if (strlen(fields[5]) >= sizeof court->name || strlen(fields[3]) >= sizeof court->outage_start ||
	    strlen(fields[4]) >= sizeof court->outage_end || strlen(fields[6]) >= sizeof court->help_desk)
		return _("a field is too long");
	for (int i = 3; i < FIELD_COUNT; i++) {
		if (validate_text(fields[i], STORE_TEXT_MAX, why, why_size) != NULL)
			return why;
	}
	copy_text(court->name, sizeof court->name, fields[5]);
	copy_text(court->help_desk, sizeof court->help_desk, fields[6]);
	return NULL;
}

bool courts_read_catalogue(FILE *in, const char *name, catalogue_visitor visit, void *data, char *err,
			   size_t err_size)
{
	char *line = NULL;
	size_t cap = 0;
	unsigned long number = 0;
	bool ok = true;
	while (ok && getline(&line, &cap, in) >= 0) {
		number++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		struct court court;
		char why_buffer[ERROR_MAX];
		const char *why = parse_court_line(line, &court, why_buffer, sizeof why_buffer);
		if (why != NULL) {
			snprintf(err, err_size, "%s:%lu: %s", name, number, why);
			ok = false;
		} else if (!visit(&court, data)) {
			snprintf(err, err_size, "%s:%lu: %s", name, number,
				 _("the court could not be stored"));
			ok = false;
		}
	}
	if (ok && ferror(in)) {
		snprintf(err, err_size, _("%s: read error"), name);
		ok = false;
	}
	free(line);
	return ok;
}

bool court_is_live(const struct court *court, const char *today)
{
	struct simple_date live, now;
	if (court->nextgen_date[0] == '\0' || !parse_date(court->nextgen_date, &live) ||
	    !parse_date(today, &now))
		return false;
	return compare_dates(&now, &live) >= 0;
}

const char *court_type_label(enum court_type type)
{
	switch (type) {
	case COURT_APPELLATE:
		return _("Court of Appeals");
	case COURT_DISTRICT:
		return _("District Court");
	case COURT_BANKRUPTCY:
		return _("Bankruptcy Court");
	case COURT_NATIONAL:
		return _("National court");
	}
	return "";
}

void court_format_date(const char *iso_date, char *out, size_t size)
{
	dates_in_words(iso_date, false, out, size);
}
