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

static bool parse_mfa(const char *text, enum class_mfa *mfa)
{
	static const struct {
		const char *name;
		enum class_mfa mfa;
	} names[] = {
		{ "enrolled", CLASS_MFA_ENROLLED },
		{ "required", CLASS_MFA_REQUIRED },
		{ "none", CLASS_MFA_NONE },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(text, names[i].name) == 0) {
			*mfa = names[i].mfa;
			return true;
		}
	return false;
}

enum class_option {
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
	OPT_TRAINEE,
	OPT_PREFIX,
	OPT_IDLE,
	OPT_MFA,
	OPT_HELP
};
#define BIT(option) (1U << ((option)-OPT_NAME))

/* The options each command takes (--name aside, which all but list need):
 * any other is refused rather than ignored. */
static const struct {
	const char *command;
	unsigned options;
} class_command_options[] = {
	{ "create", BIT(OPT_COUNT) | BIT(OPT_COURT) | BIT(OPT_KIND) | BIT(OPT_SLIPS) | BIT(OPT_CSV) |
			    BIT(OPT_PREFIX) | BIT(OPT_MFA) },
	{ "add", BIT(OPT_COUNT) | BIT(OPT_SLIPS) | BIT(OPT_CSV) | BIT(OPT_PREFIX) | BIT(OPT_MFA) },
	{ "report", BIT(OPT_CSV) | BIT(OPT_EXCEL) },
	{ "reset", BIT(OPT_TRAINEE) | BIT(OPT_YES) | BIT(OPT_FORCE) | BIT(OPT_ALL) },
	{ "slip", BIT(OPT_TRAINEE) | BIT(OPT_SLIPS) | BIT(OPT_CSV) },
	{ "list", 0 },
	{ "start", BIT(OPT_IDLE) },
	{ "stop", 0 },
	{ "delete", BIT(OPT_YES) | BIT(OPT_FORCE) },
	{ "checklist", BIT(OPT_OUTPUT) },
	{ "certificates", BIT(OPT_OUTPUT) },
};

/* A whole number from min to max, or false (no wrap of a huge one). */
static bool parse_whole(const char *text, long min, long max, int *out)
{
	char *end;
	errno = 0;
	long n = strtol(text, &end, 10);
	if (*text == '\0' || *end != '\0' || errno != 0 || n < min || n > max)
		return false;
	*out = (int)n;
	return true;
}

/* The first option given that command does not take, or NULL. */
static const char *option_not_taken(const char *command, unsigned given, const struct option *options)
{
	unsigned taken = BIT(OPT_NAME) | BIT(OPT_HELP);
	for (size_t i = 0; i < sizeof class_command_options / sizeof class_command_options[0]; i++)
		if (strcmp(class_command_options[i].command, command) == 0)
			taken |= class_command_options[i].options;
	for (const struct option *o = options; o->name != NULL; o++)
		if ((given & BIT(o->val)) && !(taken & BIT(o->val)))
			return o->name;
	return NULL;
}

/* Options after "class COMMAND"; -1 when they are wrong, 1 for --help. */
static int parse_class_options(int argc, char **argv, struct class_options *o)
{
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
		{ "trainee", required_argument, NULL, OPT_TRAINEE },
		{ "prefix", required_argument, NULL, OPT_PREFIX },
		{ "idle", required_argument, NULL, OPT_IDLE },
		{ "mfa", required_argument, NULL, OPT_MFA },
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 },
	};
	optind = 1;
	int c;
	unsigned given = 0;
	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (c >= OPT_NAME && c <= OPT_HELP)
			given |= BIT(c);
		switch (c) {
		case OPT_NAME:
			o->name = optarg;
			break;
		case OPT_COUNT:
			if (!parse_whole(optarg, 1, CLASS_MAX_TRAINEES, &o->count))
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
		case OPT_TRAINEE:
			o->trainee = optarg;
			break;
		case OPT_PREFIX:
			if (!training_prefix_ok(optarg))
				return refuse_option(
					_("--prefix is 1 to 8 letters and digits, starting with a letter."));
			o->prefix = optarg;
			break;
		case OPT_IDLE:
			if (!parse_whole(optarg, 1, 600, &o->idle_minutes))
				return refuse_option(_("--idle takes minutes from 1 to 600."));
			break;
		case OPT_MFA:
			if (!parse_mfa(optarg, &o->mfa))
				return refuse_option(_("--mfa is enrolled, required or none."));
			o->mfa_given = true;
			break;
		case OPT_HELP:
			return 1;
		default:
			return -1;
		}
	}
	if (optind < argc)
		return refuse_option(_("class takes options only after its command."));
	const char *not_taken = option_not_taken(argv[0], given, options);
	if (not_taken != NULL) {
		char *said = xasprintf(_("class %s takes no --%s."), argv[0], not_taken);
		refuse_option(said);
		free(said);
		return -1;
	}
	if (o->all && (o->name != NULL || o->trainee != NULL))
		return refuse_option(
			_("class reset takes --all or --name NAME (with --trainee USER), not both."));
	if (o->all)
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
		struct class_request request = {
			.name = o->name,
			.count = o->count,
			.court = &court,
			.kind = o->kind,
			.prefix = o->prefix,
			.mfa = o->mfa,
		};
		struct trainee_slip *slips = xcalloc((size_t)o->count, sizeof *slips);
		char err[ERROR_MAX];
		FILE *out = admin_class_open_output(o->slips, true);
		if (out != NULL && training_create_class(store, &request, slips, err, sizeof err)) {
			if (out != stdout) /* else the slips are all that is written */
				fprintf(stderr, _("Class %s: %d trainees at %s.\n"), o->name, o->count,
					court.id);
			status = admin_class_hand_out(store, o, &court, out, slips, o->count);
		} else if (out != NULL) {
			fprintf(stderr, "%s: %s\n", admin_program, err);
			admin_class_drop_output(out, o->slips);
		}
		wipe_memory(slips, (size_t)o->count * sizeof *slips);
		free(slips);
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
		FILE *out = admin_class_open_output(o->output, false);
		struct class_pages pages = { .court = &court, .today = today, .out = out };
		if (out == NULL)
			;
		else if (!store_each_trainee(store, o->name, print_trainee_checklist, &pages))
			fprintf(stderr, "%s: %s\n", admin_program,
				ferror(out) ? strerror(errno) : store_error(store));
		else
			status = EXIT_OK;
		if (out != NULL && !admin_class_close_output(out, o->output))
			status = EXIT_FAILURE_RUNTIME;
		if (status == EXIT_OK && out != stdout)
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

/* After a reset (of trainee position, or 0: all): the Class apps' keys
 * are new, so those on the slips are not. */
static void say_new_keys(const char *class_name, int position, int new_keys)
{
	if (new_keys > 0 && position > 0)
		printf(_("Class %s: trainee %d's Class app has a new key; nextgen-admin class slip --name %s "
			 "--trainee %d prints a slip with it.\n"),
		       class_name, position, class_name, position);
	else if (new_keys > 0)
		printf(ngettext("Class %s: %d Class app has a new key; nextgen-admin class slip --name %s "
				"--trainee N prints a slip with it.\n",
				"Class %s: %d Class apps have a new key; nextgen-admin class slip --name %s "
				"--trainee N prints a slip with each.\n",
				(unsigned long)new_keys),
		       class_name, new_keys, class_name);
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
	struct class_change change = { admin_operator(), session_terminal() };
	bool ok = store_each_class(store, collect_class, &list);
	if (!ok)
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	/* None is reset while another may not be. */
	for (size_t i = 0; ok && i < list.count; i++)
		ok = admin_class_may_change(store, list.names[i], 0, force);
	for (size_t i = 0; ok && i < list.count; i++) {
		char err[ERROR_MAX];
		int count = 0, new_keys = 0;
		ok = training_reset_class(store, list.names[i], &change, &count, &new_keys, err, sizeof err);
		if (ok && !store_room_request_trainee_reset(store, list.names[i], 0)) {
			copy_text(err, sizeof err, store_error(store));
			ok = false;
		}
		if (!ok) {
			fprintf(stderr, "%s: %s\n", admin_program, err);
			break;
		}
		printf(ngettext("Class %s: %d trainee is back at the start.\n",
				"Class %s: %d trainees are back at the start.\n", (unsigned long)count),
		       list.names[i], count);
		say_new_keys(list.names[i], 0, new_keys);
	}
	for (size_t i = 0; i < list.count; i++)
		free(list.names[i]);
	free(list.names);
	store_close(store);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

/* class reset --trainee USER: one trainee; their slip works again. */
static int reset_one_trainee(struct store *store, const struct class_options *o)
{
	struct trainee_identity trainee;
	bool found = false;
	if (!store_find_trainee(store, o->name, o->trainee, &trainee, &found)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	if (!found) {
		admin_class_no_trainee(o->name, o->trainee);
		return EXIT_FAILURE_RUNTIME;
	}
	if (!admin_class_may_change(store, o->name, trainee.position, o->force))
		return EXIT_FAILURE_RUNTIME;
	char *question = xasprintf(_("This puts %s (trainee %d of %s) back to the start: their upgrade, "
				     "link and drafts are undone; their slip's passwords work again. "
				     "Continue? [y/N]"),
				   trainee.name, trainee.position, o->name);
	if (!admin_go_ahead(question, o->yes))
		return EXIT_FAILURE_RUNTIME;
	char err[ERROR_MAX];
	int new_keys = 0;
	struct class_change change = { admin_operator(), session_terminal() };
	bool ok = training_reset_trainee(store, o->name, trainee.position, &change, &new_keys, err,
					 sizeof err);
	if (ok && !store_room_request_trainee_reset(store, o->name, trainee.position)) {
		copy_text(err, sizeof err, store_error(store));
		ok = false;
	}
	if (!ok) {
		fprintf(stderr, "%s: %s\n", admin_program, err);
		return EXIT_FAILURE_RUNTIME;
	}
	printf(_("Class %s: %s (trainee %d) is back at the start, as PACER username %s with the "
		 "passwords of their latest slip.\n"),
	       o->name, trainee.name, trainee.position, trainee.start_username);
	say_new_keys(o->name, trainee.position, new_keys);
	return EXIT_OK;
}

static int reset_whole_class(struct store *store, const struct class_options *o)
{
	if (!admin_class_may_change(store, o->name, 0, o->force))
		return EXIT_FAILURE_RUNTIME;
	char *question = xasprintf(_("This puts every trainee of the class %s back to the start: "
				     "their upgrades, links and drafts are undone. Continue? [y/N]"),
				   o->name);
	if (!admin_go_ahead(question, o->yes))
		return EXIT_FAILURE_RUNTIME;
	char err[ERROR_MAX];
	int count = 0, new_keys = 0;
	struct class_change change = { admin_operator(), session_terminal() };
	bool ok = training_reset_class(store, o->name, &change, &count, &new_keys, err, sizeof err);
	/* The sessions still running go back to the start at their next action. */
	if (ok && !store_room_request_trainee_reset(store, o->name, 0)) {
		copy_text(err, sizeof err, store_error(store));
		ok = false;
	}
	if (!ok) {
		fprintf(stderr, "%s: %s\n", admin_program, err);
		return EXIT_FAILURE_RUNTIME;
	}
	printf(ngettext("Class %s: %d trainee is back at the start.\n",
			"Class %s: %d trainees are back at the start.\n", (unsigned long)count),
	       o->name, count);
	say_new_keys(o->name, 0, new_keys);
	return EXIT_OK;
}

static int reset_class(const char *path, const struct class_options *o)
{
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	int status = o->trainee != NULL ? reset_one_trainee(store, o) : reset_whole_class(store, o);
	store_close(store);
	return status;
}

static int run_create(const struct admin_call *call)
{
	return create_class(call->path, call->options);
}

static int run_add(const struct admin_call *call)
{
	return admin_class_add(call->path, call->options);
}

static int run_report(const struct admin_call *call)
{
	return admin_class_report(call->path, call->options);
}

static int run_reset(const struct admin_call *call)
{
	const struct class_options *o = call->options;
	return o->all ? reset_all_classes(call->path, o->yes, o->force) : reset_class(call->path, o);
}

static int run_slip(const struct admin_call *call)
{
	return admin_class_slip(call->path, call->options);
}

static int run_checklist(const struct admin_call *call)
{
	return print_class_checklists(call->path, call->options);
}

static int run_certificates(const struct admin_call *call)
{
	return admin_class_certificates(call->path, call->options);
}

static int run_list(const struct admin_call *call)
{
	return admin_class_list(call->path);
}

static int run_delete(const struct admin_call *call)
{
	return admin_class_delete(call->path, call->options);
}

static int run_start(const struct admin_call *call)
{
	return admin_class_room_mode(call->path, call->options, true);
}

static int run_stop(const struct admin_call *call)
{
	return admin_class_room_mode(call->path, call->options, false);
}

static const struct admin_command class_commands[] = {
	{ .name = "create",
	  .synopsis = N_("class create --name NAME --count N --court ID [--kind legacy|upgraded|mixed] "
			 "[--mfa enrolled|required|none] [--prefix WORD] [--slips FILE|-] [--csv]"),
	  .summary = N_("N trainees with their PACER and CM/ECF accounts"),
	  .help = N_("N trainees (1-100), each with a PACER account (legacy unless --kind says\n"
		     "otherwise) and a CM/ECF account at the court; their credential slips go\n"
		     "to FILE or standard output (-), one a page, as pages to print or as CSV,\n"
		     "with the practice date and the connect setting. The slips are the only\n"
		     "place the passwords are written. --prefix WORD (a room or a host) starts\n"
		     "the upgraded usernames and CM/ECF logins (WORD-jnunez1001); the legacy\n"
		     "usernames take its first letter and its last digit (room2: rj2000).\n"
		     "--mfa: multifactor authentication in the 2025 era (set era 2025):\n"
		     "required asks each trainee to enroll at login, linked or not; none\n"
		     "never asks; enrolled gives each an authentication app, \"Class app\",\n"
		     "its key on the slip. Without it, as PACER: required once linked. A\n"
		     "class reset keeps it (a Class app gets a new key).\n"),
	  .run = run_create },
	{ .name = "add",
	  .synopsis = N_("class add --name NAME --count N [--mfa enrolled|required|none] [--prefix WORD] "
			 "[--slips FILE|-] [--csv]"),
	  .summary = N_("late arrivals: N more trainees, slips for them alone"),
	  .help = N_("N more trainees numbered after the last, of the class's court and kind\n"
		     "(a mixed class goes on alternating) and, unless --mfa says otherwise,\n"
		     "with the multifactor authentication of its last trainee; slips for\n"
		     "them alone\n"),
	  .run = run_add },
	{ .name = "report",
	  .synopsis = N_("class report --name NAME [--csv|--excel]"),
	  .summary = N_("each trainee's progress, then the totals"),
	  .help = N_("per trainee: logged in, upgraded and linked (when, in local time, and\n"
		     "how long each step took from its first screen), failed logins,\n"
		     "lock-outs (one per lock), their MFA (enrolled, skipped N, required,\n"
		     "off; - in the 2021 era when none), where they are now; then the\n"
		     "totals. The CSV has the host and the class in each row and times with\n"
		     "their UTC offset (report merge puts several rooms' together); --excel\n"
		     "adds a byte-order mark, so Excel reads its accents\n"),
	  .run = run_report },
	{ .name = "reset",
	  .synopsis = N_("class reset --name NAME [--trainee USER] [--yes] [--force]"),
	  .summary = N_("every trainee (or one) back to the start"),
	  .help = N_("every trainee back to the start (asks first unless --yes); with --all\n"
		     "in place of --name NAME, every class of the database; with --trainee\n"
		     "USER (a number or a username), that trainee alone, whose slip works\n"
		     "again as it was printed (but for a Class app's key, which is new).\n"
		     "Refused while a trainee concerned is connected, unless --force: then\n"
		     "that session goes back to the start screen at its next action, and\n"
		     "says why.\n"),
	  .run = run_reset },
	{ .name = "slip",
	  .synopsis = N_("class slip --name NAME --trainee USER [--slips FILE|-] [--csv]"),
	  .summary = N_("a new slip for a trainee who lost theirs"),
	  .help = N_("a new slip for one trainee (a number or a username): new passwords,\n"
		     "since the old ones are kept only as hashes and nobody can print them\n"
		     "again; a lock is lifted; what the trainee did stays; a Class app's key\n"
		     "is printed as it is\n"),
	  .run = run_slip },
	{ .name = "list",
	  .synopsis = N_("class list"),
	  .summary = N_("the classes, with how many trainees upgraded and linked"),
	  .help = N_("each class with its court, kind, when it was made (UTC), whether it\n"
		     "runs (class start), and how many of its trainees have upgraded and\n"
		     "linked\n"),
	  .reads_only = true,
	  .run = run_list },
	{ .name = "start",
	  .synopsis = N_("class start --name NAME [--idle MINUTES]"),
	  .summary = N_("room mode: no idle wipe while the class runs"),
	  .help = N_("the class runs: every session on this database keeps its screen while\n"
		     "the trainer talks (no idle wipe; with --idle, none sooner than MINUTES,\n"
		     "1-600, and none where there was none), from its next screen on; class\n"
		     "stop ends it\n"),
	  .run = run_start },
	{ .name = "stop",
	  .synopsis = N_("class stop --name NAME"),
	  .summary = N_("room mode ends: the usual idle wipe is back"),
	  .help = N_("the class no longer runs: sessions take the idle setting again\n"),
	  .run = run_stop },
	{ .name = "delete",
	  .synopsis = N_("class delete --name NAME [--yes] [--force]"),
	  .summary = N_("the class and its trainees' practice accounts, gone"),
	  .help = N_("the class and its trainees' practice accounts (PACER and CM/ECF, with\n"
		     "their drafts) gone, in one step; refused while a trainee is connected\n"
		     "(see room) unless --force (then that session goes back to the start\n"
		     "screen at its next action); asks first unless --yes\n"),
	  .run = run_delete },
	{ .name = "checklist",
	  .synopsis = N_("class checklist --name NAME [--output FILE|-]"),
	  .summary = N_("each trainee's get-ready page, to print"),
	  .help = N_("each trainee's get-ready page (their steps, the court's dates, the\n"
		     "courts' warnings, who can help), one page each, to print\n"),
	  .run = run_checklist },
	{ .name = "certificates",
	  .synopsis = N_("class certificates --name NAME [--output FILE|-]"),
	  .summary = N_("a completion page for each trainee who finished"),
	  .help = N_("for each trainee who upgraded and linked: a page with their name, the\n"
		     "court, the steps done and when, and the class; one a page, to print\n"),
	  .run = run_certificates },
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
