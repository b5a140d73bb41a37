/* nextgen-admin account add | show | lock | unlock | reset-password |
 * delete: one PACER account at a time, for trainers and the help desk. */
#include <config.h>

#include "admin_account.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "admin_common.h"
#include "i18n.h"
#include "options.h"
#include "pacer.h"
#include "staff.h"
#include "util.h"

struct account_options {
	const char *username;
	const char *first;
	const char *last;
	const char *email;
	bool legacy;
	int minutes;
	bool yes;
};

static void account_usage(FILE *out)
{
	fprintf(out, _("Usage: %s [--db PATH] account COMMAND USERNAME [OPTION]...\n"), admin_program);
	fputs(_("One PACER account at a time; every change is in the audit log.\n\n"
		"  account add USERNAME --first NAME --last NAME [--email E] [--legacy]\n"
		"      a new account (upgraded unless --legacy); its password is read from\n"
		"      the terminal twice, or once from standard input\n"
		"  account show USERNAME      its details, state and links (never a secret)\n"
		"  account lock USERNAME [--minutes M]   locked for M minutes (default 15)\n"
		"  account unlock USERNAME    unlocked, its failed logins forgotten\n"
		"  account reset-password USERNAME   a new password, read as for add\n"
		"  account delete USERNAME [--yes]   gone, with its drafts and answers; its\n"
		"      CM/ECF accounts stay, unlinked (asks first unless --yes)\n"), out);
}

/* Options after "account COMMAND USERNAME"; -1 when wrong, 1 for --help. */
static int parse_account_options(int argc, char **argv, struct account_options *o)
{
	enum { OPT_FIRST = 256, OPT_LAST, OPT_EMAIL, OPT_LEGACY, OPT_MINUTES, OPT_YES, OPT_HELP };
	static const struct option options[] = {
		{ "first", required_argument, NULL, OPT_FIRST },
		{ "last", required_argument, NULL, OPT_LAST },
		{ "email", required_argument, NULL, OPT_EMAIL },
		{ "legacy", no_argument, NULL, OPT_LEGACY },
		{ "minutes", required_argument, NULL, OPT_MINUTES },
		{ "yes", no_argument, NULL, OPT_YES },
		{ "help", no_argument, NULL, OPT_HELP },
		{ NULL, 0, NULL, 0 },
	};
	optind = 1;
	int c;
	char *end;
	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case OPT_FIRST:
			o->first = optarg;
			break;
		case OPT_LAST:
			o->last = optarg;
			break;
		case OPT_EMAIL:
			o->email = optarg;
			break;
		case OPT_LEGACY:
			o->legacy = true;
			break;
		case OPT_MINUTES:
			o->minutes = (int)strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || o->minutes < 1 || o->minutes > 24 * 60) {
				fprintf(stderr, _("%s: --minutes takes 1 to 1440.\n"), admin_program);
				return -1;
			}
			break;
		case OPT_YES:
			o->yes = true;
			break;
		case OPT_HELP:
			return 1;
		default:
			return -1;
		}
	}
	if (optind + 1 != argc) {
		fprintf(stderr, _("%s: account takes one USERNAME.\n"), admin_program);
		return -1;
	}
	o->username = argv[optind];
	return 0;
}

/* A new password: twice from a terminal, once from a pipe. */
static bool read_new_password(char *out, size_t size)
{
	char again[256];
	bool ok = admin_read_secret(_("New password: "), out, size) && out[0] != '\0';
	if (ok && isatty(STDIN_FILENO)) {
		ok = admin_read_secret(_("The same password again: "), again, sizeof again) &&
		     strcmp(out, again) == 0;
		if (!ok)
			fprintf(stderr, _("%s: the two passwords differ.\n"), admin_program);
	} else if (!ok) {
		fprintf(stderr, _("%s: no password was given.\n"), admin_program);
	}
	wipe_memory(again, sizeof again);
	return ok;
}

static void show_account(const struct pacer_account *a)
{
	char name[2 * STORE_TEXT_MAX];
	account_full_name(a, name, sizeof name);
	printf(_("username:        %s\n"), a->username);
	printf(_("account number:  %s\n"), a->account_number);
	printf(_("name:            %s\n"), name);
	printf(_("kind:            %s\n"), a->kind == ACCOUNT_LEGACY ? _("legacy") : _("upgraded"));
	if (a->legacy_username[0])
		printf(_("legacy username: %s\n"), a->legacy_username);
	printf(_("created:         %s\n"), a->created_on);
	printf(_("case search:     %s\n"), a->case_search_active ? _("active") : _("inactive"));
	printf(_("e-mail:          %s\n"), a->email);
	printf(_("failed logins:   %d\n"), a->failed_logins);
	printf(_("locked until:    %s\n"), a->locked_until[0] ? a->locked_until : "-");
}

static int run_account(struct store *store, const char *command, const struct account_options *o)
{
	char err[STORE_ERROR_MAX];
	struct staff staff = { admin_operator(), session_terminal() };
	struct pacer_account *a = xcalloc(1, sizeof *a);
	char password[256] = "";
	bool ok = false;
	bool changed = false;
	if (strcmp(command, "show") == 0) {
		ok = staff_find_account(store, o->username, a, err);
		if (ok)
			show_account(a);
	} else if (strcmp(command, "lock") == 0) {
		ok = staff_lock_account(store, &staff, o->username, o->minutes ? o->minutes : 15, err);
		changed = true;
	} else if (strcmp(command, "unlock") == 0) {
		ok = staff_unlock_account(store, &staff, o->username, err);
		changed = true;
	} else if (strcmp(command, "reset-password") == 0) {
		if (!read_new_password(password, sizeof password))
			goto out;
		ok = staff_reset_password(store, &staff, o->username, password, err);
		changed = true;
	} else if (strcmp(command, "delete") == 0) {
		char *question = xasprintf(_("Delete the PACER account %s? [y/N]"), o->username);
		bool go = o->yes || admin_confirm(question);
		free(question);
		if (!go) {
			fprintf(stderr, _("%s: nothing was changed.\n"), admin_program);
			goto out;
		}
		ok = staff_delete_account(store, &staff, o->username, err);
		changed = true;
	} else {
		if (o->first == NULL || o->last == NULL) {
			fprintf(stderr, _("%s: account add needs --first and --last.\n"), admin_program);
			goto out;
		}
		copy_text(a->username, sizeof a->username, o->username);
		copy_text(a->first_name, sizeof a->first_name, o->first);
		copy_text(a->last_name, sizeof a->last_name, o->last);
		copy_text(a->email, sizeof a->email, o->email ? o->email : "");
		a->kind = o->legacy ? ACCOUNT_LEGACY : ACCOUNT_UPGRADED;
		a->case_search_active = true;
		if (!read_new_password(password, sizeof password))
			goto out;
		ok = staff_add_account(store, &staff, a, password, err);
		changed = true;
	}
	if (!ok)
		fprintf(stderr, "%s: %s\n", admin_program, err);
	else if (changed)
		/* TRANSLATORS: %1$s is a username, %2$s a command such as lock. */
		printf(_("Done: account %2$s %1$s (see nextgen-admin audit).\n"), o->username, command);
out:
	wipe_memory(password, sizeof password);
	wipe_memory(a, sizeof *a);
	free(a);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

int admin_account_command(const char *path, int argc, char **argv)
{
	static const char *const commands[] = { "add", "show", "lock", "unlock", "reset-password",
						"delete" };
	if (argc < 1 || strcmp(argv[0], "--help") == 0) {
		account_usage(argc < 1 ? stderr : stdout);
		return argc < 1 ? EXIT_USAGE : EXIT_OK;
	}
	bool known = false;
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		known = known || strcmp(argv[0], commands[i]) == 0;
	if (!known) {
		fprintf(stderr, _("%s: account commands are add, show, lock, unlock, reset-password and "
				  "delete.\n"),
			admin_program);
		return admin_fail_usage();
	}
	struct account_options o = { 0 };
	int parsed = parse_account_options(argc, argv, &o);
	if (parsed == 1) {
		account_usage(stdout);
		return EXIT_OK;
	}
	if (parsed < 0)
		return admin_fail_usage();
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	int status = run_account(store, argv[0], &o);
	store_close(store);
	return status;
}
