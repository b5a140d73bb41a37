/* SPDX-License-Identifier: MIT */
/* A practice account's multifactor authentication for a trainer: the
 * passcode its apps show now (for a trainee without a phone), an app
 * added for a demonstration, everything of it removed. The keys are
 * never printed but by add, once, to be given to an app. */
#include <config.h>

#include "admin/admin_account_mfa.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"
#include "core/mfa.h"
#include "core/mfa_account.h"

struct shown_apps {
	time_t now;
	int apps;
};

static bool show_app(const struct mfa_app *app, void *data)
{
	struct shown_apps *shown = data;
	char now_code[MFA_DIGITS + 1], next_code[MFA_DIGITS + 1];
	int left = MFA_STEP_SECONDS - (int)(shown->now % MFA_STEP_SECONDS);
	if (!mfa_code_at(app->secret, shown->now, now_code) ||
	    !mfa_code_at(app->secret, shown->now + MFA_STEP_SECONDS, next_code))
		return false;
	shown->apps++;
	printf(ngettext("%s (added %s UTC): %s now, for %d more second; then %s\n",
			"%s (added %s UTC): %s now, for %d more seconds; then %s\n", (unsigned long)left),
	       app->name, app->added_at, now_code, left, next_code);
	return true;
}

static int show_mfa(struct store *store, const struct pacer_account *account)
{
	struct shown_apps shown = { .now = time(NULL) };
	struct mfa_state mfa;
	if (!store_mfa_state(store, account->id, &mfa) ||
	    !store_each_mfa_app(store, account->id, show_app, &shown)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return EXIT_FAILURE_RUNTIME;
	}
	if (shown.apps == 0)
		printf(_("%s has no authentication app (Multifactor Auth: Not enrolled).\n"),
		       account->username);
	if (mfa.has_backup_codes)
		printf(ngettext("%d backup code left.\n", "%d backup codes left.\n",
				(unsigned long)mfa.backup_codes_left),
		       mfa.backup_codes_left);
	printf(ngettext("The enrollment prompt was skipped %d time.\n",
			"The enrollment prompt was skipped %d times.\n", (unsigned long)mfa.skips),
	       mfa.skips);
	return EXIT_OK;
}

/* The key as an app takes it: grouped for typing, the URI, and the QR
 * code when standard output is a terminal that shows it whole. */
static void give_key(const char *secret, const char *username)
{
	char grouped[64];
	mfa_group_secret(secret, grouped, sizeof grouped);
	char *uri = mfa_uri(secret, username);
	printf(_("Key (type it into the app, or scan the code): %s\n"), grouped);
	printf("%s\n", uri);
	struct mfa_picture picture;
	if (isatty(STDOUT_FILENO) && mfa_qr_picture(uri, false, &picture)) {
		for (int r = 0; r < picture.rows; r++)
			printf("%s\n", picture.lines[r]);
		mfa_picture_free(&picture);
	}
	free(uri);
}

int admin_account_mfa(struct store *store, const struct staff *staff, const char *verb, const char *username,
		      bool yes)
{
	char err[ERROR_MAX];
	if (strcmp(verb, "show") == 0) {
		struct pacer_account *a = xmalloc(sizeof *a);
		int status = EXIT_FAILURE_RUNTIME;
		if (!staff_find_account(store, username, a, err, sizeof err))
			fprintf(stderr, "%s: %s\n", admin_program, err);
		else
			status = show_mfa(store, a);
		wipe_memory(a, sizeof *a);
		free(a);
		return status;
	}
	if (strcmp(verb, "add") == 0) {
		char secret[MFA_BASE32_MAX];
		bool ok = staff_add_mfa_app(store, staff, username, _("Trainer's app"), secret, err,
					    sizeof err);
		if (ok)
			give_key(secret, username);
		else
			fprintf(stderr, "%s: %s\n", admin_program, err);
		wipe_memory(secret, sizeof secret);
		return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
	}
	if (strcmp(verb, "reset") == 0) {
		if (!admin_go_ahead(
			    xasprintf(_("Remove every authentication app and backup code of %s? [y/N]"),
				      username),
			    yes))
			return EXIT_FAILURE_RUNTIME;
		if (!staff_reset_mfa(store, staff, username, err, sizeof err)) {
			fprintf(stderr, "%s: %s\n", admin_program, err);
			return EXIT_FAILURE_RUNTIME;
		}
		printf(_("%s has no authentication app and no backup code now.\n"), username);
		return EXIT_OK;
	}
	fprintf(stderr, _("%s: account mfa takes show, add or reset, then a USERNAME.\n"), admin_program);
	return admin_fail_usage();
}
