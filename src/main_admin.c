/* SPDX-License-Identifier: MIT */
/* nextgen-admin: the trainer's and administrator's command line. */
#include <config.h>

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "admin/admin_account.h"
#include "admin/admin_audit.h"
#include "admin/admin_backup.h"
#include "admin/admin_class.h"
#include "admin/admin_common.h"
#include "admin/admin_courts.h"
#include "admin/admin_efile.h"
#include "admin/admin_report.h"
#include "admin/admin_room.h"
#include "admin/admin_scenario.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/paths.h"
#include "base/util.h"
#include "core/auth.h"
#include "core/courts.h"
#include "core/pacer.h"
#include "core/settings.h"
#include "core/setup.h"
#include "core/validate.h"
#include "ui/curses/ui_room.h"

static const char *program = admin_program;

static int command_init(const char *path)
{
	struct stat st;
	bool existed = stat(path, &st) == 0;
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	store_close(store);
	printf(existed ? _("The database %s already exists; nothing was changed.\n")
		       : _("Created %s with the court catalogue and the demo accounts.\n"),
	       path);
	return EXIT_OK;
}

/* The columns of the two tables of accounts (0: the last). */
static const int account_widths[] = { 16, 8, 9, 9, 5, 14, 5, 0 };
static const int ecf_widths[] = { 6, 16, 20, 0 };

static bool print_account(const struct pacer_account *a, void *data)
{
	struct store *store = data;
	char name[STORE_TEXT_MAX * 2];
	int links = 0;
	account_full_name(a, name, sizeof name);
	if (!store_count_links(store, a->id, &links))
		return false;
	const char *state = a->locked_until[0] ? _("locked")
			    : a->failed_logins ? _("failed logins")
					       : _("ok");
	char links_text[16];
	snprintf(links_text, sizeof links_text, "%d", links);
	const char *cells[] = { a->username,
				a->account_number,
				a->kind == ACCOUNT_LEGACY ? _("legacy") : _("upgraded"),
				a->case_search_active ? _("active") : _("inactive"),
				a->shared_firm ? _("yes") : _("no"),
				state,
				links_text,
				name };
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
		admin_print_cell(cells[i], account_widths[i]);
	return true;
}

static bool print_ecf_account(const struct ecf_account *e, void *data)
{
	struct store *store = data;
	char owner[STORE_TEXT_MAX] = "-";
	if (e->pacer_account_id > 0) {
		struct pacer_account *a = xmalloc(sizeof *a);
		bool found = false;
		if (store_find_pacer_account_by_id(store, e->pacer_account_id, a, &found) && found)
			copy_text(owner, sizeof owner, a->username);
		free(a);
	}
	const char *cells[] = { e->court_id, e->login, e->name, owner };
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
		admin_print_cell(cells[i], ecf_widths[i]);
	return true;
}

static int command_accounts(const char *path)
{
	struct store *store = admin_open_store_to_read(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	printf(_("PACER accounts:\n"));
	const char *heads[] = { _("USERNAME"), _("ACCOUNT"),     _("TYPE"),  _("SEARCH"),
				_("FIRM"),     _("LOGIN STATE"), _("LINKS"), _("NAME") };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
		admin_print_cell(heads[i], account_widths[i]);
	bool ok = store_each_pacer_account(store, print_account, store);
	printf(_("\nCM/ECF accounts:\n"));
	const char *ecf_heads[] = { _("COURT"), _("LOGIN"), _("NAME AT COURT"), _("LINKED TO") };
	for (size_t i = 0; i < sizeof ecf_heads / sizeof ecf_heads[0]; i++)
		admin_print_cell(ecf_heads[i], ecf_widths[i]);
	ok = ok && store_each_ecf_account(store, print_ecf_account, store);
	if (!ok)
		fprintf(stderr, "%s: %s\n", program, store_error(store));
	store_close(store);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

static int print_settings(struct store *store)
{
	struct store_settings settings;
	if (!store_load_settings(store, &settings)) {
		fprintf(stderr, "%s: %s\n", program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	printf(_("practice date:   %s\n"), settings.as_of[0] ? settings.as_of : _("today (the real date)"));
	if (settings.era >= 2025)
		printf(_("era:             %d (the 2025 password rules and multifactor authentication)\n"),
		       settings.era);
	else
		printf(_("era:             %d (the upgrade and the link)\n"), settings.era);
	printf(_("password policy: %d\n"), settings.era >= 2025 ? settings.era : settings.password_policy);
	printf(_("lock-out:        after %d wrong passwords, for %d minutes\n"), settings.lockout_attempts,
	       settings.lockout_minutes);
	printf(_("busy wait:       %d seconds\n"), settings.busy_wait_seconds);
	printf(_("kiosk:           %s\n"), settings.kiosk ? _("on") : _("off"));
	if (settings.idle_seconds < 0)
		printf(_("idle reset:      after %d seconds in a kiosk, never elsewhere\n"),
		       SETTINGS_KIOSK_IDLE_SECONDS);
	else if (settings.idle_seconds == 0)
		printf(_("idle reset:      %s\n"), _("never"));
	else
		printf(_("idle reset:      after %d seconds\n"), settings.idle_seconds);
	bool room_mode = false;
	int room_idle = 0;
	if (store_room_mode(store, &room_mode, &room_idle) && room_mode && room_idle == 0)
		printf(_("                 (a class runs: no idle reset until class stop)\n"));
	else if (room_mode)
		printf(_("                 (a class runs: idle reset after %d minutes until class stop)\n"),
		       room_idle / 60);
	printf(_("staff passphrase: %s\n"), settings.kiosk_passphrase_hash[0] ? _("set") : _("not set"));
	printf(_("connect:         %s\n"),
	       settings.connect[0] ? settings.connect : _("not set (slips say nothing)"));
	return EXIT_OK;
}

/* "set lockout N MINUTES": both lock-out settings at once. */
static const struct setting *const lockout_pair[] = { &settings_table[SETTING_LOCKOUT_ATTEMPTS],
						      &settings_table[SETTING_LOCKOUT_MINUTES] };

/* What "set" takes, for a message: each setting with its values. */
static char *settable_list(void)
{
	char *list = xstrdup("");
	for (size_t i = 0; i < SETTING_COUNT; i++) {
		const struct setting *setting = &settings_table[i];
		char *longer = xasprintf("%s%s%s%s%s", list, i ? ", " : "", setting->name,
					 setting->value_synopsis[0] ? " " : "",
					 setting->value_synopsis[0] ? _(setting->value_synopsis) : "");
		free(list);
		list = longer;
	}
	/* The two lock-out settings at once, a form of its own. */
	char *with_pair = xasprintf("%s, %s", list, _("lockout N MINUTES"));
	free(list);
	return with_pair;
}

/* The settings that "set NAME VALUE..." names, and their values as
 * stored, into setting and value; false with a message. */
static bool settings_typed(int argc, char **argv, const struct setting *setting[2],
			   char value[2][SETTING_TEXT_MAX])
{
	char why[256];
	setting[0] = setting_named(argv[0]);
	setting[1] = NULL;
	if (strcmp(argv[0], "lockout") == 0 && argc == 3) {
		for (int i = 0; i < 2; i++) {
			setting[i] = lockout_pair[i];
			if (!settings_parse(setting[i], argv[i + 1], value[i], SETTING_TEXT_MAX, why,
					    sizeof why)) {
				fprintf(stderr, "%s: %s.\n", program, why);
				return false;
			}
		}
		return true;
	}
	bool secret = setting[0] != NULL && setting[0]->type == SETTING_SECRET;
	if (setting[0] == NULL || argc > 2 || (argc == 1 && !secret)) {
		char *list = settable_list();
		fprintf(stderr, _("%s: set takes one of: %s.\n"), program, list);
		free(list);
		return false;
	}
	value[0][0] = '\0'; /* a secret is read and hashed by the caller */
	if (argc == 2 && !settings_parse(setting[0], argv[1], value[0], SETTING_TEXT_MAX, why, sizeof why)) {
		fprintf(stderr, "%s: %s.\n", program, why);
		return false;
	}
	return true;
}

/* The staff passphrase, hashed into hash: NULL, else why it was refused
 * (written into why, HACKING "Errors"). */
static const char *read_kiosk_passphrase(char hash[AUTH_HASH_MAX], char *why, size_t why_size)
{
	char first[256], again[256];
	const char *refused = NULL;
	why[0] = '\0';
	if (!admin_read_secret(_("Staff passphrase: "), first, sizeof first))
		refused = _("no passphrase was given");
	else if (strlen(first) < KIOSK_PASSPHRASE_MIN_CHARS)
		snprintf(why, why_size, _("the passphrase needs at least %d characters"),
			 KIOSK_PASSPHRASE_MIN_CHARS);
	else if (isatty(STDIN_FILENO) &&
		 (!admin_read_secret(_("The same passphrase again: "), again, sizeof again) ||
		  strcmp(first, again) != 0))
		refused = _("the two passphrases differ");
	else if (!auth_hash_secret(first, hash))
		refused = _("the passphrase could not be hashed");
	wipe_memory(first, sizeof first);
	wipe_memory(again, sizeof again);
	if (refused != NULL)
		copy_text(why, why_size, refused);
	return why[0] != '\0' ? why : NULL;
}

/* The staff passphrase, read and stored as its hash; a message when
 * refused. */
static int set_kiosk_passphrase(struct store *store, const struct setting *setting)
{
	char hash[AUTH_HASH_MAX], why_buffer[ERROR_MAX];
	const char *why = read_kiosk_passphrase(hash, why_buffer, sizeof why_buffer);
	bool ok = why == NULL && store_set_setting(store, setting->name, hash);
	wipe_memory(hash, sizeof hash);
	if (why != NULL)
		fprintf(stderr, "%s: %s.\n", program, why);
	else if (!ok)
		fprintf(stderr, "%s: %s\n", program, store_error(store));
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

static int command_set(const char *path, int argc, char **argv)
{
	const struct setting *setting[2];
	char value[2][SETTING_TEXT_MAX];
	if (argc > 0 && !settings_typed(argc, argv, setting, value))
		return EXIT_USAGE;
	struct store *store = argc > 0 ? admin_open_store(path) : admin_open_store_to_read(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	int status = EXIT_OK;
	if (argc > 0 && setting[0]->type == SETTING_SECRET) {
		status = set_kiosk_passphrase(store, setting[0]);
	} else if (argc > 0) {
		bool ok = store_begin(store);
		for (int i = 0; ok && i < 2 && setting[i] != NULL; i++)
			ok = store_set_setting(store, setting[i]->name, value[i]);
		if (!store_end(store, ok)) {
			fprintf(stderr, "%s: %s\n", program, store_error(store));
			status = EXIT_FAILURE_RUNTIME;
		}
	}
	if (status == EXIT_OK)
		status = print_settings(store);
	store_close(store);
	return status;
}

/* Each setting with its values, range and default, for set --help. */
static void print_settings_help(FILE *out)
{
	for (size_t i = 0; i < SETTING_COUNT; i++) {
		const struct setting *setting = &settings_table[i];
		char fallback[128], *range;
		setting_default_text(setting, false, fallback, sizeof fallback);
		if (setting->type == SETTING_NUMBER)
			range = xasprintf(_("(%ld-%ld; default %s)"), setting->minimum, setting->maximum,
					  fallback);
		else
			range = xasprintf(_("(default %s)"), fallback);
		const char *help = _(setting->help);
		/* the range beside the help when the line holds both */
		bool beside = 6 + text_columns(help) + 1 + text_columns(range) < 80;
		fprintf(out, "  %s%s%s\n      %s%s%s\n", setting->name, setting->value_synopsis[0] ? " " : "",
			setting->value_synopsis[0] ? _(setting->value_synopsis) : "", help,
			beside ? " " : "\n      ", range);
		free(range);
	}
	fputs(_("  lockout N MINUTES\n      lockout-attempts and lockout-minutes at once\n"), out);
	fputs(_("Settings that are not the defaults are shown on the wizard's status\n"
		"line, such as \"Practice date: 2021-02-10\".\n"),
	      out);
}

/* For scripts and the tests: "NAME<tab>VALUES<tab>MIN to MAX<tab>DEFAULT",
 * untranslated, one setting a line. */
static void list_settings(FILE *out)
{
	for (size_t i = 0; i < SETTING_COUNT; i++) {
		const struct setting *setting = &settings_table[i];
		char fallback[128], range[64] = "";
		setting_default_text(setting, true, fallback, sizeof fallback);
		if (setting->type == SETTING_NUMBER)
			snprintf(range, sizeof range, "%ld to %ld", setting->minimum, setting->maximum);
		fprintf(out, "%s\t%s\t%s\t%s\n", setting->name, setting->value_synopsis, range, fallback);
	}
}

static int run_init(const struct admin_call *call)
{
	return command_init(call->path);
}

static int run_demo(const struct admin_call *call)
{
	return admin_load_scenario(call->path, NULL, call->yes);
}

static int run_accounts(const struct admin_call *call)
{
	return command_accounts(call->path);
}

static int run_set(const struct admin_call *call)
{
	return command_set(call->path, call->n_words, call->words);
}

static int run_load(const struct admin_call *call)
{
	return admin_load_scenario(call->path, call->words[0], call->yes);
}

static const struct admin_command commands[] = {
	{ .name = "init",
	  .synopsis = N_("init"),
	  .summary = N_("create the database (nothing changes if it exists)"),
	  .help = N_("Create the practice database with the court catalogue and the demo\n"
		     "accounts. A database that exists is left as it is.\n"),
	  .run = run_init },
	{ .name = "demo",
	  .synopsis = N_("demo [--yes]"),
	  .summary = N_("reset the database to the demo scenario"),
	  .help = N_("Put the demo scenario back: every account, court and class is replaced\n"
		     "by data/demo.scenario and data/courts.tsv. The settings and the audit log\n"
		     "stay. Asks first unless --yes.\n"),
	  .accepts = ADMIN_ACCEPTS_YES,
	  .run = run_demo },
	{ .name = "accounts",
	  .synopsis = N_("accounts"),
	  .summary = N_("list the PACER and CM/ECF accounts and their state"),
	  .help = N_("List every PACER account (username, account number, legacy or\n"
		     "upgraded, case search, shared firm, login state, links, name) and every\n"
		     "CM/ECF account with the PACER account it is linked to.\n"),
	  .run = run_accounts },
	{ .name = "set",
	  .synopsis = N_("set [SETTING VALUE...]"),
	  .summary = N_("show the practice settings, or change one"),
	  .help = N_("With no setting, show them all. The settings:\n"),
	  .print_more = print_settings_help,
	  .max_words = INT_MAX,
	  .run = run_set },
	{ .name = "load",
	  .synopsis = N_("load FILE [--yes]"),
	  .summary = N_("replace every account with the scenario in FILE"),
	  .help = N_("Replace every account, court and class with the scenario in FILE, as\n"
		     "scenario load does. Asks first unless --yes.\n"),
	  .accepts = ADMIN_ACCEPTS_YES,
	  .min_words = 1,
	  .max_words = 1,
	  .wrong_words = N_("load takes one scenario file."),
	  .run = run_load },
	{ .name = "scenario",
	  .synopsis = N_("scenario load|dump FILE [--yes]"),
	  .summary = N_("a prepared class state to and from a file"),
	  .group = &admin_scenario_group,
	  .run = admin_scenario_command },
	{ .name = "audit",
	  .synopsis = N_("audit [show|prune] [OPTION]..."),
	  .summary = N_("the audit log: every login, upgrade, link and reset"),
	  .group = &admin_audit_group,
	  .run = admin_audit_command },
	{ .name = "backup",
	  .synopsis = N_("backup FILE [--yes]"),
	  .summary = N_("copy the whole database to FILE, while the wizards go on"),
	  .help = N_("Copy the whole database (accounts, classes, settings, audit log) to\n"
		     "FILE with SQLite's online backup: the database as it was at one moment,\n"
		     "even while trainees are in the middle of a flow. The copy is one file\n"
		     "(mode 0600), checked with integrity_check before it takes its name;\n"
		     "--yes replaces an existing FILE. The commands that only read (audit,\n"
		     "accounts, account show, class report, class checklist, courts list,\n"
		     "efile list, scenario dump, backup, set alone) read such a copy as it is,\n"
		     "writing nothing to it.\n"),
	  .accepts = ADMIN_ACCEPTS_YES,
	  .min_words = 1,
	  .max_words = 1,
	  .wrong_words = N_("backup takes one file."),
	  .reads_only = true,
	  .run = admin_backup_command },
	{ .name = "restore",
	  .synopsis = N_("restore FILE [--yes]"),
	  .summary = N_("replace the whole database with the backup in FILE"),
	  .help = N_("Replace everything in the database with the backup in FILE, after\n"
		     "checking that it is a whole nextgen-wizard database; a backup of an\n"
		     "earlier version is brought up to date in a copy first. The database as\n"
		     "it was is kept beside it (DATABASE.before-restore-TIME). Refused while a\n"
		     "wizard runs on the database; asks first unless --yes.\n"),
	  .accepts = ADMIN_ACCEPTS_YES,
	  .min_words = 1,
	  .max_words = 1,
	  .wrong_words = N_("restore takes one backup file."),
	  .run = admin_restore_command },
	{ .name = "class",
	  .synopsis = N_("class COMMAND [OPTION]..."),
	  .summary = N_("a trainer's class of practice accounts"),
	  .group = &admin_class_group,
	  .run = admin_class_command },
	{ .name = "account",
	  .synopsis = N_("account COMMAND USERNAME [OPTION]..."),
	  .summary = N_("one PACER account: add, show, lock, delete..."),
	  .group = &admin_account_group,
	  .run = admin_account_command },
	{ .name = "courts",
	  .synopsis = N_("courts [COMMAND] [ID] [OPTION]..."),
	  .summary = N_("the court catalogue: list, add or edit a court"),
	  .group = &admin_courts_group,
	  .run = admin_courts_command },
	{ .name = "room",
	  .synopsis = N_("room [--class NAME] [--once]"),
	  .summary = N_("who is where: every trainee's session, live"),
	  .group = &admin_room_group,
	  .run = admin_room_command },
	{ .name = "report",
	  .synopsis = N_("report merge FILE... [OPTION]..."),
	  .summary = N_("several rooms' class reports as one"),
	  .group = &admin_report_group,
	  .reads_only = true,
	  .run = admin_report_command },
	{ .name = "efile",
	  .synopsis = N_("efile COMMAND [ID] [OPTION]..."),
	  .summary = N_("the e-file registrations trainees send"),
	  .group = &admin_efile_group,
	  .run = admin_efile_command },
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *out)
{
	fprintf(out, _("Usage: %s [--db PATH] COMMAND [OPTION]...\n"), program);
	fputs(_("Prepare and inspect the nextgen-wizard practice database.\n\n"), out);
	fputs(_("Commands:\n"), out);
	admin_print_command_list(out, commands, N_COMMANDS);
	fprintf(out, _("'%s COMMAND --help' tells more of one command.\n\n"), program);
	fputs(_("Options:\n"
		"  --db PATH      the practice database (default:\n"
		"                 $XDG_STATE_HOME/nextgen-wizard/wizard.db)\n"
		"  --help         show this help and exit\n"
		"  --version      show the version and exit\n\n"),
	      out);
	fputs(_("Exit status: 0 on success, 1 when the database cannot be used or the\n"
		"command was refused, 2 for wrong options.\n"),
	      out);
}

/* The database to work on, with the audit rows of this run going to the
 * system log when the system-wide settings want it; NULL after a
 * message. */
static char *open_log_and_path(const char *db_option)
{
	bool system_log = false;
	char *path = database_path(program, db_option, &system_log);
	if (path != NULL && system_log)
		store_log_to_system(program);
	return path;
}

/* A command with commands of its own, when only --db comes before it:
 * it takes the rest of the line whole, its options too. */
static bool run_group(int argc, char **argv, int *status)
{
	const char *db_option = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			db_option = argv[++i];
			continue;
		}
		if (strncmp(argv[i], "--db=", 5) == 0) {
			db_option = argv[i] + 5;
			continue;
		}
		const struct admin_command *command = admin_find_command(commands, N_COMMANDS, argv[i]);
		if (command == NULL || command->group == NULL)
			return false;
		char *path = open_log_and_path(db_option);
		if (path == NULL) {
			*status = EXIT_FAILURE_RUNTIME;
			return true;
		}
		struct admin_call call = { .command = command,
					   .path = path,
					   .n_words = argc - i - 1,
					   .words = argv + i + 1 };
		*status = command->run(&call);
		free(path);
		return true;
	}
	return false;
}

/* Whether the options given go with command; a message when not. */
static bool command_takes(const struct admin_command *command, int n_words, bool yes)
{
	bool words_fit = n_words >= command->min_words && n_words <= command->max_words;
	if (!words_fit && command->wrong_words != NULL) {
		fprintf(stderr, "%s: %s\n", program, _(command->wrong_words));
		return false;
	}
	if (!words_fit) {
		fprintf(stderr, _("%s: only one command at a time.\n"), program);
		return false;
	}
	if (yes && !(command->accepts & ADMIN_ACCEPTS_YES)) {
		char *names = admin_command_names(commands, N_COMMANDS, ADMIN_ACCEPTS_YES);
		fprintf(stderr, _("%s: --yes goes only with: %s.\n"), program, names);
		free(names);
		return false;
	}
	return true;
}

int main(int argc, char **argv)
{
	enum {
		OPT_DB = 256,
		OPT_YES,
		OPT_HELP,
		OPT_VERSION,
		OPT_LIST_COMMANDS,
		OPT_LIST_SETTINGS
	};
	static const struct option options[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "yes", no_argument, NULL, OPT_YES },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ "list-commands", no_argument, NULL, OPT_LIST_COMMANDS },
		{ "list-settings", no_argument, NULL, OPT_LIST_SETTINGS },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_option = NULL;
	bool yes = false, help = false;
	program_start();
	admin_room_set_view(ui_room_view);
	int status;
	if (run_group(argc, argv, &status))
		return status;
	int c;
	while ((c = getopt_long(argc, argv, "y", options, NULL)) != -1) {
		switch (c) {
		case OPT_DB:
			db_option = optarg;
			break;
		case 'y':
		case OPT_YES:
			yes = true;
			break;
		case OPT_HELP:
			help = true;
			break;
		case OPT_VERSION:
			printf("%s %s\n", program, PACKAGE_VERSION);
			return EXIT_OK;
		case OPT_LIST_COMMANDS:
			admin_list_commands(stdout, commands, N_COMMANDS);
			return EXIT_OK;
		case OPT_LIST_SETTINGS:
			list_settings(stdout);
			return EXIT_OK;
		default:
			return admin_fail_usage();
		}
	}
	const struct admin_command *command = optind < argc
						      ? admin_find_command(commands, N_COMMANDS, argv[optind])
						      : NULL;
	if (help) {
		if (command != NULL)
			admin_print_usage(stdout, command);
		else
			usage(stdout);
		return EXIT_OK;
	}
	if (optind == argc) {
		fprintf(stderr, _("%s: no command given.\n"), program);
		return admin_fail_usage();
	}
	/* A group is known only with nothing but --db before it. */
	if (command == NULL || command->group != NULL) {
		fprintf(stderr, _("%s: unknown command '%s'.\n"), program, argv[optind]);
		return admin_fail_usage();
	}
	int n_words = argc - optind - 1;
	if (!command_takes(command, n_words, yes))
		return admin_fail_usage();
	char *path = open_log_and_path(db_option);
	if (path == NULL)
		return EXIT_FAILURE_RUNTIME;
	struct admin_call call = { .command = command,
				   .path = path,
				   .n_words = n_words,
				   .words = argv + optind + 1,
				   .yes = yes };
	status = command->run(&call);
	free(path);
	return status;
}
