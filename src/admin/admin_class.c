/* SPDX-License-Identifier: MIT */
/* nextgen-admin class create | report | reset | checklist: a trainer's
 * class. */
#include <config.h>

#include "admin/admin_class.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "admin/admin_class_manage.h"
#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"
#include "core/training.h"
#include "core/validate.h"
#include "flow/checklist.h"

struct class_options {
	const char *name;
	const char *court;
	const char *slips; /* file for the slips; NULL: standard output */
	const char *output; /* file for the checklist pages; NULL: standard output */
	int count;
	enum class_kind kind;
	bool csv;
	bool excel; /* CSV that Excel opens as UTF-8 */
	bool yes;
	bool all;
	bool force; /* reset even with trainees connected */
};

static int usage_error(const char *message)
{
	fprintf(stderr, "%s: %s\n", admin_program, message);
	return admin_fail_usage();
}

/* A wrong option: the sentence, then -1 for the parser's caller. */
static int refuse_option(const char *message)
{
	usage_error(message);
	return -1;
}

static bool parse_kind(const char *text, enum class_kind *kind)
{
	static const char *const names[] = { "legacy", "upgraded", "mixed" };
	for (int i = 0; i < 3; i++)
		if (strcmp(text, names[i]) == 0) {
			*kind = (enum class_kind)i;
			return true;
		}
	return false;
}

/* Options after "class COMMAND"; -1 when they are wrong, 1 for --help. */
static int parse_class_options(int argc, char **argv, struct class_options *o)
{
	enum {
		OPT_NAME = 256,
		OPT_COUNT,
		OPT_COURT,
		OPT_KIND,
		OPT_SLIPS,
		OPT_OUTPUT,
		OPT_CSV,
		OPT_YES,
		OPT_ALL,
		OPT_FORCE,
		OPT_EXCEL,
		OPT_HELP
	};
	static const struct option options[] = {
		{ "name", required_argument, NULL, OPT_NAME },
		{ "count", required_argument, NULL, OPT_COUNT },
		{ "court", required_argument, NULL, OPT_COURT },
		{ "kind", required_argument, NULL, OPT_KIND },
		{ "slips", required_argument, NULL, OPT_SLIPS },
		{ "output", required_argument, NULL, OPT_OUTPUT },
		{ "csv", no_argument, NULL, OPT_CSV },
		{ "excel", no_argument, NULL, OPT_EXCEL },
		{ "yes", no_argument, NULL, OPT_YES },
		{ "all", no_argument, NULL, OPT_ALL },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 },
	};
	optind = 1;
	int c;
	char *end;
	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case OPT_NAME:
			o->name = optarg;
			break;
		case OPT_COUNT:
			o->count = (int)strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || o->count < 1 || o->count > CLASS_MAX_TRAINEES)
				return refuse_option(_("--count takes a number of trainees from 1 to 100."));
			break;
		case OPT_COURT:
			o->court = optarg;
			break;
		case OPT_KIND:
			if (!parse_kind(optarg, &o->kind))
				return refuse_option(_("--kind is legacy, upgraded or mixed."));
			break;
		case OPT_SLIPS:
			o->slips = optarg;
			break;
		case OPT_OUTPUT:
			o->output = optarg;
			break;
		case OPT_CSV:
			o->csv = true;
			break;
		case OPT_EXCEL:
			o->csv = o->excel = true;
			break;
		case OPT_YES:
			o->yes = true;
			break;
		case OPT_ALL:
			o->all = true;
			break;
		case OPT_FORCE:
			o->force = true;
			break;
		case OPT_HELP:
			return 1;
		default:
			return -1;
		}
	}
	if (optind < argc)
		return refuse_option(_("class takes options only after its command."));
	if (o->all && strcmp(argv[0], "reset") == 0 && o->name == NULL)
		return 0;
	if (strcmp(argv[0], "list") == 0)
		return o->name == NULL ? 0 : refuse_option(_("class list takes no --name."));
	if (o->name == NULL || o->name[0] == '\0')
		return refuse_option(_("--name NAME is needed."));
	char why_buffer[ERROR_MAX];
	const char *why = validate_class_name(o->name, why_buffer, sizeof why_buffer);
	return why != NULL ? refuse_option(why) : 0;
}

static int create_class(const char *path, const struct class_options *o)
{
	if (o->count == 0 || o->court == NULL)
		return usage_error(_("class create needs --count N and --court ID."));
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	struct court court;
	bool found = false;
	int status = EXIT_FAILURE_RUNTIME;
	if (!store_find_court(store, o->court, &court, &found)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	} else if (!found) {
		fprintf(stderr, _("%s: there is no court %s (nextgen-admin courts lists them).\n"),
			admin_program, o->court);
	} else {
		struct class_request request = { o->name, o->count, &court, o->kind };
		struct trainee_slip *slips = xcalloc((size_t)o->count, sizeof *slips);
		char err[ERROR_MAX];
		FILE *out = o->slips ? fopen(o->slips, "wxe") : stdout;
		if (out == NULL)
			fprintf(stderr, _("%s: cannot write the slips to %s: %s.\n"), admin_program, o->slips,
				strerror(errno));
		else if (!training_create_class(store, &request, slips, err, sizeof err))
			fprintf(stderr, "%s: %s\n", admin_program, err);
		else {
			training_write_slips(out, &request, slips, o->csv);
			status = EXIT_OK;
		}
		if (out != NULL && out != stdout && fclose(out) != 0)
			status = EXIT_FAILURE_RUNTIME;
		if (out != NULL && out != stdout && status != EXIT_OK)
			unlink(o->slips);
		if (status == EXIT_OK && o->slips != NULL)
			fprintf(stderr, _("Class %s: %d trainees at %s; their slips are in %s.\n"), o->name,
				o->count, court.id, o->slips);
		wipe_memory(slips, (size_t)o->count * sizeof *slips);
		free(slips);
	}
	store_close(store);
	return status;
}

struct report {
	bool csv;
	int trainees, logged_in, upgraded, linked;
};

static const char *yes_no(bool yes)
{
	return yes ? _("yes") : _("no");
}

static const char *upgraded_when(const struct trainee_progress *t)
{
	if (t->started_upgraded)
		return _("before the class");
	return t->upgraded_at[0] ? t->upgraded_at : "-";
}

static bool print_trainee(const struct trainee_progress *t, void *data)
{
	struct report *r = data;
	r->trainees++;
	r->logged_in += t->logins > 0;
	r->upgraded += t->upgraded_at[0] != '\0';
	r->linked += t->linked_at[0] != '\0';
	const char *step = t->unfinished_screen;
	if (r->csv) {
		char numbers[4][16];
		snprintf(numbers[0], sizeof numbers[0], "%d", t->position);
		snprintf(numbers[1], sizeof numbers[1], "%d", t->logins);
		snprintf(numbers[2], sizeof numbers[2], "%d", t->failed_logins);
		snprintf(numbers[3], sizeof numbers[3], "%d", t->locked_attempts);
		write_csv_field(stdout, numbers[0], false);
		write_csv_field(stdout, t->name, false);
		write_csv_field(stdout, t->start_username, false);
		write_csv_field(stdout, t->username, false);
		write_csv_field(stdout, numbers[1], false);
		write_csv_field(stdout, t->started_upgraded ? "before" : t->upgraded_at, false);
		write_csv_field(stdout, t->linked_at, false);
		write_csv_field(stdout, t->linked_at[0] ? t->court_id : "", false);
		write_csv_field(stdout, numbers[2], false);
		write_csv_field(stdout, numbers[3], false);
		write_csv_field(stdout, step, true);
		return true;
	}
	printf("%3d  ", t->position);
	admin_print_cell(t->name, 24);
	admin_print_cell(t->start_username, 12);
	admin_print_cell(yes_no(t->logins > 0), 4);
	admin_print_cell(upgraded_when(t), 19);
	admin_print_cell(t->linked_at[0] ? t->linked_at : "-", 19);
	printf("%6d %6d  %s\n", t->failed_logins, t->locked_attempts, step);
	return true;
}

static int report_class(const char *path, const struct class_options *o)
{
	struct store *store = admin_open_store_to_read(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char court[STORE_COURT_ID_MAX];
	bool found = false;
	int status = EXIT_FAILURE_RUNTIME;
	struct report r = { .csv = o->csv };
	if (!store_class_exists(store, o->name, court, &found))
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	else if (!found)
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, o->name);
	else {
		if (o->excel)
			fputs(UTF8_BYTE_ORDER_MARK, stdout);
		if (o->csv)
			puts("trainee,name,first_username,username,logins,upgraded_at,linked_at,court,"
			     "failed_logins,lockouts,unfinished_step");
		else {
			printf("%3s  ", "#");
			admin_print_cell(_("NAME"), 24);
			admin_print_cell(_("USERNAME"), 12);
			admin_print_cell(_("IN"), 4);
			admin_print_cell(_("UPGRADED (UTC)"), 19);
			admin_print_cell(_("LINKED (UTC)"), 19);
			printf("%6s %6s  %s\n", _("FAILED"), _("LOCKED"), _("UNFINISHED STEP"));
		}
		if (store_each_trainee(store, o->name, print_trainee, &r)) {
			status = EXIT_OK;
			if (!o->csv)
				printf(_("\nClass %s at %s: %d trainees; %d logged in, %d upgraded, %d "
					 "linked.\n"),
				       o->name, court, r.trainees, r.logged_in, r.upgraded, r.linked);
		} else {
			fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		}
	}
	store_close(store);
	return status;
}

struct class_pages {
	const struct court *court;
	const char *today;
	FILE *out;
	int pages;
};

/* One trainee's get-ready page, as the wizard saves it for a patron:
 * their own account, the class's court, a form feed before the next. */
static bool print_trainee_checklist(const struct trainee_progress *t, void *data)
{
	struct class_pages *p = data;
	struct checklist_answers answers = {
		.individual_account = true,
		.legacy = t->upgraded ? 0 : 1,
		.knows_ecf_login = true,
		.court = p->court,
		.today = p->today,
	};
	struct checklist list;
	checklist_build(&answers, &list);
	char *person = xasprintf(_("For %s (PACER username %s)"), t->name,
				 t->upgraded ? t->username : t->start_username);
	if (p->pages++ > 0)
		fputc('\f', p->out);
	bool ok = checklist_write(&list, p->court, person, p->out);
	free(person);
	return ok;
}

static int print_class_checklists(const char *path, const struct class_options *o)
{
	struct store *store = admin_open_store_to_read(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char court_id[STORE_COURT_ID_MAX];
	struct court court;
	struct store_settings settings;
	bool found = false, court_found = false;
	int status = EXIT_FAILURE_RUNTIME;
	if (!store_class_exists(store, o->name, court_id, &found) ||
	    (found && !store_find_court(store, court_id, &court, &court_found)) ||
	    !store_load_settings(store, &settings)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	} else if (!found) {
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, o->name);
	} else if (!court_found) {
		fprintf(stderr, _("%s: the class's court %s is no longer in the catalogue.\n"), admin_program,
			court_id);
	} else {
		char today[STORE_DATE_MAX];
		store_settings_today(&settings, today);
		FILE *out = o->output != NULL ? fopen(o->output, "we") : stdout;
		struct class_pages pages = { .court = &court, .today = today, .out = out };
		if (out == NULL)
			fprintf(stderr, _("%s: cannot write %s: %s.\n"), admin_program, o->output,
				strerror(errno));
		else if (!store_each_trainee(store, o->name, print_trainee_checklist, &pages))
			fprintf(stderr, "%s: %s\n", admin_program,
				ferror(out) ? strerror(errno) : store_error(store));
		else
			status = EXIT_OK;
		if (out != NULL && out != stdout && fclose(out) != 0 && status == EXIT_OK) {
			fprintf(stderr, _("%s: cannot write %s: %s.\n"), admin_program, o->output,
				strerror(errno));
			status = EXIT_FAILURE_RUNTIME;
		}
		if (status == EXIT_OK && o->output != NULL)
			printf(ngettext("%d page for class %s written to %s.\n",
					"%d pages for class %s written to %s.\n", (unsigned long)pages.pages),
			       pages.pages, o->name, o->output);
	}
	store_close(store);
	return status;
}

struct name_list {
	char **names;
	size_t count;
};

static bool collect_class(const char *name, void *data)
{
	struct name_list *list = data;
	char **grown = realloc(list->names, (list->count + 1) * sizeof *grown);
	if (grown == NULL)
		return false;
	list->names = grown;
	list->names[list->count++] = xstrdup(name);
	return true;
}

/* Whether the class may be reset now: nobody of it connected, or force
 * (then their sessions go back to the start at their next action). */
static bool may_reset(struct store *store, const char *name, bool force)
{
	int connected = admin_class_connected(store, name);
	if (connected <= 0 || force)
		return connected >= 0;
	fprintf(stderr,
		ngettext("%s: %d trainee of %s is connected (nextgen-admin room shows who); reset when "
			 "the room is empty, or add --force to send that session back to the start too.\n",
			 "%s: %d trainees of %s are connected (nextgen-admin room shows who); reset when "
			 "the room is empty, or add --force to send those sessions back to the start too.\n",
			 connected),
		admin_program, connected, name);
	return false;
}

/* class reset --all: every class of the database, each with its audit row. */
static int reset_all_classes(const char *path, bool yes, bool force)
{
	if (!admin_go_ahead(xstrdup(_("This puts every trainee of every class back to the start. "
				      "Continue? [y/N]")),
			    yes))
		return EXIT_FAILURE_RUNTIME;
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	struct name_list list = { 0 };
	bool ok = store_each_class(store, collect_class, &list);
	if (!ok)
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	/* None is reset while another may not be. */
	for (size_t i = 0; ok && i < list.count; i++)
		ok = may_reset(store, list.names[i], force);
	for (size_t i = 0; ok && i < list.count; i++) {
		char err[ERROR_MAX];
		int count = 0;
		ok = training_reset_class(store, list.names[i], admin_operator(), session_terminal(), &count,
					  err, sizeof err);
		if (ok && !store_room_request_class_reset(store, list.names[i])) {
			copy_text(err, sizeof err, store_error(store));
			ok = false;
		}
		if (ok)
			printf(ngettext("Class %s: %d trainee is back at the start.\n",
					"Class %s: %d trainees are back at the start.\n",
					(unsigned long)count),
			       list.names[i], count);
		else
			fprintf(stderr, "%s: %s\n", admin_program, err);
	}
	for (size_t i = 0; i < list.count; i++)
		free(list.names[i]);
	free(list.names);
	store_close(store);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

static int reset_class(const char *path, const struct class_options *o)
{
	char *question = xasprintf(_("This puts every trainee of the class %s back to the start: "
				     "their upgrades, links and drafts are undone. Continue? [y/N]"),
				   o->name);
	struct store *store = admin_open_store(path);
	if (store == NULL) {
		free(question);
		return EXIT_FAILURE_RUNTIME;
	}
	if (!may_reset(store, o->name, o->force) || !admin_go_ahead(question, o->yes)) {
		store_close(store);
		return EXIT_FAILURE_RUNTIME;
	}
	char err[ERROR_MAX];
	int count = 0;
	bool ok = training_reset_class(store, o->name, admin_operator(), session_terminal(), &count, err,
				       sizeof err);
	/* The sessions still running go back to the start at their next action. */
	if (ok && !store_room_request_class_reset(store, o->name)) {
		copy_text(err, sizeof err, store_error(store));
		ok = false;
	}
	store_close(store);
	if (!ok) {
		fprintf(stderr, "%s: %s\n", admin_program, err);
		return EXIT_FAILURE_RUNTIME;
	}
	printf(ngettext("Class %s: %d trainee is back at the start.\n",
			"Class %s: %d trainees are back at the start.\n", (unsigned long)count),
	       o->name, count);
	return EXIT_OK;
}

static int run_create(const struct admin_call *call)
{
	return create_class(call->path, call->options);
}

static int run_report(const struct admin_call *call)
{
	return report_class(call->path, call->options);
}

static int run_reset(const struct admin_call *call)
{
	const struct class_options *o = call->options;
	return o->all ? reset_all_classes(call->path, o->yes, o->force) : reset_class(call->path, o);
}

static int run_checklist(const struct admin_call *call)
{
	return print_class_checklists(call->path, call->options);
}

static int run_list(const struct admin_call *call)
{
	return admin_class_list(call->path);
}

static int run_delete(const struct admin_call *call)
{
	const struct class_options *o = call->options;
	return admin_class_delete(call->path, o->name, o->yes);
}

static const struct admin_command class_commands[] = {
	{ .name = "create",
	  .synopsis = N_("class create --name NAME --count N --court ID [--kind legacy|upgraded|mixed] "
			 "[--slips FILE] [--csv]"),
	  .summary = N_("N trainees with their PACER and CM/ECF accounts"),
	  .help = N_("N trainees (1-100), each with a PACER account (legacy unless --kind says\n"
		     "otherwise) and a CM/ECF account at the court; their credential slips go\n"
		     "to FILE or standard output, as a page to print or as CSV. The slips are\n"
		     "the only place the passwords are written.\n"),
	  .run = run_create },
	{ .name = "report",
	  .synopsis = N_("class report --name NAME [--csv|--excel]"),
	  .summary = N_("each trainee's progress, then the totals"),
	  .help = N_("per trainee: logged in, upgraded (when), linked (when, where), failed\n"
		     "logins, lock-outs, the step of an unfinished upgrade; then the totals;\n"
		     "--excel: the CSV with a byte-order mark, so Excel reads its accents\n"),
	  .run = run_report },
	{ .name = "reset",
	  .synopsis = N_("class reset --name NAME [--yes] [--force]"),
	  .summary = N_("every trainee back to the start"),
	  .help = N_("every trainee back to the start (asks first unless --yes); with --all\n"
		     "in place of --name NAME, every class of the database. Refused while a\n"
		     "trainee of the class is connected, unless --force: then that session\n"
		     "goes back to the start screen at its next action, and says why.\n"),
	  .run = run_reset },
	{ .name = "list",
	  .synopsis = N_("class list"),
	  .summary = N_("the classes, with how many trainees upgraded and linked"),
	  .help = N_("each class with its court, kind, when it was made (UTC), and how many\n"
		     "of its trainees have upgraded and linked\n"),
	  .reads_only = true,
	  .run = run_list },
	{ .name = "delete",
	  .synopsis = N_("class delete --name NAME [--yes]"),
	  .summary = N_("the class and its trainees' practice accounts, gone"),
	  .help = N_("the class and its trainees' practice accounts (PACER and CM/ECF, with\n"
		     "their drafts) gone, in one step; refused while a trainee is connected\n"
		     "(see room); asks first unless --yes\n"),
	  .run = run_delete },
	{ .name = "checklist",
	  .synopsis = N_("class checklist --name NAME [--output FILE]"),
	  .summary = N_("each trainee's get-ready page, to print"),
	  .help = N_("each trainee's get-ready page (their steps, the court's dates, the\n"
		     "courts' warnings, who can help), one page each, to print\n"),
	  .run = run_checklist },
};

const struct admin_group admin_class_group = {
	.description = N_("A trainer's class of practice accounts.\n"),
	.commands = class_commands,
	.n_commands = sizeof class_commands / sizeof class_commands[0],
};

int admin_class_command(const struct admin_call *call)
{
	int status;
	if (admin_group_help(call, &status))
		return status;
	struct class_options o = { .kind = CLASS_LEGACY };
	int parsed = parse_class_options(call->n_words, call->words, &o);
	if (parsed == 1) {
		admin_print_usage(stdout, call->command);
		return EXIT_OK;
	}
	if (parsed < 0)
		return EXIT_USAGE;
	const struct admin_command *command = admin_group_find(call, call->words[0]);
	if (command == NULL)
		return EXIT_USAGE;
	struct admin_call sub = { .command = command, .path = call->path, .options = &o };
	return command->run(&sub);
}
