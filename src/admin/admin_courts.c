/* nextgen-admin courts: list the catalogue, add a court of the trainer's
 * own, or change one (its name, type, go-live date, help desk). */
#include <config.h>

#include "admin/admin_courts.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "admin/admin_common.h"
#include "core/courts.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"
#include "core/validate.h"

struct court_options {
	const char *name, *type, *go_live, *help_desk;
};

static void courts_usage(FILE *out)
{
	fprintf(out, _("Usage: %s [--db PATH] courts [COMMAND] [ID] [OPTION]...\n"), admin_program);
	fputs(_("The court catalogue.\n\n"
		"  courts [list]    every court with its type and NextGen date\n"
		"  courts add ID --name NAME --type appellate|district|bankruptcy|national\n"
		"             [--go-live YYYY-MM-DD] [--help-desk TEXT]\n"
		"                   a court of your own (ID: 2-15 lower-case letters or digits)\n"
		"  courts edit ID [--name NAME] [--type TYPE] [--go-live DATE|none]\n"
		"             [--help-desk TEXT]\n"
		"                   change a court; the rest stays\n"
		"Reloading the demo (nextgen-admin demo) brings the catalogue of data/ back.\n"), out);
}

static bool print_court(const struct court *c, void *data)
{
	(void)data;
	printf("%-6s %-10s %-10s %s%s%s\n", c->id, court_type_keyword(c->type),
	       c->nextgen_date[0] ? c->nextgen_date : "-", c->name, c->help_desk[0] ? "; " : "",
	       c->help_desk);
	return true;
}

static int list_courts(struct store *store)
{
	printf("%-6s %-10s %-10s %s\n", _("ID"), _("TYPE"), _("NEXTGEN"), _("NAME"));
	if (store_each_court(store, print_court, NULL))
		return EXIT_OK;
	fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	return EXIT_FAILURE_RUNTIME;
}

/* Puts the options into court; a sentence when one is wrong. */
static const char *apply_options(const struct court_options *o, struct court *court)
{
	if (o->name != NULL) {
		const char *why = validate_text(o->name, STORE_TEXT_MAX - 1);
		if (why != NULL || o->name[0] == '\0')
			return why ? why : _("--name cannot be empty.");
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
		const char *why = validate_text(o->help_desk, STORE_TEXT_MAX - 1);
		if (why != NULL)
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
	const char *why = apply_options(o, &court);
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

int admin_courts_command(const char *path, int argc, char **argv)
{
	enum { OPT_NAME = 256, OPT_TYPE, OPT_GO_LIVE, OPT_HELP_DESK, OPT_HELP };
	static const struct option options[] = {
		{ "name", required_argument, NULL, OPT_NAME },
		{ "type", required_argument, NULL, OPT_TYPE },
		{ "go-live", required_argument, NULL, OPT_GO_LIVE },
		{ "help-desk", required_argument, NULL, OPT_HELP_DESK },
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 },
	};
	struct court_options o = { 0 };
	/* argv[-1] is "courts", taken by getopt for the program's name: the
	 * command is optional, so argv[0] may be an option. */
	optind = 1;
	int c;
	while ((c = getopt_long(argc + 1, argv - 1, "", options, NULL)) != -1) {
		switch (c) {
		case OPT_NAME:
			o.name = optarg;
			break;
		case OPT_TYPE:
			o.type = optarg;
			break;
		case OPT_GO_LIVE:
			o.go_live = optarg;
			break;
		case OPT_HELP_DESK:
			o.help_desk = optarg;
			break;
		case OPT_HELP:
			courts_usage(stdout);
			return EXIT_OK;
		default:
			return admin_fail_usage();
		}
	}
	argc++;
	argv--;
	const char *command = optind < argc ? argv[optind++] : "list";
	bool list = strcmp(command, "list") == 0;
	bool add = strcmp(command, "add") == 0;
	if (!list && !add && strcmp(command, "edit") != 0) {
		fprintf(stderr, _("%s: courts commands are list, add and edit.\n"), admin_program);
		return admin_fail_usage();
	}
	if (list ? optind != argc : optind + 1 != argc) {
		fprintf(stderr, list ? _("%s: courts list takes no court id.\n")
				     : _("%s: courts add and edit take one court id.\n"),
			admin_program);
		return admin_fail_usage();
	}
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	int status = list ? list_courts(store) : change_court(store, add, argv[optind], &o);
	store_close(store);
	return status;
}
