#include <config.h>

#include "scenario.h"

#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "i18n.h"
#include "util.h"
#include "validate.h"

#define MAX_QUESTIONS 3

enum section { SECTION_NONE, SECTION_PACER, SECTION_ECF };

struct record {
	enum section section;
	unsigned long line;	/* where the section started, for messages */
	struct pacer_account pacer;
	struct ecf_account ecf;
	char password[STORE_TEXT_MAX];
	char linked_to[STORE_TEXT_MAX];
	char questions[MAX_QUESTIONS][STORE_TEXT_MAX];
	char answers[MAX_QUESTIONS][STORE_TEXT_MAX];
};

struct text_key {
	const char *key;
	size_t offset;
	size_t size;
};

#define PACER_TEXT(key, member) \
	{ key, offsetof(struct pacer_account, member), sizeof ((struct pacer_account *)0)->member }

static const struct text_key pacer_text_keys[] = {
	PACER_TEXT("username", username),
	PACER_TEXT("account", account_number),
	PACER_TEXT("created", created_on),
	PACER_TEXT("prefix", prefix),
	PACER_TEXT("first", first_name),
	PACER_TEXT("middle", middle_name),
	PACER_TEXT("last", last_name),
	PACER_TEXT("suffix", suffix),
	PACER_TEXT("user-type", user_type),
	PACER_TEXT("birth-date", date_of_birth),
	PACER_TEXT("firm", firm_name),
	PACER_TEXT("address", address1),
	PACER_TEXT("city", city),
	PACER_TEXT("state", state),
	PACER_TEXT("county", county),
	PACER_TEXT("zip", zip),
	PACER_TEXT("phone", phone),
	PACER_TEXT("email", email),
};

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

static const char *set_pacer_key(struct record *r, const char *key, const char *value)
{
	for (size_t i = 0; i < sizeof pacer_text_keys / sizeof pacer_text_keys[0]; i++) {
		const struct text_key *k = &pacer_text_keys[i];
		if (strcmp(key, k->key) == 0) {
			if (strlen(value) >= k->size)
				return _("the value is too long");
			copy_text((char *)&r->pacer + k->offset, k->size, value);
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
			       ? NULL : _("case-search must be active or inactive");
	if (strcmp(key, "shared-firm") == 0)
		return parse_yes_no(value, &r->pacer.shared_firm) ? NULL : _("shared-firm must be yes or no");
	if (strncmp(key, "question", 8) == 0 || strncmp(key, "answer", 6) == 0) {
		bool question = key[0] == 'q';
		const char *digit = key + (question ? 8 : 6);
		if (digit[0] < '1' || digit[0] > '0' + MAX_QUESTIONS || digit[1] != '\0')
			return _("security questions are numbered 1 to 3");
		char *dst = question ? r->questions[digit[0] - '1'] : r->answers[digit[0] - '1'];
		copy_text(dst, STORE_TEXT_MAX, value);
		return NULL;
	}
	return _("unknown key");
}

static const char *set_ecf_key(struct record *r, const char *key, const char *value)
{
	if (strcmp(key, "court") == 0)
		copy_text(r->ecf.court_id, sizeof r->ecf.court_id, value);
	else if (strcmp(key, "login") == 0)
		copy_text(r->ecf.login, sizeof r->ecf.login, value);
	else if (strcmp(key, "name") == 0)
		copy_text(r->ecf.name, sizeof r->ecf.name, value);
	else if (strcmp(key, "linked-to") == 0)
		copy_text(r->linked_to, sizeof r->linked_to, value);
	else
		return _("unknown key");
	return NULL;
}

static const char *store_pacer_record(struct store *store, struct record *r)
{
	struct pacer_account *a = &r->pacer;
	if (a->username[0] == '\0' || r->password[0] == '\0' || a->account_number[0] == '\0' ||
	    a->created_on[0] == '\0')
		return _("a [pacer] section needs username, password, account and created");
	if (!parse_date(a->created_on, NULL))
		return _("created must be a date YYYY-MM-DD");
	if (!auth_hash_secret(r->password, a->password_hash))
		return _("the password could not be hashed");
	if (!store_add_pacer_account(store, a))
		return store_error(store);
	for (int i = 0; i < MAX_QUESTIONS; i++) {
		if (r->questions[i][0] == '\0' || r->answers[i][0] == '\0')
			continue;
		char hash[AUTH_HASH_MAX], normal[STORE_TEXT_MAX];
		auth_normalize_answer(r->answers[i], normal, sizeof normal);
		bool hashed = auth_hash_secret(normal, hash);
		wipe_memory(normal, sizeof normal);
		if (!hashed)
			return _("a security answer could not be hashed");
		if (!store_add_security_answer(store, a->id, i + 1, r->questions[i], hash))
			return store_error(store);
	}
	return NULL;
}

static const char *store_ecf_record(struct store *store, struct record *r)
{
	struct ecf_account *e = &r->ecf;
	if (e->court_id[0] == '\0' || e->login[0] == '\0' || r->password[0] == '\0' ||
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
		now_timestamp(e->linked_at);
	}
	if (!auth_hash_secret(r->password, e->password_hash))
		return _("the password could not be hashed");
	if (!store_add_ecf_account(store, e))
		return store_error(store);
	return NULL;
}

static const char *finish_record(struct store *store, struct record *r)
{
	const char *why = NULL;
	if (r->section == SECTION_PACER)
		why = store_pacer_record(store, r);
	else if (r->section == SECTION_ECF)
		why = store_ecf_record(store, r);
	return why;
}

static void start_record(struct record *r, enum section section, unsigned long line)
{
	wipe_record(r);
	r->section = section;
	r->line = line;
	r->pacer.case_search_active = true;
	r->pacer.kind = ACCOUNT_UPGRADED;
}

static const char *parse_line(struct store *store, struct record *r, char *line,
			      unsigned long number, unsigned long *error_line)
{
	*error_line = number;
	if (strcmp(line, "[pacer]") == 0 || strcmp(line, "[ecf]") == 0) {
		*error_line = r->line;
		const char *why = finish_record(store, r);
		start_record(r, line[1] == 'p' ? SECTION_PACER : SECTION_ECF, number);
		return why;
	}
	char *eq = strchr(line, '=');
	if (eq == NULL)
		return _("expected [pacer], [ecf] or key = value");
	*eq = '\0';
	char *key = trim_blanks(line), *value = trim_blanks(eq + 1);
	if (r->section == SECTION_NONE)
		return _("key = value before any [pacer] or [ecf] section");
	if (strcmp(key, "password") == 0) {
		copy_text(r->password, sizeof r->password, value);
		return NULL;
	}
	return r->section == SECTION_PACER ? set_pacer_key(r, key, value) : set_ecf_key(r, key, value);
}

bool scenario_load(struct store *store, FILE *in, const char *name, char *err, size_t errsize)
{
	struct record *r = xcalloc(1, sizeof *r);
	char *line = NULL;
	size_t cap = 0;
	unsigned long number = 0, error_line = 0;
	const char *why = NULL;
	while (why == NULL && getline(&line, &cap, in) >= 0) {
		number++;
		line[strcspn(line, "\r\n")] = '\0';
		trim_blanks(line);
		if (line[0] == '#' || line[0] == '\0')
			continue;
		why = parse_line(store, r, line, number, &error_line);
	}
	if (why == NULL) {
		error_line = r->line;
		why = finish_record(store, r);
	}
	if (why == NULL && ferror(in)) {
		why = _("read error");
		error_line = number;
	}
	if (why != NULL)
		snprintf(err, errsize, "%s:%lu: %s", name, error_line, why);
	/* The line buffer and the record held passwords in clear. */
	wipe_memory(line, cap);
	free(line);
	wipe_record(r);
	free(r);
	return why == NULL;
}
