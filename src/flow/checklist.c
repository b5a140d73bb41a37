/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/checklist.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "base/wrap.h"
#include "core/courts.h"
#include "core/notices.h"
#include "core/validate.h"
#include "flow/help.h"

static void add_step(struct checklist *list, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void add_step(struct checklist *list, const char *fmt, ...)
{
	if (list->count == CHECKLIST_MAX_STEPS)
		return;
	va_list ap;
	va_start(ap, fmt);
	/* The analyzer misses va_start above on this path. */
	vsnprintf(list->steps[list->count++], sizeof list->steps[0], fmt,
		  ap); /* NOLINT(clang-analyzer-valist.Uninitialized) */
	va_end(ap);
}

static void add_notice(struct checklist *list, enum notice_id id)
{
	if (list->n_notices < CHECKLIST_MAX_NOTICES)
		list->notices[list->n_notices++] = id;
}

/* The warnings the courts gave people in this person's place, in the
 * order they meet them. */
static void add_notices(const struct checklist_answers *a, struct checklist *list)
{
	if (!a->individual_account) {
		add_notice(list, N1_INDIVIDUAL_ACCOUNT);
		add_notice(list, N2_ACCOUNT_FREE);
		add_notice(list, N13_NO_SHARED_LOGIN);
	}
	if (a->legacy != 0 && a->individual_account) {
		add_notice(list, N3_LEGACY_MUST_UPGRADE);
		add_notice(list, N4_UPGRADE_LOGIN_NAME);
	}
	add_notice(list, N8_KNOW_ECF_LOGIN);
	if (a->court != NULL) {
		if (!court_is_live(a->court, a->today))
			add_notice(list, N9_NOT_BEFORE_GO_LIVE);
		add_notice(list, N10_ONE_TIME);
	}
	add_notice(list, N17_PERMANENT_LINK);
	add_notice(list, N21_LINK_FAILED);
}

static void add_court_steps(const struct checklist_answers *a, struct checklist *list)
{
	char live[64], deadline[256];
	const struct court *court = a->court;
	court_format_date(court->nextgen_date, live, sizeof live);
	if (court_is_live(court, a->today))
		add_step(list, _("%s is on NextGen CM/ECF since %s: you can link now."), court->name, live);
	else
		add_step(list, _("%s moves to NextGen CM/ECF on %s. Linking is possible only from that day."),
			 court->name, live);
	notice_format(N11_DEADLINE, court, 0, deadline, sizeof deadline);
	add_step(list, "%s", deadline);
	if (court->outage_start[0] != '\0') {
		char outage[256];
		notice_format(N12_OUTAGE, court, 0, outage, sizeof outage);
		add_step(list, "%s", outage);
	}
	if (a->individual_account)
		add_step(list,
			 _("At %s: log in to its Document Filing System with your upgraded PACER "
			   "account, choose Utilities, then \"Link a CM/ECF account to my PACER account\", "
			   "type your old CM/ECF login and password, and confirm."),
			 court->id);
	else
		add_step(list,
			 _("At %s: log in to its Document Filing System with your own new PACER "
			   "account (never the shared one), choose Utilities, then \"Link a CM/ECF "
			   "account to my PACER account\", type your own old CM/ECF login and "
			   "password, and confirm."),
			 court->id);
}

/* PACER since August 2025: the password rules, then MFA. */
static void add_2025_steps(struct checklist *list)
{
	add_step(list,
		 _("Know your PACER password: since August 25, 2025 it has %d to %d characters, a "
		   "lower-case letter, a capital and a special character, and no part of your name, "
		   "username or e-mail. An older password is changed at the next login (\"User Update "
		   "Required\")."),
		 PASSWORD_2025_MIN_CHARS, PASSWORD_MAX_CHARS);
	add_step(list, _("Enroll in multifactor authentication (MFA), required for filers: have your "
			 "phone with an authentication app (FreeOTP, Google Authenticator, Microsoft "
			 "Authenticator, Authy) and your e-mail at hand; PACER e-mails a security code "
			 "first. Then get the ten backup codes and keep them with this list."));
}

void checklist_build(const struct checklist_answers *a, struct checklist *list)
{
	memset(list, 0, sizeof *list);
	if (!a->individual_account)
		add_step(list, "%s %s", _(notice_get(N1_INDIVIDUAL_ACCOUNT)->text),
			 _("Register your own account first: it is free (Manage My Account login, Need an "
			   "Account?)."));
	if (!a->individual_account)
		/* The account they have is the shared one: never upgrade or link
		 * it; the new individual account is upgraded from the start. */
		add_step(list, _("Do not upgrade or link the shared account. Your own new account is "
				 "already an upgraded one: use it for everything below."));
	else if (a->legacy == 1)
		add_step(list, _("Upgrade your legacy PACER account (Manage My Account, Upgrade): Person, "
				 "Address and Security tabs. Afterwards use the new username."));
	else if (a->legacy == -1)
		add_step(list, _("Log in to Manage My Account and look at the Account Type. If it says "
				 "\"Legacy PACER Account\", upgrade it before linking."));
	if (!a->knows_ecf_login)
		add_step(list, _("Find your current CM/ECF login and password for this court. If you "
				 "forgot them, the court's CM/ECF help desk resets them; PACER cannot."));
	if (a->era_2025)
		add_2025_steps(list);
	if (a->court != NULL)
		add_court_steps(a, list);
	add_notices(a, list);
}

#define PAGE_COLUMNS 80

/* text after prefix, its words wrapped at PAGE_COLUMNS, the lines after
 * the first indented as far as the prefix: a page any printer takes. */
static void write_wrapped(FILE *out, const char *prefix, const char *text)
{
	int indent = text_columns(prefix);
	struct wrapped w;
	wrap_text(text, PAGE_COLUMNS - indent, &w);
	for (size_t i = 0; i < w.count; i++) {
		if (i == 0)
			fprintf(out, "%s%s\n", prefix, w.lines[i]);
		else
			fprintf(out, "%*s%s\n", indent, "", w.lines[i]);
	}
	wrapped_free(&w);
}

static void write_notices(const struct checklist *list, const struct court *court, FILE *out)
{
	if (list->n_notices == 0)
		return;
	fprintf(out, "\n%s\n", _("What the courts told filers"));
	for (int i = 0; i < list->n_notices; i++) {
		char text[1024];
		notice_format(list->notices[i], court, 0, text, sizeof text);
		write_wrapped(out, "- ", text);
	}
}

bool checklist_write(const struct checklist *list, const struct court *court, const char *person, FILE *out)
{
	fprintf(out, "%s\n", _("My NextGen CM/ECF checklist"));
	if (person != NULL)
		write_wrapped(out, "", person);
	if (court != NULL) {
		char *heading = xasprintf("%s (%s)", court->name, court->id);
		write_wrapped(out, "", heading);
		free(heading);
	}
	fputc('\n', out);
	for (int i = 0; i < list->count; i++) {
		char number[16];
		snprintf(number, sizeof number, "%d. ", i + 1);
		write_wrapped(out, number, list->steps[i]);
	}
	write_notices(list, court, out);
	fprintf(out, "\n%s\n", _("Who can help"));
	write_wrapped(out, "- ", help_psc_contact());
	if (court != NULL) {
		char *desk = help_court_contact(court);
		write_wrapped(out, "- ", desk);
		free(desk);
	}
	fputc('\n', out);
	write_wrapped(out, "",
		      _("(Printed from the nextgen-wizard practice system: nothing was "
			"sent to PACER or to the court.)"));
	return !ferror(out);
}
