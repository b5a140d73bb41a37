/* SPDX-License-Identifier: MIT */
/* nextgen-admin class report | certificates: what each trainee did,
 * read from the progress kept with the trainee and the room's newest
 * session, in local time. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "admin/admin_class_manage.h"
#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/times.h"
#include "base/util.h"
#include "core/dates.h"
#include "flow/room.h"

struct report {
	bool csv;
	const char *class_name;
	int era; /* the setting: the MFA column says "-" before 2025 */
	int mfa_width;
	char host[64];
	int trainees, logged_in, upgraded, linked;
	long long upgrade_seconds, link_seconds; /* sums over those timed */
	int upgrades_timed, links_timed;
};

/* How long each step took, from its first screen; -1 when not known. */
static long long upgrade_took(const struct trainee_progress *t)
{
	if (t->started_upgraded)
		return -1;
	return utc_text_interval(t->progress.upgrade_started_at, t->upgraded_at);
}

static long long link_took(const struct trainee_progress *t)
{
	return utc_text_interval(t->progress.link_started_at, t->linked_at);
}

static void count_trainee(struct report *r, const struct trainee_progress *t, long long upgrade,
			  long long link)
{
	r->trainees++;
	r->logged_in += t->progress.logins > 0;
	r->upgraded += t->upgraded_at[0] != '\0';
	r->linked += t->linked_at[0] != '\0';
	if (upgrade >= 0) {
		r->upgrade_seconds += upgrade;
		r->upgrades_timed++;
	}
	if (link >= 0) {
		r->link_seconds += link;
		r->links_timed++;
	}
}

static void print_csv_row(const struct report *r, const struct trainee_progress *t, long long upgrade,
			  long long link, const char *step, const char *mfa)
{
	char position[16], logins[16], failed[16], lockouts[16], upgrade_s[24], link_s[24];
	char upgraded_at[40], linked_at[40];
	snprintf(position, sizeof position, "%d", t->position);
	snprintf(logins, sizeof logins, "%d", t->progress.logins);
	snprintf(failed, sizeof failed, "%d", t->progress.failed_logins);
	snprintf(lockouts, sizeof lockouts, "%d", t->progress.lockouts);
	snprintf(upgrade_s, sizeof upgrade_s, upgrade >= 0 ? "%lld" : "", upgrade);
	snprintf(link_s, sizeof link_s, link >= 0 ? "%lld" : "", link);
	if (t->started_upgraded)
		copy_text(upgraded_at, sizeof upgraded_at, "before");
	else
		local_time_iso(t->upgraded_at, upgraded_at, sizeof upgraded_at);
	local_time_iso(t->linked_at, linked_at, sizeof linked_at);
	const char *cells[] = { r->host,
				r->class_name,
				position,
				t->name,
				t->start_username,
				t->username,
				logins,
				upgraded_at,
				upgrade_s,
				linked_at,
				link_s,
				t->linked_at[0] ? t->court_id : "",
				failed,
				lockouts,
				step,
				mfa };
	size_t n = sizeof cells / sizeof cells[0];
	for (size_t i = 0; i < n; i++)
		write_csv_field(stdout, cells[i], i + 1 == n);
}

static bool print_trainee(const struct trainee_progress *t, void *data)
{
	struct report *r = data;
	long long upgrade = upgrade_took(t), link = link_took(t);
	count_trainee(r, t, upgrade, link);
	char step[64];
	if (!t->connected_once && t->upgraded_at[0] == '\0' && t->linked_at[0] == '\0' &&
	    !t->started_upgraded)
		copy_text(step, sizeof step, _("Not started"));
	else
		room_step_words(t->screen, t->upgraded, t->linked_at[0] != '\0', step, sizeof step);
	char mfa[64];
	room_mfa_word(&t->mfa, r->era, mfa, sizeof mfa);
	if (r->csv) {
		/* "-" would be written defused ('-): a cell not known is empty. */
		print_csv_row(r, t, upgrade, link, step, strcmp(mfa, "-") == 0 ? "" : mfa);
		return true;
	}
	char upgraded[40], linked[40], upgrade_text[24], link_text[24];
	if (t->started_upgraded)
		copy_text(upgraded, sizeof upgraded, _("before the class"));
	else
		local_time_text(t->upgraded_at[0] ? t->upgraded_at : "-", upgraded, sizeof upgraded);
	local_time_text(t->linked_at[0] ? t->linked_at : "-", linked, sizeof linked);
	duration_text(upgrade, upgrade_text, sizeof upgrade_text);
	duration_text(link, link_text, sizeof link_text);
	printf("%3d  ", t->position);
	admin_print_cell(t->name, 22);
	admin_print_cell(t->start_username, 15);
	admin_print_cell(t->progress.logins > 0 ? _("yes") : _("no"), 4);
	admin_print_cell(upgraded, 16);
	admin_print_cell(upgrade_text, 9);
	admin_print_cell(linked, 16);
	admin_print_cell(link_text, 9);
	printf("%6d %6d  ", t->progress.failed_logins, t->progress.lockouts);
	if (r->era >= 2025)
		admin_print_cell(mfa, r->mfa_width);
	admin_print_cell(step, 0);
	return true;
}

static void print_heading(const struct report *r)
{
	if (r->csv) {
		puts("host,class,trainee,name,first_username,username,logins,upgraded_at,upgrade_seconds,"
		     "linked_at,link_seconds,court,failed_logins,lockouts,step,mfa");
		return;
	}
	printf("%3s  ", "#");
	admin_print_cell(_("NAME"), 22);
	admin_print_cell(_("USERNAME"), 15);
	admin_print_cell(_("IN"), 4);
	admin_print_cell(_("UPGRADED"), 16);
	admin_print_cell(_("TOOK"), 9);
	admin_print_cell(_("LINKED"), 16);
	admin_print_cell(_("TOOK"), 9);
	printf("%6s %6s  ", _("FAILED"), _("LOCKS"));
	/* 2021's PACER had no MFA: its column is left out of the table (the
	 * CSV keeps its columns, empty). */
	if (r->era >= 2025)
		admin_print_cell(_("MFA"), r->mfa_width);
	admin_print_cell(_("NOW"), 0);
}

static void print_totals(const struct report *r, const char *court)
{
	printf(_("\nClass %s at %s: %d trainees; %d logged in, %d upgraded, %d linked.\n"), r->class_name,
	       court, r->trainees, r->logged_in, r->upgraded, r->linked);
	char upgrade[24], link[24], zone[64];
	duration_text(r->upgrades_timed ? r->upgrade_seconds / r->upgrades_timed : -1, upgrade,
		      sizeof upgrade);
	duration_text(r->links_timed ? r->link_seconds / r->links_timed : -1, link, sizeof link);
	printf(_("Each step took, on average: the upgrade %s, the link %s (from its first screen to done).\n"),
	       upgrade, link);
	local_zone_text(zone, sizeof zone);
	printf(_("Times are this computer's local time (%s); FAILED counts wrong passwords, LOCKS each lock "
		 "once.\n"),
	       zone);
}

int admin_class_report(const char *path, const struct class_options *o)
{
	struct store *store = admin_open_store_to_read(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char court[STORE_COURT_ID_MAX];
	bool found = false;
	int status = EXIT_FAILURE_RUNTIME;
	struct store_settings settings;
	struct report r = { .csv = o->csv, .class_name = o->name, .mfa_width = admin_mfa_width() };
	if (gethostname(r.host, sizeof r.host) != 0)
		r.host[0] = '\0';
	r.host[sizeof r.host - 1] = '\0';
	if (!store_class_exists(store, o->name, court, &found) || !store_load_settings(store, &settings))
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	else if (!found)
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, o->name);
	else {
		r.era = settings.era;
		if (o->excel)
			fputs(UTF8_BYTE_ORDER_MARK, stdout);
		print_heading(&r);
		if (store_each_trainee(store, o->name, print_trainee, &r)) {
			status = EXIT_OK;
			if (!o->csv)
				print_totals(&r, court);
		} else {
			fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		}
	}
	store_close(store);
	return status;
}

struct certificates {
	const struct court *court;
	const char *class_name;
	FILE *out;
	int pages;
};

/* A stored UTC time's local day, in words. */
static void day_in_words(const char *utc, char *out, size_t size)
{
	char local[40];
	local_time_text(utc, local, sizeof local);
	local[10] = '\0';
	dates_in_words(local, false, out, size);
}

static bool print_certificate(const struct trainee_progress *t, void *data)
{
	struct certificates *c = data;
	if (t->linked_at[0] == '\0' || (!t->upgraded && !t->started_upgraded))
		return true;
	char linked[64];
	day_in_words(t->linked_at, linked, sizeof linked);
	if (c->pages++ > 0)
		fputc('\f', c->out);
	fprintf(c->out, "\n\n%s\n", _("CERTIFICATE OF COMPLETION"));
	fprintf(c->out, "%s\n\n", _("NextGen CM/ECF practice with nextgen-wizard"));
	fprintf(c->out, _("  %s\n\n  completed the class %s, for the %s (%s):\n\n"), t->name, c->class_name,
		c->court->name, c->court->id);
	if (!t->started_upgraded) {
		char upgraded[64];
		day_in_words(t->upgraded_at, upgraded, sizeof upgraded);
		fprintf(c->out, _("  - upgraded a legacy PACER account (%s)\n"), upgraded);
	}
	fprintf(c->out, _("  - linked a CM/ECF e-filing account to the PACER account (%s)\n"), linked);
	fputs(_("\n  This was practice on a training system with practice accounts, not on PACER or a "
		"court's\n  CM/ECF.\n"),
	      c->out);
	return !ferror(c->out);
}

int admin_class_certificates(const char *path, const struct class_options *o)
{
	struct store *store = admin_open_store_to_read(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char court_id[STORE_COURT_ID_MAX];
	struct court court;
	bool found = false, court_found = false;
	int status = EXIT_FAILURE_RUNTIME;
	if (!store_class_exists(store, o->name, court_id, &found) ||
	    (found && !store_find_court(store, court_id, &court, &court_found)))
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	else if (!found)
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, o->name);
	else if (!court_found)
		fprintf(stderr, _("%s: the class's court %s is no longer in the catalogue.\n"), admin_program,
			court_id);
	else {
		FILE *out = admin_class_open_output(o->output, false);
		struct certificates c = { &court, o->name, out, 0 };
		if (out != NULL && store_each_trainee(store, o->name, print_certificate, &c))
			status = EXIT_OK;
		else if (out != NULL)
			fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		if (out != NULL && !admin_class_close_output(out, o->output))
			status = EXIT_FAILURE_RUNTIME;
		if (status == EXIT_OK && c.pages == 0)
			fprintf(stderr,
				_("%s: no trainee of %s has linked yet; no certificate was printed.\n"),
				admin_program, o->name);
		else if (status == EXIT_OK && out != stdout)
			printf(ngettext("%d certificate for class %s written to %s.\n",
					"%d certificates for class %s written to %s.\n",
					(unsigned long)c.pages),
			       c.pages, o->name, o->output);
	}
	store_close(store);
	return status;
}
