/* SPDX-License-Identifier: MIT */
/* nextgen-admin account add | show | lock | unlock | reset-password |
 * delete: one PACER account at a time, for trainers and the help desk. */
#include <config.h>

#include "admin/admin_account.h"

#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "admin/admin_account_mfa.h"
#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/settings.h"
#include "base/util.h"
#include "core/account_fields.h"
#include "core/pacer.h"
#include "core/staff.h"
#include "core/validate.h"

/* "account add" takes each detail as an option of the same name. */
#define N_DETAILS ACCOUNT_FIELD_COUNT

/* --minutes takes what the lockout-minutes setting takes, and its default. */
static const struct setting *const lockout_minutes = &settings_table[SETTING_LOCKOUT_MINUTES];

struct account_options {
	const char *username;
	const char *details[N_DETAILS]; /* NULL: not given */
	bool legacy;
	bool inactive;
	bool shared_firm;
	int minutes;
	bool yes;
};

/* Options after "account COMMAND USERNAME"; -1 when wrong, 1 for --help. */
static int parse_account_options(int argc, char **argv, struct account_options *o)
{
	enum {
		OPT_LEGACY = 256,
		OPT_MINUTES,
		OPT_YES,
		OPT_HELP,
		OPT_INACTIVE,
		OPT_SHARED_FIRM,
		OPT_DETAIL
	};
	static const struct option fixed[] = {
		{ "legacy", no_argument, NULL, OPT_LEGACY },
		{ "minutes", required_argument, NULL, OPT_MINUTES },
		{ "yes", no_argument, NULL, OPT_YES },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "inactive", no_argument, NULL, OPT_INACTIVE },
		{ "shared-firm", no_argument, NULL, OPT_SHARED_FIRM },
	};
	size_t n_fixed = sizeof fixed / sizeof fixed[0];
	struct option options[sizeof fixed / sizeof fixed[0] + N_DETAILS + 1];
	memcpy(options, fixed, sizeof fixed);
	for (size_t i = 0; i < N_DETAILS; i++)
		options[n_fixed + i] = (struct option){ account_fields[i].key, required_argument, NULL,
							OPT_DETAIL + (int)i };
	options[n_fixed + N_DETAILS] = (struct option){ NULL, 0, NULL, 0 };
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (c) {
		case OPT_LEGACY:
			o->legacy = true;
			break;
		case OPT_INACTIVE:
			o->inactive = true;
			break;
		case OPT_SHARED_FIRM:
			o->shared_firm = true;
			break;
		case OPT_MINUTES:
			if (!setting_number(lockout_minutes, optarg, &o->minutes)) {
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
			if (c < OPT_DETAIL || c >= OPT_DETAIL + (int)N_DETAILS)
				return -1;
			o->details[c - OPT_DETAIL] = optarg;
			break;
		}
	}
	if (optind + 1 != argc) {
		fprintf(stderr, _("%s: account takes one USERNAME.\n"), admin_program);
		return -1;
	}
	o->username = argv[optind];
	return 0;
}

/* The details given into the account; false with a message naming the
 * option when one is refused. */
static bool apply_details(const struct account_options *o, struct pacer_account *a)
{
	for (size_t i = 0; i < N_DETAILS; i++) {
		const struct account_field *d = &account_fields[i];
		const char *value = o->details[i];
		if (value == NULL)
			continue;
		char why_buffer[ERROR_MAX];
		const char *why = validate_text(value, (int)d->size - 1, why_buffer, sizeof why_buffer);
		if (why == NULL && d->check != NULL)
			why = d->check(value, why_buffer, sizeof why_buffer);
		if (why != NULL) {
			fprintf(stderr, "%s: --%s: %s\n", admin_program, d->key, why);
			return false;
		}
		copy_text((char *)a + d->offset, d->size, value);
	}
	a->kind = o->legacy ? ACCOUNT_LEGACY : ACCOUNT_UPGRADED;
	a->case_search_active = !o->inactive;
	a->shared_firm = o->shared_firm;
	return true;
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

/* One "label: value" line, lined up by columns (a Spanish label may
 * hold accented letters), the value escaped (it was typed). */
static void show_detail(const char *label, const char *value)
{
	char *with_colon = xasprintf("%s:", label);
	admin_print_cell(with_colon, 16);
	admin_print_cell(value, 0);
	free(with_colon);
}

/* Every detail that is set, the name first; never a hash. */
static void show_account(const struct pacer_account *a)
{
	char name[2 * STORE_TEXT_MAX], number[16];
	account_full_name(a, name, sizeof name);
	show_detail(_("username"), a->username);
	show_detail(_("name"), name);
	show_detail(_("kind"), a->kind == ACCOUNT_LEGACY ? _("legacy") : _("upgraded"));
	if (a->legacy_username[0])
		show_detail(_("legacy username"), a->legacy_username);
	show_detail(_("case search"), a->case_search_active ? _("active") : _("inactive"));
	if (a->registered_as[0])
		show_detail(_("registered as"), registration_label(a->registered_as));
	if (a->payment[0])
		show_detail(_("payment"), payment_label(a->payment));
	if (a->shared_firm)
		show_detail(_("shared firm"), _("yes"));
	for (size_t i = 0; i < N_DETAILS; i++) {
		const char *value = (const char *)a + account_fields[i].offset;
		if (value[0] != '\0' && account_fields[i].label != NULL)
			show_detail(_(account_fields[i].label), value);
	}
	snprintf(number, sizeof number, "%d", a->failed_logins);
	show_detail(_("failed logins"), number);
	show_detail(_("locked until"), a->locked_until[0] ? a->locked_until : "-");
}

/* What one account command works with. */
struct account_job {
	struct store *store;
	struct staff staff;
	const char *command;
	const struct account_options *o;
	const char *mfa_verb; /* account mfa VERB USERNAME */
	struct pacer_account *a;
	char password[256];
	char err[ERROR_MAX];
};

/* The outcome of a change: done, or the store's reason. */
static int account_changed(const struct account_job *job, bool ok)
{
	if (!ok) {
		fprintf(stderr, "%s: %s\n", admin_program, job->err);
		return EXIT_FAILURE_RUNTIME;
	}
	/* TRANSLATORS: %1$s is a username, %2$s a command such as lock. */
	printf(_("Done: account %2$s %1$s (see nextgen-admin audit).\n"), job->o->username, job->command);
	return EXIT_OK;
}

static int account_show(const struct admin_call *call)
{
	struct account_job *job = call->options;
	if (!staff_find_account(job->store, job->o->username, job->a, job->err, sizeof job->err)) {
		fprintf(stderr, "%s: %s\n", admin_program, job->err);
		return EXIT_FAILURE_RUNTIME;
	}
	show_account(job->a);
	return EXIT_OK;
}

static int account_lock(const struct admin_call *call)
{
	struct account_job *job = call->options;
	int minutes = job->o->minutes ? job->o->minutes : setting_default_number(lockout_minutes);
	return account_changed(job, staff_lock_account(job->store, &job->staff, job->o->username, minutes,
						       job->err, sizeof job->err));
}

static int account_unlock(const struct admin_call *call)
{
	struct account_job *job = call->options;
	return account_changed(job, staff_unlock_account(job->store, &job->staff, job->o->username, job->err,
							 sizeof job->err));
}

static int account_activate(const struct admin_call *call)
{
	struct account_job *job = call->options;
	return account_changed(job, staff_activate_account(job->store, &job->staff, job->o->username,
							   job->err, sizeof job->err));
}

static int account_reset_password(const struct admin_call *call)
{
	struct account_job *job = call->options;
	if (!read_new_password(job->password, sizeof job->password))
		return EXIT_FAILURE_RUNTIME;
	return account_changed(job, staff_reset_password(job->store, &job->staff, job->o->username,
							 job->password, job->err, sizeof job->err));
}

static int account_delete(const struct admin_call *call)
{
	struct account_job *job = call->options;
	if (!admin_go_ahead(xasprintf(_("Delete the PACER account %s? [y/N]"), job->o->username),
			    job->o->yes))
		return EXIT_FAILURE_RUNTIME;
	return account_changed(job, staff_delete_account(job->store, &job->staff, job->o->username, job->err,
							 sizeof job->err));
}

static int account_add(const struct admin_call *call)
{
	struct account_job *job = call->options;
	/* first and last name lead the table */
	if (job->o->details[0] == NULL || job->o->details[1] == NULL) {
		fprintf(stderr, _("%s: account add needs --first and --last.\n"), admin_program);
		return EXIT_FAILURE_RUNTIME;
	}
	copy_text(job->a->username, sizeof job->a->username, job->o->username);
	if (!apply_details(job->o, job->a) || !read_new_password(job->password, sizeof job->password))
		return EXIT_FAILURE_RUNTIME;
	return account_changed(job, staff_add_account(job->store, &job->staff, job->a, job->password,
						      job->err, sizeof job->err));
}

static int account_mfa(const struct admin_call *call)
{
	struct account_job *job = call->options;
	return admin_account_mfa(job->store, &job->staff, job->mfa_verb, job->o->username, job->o->yes);
}

static const struct admin_command account_commands[] = {
	{ .name = "add",
	  .synopsis = N_("account add USERNAME --first NAME --last NAME [--legacy] [DETAIL]..."),
	  .summary = N_("a new PACER account"),
	  .help = N_("a new account (upgraded unless --legacy); its password is read from\n"
		     "the terminal twice, or once from standard input. The details:\n"
		     "--middle --prefix --suffix --email --user-type --firm --unit\n"
		     "--address --address2 --city --state --county --zip --country\n"
		     "--phone (each with a value), --account NUMBER, --created DATE,\n"
		     "--birth-date DATE (YYYY-MM-DD), --inactive (no case search),\n"
		     "--shared-firm (a firm's shared account)\n"),
	  .run = account_add },
	{ .name = "show",
	  .synopsis = N_("account show USERNAME"),
	  .summary = N_("its details, state and links (never a secret)"),
	  .reads_only = true,
	  .run = account_show },
	{ .name = "lock",
	  .synopsis = N_("account lock USERNAME [--minutes M]"),
	  .summary = N_("locked for M minutes (without --minutes, lockout-minutes' default)"),
	  .run = account_lock },
	{ .name = "unlock",
	  .synopsis = N_("account unlock USERNAME"),
	  .summary = N_("unlocked, its failed logins forgotten"),
	  .run = account_unlock },
	{ .name = "activate",
	  .synopsis = N_("account activate USERNAME"),
	  .summary = N_("Case Search Status Active"),
	  .help = N_("Case Search Status Active, as when the activation code PACER mails a new\n"
		     "registrant is entered\n"),
	  .run = account_activate },
	{ .name = "reset-password",
	  .synopsis = N_("account reset-password USERNAME"),
	  .summary = N_("a new password, read as for add"),
	  .run = account_reset_password },
	{ .name = "mfa",
	  .synopsis = N_("account mfa show|add|reset USERNAME [--yes]"),
	  .summary = N_("its authentication apps: the passcode now, one added, all removed"),
	  .help = N_("show: the passcode each of its authentication apps shows now and the\n"
		     "next, with the seconds left (for a trainee without a phone), its\n"
		     "backup codes left and skips of the enrollment prompt; add: a new app\n"
		     "for a demonstration, its key printed once (grouped, as an otpauth://\n"
		     "URI and, on a terminal, as a QR code); reset: every app and backup\n"
		     "code removed and the skips forgotten (asks first unless --yes)\n"),
	  .run = account_mfa },
	{ .name = "delete",
	  .synopsis = N_("account delete USERNAME [--yes]"),
	  .summary = N_("gone, with its drafts and answers"),
	  .help = N_("gone, with its drafts and answers; its CM/ECF accounts stay, unlinked\n"
		     "(asks first unless --yes)\n"),
	  .run = account_delete },
};

const struct admin_group admin_account_group = {
	.description = N_("One PACER account at a time; every change is in the audit log.\n"),
	.commands = account_commands,
	.n_commands = sizeof account_commands / sizeof account_commands[0],
};

int admin_account_command(const struct admin_call *call)
{
	int status;
	if (admin_group_help(call, &status))
		return status;
	const struct admin_command *command = admin_group_find(call, call->words[0]);
	if (command == NULL)
		return EXIT_USAGE;
	struct account_options o = { 0 };
	/* account mfa VERB USERNAME: the verb is read as the command's name. */
	bool mfa = strcmp(command->name, "mfa") == 0 && call->n_words > 1;
	int parsed = parse_account_options(call->n_words - mfa, call->words + mfa, &o);
	if (parsed == 1) {
		admin_print_usage(stdout, call->command);
		return EXIT_OK;
	}
	if (parsed < 0)
		return admin_fail_usage();
	struct account_job *job = xcalloc(1, sizeof *job);
	job->staff = (struct staff){ admin_operator(), session_terminal() };
	job->command = command->name;
	job->mfa_verb = mfa ? call->words[1] : "";
	job->o = &o;
	job->a = xcalloc(1, sizeof *job->a);
	struct admin_call sub = { .command = command, .path = call->path, .options = job };
	status = admin_run_with_store(&sub, &job->store);
	wipe_memory(job->a, sizeof *job->a);
	free(job->a);
	wipe_memory(job, sizeof *job);
	free(job);
	return status;
}
