/* SPDX-License-Identifier: MIT */
/* nextgen-admin courts: list the catalogue, add a court of the trainer's
 * own, or change one (its name, type, go-live date, help desk). */
#include <config.h>

#include "admin/admin_courts.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"
#include "core/courts.h"
#include "core/validate.h"

struct court_options {
	const char *name, *type, *go_live, *help_desk;
};

/* The columns of the catalogue (0: the last). */
static const int court_widths[] = { 6, 10, 10, 0 };

static bool print_court(const struct court *c, void *data)
{
	(void)data;
	char *name = xasprintf("%s%s%s", c->name, c->help_desk[0] ? "; " : "", c->help_desk);
	const char *cells[] = { c->id, court_type_keyword(c->type),
				c->nextgen_date[0] ? c->nextgen_date : "-", name };
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
		admin_print_cell(cells[i], court_widths[i]);
	free(name);
	return true;
}

static int list_courts(struct store *store)
{
	const char *heads[] = { _("ID"), _("TYPE"), _("NEXTGEN"), _("NAME") };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
		admin_print_cell(heads[i], court_widths[i]);
	if (store_each_court(store, print_court, NULL))
		return EXIT_OK;
	fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	return EXIT_FAILURE_RUNTIME;
}

/* Puts the options into court; a sentence when one is wrong. */
static const char *apply_options(const struct court_options *o, struct court *court, char *why,
				 size_t why_size)
{
	if (o->name != NULL) {
		if (validate_text(o->name, STORE_TEXT_MAX - 1, why, why_size) != NULL)
			return why;
		if (o->name[0] == '\0')
			return _("--name cannot be empty.");
		copy_text(court->name, sizeof court->name, o->name);
	}
	if (o->type != NULL && !court_parse_type(o->type, &court->type))
		return _("the type must be appellate, district, bankruptcy or national");
	if (o->go_live != NULL) {
		if (strcmp(o->go_live, "none") == 0)
			court->nextgen_date[0] = '\0';
		else if (strlen(o->go_live) == 10 && parse_date(o->go_live, NULL))
			copy_text(court->nextgen_date, sizeof court->nextgen_date, o->go_live);
		else
			return _("--go-live takes a date as YYYY-MM-DD, or none.");
	}
	if (o->help_desk != NULL) {
		if (validate_text(o->help_desk, STORE_TEXT_MAX - 1, why, why_size) != NULL)
			return why;
		copy_text(court->help_desk, sizeof court->help_desk, o->help_desk);
	}
	return NULL;
}

static int change_court(struct store *store, bool add, const char *id, const struct court_options *o)
{
	struct court court;
	bool found = false;
	if (!court_valid_id(id)) {
		fprintf(stderr, _("%s: a court id has 2 to 15 lower-case letters or digits.\n"),
			admin_program);
		return EXIT_USAGE;
	}
	if (!store_find_court(store, id, &court, &found)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	if (add && found) {
		fprintf(stderr, _("%s: the court %s exists; use courts edit.\n"), admin_program, id);
		return EXIT_FAILURE_RUNTIME;
	}
	if (!add && !found) {
		fprintf(stderr, _("%s: there is no court %s (nextgen-admin courts lists them).\n"),
			admin_program, id);
		return EXIT_FAILURE_RUNTIME;
	}
	if (add) {
		memset(&court, 0, sizeof court);
		copy_text(court.id, sizeof court.id, id);
		if (o->name == NULL || o->type == NULL) {
			fprintf(stderr, _("%s: courts add needs --name and --type.\n"), admin_program);
			return EXIT_USAGE;
		}
	}
	char why_buffer[ERROR_MAX];
	const char *why = apply_options(o, &court, why_buffer, sizeof why_buffer);
	if (why != NULL) {
		fprintf(stderr, "%s: %s\n", admin_program, why);
		return EXIT_USAGE;
	}
	if (!(add ? store_add_court(store, &court) : store_update_court(store, &court))) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	print_court(&court, NULL);
	return EXIT_OK;
}

/* What a courts command works on. */
struct courts_job {
	struct store *store;
	const char *id;
	const struct court_options *o;
};

static int run_list(const struct admin_call *call)
{
	const struct courts_job *job = call->options;
	return list_courts(job->store);
}

static int run_add(const struct admin_call *call)
{
	const struct courts_job *job = call->options;
	return change_court(job->store, true, job->id, job->o);
}

static int run_edit(const struct admin_call *call)
{
	const struct courts_job *job = call->options;
	return change_court(job->store, false, job->id, job->o);
}

static const struct admin_command courts_commands[] = {
	{ .name = "list",
	  .synopsis = N_("courts [list]"),
	  .summary = N_("every court with its type and NextGen date"),
	  .wrong_words = N_("courts list takes no court id."),
	  .reads_only = true,
	  .run = run_list },
	{ .name = "add",
	  .synopsis = N_("courts add ID --name NAME --type appellate|district|bankruptcy|national "
			 "[--go-live DATE] [--help-desk TEXT]"),
	  .summary = N_("a court of your own"),
	  .help = N_("a court of your own (ID: 2-15 lower-case letters or digits; DATE:\n"
		     "YYYY-MM-DD)\n"),
	  .min_words = 1,
	  .max_words = 1,
	  .wrong_words = N_("courts add and edit take one court id."),
	  .run = run_add },
	{ .name = "edit",
	  .synopsis = N_("courts edit ID [--name NAME] [--type TYPE] [--go-live DATE|none] "
			 "[--help-desk TEXT]"),
	  .summary = N_("change a court; the rest stays"),
	  .min_words = 1,
	  .max_words = 1,
	  .wrong_words = N_("courts add and edit take one court id."),
	  .run = run_edit },
};

const struct admin_group admin_courts_group = {
	.description = N_("The court catalogue.\n"),
	.footer = N_("Reloading the demo (nextgen-admin demo) brings the catalogue of data/ back.\n"),
	.commands = courts_commands,
	.n_commands = sizeof courts_commands / sizeof courts_commands[0],
};

enum {
	OPT_NAME = ADMIN_OPTION_FIRST,
	OPT_TYPE,
	OPT_GO_LIVE,
	OPT_HELP_DESK
};

static void take_court_option(int option, const char *arg, void *into)
{
	struct court_options *o = into;
	switch (option) {
	case OPT_NAME:
		o->name = arg;
		break;
	case OPT_TYPE:
		o->type = arg;
		break;
	case OPT_GO_LIVE:
		o->go_live = arg;
		break;
	case OPT_HELP_DESK:
		o->help_desk = arg;
		break;
	}
}

static const struct option courts_long_options[] = {
	{ "name", required_argument, NULL, OPT_NAME },
	{ "type", required_argument, NULL, OPT_TYPE },
	{ "go-live", required_argument, NULL, OPT_GO_LIVE },
	{ "help-desk", required_argument, NULL, OPT_HELP_DESK },
	{ "help", no_argument, NULL, ADMIN_OPTION_HELP },
	{ NULL, 0, NULL, 0 },
};

static const struct admin_options courts_options = {
	.short_options = "",
	.options = courts_long_options,
	.take = take_court_option,
};

int admin_courts_command(const struct admin_call *call)
{
	struct court_options o = { 0 };
	int first;
	int status = admin_group_options(call, &courts_options, &o, &first);
	if (status != ADMIN_GO_ON)
		return status;
	/* The command is optional: list. */
	struct admin_call sub;
	if (!admin_group_call(call, first, "list", &sub))
		return EXIT_USAGE;
	struct courts_job job = { .id = sub.words[0], .o = &o };
	sub.options = &job;
	return admin_run_with_store(&sub, &job.store);
}
