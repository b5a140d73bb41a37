/* SPDX-License-Identifier: MIT */
/* Writing a practice database back out as a scenario file, so a class
 * prepared on one host can be loaded on another. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/account_fields.h"
#include "core/courts.h"
#include "core/scenario.h"
#include "core/settings.h"

struct dump {
	struct store *store;
	FILE *out;
	const char *why; /* set when a value cannot be written */
	char class_name[STORE_TEXT_MAX]; /* the [class] written last */
};

/* An empty value is left out: the loader's default is empty. A value
 * the format cannot carry (a line break, blanks at either end that the
 * loader would trim) stops the dump rather than change on the way. */
static void put(struct dump *d, const char *key, const char *value)
{
	if (value == NULL || value[0] == '\0')
		return;
	size_t n = strlen(value);
	if (strpbrk(value, "\r\n") != NULL || value[0] == ' ' || value[0] == '\t' || value[n - 1] == ' ' ||
	    value[n - 1] == '\t') {
		d->why = _("a value holds a line break or blanks at its ends and cannot be written");
		return;
	}
	fprintf(d->out, "%s = %s\n", key, value);
}

static bool dump_settings(struct dump *d)
{
	struct store_settings s;
	if (!store_load_settings(d->store, &s))
		return false;
	fputs("[settings]\n", d->out);
	for (size_t i = 0; i < SETTING_COUNT; i++) {
		const struct setting *setting = &settings_table[i];
		char value[SETTING_TEXT_MAX];
		if (!setting->in_scenario)
			continue;
		settings_format(&s, setting, value, sizeof value);
		if (setting->type == SETTING_DATE)
			/* Written even when empty: loading must bring back the real date. */
			fprintf(d->out, "%s =%s%s\n", setting->name, value[0] ? " " : "", value);
		else
			put(d, setting->name, value);
	}
	return true;
}

static bool dump_court(const struct court *c, void *data)
{
	struct dump *d = data;
	fputs("\n[court]\n", d->out);
	put(d, "id", c->id);
	put(d, "type", court_type_keyword(c->type));
	put(d, "name", c->name);
	put(d, "nextgen-date", c->nextgen_date);
	put(d, "outage-start", c->outage_start);
	put(d, "outage-end", c->outage_end);
	put(d, "help-desk", c->help_desk);
	return d->why == NULL;
}

static void dump_details(struct dump *d, const struct pacer_account *a)
{
	for (size_t i = 0; i < ACCOUNT_FIELD_COUNT; i++)
		put(d, account_fields[i].key, (const char *)a + account_fields[i].offset);
}

static bool dump_pacer_account(const struct pacer_account *a, void *data)
{
	struct dump *d = data;
	fputs("\n[pacer]\n", d->out);
	put(d, "username", a->username);
	put(d, "password-hash", a->password_hash);
	put(d, "kind", a->kind == ACCOUNT_LEGACY ? "legacy" : "upgraded");
	put(d, "case-search", a->case_search_active ? "active" : "inactive");
	if (a->shared_firm)
		put(d, "shared-firm", "yes");
	put(d, "legacy-username", a->legacy_username);
	if (a->upgraded_at[0] != '\0')
		put(d, "upgraded-at", a->upgraded_at);
	put(d, "registered-as", a->registered_as);
	put(d, "payment", a->payment);
	dump_details(d, a);
	struct security_answers answers;
	if (!store_get_security_answers(d->store, a->id, &answers))
		return false;
	for (int i = 0; i < answers.count; i++) {
		char key[32];
		snprintf(key, sizeof key, "question%d", answers.positions[i]);
		put(d, key, answers.questions[i]);
		snprintf(key, sizeof key, "answer%d-hash", answers.positions[i]);
		put(d, key, answers.answer_hashes[i]);
	}
	return d->why == NULL;
}

static bool dump_ecf_account(const struct ecf_account *e, void *data)
{
	struct dump *d = data;
	fputs("\n[ecf]\n", d->out);
	put(d, "court", e->court_id);
	put(d, "login", e->login);
	put(d, "password-hash", e->password_hash);
	put(d, "name", e->name);
	if (e->pacer_account_id > 0) {
		struct pacer_account *owner = xmalloc(sizeof *owner);
		bool found = false;
		bool ok = store_find_pacer_account_by_id(d->store, e->pacer_account_id, owner, &found);
		if (ok && found)
			put(d, "linked-to", owner->username);
		free(owner);
		if (!ok)
			return false;
		put(d, "linked-at", e->linked_at);
	}
	return d->why == NULL;
}

static bool dump_trainee(const struct class_member_state *m, void *data)
{
	struct dump *d = data;
	if (strcmp(d->class_name, m->start.class_name) != 0) {
		copy_text(d->class_name, sizeof d->class_name, m->start.class_name);
		fputs("\n[class]\n", d->out);
		put(d, "name", m->start.class_name);
		put(d, "court", m->class_court);
		put(d, "kind", m->class_kind);
	}
	char position[16];
	snprintf(position, sizeof position, "%d", m->start.position);
	fputs("\n[trainee]\n", d->out);
	put(d, "class", m->start.class_name);
	put(d, "position", position);
	put(d, "username", m->username);
	put(d, "court-login", m->ecf_login);
	put(d, "start-username", m->start.start_username);
	put(d, "start-password-hash", m->start.start_password_hash);
	put(d, "start-kind", m->start.start_kind);
	/* What the trainee did, so a loaded class reports as it was. */
	const struct member_progress *p = &m->start.progress;
	const int counts[] = { p->logins, p->failed_logins, p->lockouts };
	const char *const count_keys[] = { "logins", "failed-logins", "lockouts" };
	for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
		char number[16];
		snprintf(number, sizeof number, "%d", counts[i]);
		if (counts[i] != 0)
			put(d, count_keys[i], number);
	}
	if (p->upgrade_started_at[0] != '\0')
		put(d, "upgrade-started-at", p->upgrade_started_at);
	if (p->link_started_at[0] != '\0')
		put(d, "link-started-at", p->link_started_at);
	return d->why == NULL;
}

bool scenario_dump(struct store *store, FILE *out, char *err, size_t err_size)
{
	struct dump d = { .store = store, .out = out };
	fputs(_("# A nextgen-wizard scenario, written by nextgen-admin scenario dump.\n"
		"# Load it with: nextgen-admin scenario load FILE\n"
		"# Passwords and security answers are crypt(3) hashes, never in clear;\n"
		"# keep the file as private as the database.\n\n"),
	      out);
	bool ok = dump_settings(&d) && store_each_court(store, dump_court, &d) &&
		  store_each_pacer_account(store, dump_pacer_account, &d) &&
		  store_each_ecf_account(store, dump_ecf_account, &d) &&
		  store_each_class_member(store, dump_trainee, &d);
	if (!ok && d.why == NULL)
		d.why = store_error(store);
	if (d.why == NULL && (fflush(out) != 0 || ferror(out)))
		d.why = _("the file could not be written");
	if (d.why != NULL)
		copy_text(err, err_size, d.why);
	return d.why == NULL;
}
