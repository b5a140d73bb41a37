/* nextgen-admin: the trainer's and administrator's command line. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "admin/admin_account.h"
#include "admin/admin_class.h"
#include "admin/admin_courts.h"
#include "admin/admin_efile.h"
#include "admin/admin_scenario.h"
#include "admin/admin_common.h"
#include "core/auth.h"
#include "core/courts.h"
#include "base/i18n.h"
#include "base/options.h"
#include "core/pacer.h"
#include "base/paths.h"
#include "core/setup.h"
#include "base/util.h"
#include "core/validate.h"

static const char *program = admin_program;

static void usage(FILE *out)
{
	fprintf(out, _("Usage: %s [--db PATH] COMMAND [OPTION]...\n"), program);
	fputs(_("Prepare and inspect the nextgen-wizard practice database.\n\n"), out);
	fputs(_("Commands:\n"
		"  init           create the database with the courts and the demo accounts\n"
		"                 (nothing changes if it exists)\n"
		"  demo [--yes]   reset the database to the demo scenario (asks first unless --yes)\n"
		"  accounts       list the PACER and CM/ECF accounts and their state\n"
		"  courts [list|add|edit]  the court catalogue (nextgen-admin courts --help)\n"
		"  set            show the practice settings\n"
		"  set policy 2021|2025      the password rules of the Security tab\n"
		"  set as-of YYYY-MM-DD|today  the simulated today (courts' NextGen dates)\n"
		"  set lockout N MINUTES     lock a PACER account for MINUTES after N wrong\n"
		"                            passwords\n"
		"  set busy-wait SECONDS     how long a session waits for another's write\n"
		"                            before saying the database is busy (default 30)\n"
		"  set kiosk on|off          lock every wizard on this database down as a\n"
		"                            public terminal (as --kiosk does)\n"
		"  set idle SECONDS          with no key for SECONDS, warn, then clear the\n"
		"                            session (0: never; kiosk default 180)\n"
		"  set kiosk-passphrase      the staff passphrase that leaves a kiosk (Ctrl-X),\n"
		"                            read twice from the terminal, or once from stdin\n"
		"  load FILE [--yes]  replace every account with the scenario in FILE\n"
		"  scenario load|dump FILE  a prepared class state to and from a file\n"
		"                 (nextgen-admin scenario --help)\n"
		"  audit [--since DATE] [--until DATE] [--user NAME] [--event EVENT] [--csv]\n"
		"                 the audit log: every login, upgrade, link and reset\n"
		"  class create|report|reset|checklist ...  a trainer's class of practice\n"
		"                 accounts and their get-ready pages\n"
		"                 (nextgen-admin class --help tells more)\n"
		"  account add|show|lock|unlock|activate|reset-password|delete USERNAME ...\n"
		"                 one PACER account (nextgen-admin account --help)\n"
		"  efile [list|approve ID]  the e-file registrations trainees send: approve\n"
		"                 one as the court would (nextgen-admin efile --help)\n\n"), out);
	fputs(_("Options:\n"
		"  --db PATH      the practice database (default:\n"
		"                 $XDG_STATE_HOME/nextgen-wizard/wizard.db)\n"
		"  --help         show this help and exit\n"
		"  --version      show the version and exit\n\n"), out);
	fputs(_("Exit status: 0 on success, 1 when the database cannot be used or the\n"
		"command was refused, 2 for wrong options.\n"), out);
}

/* "nextgen-admin COMMAND --help": that command alone. */
static bool command_usage(const char *command, FILE *out)
{
	static const struct {
		const char *name;
		const char *synopsis;
		const char *text;
	} helps[] = {
		{ "init", N_("init"),
		  N_("Create the practice database with the court catalogue and the demo\n"
		     "accounts. A database that exists is left as it is.\n") },
		{ "demo", N_("demo [--yes]"),
		  N_("Put the demo scenario back: every account, court and class is replaced\n"
		     "by data/demo.scenario and data/courts.tsv. The settings and the audit log\n"
		     "stay. Asks first unless --yes.\n") },
		{ "accounts", N_("accounts"),
		  N_("List every PACER account (username, account number, legacy or\n"
		     "upgraded, case search, shared firm, login state, links, name) and every\n"
		     "CM/ECF account with the PACER account it is linked to.\n") },
		{ "set", N_("set [SETTING VALUE...]"),
		  N_("With no setting, show them all. The settings:\n"
		     "  policy 2021|2025         the password rules of the Security tab\n"
		     "  as-of YYYY-MM-DD|today   the simulated today: which courts are live\n"
		     "  lockout N MINUTES        lock a PACER account for MINUTES after N\n"
		     "                           wrong passwords (1-100, 1-1440)\n"
		     "  busy-wait SECONDS        how long a write waits for another session's\n"
		     "                           (1-600; default 30)\n"
		     "  kiosk on|off             every wizard on this database as a public\n"
		     "                           terminal\n"
		     "  idle SECONDS             warn, then clear a session with no key for\n"
		     "                           SECONDS (0: never; kiosks 180 unless set)\n"
		     "  kiosk-passphrase         the staff passphrase that leaves a kiosk\n"
		     "                           (Ctrl-X); read from the terminal, never from\n"
		     "                           the command line\n"
		     "Settings that are not the defaults are shown on the wizard's status\n"
		     "line, such as \"Practice date: 2021-02-10\".\n") },
		{ "load", N_("load FILE [--yes]"),
		  N_("Replace every account, court and class with the scenario in FILE, as\n"
		     "scenario load does. Asks first unless --yes.\n") },
		{ "audit", N_("audit [OPTION]..."),
		  N_("The audit log: every login, upgrade, link, reset and staff change, oldest\n"
		     "first. It never holds a password or an answer.\n"
		     "  --since YYYY-MM-DD   from that day (UTC)\n"
		     "  --until YYYY-MM-DD   up to that day, included\n"
		     "  --user NAME          one username's rows\n"
		     "  --event EVENT        one kind of row (login, upgrade, link, ...)\n"
		     "  --csv                comma-separated, for a spreadsheet\n") },
	};
	for (size_t i = 0; i < sizeof helps / sizeof helps[0]; i++) {
		if (strcmp(command, helps[i].name) == 0) {
			fprintf(out, _("Usage: %s [--db PATH] %s\n"), program, _(helps[i].synopsis));
			fputs(_(helps[i].text), out);
			return true;
		}
	}
	return false;
}

struct audit_output {
	bool csv;
	int rows;
};

static bool print_audit_row(const struct audit_row *row, void *data)
{
	struct audit_output *out = data;
	out->rows++;
	if (out->csv) {
		const char *fields[] = { row->at, row->terminal, row->username, row->court_id,
					 row->event, row->outcome };
		for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
			write_csv_field(stdout, fields[i], i + 1 == sizeof fields / sizeof fields[0]);
	} else {
		printf("%-19s %-14s %-16s %-6s %-16s %s\n", row->at, row->terminal, row->username,
		       row->court_id[0] ? row->court_id : "-", row->event, row->outcome);
	}
	return true;
}

static int command_audit(const char *path, const struct audit_filter *filter, bool csv)
{
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	struct audit_output out = { .csv = csv };
	if (csv)
		printf("time,terminal,username,court,event,outcome\n");
	else
		printf("%-19s %-14s %-16s %-6s %-16s %s\n", _("TIME (UTC)"), _("TERMINAL"), _("USERNAME"),
		       _("COURT"), _("EVENT"), _("OUTCOME"));
	bool ok = store_each_audit(store, filter, print_audit_row, &out);
	if (!ok)
		fprintf(stderr, "%s: %s\n", program, store_error(store));
	store_close(store);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

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

static bool print_account(const struct pacer_account *a, void *data)
{
	struct store *store = data;
	char name[STORE_TEXT_MAX * 2];
	int links = 0;
	account_full_name(a, name, sizeof name);
	if (!store_count_links(store, a->id, &links))
		return false;
	const char *state = a->locked_until[0] ? _("locked") : a->failed_logins ? _("failed logins")
										   : _("ok");
	printf("%-16s %-8s %-9s %-9s %-5s %-14s %d  %s\n", a->username, a->account_number,
	       a->kind == ACCOUNT_LEGACY ? _("legacy") : _("upgraded"),
	       a->case_search_active ? _("active") : _("inactive"), a->shared_firm ? _("yes") : _("no"),
	       state, links, name);
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
	printf("%-6s %-16s %-20s %s\n", e->court_id, e->login, e->name, owner);
	return true;
}

static int command_accounts(const char *path)
{
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	printf(_("PACER accounts:\n"));
	printf("%-16s %-8s %-9s %-9s %-5s %-14s %s  %s\n", _("USERNAME"), _("ACCOUNT"), _("TYPE"),
	       _("SEARCH"), _("FIRM"), _("LOGIN STATE"), _("LINKS"), _("NAME"));
	bool ok = store_each_pacer_account(store, print_account, store);
	printf(_("\nCM/ECF accounts:\n"));
	printf("%-6s %-16s %-20s %s\n", _("COURT"), _("LOGIN"), _("NAME AT COURT"), _("LINKED TO"));
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
	printf(_("password policy: %d\n"), settings.password_policy);
	printf(_("lock-out:        after %d wrong passwords, for %d minutes\n"),
	       settings.lockout_attempts, settings.lockout_minutes);
	printf(_("busy wait:       %d seconds\n"), settings.busy_wait_seconds);
	printf(_("kiosk:           %s\n"), settings.kiosk ? _("on") : _("off"));
	if (settings.idle_seconds < 0)
		printf(_("idle reset:      %s\n"), _("after 180 seconds in a kiosk, never elsewhere"));
	else if (settings.idle_seconds == 0)
		printf(_("idle reset:      %s\n"), _("never"));
	else
		printf(_("idle reset:      after %d seconds\n"), settings.idle_seconds);
	printf(_("staff passphrase: %s\n"), settings.kiosk_passphrase_hash[0] ? _("set") : _("not set"));
	return EXIT_OK;
}

static bool positive_number(const char *text, int max)
{
	char *end;
	long n = strtol(text, &end, 10);
	return *text != '\0' && *end == '\0' && n >= 1 && n <= max;
}

/* The value to store for "set NAME VALUE...", or a message. */
static const char *setting_value(int argc, char **argv, const char **key, char *value, size_t size)
{
	const char *name = argv[0];
	if (strcmp(name, "policy") == 0 && argc == 2) {
		*key = "password_policy";
		if (strcmp(argv[1], "2021") != 0 && strcmp(argv[1], "2025") != 0)
			return _("the policy is 2021 or 2025");
		copy_text(value, size, argv[1]);
	} else if (strcmp(name, "as-of") == 0 && argc == 2) {
		*key = "as_of";
		if (strcmp(argv[1], "today") == 0)
			copy_text(value, size, "");
		else if (strlen(argv[1]) == 10 && parse_date(argv[1], NULL))
			copy_text(value, size, argv[1]);
		else
			return _("the date is YYYY-MM-DD, or today for the real date");
	} else if (strcmp(name, "lockout") == 0 && argc == 3) {
		if (!positive_number(argv[1], 100) || !positive_number(argv[2], 24 * 60))
			return _("lockout takes a number of wrong passwords (1-100) and minutes (1-1440)");
		*key = "lockout";
		snprintf(value, size, "%s %s", argv[1], argv[2]);
	} else if (strcmp(name, "busy-wait") == 0 && argc == 2) {
		if (!positive_number(argv[1], 600))
			return _("busy-wait takes a number of seconds (1-600)");
		*key = "busy_wait";
		copy_text(value, size, argv[1]);
	} else if (strcmp(name, "kiosk") == 0 && argc == 2) {
		if (strcmp(argv[1], "on") != 0 && strcmp(argv[1], "off") != 0)
			return _("kiosk is on or off");
		*key = "kiosk";
		copy_text(value, size, argv[1]);
	} else if (strcmp(name, "idle") == 0 && argc == 2) {
		if (strcmp(argv[1], "0") != 0 && !positive_number(argv[1], 86400))
			return _("idle takes a number of seconds (0 for never, up to 86400)");
		*key = "idle";
		copy_text(value, size, argv[1]);
	} else if (strcmp(name, "kiosk-passphrase") == 0 && argc == 1) {
		*key = "kiosk_passphrase";
		value[0] = '\0';	/* read and hashed by the caller */
	} else {
		return _("set takes: policy 2021|2025, as-of DATE|today, lockout N MINUTES, "
			 "busy-wait SECONDS, kiosk on|off, idle SECONDS, or kiosk-passphrase");
	}
	return NULL;
}

/* The staff passphrase, hashed into hash; a message when refused. */
static const char *read_kiosk_passphrase(char hash[AUTH_HASH_MAX])
{
	char first[256], again[256];
	const char *why = NULL;
	if (!admin_read_secret(_("Staff passphrase: "), first, sizeof first))
		why = _("no passphrase was given");
	else if (strlen(first) < 8)
		why = _("the passphrase needs at least 8 characters");
	else if (isatty(STDIN_FILENO) &&
		 (!admin_read_secret(_("The same passphrase again: "), again, sizeof again) ||
		  strcmp(first, again) != 0))
		why = _("the two passphrases differ");
	else if (!auth_hash_secret(first, hash))
		why = _("the passphrase could not be hashed");
	wipe_memory(first, sizeof first);
	wipe_memory(again, sizeof again);
	return why;
}

static int command_set(const char *path, int argc, char **argv)
{
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	int status = EXIT_OK;
	if (argc == 0) {
		status = print_settings(store);
		store_close(store);
		return status;
	}
	const char *key = "";
	char value[64];
	const char *why = setting_value(argc, argv, &key, value, sizeof value);
	bool ok = why == NULL;
	if (!ok) {
		fprintf(stderr, "%s: %s.\n", program, why);
		status = EXIT_USAGE;
	} else if (strcmp(key, "kiosk_passphrase") == 0) {
		char hash[AUTH_HASH_MAX];
		why = read_kiosk_passphrase(hash);
		if (why != NULL) {
			fprintf(stderr, "%s: %s.\n", program, why);
			status = EXIT_FAILURE_RUNTIME;
			ok = false;
		} else {
			ok = store_set_setting(store, key, hash);
		}
		wipe_memory(hash, sizeof hash);
	} else if (strcmp(key, "lockout") == 0) {
		ok = store_begin(store) && store_set_setting(store, "lockout_attempts", argv[1]) &&
		     store_set_setting(store, "lockout_minutes", argv[2]) && store_commit(store);
	} else {
		ok = store_set_setting(store, key, value);
	}
	if (why == NULL && !ok) {
		store_rollback(store);
		fprintf(stderr, "%s: %s\n", program, store_error(store));
		status = EXIT_FAILURE_RUNTIME;
	}
	if (status == EXIT_OK)
		status = print_settings(store);
	store_close(store);
	return status;
}

int main(int argc, char **argv)
{
	enum { OPT_DB = 256, OPT_YES, OPT_SINCE, OPT_UNTIL, OPT_USER, OPT_EVENT, OPT_CSV, OPT_HELP,
	       OPT_VERSION };
	static const struct option options[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "yes", no_argument, NULL, OPT_YES },
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "until", required_argument, NULL, OPT_UNTIL },
		{ "user", required_argument, NULL, OPT_USER },
		{ "event", required_argument, NULL, OPT_EVENT },
		{ "csv", no_argument, NULL, OPT_CSV },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_option = NULL;
	bool yes = false, csv = false, audit_options = false, help = false;
	struct audit_filter filter = { "", "", "", "" };
	program_start();
	/* "class", "account", "courts", "scenario" and "efile" have commands and options of their
	 * own: hand them over whole. */
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
			db_option = argv[++i];
			continue;
		}
		if (strncmp(argv[i], "--db=", 5) == 0) {
			db_option = argv[i] + 5;
			continue;
		}
		static const struct {
			const char *name;
			int (*run)(const char *path, int argc, char **argv);
		} groups[] = {
			{ "class", admin_class_command },
			{ "account", admin_account_command },
			{ "courts", admin_courts_command },
			{ "scenario", admin_scenario_command },
			{ "efile", admin_efile_command },
		};
		size_t g = 0;
		while (g < sizeof groups / sizeof groups[0] && strcmp(argv[i], groups[g].name) != 0)
			g++;
		if (g == sizeof groups / sizeof groups[0])
			break;
		char *path = database_path(program, db_option);
		if (path == NULL)
			return EXIT_FAILURE_RUNTIME;
		int status = groups[g].run(path, argc - i - 1, argv + i + 1);
		free(path);
		return status;
	}
	db_option = NULL;
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
		case OPT_SINCE:
		case OPT_UNTIL:
			if (strlen(optarg) != 10 || !parse_date(optarg, NULL)) {
				fprintf(stderr, _("%s: dates are YYYY-MM-DD, such as 2021-02-16.\n"), program);
				return admin_fail_usage();
			}
			*(c == OPT_SINCE ? &filter.since : &filter.until) = optarg;
			audit_options = true;
			break;
		case OPT_USER:
			filter.username = optarg;
			audit_options = true;
			break;
		case OPT_EVENT:
			filter.event = optarg;
			audit_options = true;
			break;
		case OPT_CSV:
			csv = true;
			audit_options = true;
			break;
		case OPT_HELP:
			help = true;
			break;
		case OPT_VERSION:
			printf("%s %s\n", program, PACKAGE_VERSION);
			return EXIT_OK;
		default:
			return admin_fail_usage();
		}
	}
	if (help) {
		if (optind == argc || !command_usage(argv[optind], stdout))
			usage(stdout);
		return EXIT_OK;
	}
	if (optind == argc) {
		fprintf(stderr, _("%s: no command given.\n"), program);
		return admin_fail_usage();
	}
	const char *command = argv[optind];
	int extra = argc - optind - 1;
	static const char *const commands[] = { "init", "demo", "accounts", "set", "load",
						"audit" };
	bool known = false;
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		known = known || strcmp(command, commands[i]) == 0;
	if (!known) {
		fprintf(stderr, _("%s: unknown command '%s'.\n"), program, command);
		return admin_fail_usage();
	}
	bool load = strcmp(command, "load") == 0;
	if (load && extra != 1) {
		fprintf(stderr, _("%s: load takes one scenario file.\n"), program);
		return admin_fail_usage();
	}
	if (audit_options && strcmp(command, "audit") != 0) {
		fprintf(stderr, _("%s: --since, --until, --user, --event and --csv go only with audit.\n"),
			program);
		return admin_fail_usage();
	}
	if (extra > 0 && strcmp(command, "set") != 0 && !load) {
		fprintf(stderr, _("%s: only one command at a time.\n"), program);
		return admin_fail_usage();
	}
	if (yes && strcmp(command, "demo") != 0 && !load) {
		fprintf(stderr, _("%s: --yes goes only with demo and load.\n"), program);
		return admin_fail_usage();
	}
	char *path = database_path(program, db_option);
	if (path == NULL)
		return EXIT_FAILURE_RUNTIME;
	int status;
	if (strcmp(command, "init") == 0)
		status = command_init(path);
	else if (strcmp(command, "demo") == 0)
		status = admin_load_scenario(path, NULL, yes);
	else if (load)
		status = admin_load_scenario(path, argv[optind + 1], yes);
	else if (strcmp(command, "audit") == 0)
		status = command_audit(path, &filter, csv);
	else if (strcmp(command, "accounts") == 0)
		status = command_accounts(path);
	else
		status = command_set(path, extra, argv + optind + 1);
	free(path);
	return status;
}
