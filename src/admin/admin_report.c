/* SPDX-License-Identifier: MIT */
/* nextgen-admin report merge FILE...: the CSV class reports of several
 * hosts (class report --csv) as one, each row as it was written, sorted
 * by class, host and trainee. A row is passed on byte for byte: its cells
 * were escaped and their formulas defused when the report was written,
 * and writing them again would escape them twice. */
#include <config.h>

#include "admin/admin_report.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"

#include <unistr.h>

/* The heading class report --csv writes (admin_class_report.c). */
static const char report_heading[] =
	"host,class,trainee,name,first_username,username,logins,upgraded_at,upgrade_seconds,"
	"linked_at,link_seconds,court,failed_logins,lockouts,step,mfa";
#define REPORT_FIELDS 16

struct merge_options {
	bool any_class;
	bool excel;
};

/* One row of one file, with what it is sorted and checked by. */
struct merged_row {
	char *line; /* as read, without its newline */
	char *host, *class_name;
	long trainee;
	const char *file;
	unsigned long line_number;
};

struct merge {
	struct merged_row *rows;
	size_t n, capacity;
};

/* Whether a cell is as class report --csv writes one: UTF-8, no control
 * character (they are written escaped), no formula (it starts with an
 * apostrophe then). A file from another host is only passed on when every
 * cell is so: it could have been edited on the way. */
static bool written_safe(const char *cell)
{
	if (u8_check((const uint8_t *)cell, strlen(cell)) != NULL ||
	    (cell[0] != '\0' && strchr("=+-@\t\r", cell[0]) != NULL))
		return false;
	for (const uint8_t *p = (const uint8_t *)cell; *p != '\0';) {
		ucs4_t c;
		int length = u8_strmbtouc(&c, p);
		if (length <= 0 || c < 0x20 || (c >= 0x7f && c < 0xa0))
			return false;
		p += length;
	}
	return true;
}

/* The unquoted text of field `wanted` of a line of quoted fields
 * ("a","b""c"); NULL when the line is not REPORT_FIELDS such fields, each
 * as the report writes it. */
static char *quoted_field(const char *line, int wanted)
{
	char *found = NULL;
	const char *p = line;
	for (int field = 0; field < REPORT_FIELDS; field++) {
		if (*p != '"')
			goto wrong;
		size_t length = 0;
		char *text = xmalloc(strlen(p) + 1);
		for (p++;; p++) {
			if (*p == '\0')
				break;
			if (*p == '"' && p[1] == '"')
				text[length++] = *p++;
			else if (*p == '"')
				break;
			else
				text[length++] = *p;
		}
		text[length] = '\0';
		if (*p != '"' || !written_safe(text)) {
			free(text);
			goto wrong;
		}
		if (field == wanted)
			found = text;
		else
			free(text);
		p++;
		if (field + 1 < REPORT_FIELDS && *p++ != ',')
			goto wrong;
	}
	if (*p == '\0')
		return found;
wrong:
	free(found);
	return NULL;
}

static bool add_row(struct merge *m, char *line, const char *file, unsigned long number)
{
	char *trainee = quoted_field(line, 2);
	char *end = NULL;
	long position = trainee != NULL ? strtol(trainee, &end, 10) : 0;
	bool ok = trainee != NULL && trainee[0] != '\0' && *end == '\0';
	free(trainee);
	if (!ok) {
		free(line);
		return false;
	}
	if (m->n == m->capacity) {
		m->capacity = m->capacity ? 2 * m->capacity : 64;
		m->rows = xreallocarray(m->rows, m->capacity, sizeof *m->rows);
	}
	struct merged_row *row = &m->rows[m->n++];
	*row = (struct merged_row){ .line = line,
				    .host = quoted_field(line, 0),
				    .class_name = quoted_field(line, 1),
				    .trainee = position,
				    .file = file,
				    .line_number = number };
	return true;
}

/* text as a terminal may show it; the caller frees. */
static char *shown(const char *text)
{
	size_t size = 4 * strlen(text) + 1;
	char *out = xmalloc(size);
	escape_for_terminal(text, out, size);
	return out;
}

/* A file's rows; false after a sentence naming the file (and line). */
static bool read_report(struct merge *m, const char *file)
{
	char *name = shown(file);
	FILE *in = fopen(file, "re");
	if (in == NULL) {
		fprintf(stderr, _("%s: cannot read %s: %s.\n"), admin_program, name, strerror(errno));
		free(name);
		return false;
	}
	char *line = NULL;
	size_t size = 0;
	ssize_t length;
	unsigned long number = 0;
	bool ok = true;
	while (ok && (length = getline(&line, &size, in)) >= 0) {
		number++;
		while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
			line[--length] = '\0';
		const char *text = line;
		if (number == 1 && strncmp(text, UTF8_BYTE_ORDER_MARK, 3) == 0)
			text += 3; /* written with --excel */
		if (number == 1) {
			ok = strcmp(text, report_heading) == 0;
			if (!ok)
				fprintf(stderr,
					_("%s: %s is not a class report in CSV (nextgen-admin class report --csv "
					  "writes one); its first line should be the heading %s.\n"),
					admin_program, name, report_heading);
		} else if (text[0] != '\0' && !add_row(m, xstrdup(text), file, number)) {
			fprintf(stderr,
				_("%s: %s, line %lu: not a row as class report --csv writes one (quoted cells, "
				  "no control character, no formula).\n"),
				admin_program, name, number);
			ok = false;
		}
	}
	if (ok && ferror(in)) {
		fprintf(stderr, _("%s: cannot read %s: %s.\n"), admin_program, name, strerror(errno));
		ok = false;
	} else if (ok && number == 0) {
		fprintf(stderr, _("%s: %s is empty.\n"), admin_program, name);
		ok = false;
	}
	free(line);
	free(name);
	fclose(in);
	return ok;
}

static int by_class_host_trainee(const void *a, const void *b)
{
	const struct merged_row *x = a, *y = b;
	int c = strcmp(x->class_name, y->class_name);
	if (c == 0)
		c = strcmp(x->host, y->host);
	if (c == 0)
		c = (x->trainee > y->trainee) - (x->trainee < y->trainee);
	return c;
}

/* What makes the files one report: the same class (unless asked), and no
 * room twice. */
static bool rows_agree(const struct merge *m, bool any_class)
{
	for (size_t i = 1; i < m->n; i++) {
		const struct merged_row *a = &m->rows[0], *b = &m->rows[i], *before = &m->rows[i - 1];
		if (!any_class && strcmp(a->class_name, b->class_name) != 0) {
			char *files[2] = { shown(a->file), shown(b->file) };
			fprintf(stderr,
				_("%s: %s is a report of the class %s and %s one of %s; add --any-class to "
				  "put different classes together.\n"),
				admin_program, files[0], a->class_name, files[1], b->class_name);
			free(files[0]);
			free(files[1]);
			return false;
		}
		if (by_class_host_trainee(before, b) == 0) {
			char *files[2] = { shown(before->file), shown(b->file) };
			fprintf(stderr,
				_("%s: trainee %ld of the class %s on %s is in %s (line %lu) and in %s (line %lu): "
				  "the same room's report twice?\n"),
				admin_program, b->trainee, b->class_name, b->host, files[0],
				before->line_number, files[1], b->line_number);
			free(files[0]);
			free(files[1]);
			return false;
		}
	}
	return true;
}

static void free_rows(struct merge *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->rows[i].line);
		free(m->rows[i].host);
		free(m->rows[i].class_name);
	}
	free(m->rows);
}

static int run_merge(const struct admin_call *call)
{
	const struct merge_options *o = call->options;
	struct merge m = { 0 };
	bool ok = true;
	for (int i = 0; ok && i < call->n_words; i++)
		ok = read_report(&m, call->words[i]);
	if (ok && m.n > 0) {
		/* The first file's order among equal rows is kept by no
		 * qsort; there are none: rows_agree refuses them. */
		qsort(m.rows, m.n, sizeof *m.rows, by_class_host_trainee);
		ok = rows_agree(&m, o->any_class);
	}
	if (ok) {
		if (o->excel)
			fputs(UTF8_BYTE_ORDER_MARK, stdout);
		puts(report_heading);
		for (size_t i = 0; i < m.n; i++)
			puts(m.rows[i].line);
		ok = fflush(stdout) == 0 && !ferror(stdout);
		if (!ok)
			fprintf(stderr, _("%s: cannot write the report: %s.\n"), admin_program,
				strerror(errno));
	}
	free_rows(&m);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

static const struct admin_command report_commands[] = {
	{ .name = "merge",
	  .synopsis = N_("report merge FILE... [--any-class] [--excel]"),
	  .summary = N_("several rooms' class reports (CSV) as one"),
	  .help = N_("the CSV class reports of several hosts or rooms (class report --csv,\n"
		     "each row with its host and class) as one CSV report, sorted by class,\n"
		     "host and trainee; each row as it was written. Refused when the files\n"
		     "are of different classes, unless --any-class, or when a room is in it\n"
		     "twice. --excel: with a byte-order mark, so Excel reads its accents\n"),
	  .min_words = 1,
	  .max_words = 256,
	  .wrong_words = N_("report merge takes the report files to merge."),
	  .reads_only = true,
	  .run = run_merge },
};

const struct admin_group admin_report_group = {
	.description = N_("Reports of several hosts or rooms put together.\n"),
	.commands = report_commands,
	.n_commands = sizeof report_commands / sizeof report_commands[0],
};

enum {
	OPT_ANY_CLASS = ADMIN_OPTION_FIRST,
	OPT_EXCEL
};

static void take_merge_option(int option, const char *arg, void *into)
{
	struct merge_options *o = into;
	(void)arg;
	if (option == OPT_ANY_CLASS)
		o->any_class = true;
	else if (option == OPT_EXCEL)
		o->excel = true;
}

static const struct option merge_long_options[] = {
	{ "any-class", no_argument, NULL, OPT_ANY_CLASS },
	{ "excel", no_argument, NULL, OPT_EXCEL },
	{ "help", no_argument, NULL, ADMIN_OPTION_HELP },
	{ NULL, 0, NULL, 0 },
};

static const struct admin_options merge_options_spec = {
	.short_options = "",
	.options = merge_long_options,
	.take = take_merge_option,
};

int admin_report_command(const struct admin_call *call)
{
	struct merge_options o = { 0 };
	int first;
	int status = admin_group_options(call, &merge_options_spec, &o, &first);
	if (status != ADMIN_GO_ON)
		return status;
	struct admin_call sub;
	if (first >= call->n_words) {
		admin_group_help(call, &status);
		return status;
	}
	if (!admin_group_call(call, first, "merge", &sub))
		return EXIT_USAGE;
	sub.options = &o;
	return sub.command->run(&sub);
}
