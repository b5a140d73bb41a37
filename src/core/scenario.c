/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/scenario.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/times.h"
#include "base/util.h"
#include "core/account_fields.h"
#include "core/auth.h"
#include "core/courts.h"
#include "core/pacer.h"
#include "core/settings.h"
#include "core/validate.h"

#define MAX_QUESTIONS 3
/* Only a check that a value is text: each key has its own size. */
#define SCENARIO_LINE_CHARS_MAX 1024

enum section {
	SECTION_NONE,
	SECTION_SETTINGS,
	SECTION_COURT,
	SECTION_PACER,
	SECTION_ECF,
	SECTION_CLASS,
	SECTION_TRAINEE
};

static const char *const section_names[] = {
	[SECTION_SETTINGS] = "[settings]", [SECTION_COURT] = "[court]", [SECTION_PACER] = "[pacer]",
	[SECTION_ECF] = "[ecf]",           [SECTION_CLASS] = "[class]", [SECTION_TRAINEE] = "[trainee]",
};

/* A trainee of a dumped class, and the class itself. */
struct trainee_record {
	char class_name[STORE_TEXT_MAX];
	char court_id[STORE_COURT_ID_MAX];
	char kind[16];
	char position[8];
	char username[STORE_TEXT_MAX];
	char court_login[STORE_TEXT_MAX];
	char start_username[STORE_TEXT_MAX];
	char start_password_hash[AUTH_HASH_MAX];
	char start_kind[16];
	char logins[12], failed_logins[12], lockouts[12];
	char upgrade_started_at[STORE_TIME_MAX], link_started_at[STORE_TIME_MAX];
};

struct record {
	enum section section;
	unsigned long line; /* where the section started, for messages */
	char why[256]; /* a message made for this line */
	struct pacer_account pacer;
	struct ecf_account ecf;
	struct court court;
	struct trainee_record trainee;
	char court_type[16];
	char password[STORE_TEXT_MAX];
	char password_hash[AUTH_HASH_MAX]; /* a dump carries hashes, never passwords */
	char linked_to[STORE_TEXT_MAX];
	char questions[MAX_QUESTIONS][STORE_TEXT_MAX];
	char answers[MAX_QUESTIONS][STORE_TEXT_MAX];
	char answer_hashes[MAX_QUESTIONS][AUTH_HASH_MAX];
	/* A line of [settings]: the setting and its value as stored. */
	const struct setting *setting;
	char setting_value[SETTING_TEXT_MAX];
};

/* A scenario read, its secrets hashed, its records in the file's order. */
struct scenario {
	char *name;
	char why[256]; /* a message made for the line being read */
	struct record **records;
	size_t n, cap;
};

struct text_key {
	const char *key;
	size_t offset;
	size_t size;
};

#define RECORD_TEXT(key, member)                                                         \
	{                                                                                \
		key, offsetof(struct record, member), sizeof((struct record *)0)->member \
	}
#define PACER_TEXT(key, member) RECORD_TEXT(key, pacer.member)

/* The account's details come from account_fields; these two are the
 * loader's own. */
static const struct text_key pacer_text_keys[] = {
	PACER_TEXT("username", username),
	PACER_TEXT("legacy-username", legacy_username),
	PACER_TEXT("upgraded-at", upgraded_at),
};

static const struct text_key ecf_text_keys[] = {
	RECORD_TEXT("court", ecf.court_id),      RECORD_TEXT("login", ecf.login),
	RECORD_TEXT("name", ecf.name),           RECORD_TEXT("linked-to", linked_to),
	RECORD_TEXT("linked-at", ecf.linked_at),
};

static const struct text_key court_text_keys[] = {
	RECORD_TEXT("id", court.id),
	RECORD_TEXT("name", court.name),
	RECORD_TEXT("type", court_type),
	RECORD_TEXT("nextgen-date", court.nextgen_date),
	RECORD_TEXT("outage-start", court.outage_start),
	RECORD_TEXT("outage-end", court.outage_end),
	RECORD_TEXT("help-desk", court.help_desk),
};

static const struct text_key class_text_keys[] = {
	RECORD_TEXT("name", trainee.class_name),
	RECORD_TEXT("court", trainee.court_id),
	RECORD_TEXT("kind", trainee.kind),
};

static const struct text_key trainee_text_keys[] = {
	RECORD_TEXT("class", trainee.class_name),
	RECORD_TEXT("position", trainee.position),
	RECORD_TEXT("username", trainee.username),
	RECORD_TEXT("court-login", trainee.court_login),
	RECORD_TEXT("start-username", trainee.start_username),
	RECORD_TEXT("start-password-hash", trainee.start_password_hash),
	RECORD_TEXT("start-kind", trainee.start_kind),
	RECORD_TEXT("logins", trainee.logins),
	RECORD_TEXT("failed-logins", trainee.failed_logins),
	RECORD_TEXT("lockouts", trainee.lockouts),
	RECORD_TEXT("upgrade-started-at", trainee.upgrade_started_at),
	RECORD_TEXT("link-started-at", trainee.link_started_at),
};

/* Where a key's value goes: NULL when the key is not one of these, else
 * NULL in *why or the reason it was refused. */
static bool set_text_key(struct record *r, const struct text_key *keys, size_t n, const char *key,
			 const char *value, const char **why)
{
	for (size_t i = 0; i < n; i++) {
		if (strcmp(key, keys[i].key) != 0)
			continue;
		*why = strlen(value) >= keys[i].size ? _("the value is too long") : NULL;
		if (*why == NULL)
			copy_text((char *)r + keys[i].offset, keys[i].size, value);
		return true;
	}
	return false;
}

#define SET_TEXT_KEY(r, keys, key, value, why) \
	set_text_key(r, keys, sizeof(keys) / sizeof(keys)[0], key, value, why)

static void wipe_record(struct record *r)
{
	wipe_memory(r, sizeof *r);
}

static bool parse_yes_no(const char *value, bool *out)
{
	if (strcmp(value, "yes") == 0 || strcmp(value, "active") == 0)
		*out = true;
	else if (strcmp(value, "no") == 0 || strcmp(value, "inactive") == 0)
		*out = false;
	else
		return false;
	return true;
}

/* A crypt(3) hash as a dump writes it: "$id$...", no blanks. */
static const char *set_hash(char dst[AUTH_HASH_MAX], const char *value)
{
	if (value[0] != '$' || strlen(value) >= AUTH_HASH_MAX || strpbrk(value, " \t") != NULL)
		return _("a hash is a crypt(3) string such as $y$...");
	copy_text(dst, AUTH_HASH_MAX, value);
	return NULL;
}

static const char *set_pacer_key(struct record *r, const char *key, const char *value)
{
	const char *why = NULL;
	if (SET_TEXT_KEY(r, pacer_text_keys, key, value, &why))
		return why;
	for (size_t i = 0; i < ACCOUNT_FIELD_COUNT; i++) {
		const struct account_field *f = &account_fields[i];
		if (strcmp(key, f->key) == 0) {
			if (strlen(value) >= f->size)
				return _("the value is too long");
			copy_text((char *)&r->pacer + f->offset, f->size, value);
			return NULL;
		}
	}
	if (strcmp(key, "kind") == 0) {
		if (strcmp(value, "legacy") == 0)
			r->pacer.kind = ACCOUNT_LEGACY;
		else if (strcmp(value, "upgraded") == 0)
			r->pacer.kind = ACCOUNT_UPGRADED;
		else
			return _("kind must be legacy or upgraded");
		return NULL;
	}
	if (strcmp(key, "case-search") == 0)
		return parse_yes_no(value, &r->pacer.case_search_active)
			       ? NULL
			       : _("case-search must be active or inactive");
	if (strcmp(key, "shared-firm") == 0)
		return parse_yes_no(value, &r->pacer.shared_firm) ? NULL : _("shared-firm must be yes or no");
	if (strcmp(key, "registered-as") == 0) {
		if (registration_label(value)[0] == '\0')
			return _("registered-as must be case-search, attorney or non-attorney");
		copy_text(r->pacer.registered_as, sizeof r->pacer.registered_as, value);
		return NULL;
	}
	if (strcmp(key, "payment") == 0) {
		if (payment_label(value)[0] == '\0')
			return _("payment must be method, later or exemption");
		copy_text(r->pacer.payment, sizeof r->pacer.payment, value);
		return NULL;
	}
	if (strncmp(key, "question", 8) == 0 || strncmp(key, "answer", 6) == 0) {
		bool question = key[0] == 'q';
		const char *digit = key + (question ? 8 : 6);
		bool hashed = !question && strcmp(digit + 1, "-hash") == 0;
		if (digit[0] < '1' || digit[0] > '0' + MAX_QUESTIONS || (digit[1] != '\0' && !hashed))
			return _("security questions are numbered 1 to 3");
		int i = digit[0] - '1';
		if (hashed)
			return set_hash(r->answer_hashes[i], value);
		copy_text(question ? r->questions[i] : r->answers[i], STORE_TEXT_MAX, value);
		return NULL;
	}
	return _("unknown key");
}

static const char *set_section_key(struct record *r, const char *key, const char *value)
{
	const char *why = NULL;
	bool known = false;
	switch (r->section) {
	case SECTION_PACER:
		return set_pacer_key(r, key, value);
	case SECTION_ECF:
		known = SET_TEXT_KEY(r, ecf_text_keys, key, value, &why);
		break;
	case SECTION_COURT:
		known = SET_TEXT_KEY(r, court_text_keys, key, value, &why);
		break;
	case SECTION_CLASS:
		known = SET_TEXT_KEY(r, class_text_keys, key, value, &why);
		break;
	case SECTION_TRAINEE:
		if (strcmp(key, "start-password-hash") == 0)
			return set_hash(r->trainee.start_password_hash, value);
		known = SET_TEXT_KEY(r, trainee_text_keys, key, value, &why);
		break;
	case SECTION_SETTINGS:
	case SECTION_NONE:
		break;
	}
	return known ? why : _("unknown key");
}

/* The secrets of an account record, hashed before anything is stored
 * (scenario_read): at the library's cost a hash takes some 50 ms, which
 * must not be spent holding the database's write lock. The clear text
 * is wiped as soon as it is hashed. */
static const char *hash_secrets(struct record *r)
{
	if (r->section != SECTION_PACER && r->section != SECTION_ECF)
		return NULL;
	if (r->password[0] != '\0') {
		if (r->password_hash[0] != '\0')
			return _("give password or password-hash, not both");
		bool hashed = auth_hash_secret(r->password, r->password_hash);
		wipe_memory(r->password, sizeof r->password);
		if (!hashed)
			return _("the password could not be hashed");
	}
	for (int i = 0; r->section == SECTION_PACER && i < MAX_QUESTIONS; i++) {
		if (r->questions[i][0] == '\0' || r->answers[i][0] == '\0' || r->answer_hashes[i][0] != '\0')
			continue;
		char normal[STORE_TEXT_MAX];
		auth_normalize_answer(r->answers[i], normal, sizeof normal);
		bool hashed = auth_hash_secret(normal, r->answer_hashes[i]);
		wipe_memory(normal, sizeof normal);
		wipe_memory(r->answers[i], sizeof r->answers[i]);
		if (!hashed)
			return _("a security answer could not be hashed");
	}
	return NULL;
}

static const char *store_pacer_record(struct store *store, struct record *r)
{
	struct pacer_account *a = &r->pacer;
	if (a->username[0] == '\0' || r->password_hash[0] == '\0' || a->account_number[0] == '\0' ||
	    a->created_on[0] == '\0')
		return _("a [pacer] section needs username, password, account and created");
	if (!parse_date(a->created_on, NULL))
		return _("created must be a date YYYY-MM-DD");
	time_t upgraded;
	if (a->upgraded_at[0] != '\0' &&
	    (a->kind == ACCOUNT_LEGACY || !utc_text_seconds(a->upgraded_at, &upgraded)))
		return _(
			"upgraded-at is the time an upgraded account was upgraded, YYYY-MM-DD HH:MM:SS (UTC)");
	copy_text(a->password_hash, sizeof a->password_hash, r->password_hash);
	if (!store_add_pacer_account(store, a))
		return store_error(store);
	for (int i = 0; i < MAX_QUESTIONS; i++) {
		if (r->questions[i][0] == '\0' || r->answer_hashes[i][0] == '\0')
			continue;
		if (!store_add_security_answer(store, a->id, i + 1, r->questions[i], r->answer_hashes[i]))
			return store_error(store);
	}
	return NULL;
}

static const char *store_ecf_record(struct store *store, struct record *r)
{
	struct ecf_account *e = &r->ecf;
	if (e->court_id[0] == '\0' || e->login[0] == '\0' || r->password_hash[0] == '\0' ||
	    e->name[0] == '\0')
		return _("an [ecf] section needs court, login, password and name");
	if (r->linked_to[0] != '\0') {
		struct pacer_account *owner = xmalloc(sizeof *owner);
		bool found = false;
		bool ok = store_find_pacer_account(store, r->linked_to, owner, &found);
		e->pacer_account_id = found ? owner->id : 0;
		free(owner);
		if (!ok)
			return store_error(store);
		if (!found)
			return _("linked-to names a PACER username not defined above");
		if (e->linked_at[0] == '\0')
			now_timestamp(e->linked_at);
	} else if (e->linked_at[0] != '\0') {
		return _("linked-at needs linked-to");
	}
	copy_text(e->password_hash, sizeof e->password_hash, r->password_hash);
	if (!store_add_ecf_account(store, e))
		return store_error(store);
	return NULL;
}

/* A court of the file replaces the catalogue's of the same id. */
static const char *store_court_record(struct store *store, struct record *r)
{
	struct court *c = &r->court;
	if (!court_valid_id(c->id) || c->name[0] == '\0')
		return _("a [court] section needs an id (2 to 15 lower-case letters or digits) and a name");
	if (!court_parse_type(r->court_type, &c->type))
		return _("type must be appellate, district, bankruptcy or national");
	if (c->nextgen_date[0] != '\0' && !parse_date(c->nextgen_date, NULL))
		return _("nextgen-date must be a date YYYY-MM-DD");
	struct court old;
	bool found = false;
	if (!store_find_court(store, c->id, &old, &found))
		return store_error(store);
	if (!(found ? store_update_court(store, c) : store_add_court(store, c)))
		return store_error(store);
	return NULL;
}

static const char *store_class_record(struct store *store, struct record *r)
{
	const struct trainee_record *t = &r->trainee;
	if (t->class_name[0] == '\0' || t->court_id[0] == '\0')
		return _("a [class] section needs name and court");
	if (strcmp(t->kind, "legacy") != 0 && strcmp(t->kind, "upgraded") != 0 &&
	    strcmp(t->kind, "mixed") != 0)
		return _("kind must be legacy, upgraded or mixed");
	struct court court;
	bool found = false;
	if (!store_find_court(store, t->court_id, &court, &found))
		return store_error(store);
	if (!found)
		return _("the class's court is not in the catalogue");
	switch (store_add_class(store, t->class_name, t->court_id, t->kind)) {
	case STORE_DONE:
		return NULL;
	case STORE_USERNAME_TAKEN:
		return _("a class of that name is defined above");
	default:
		return store_error(store);
	}
}

/* A count of a dump: empty is 0. */
static bool read_count(const char *text, int *out)
{
	char *end;
	long n = strtol(text, &end, 10);
	*out = (int)n;
	return *end == '\0' && n >= 0 && n <= 1000000;
}

/* The progress a dump carries; NULL, or why it is wrong. */
static const char *trainee_progress(const struct trainee_record *t, struct member_progress *p)
{
	time_t ignored;
	if (!read_count(t->logins, &p->logins) || !read_count(t->failed_logins, &p->failed_logins) ||
	    !read_count(t->lockouts, &p->lockouts))
		return _("logins, failed-logins and lockouts are counts");
	if ((t->upgrade_started_at[0] != '\0' && !utc_text_seconds(t->upgrade_started_at, &ignored)) ||
	    (t->link_started_at[0] != '\0' && !utc_text_seconds(t->link_started_at, &ignored)))
		return _("upgrade-started-at and link-started-at are times, YYYY-MM-DD HH:MM:SS (UTC)");
	copy_text(p->upgrade_started_at, sizeof p->upgrade_started_at, t->upgrade_started_at);
	copy_text(p->link_started_at, sizeof p->link_started_at, t->link_started_at);
	return NULL;
}

static const char *store_trainee_record(struct store *store, struct record *r)
{
	const struct trainee_record *t = &r->trainee;
	char *end;
	long position = strtol(t->position, &end, 10);
	if (t->class_name[0] == '\0' || t->username[0] == '\0' || t->start_username[0] == '\0' ||
	    t->start_password_hash[0] == '\0' || t->position[0] == '\0' || *end != '\0' || position < 1 ||
	    position > 10000)
		return _("a [trainee] section needs class, position, username, start-username and "
			 "start-password-hash");
	if (strcmp(t->start_kind, "legacy") != 0 && strcmp(t->start_kind, "upgraded") != 0)
		return _("start-kind must be legacy or upgraded");
	struct member_progress progress = { 0 };
	const char *wrong = trainee_progress(t, &progress);
	if (wrong != NULL)
		return wrong;
	char court_id[STORE_COURT_ID_MAX];
	bool found = false;
	if (!store_class_exists(store, t->class_name, court_id, &found))
		return store_error(store);
	if (!found)
		return _("the trainee's class is not defined above");
	struct pacer_account *account = xmalloc(sizeof *account);
	struct ecf_account *ecf = xcalloc(1, sizeof *ecf);
	const char *why = NULL;
	bool has_login = t->court_login[0] != '\0';
	bool found_ecf = !has_login;
	if (!store_find_pacer_account(store, t->username, account, &found) ||
	    (found && has_login && !store_find_ecf_account(store, court_id, t->court_login, ecf, &found_ecf)))
		why = store_error(store);
	else if (!found)
		why = _("username names a PACER username not defined above");
	else if (!found_ecf)
		why = _("court-login names a CM/ECF login not defined above at the class's court");
	if (why == NULL) {
		struct class_member m = {
			.class_name = t->class_name,
			.position = (int)position,
			.pacer_account_id = account->id,
			.ecf_account_id = ecf->id,
			.start_username = t->start_username,
			.start_password_hash = t->start_password_hash,
			.start_kind = t->start_kind,
			.progress = progress,
		};
		if (!store_add_class_member(store, &m))
			why = store_error(store);
	}
	free(account);
	free(ecf);
	return why;
}

static const char *finish_record(struct store *store, struct record *r)
{
	switch (r->section) {
	case SECTION_PACER:
		return store_pacer_record(store, r);
	case SECTION_ECF:
		return store_ecf_record(store, r);
	case SECTION_COURT:
		return store_court_record(store, r);
	case SECTION_CLASS:
		return store_class_record(store, r);
	case SECTION_TRAINEE:
		return store_trainee_record(store, r);
	case SECTION_SETTINGS:
	case SECTION_NONE:
		break;
	}
	return NULL;
}

/* A setting's line, checked and kept as it will be stored: settings
 * have nothing to check against one another. */
static const char *read_setting(struct record *r, const char *key, const char *value)
{
	const struct setting *setting = setting_named(key);
	if (setting == NULL || !setting->in_scenario)
		return _("unknown key");
	if (!settings_parse(setting, value, r->setting_value, sizeof r->setting_value, r->why, sizeof r->why))
		return r->why;
	r->setting = setting;
	return NULL;
}

static struct record *new_record(struct scenario *sc, enum section section, unsigned long line)
{
	if (sc->n == sc->cap) {
		sc->cap = sc->cap ? sc->cap * 2 : 16;
		sc->records = xreallocarray(sc->records, sc->cap, sizeof(struct record *));
	}
	struct record *r = xcalloc(1, sizeof *r);
	r->section = section;
	r->line = line;
	r->pacer.case_search_active = true;
	r->pacer.kind = ACCOUNT_UPGRADED;
	sc->records[sc->n++] = r;
	return r;
}

/* One line into the scenario: a new section, a setting, or a key of the
 * section being read (*r). */
static const char *parse_line(struct scenario *sc, struct record **r, char *line, unsigned long number)
{
	if (line[0] == '[') {
		enum section next = SECTION_NONE;
		for (size_t i = 1; i < sizeof section_names / sizeof section_names[0]; i++)
			if (strcmp(line, section_names[i]) == 0)
				next = (enum section)i;
		if (next == SECTION_NONE)
			return _("unknown section (the sections are [settings], [court], [pacer], [ecf], "
				 "[class] and [trainee])");
		*r = new_record(sc, next, number);
		return NULL;
	}
	char *eq = strchr(line, '=');
	if (eq == NULL)
		return _("expected a [section] or key = value");
	*eq = '\0';
	char *key = trim_blanks(line), *value = trim_blanks(eq + 1);
	/* Whole UTF-8 text with no control character, as every screen and
	 * validator expects of what the database holds. */
	const char *bad = validate_text(value, SCENARIO_LINE_CHARS_MAX, sc->why, sizeof sc->why);
	if (bad != NULL)
		return bad;
	if (*r == NULL)
		return _("key = value before any section");
	if ((*r)->section == SECTION_SETTINGS)
		return read_setting(new_record(sc, SECTION_SETTINGS, number), key, value);
	bool account = (*r)->section == SECTION_PACER || (*r)->section == SECTION_ECF;
	if (account && strcmp(key, "password") == 0) {
		copy_text((*r)->password, sizeof(*r)->password, value);
		return NULL;
	}
	if (account && strcmp(key, "password-hash") == 0)
		return set_hash((*r)->password_hash, value);
	return set_section_key(*r, key, value);
}

void scenario_free(struct scenario *sc)
{
	if (sc == NULL)
		return;
	/* The records held passwords in clear until they were hashed. */
	for (size_t i = 0; i < sc->n; i++) {
		wipe_record(sc->records[i]);
		free(sc->records[i]);
	}
	free(sc->records);
	free(sc->name);
	free(sc);
}

static struct scenario *refuse(struct scenario *sc, unsigned long line, const char *why, char *err,
			       size_t err_size)
{
	snprintf(err, err_size, "%s:%lu: %s", sc->name, line, why);
	scenario_free(sc);
	return NULL;
}

struct scenario *scenario_read(FILE *in, const char *name, char *err, size_t err_size)
{
	struct scenario *sc = xcalloc(1, sizeof *sc);
	sc->name = xstrdup(name);
	struct record *r = NULL;
	char *line = NULL;
	size_t cap = 0;
	unsigned long number = 0;
	const char *why = NULL;
	while (why == NULL && getline(&line, &cap, in) >= 0) {
		number++;
		line[strcspn(line, "\r\n")] = '\0';
		trim_blanks(line);
		if (line[0] == '#' || line[0] == '\0')
			continue;
		why = parse_line(sc, &r, line, number);
	}
	if (why == NULL && ferror(in))
		why = _("read error");
	/* The line buffer held passwords in clear. */
	char copied[256] = "";
	if (why != NULL)
		copy_text(copied, sizeof copied, why);
	wipe_memory(line, cap);
	free(line);
	if (why != NULL)
		return refuse(sc, number, copied, err, err_size);
	for (size_t i = 0; i < sc->n; i++) {
		why = hash_secrets(sc->records[i]);
		if (why != NULL)
			return refuse(sc, sc->records[i]->line, why, err, err_size);
	}
	return sc;
}

static const char *store_record(struct store *store, struct record *r)
{
	if (r->setting != NULL)
		return store_set_setting(store, r->setting->name, r->setting_value) ? NULL
										    : store_error(store);
	return finish_record(store, r);
}

bool scenario_store(struct store *store, const struct scenario *sc, char *err, size_t err_size)
{
	for (size_t i = 0; i < sc->n; i++) {
		const char *why = store_record(store, sc->records[i]);
		if (why != NULL) {
			snprintf(err, err_size, "%s:%lu: %s", sc->name, sc->records[i]->line, why);
			return false;
		}
	}
	return true;
}
