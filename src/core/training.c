/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/training.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/auth.h"
#include "core/dates.h"
#include "core/mfa.h"

/* Names as a class in California has them: some with accents, some
 * hyphenated, each with an ASCII form for usernames. */
struct person_name {
	const char *shown;
	const char *ascii;
};

static const struct person_name first_names[] = {
	{ "José", "jose" },     { "María", "maria" },   { "Zoë", "zoe" },       { "Ana", "ana" },
	{ "Luis", "luis" },     { "Grace", "grace" },   { "David", "david" },   { "Mei", "mei" },
	{ "Sofía", "sofia" },   { "Andrés", "andres" }, { "Priya", "priya" },   { "Kevin", "kevin" },
	{ "Linh", "linh" },     { "Samuel", "samuel" }, { "Renée", "renee" },   { "Omar", "omar" },
	{ "Hana", "hana" },     { "Tomás", "tomas" },   { "Claire", "claire" }, { "Jesús", "jesus" },
	{ "Ingrid", "ingrid" }, { "Raúl", "raul" },     { "Fatima", "fatima" },
};

static const struct person_name last_names[] = {
	{ "Núñez Peña", "nunez" },   { "García", "garcia" },       { "O'Brien", "obrien" },
	{ "Nguyen", "nguyen" },      { "Chen", "chen" },           { "Łukasz", "lukasz" },
	{ "Patel", "patel" },        { "Hernández", "hernandez" }, { "Kim", "kim" },
	{ "Müller", "muller" },      { "Johnson", "johnson" },     { "Ramírez", "ramirez" },
	{ "Smith-Tanaka", "smith" }, { "Okafor", "okafor" },       { "Castillo", "castillo" },
	{ "Ibáñez", "ibanez" },      { "Rossi", "rossi" },         { "Díaz", "diaz" },
	{ "Walker", "walker" },
};

static const char *const password_words[] = {
	"Maple",   "Harbor",  "Canyon",  "Cedar",  "Meadow",  "Summit", "Willow",
	"Granite", "Orchard", "Lantern", "Pebble", "Redwood", "Sierra", "Tidewater",
};

#define COUNT(a) (sizeof(a) / sizeof(a)[0])

static unsigned random_below(unsigned limit)
{
	unsigned value = 0;
	if (getrandom(&value, sizeof value, 0) != (ssize_t)sizeof value)
		/* Only ever for practice passwords, if the kernel's source fails. */
		value = (unsigned)rand(); /* NOLINT(cert-msc30-c,cert-msc50-cpp) */
	return value % limit;
}

/* Two words and a number: typeable, easy to read off a slip, and within
 * both password policies (14+ characters, cases, a special character). */
static void practice_password(char *out, size_t size)
{
	snprintf(out, size, "%s-%s!%04u", password_words[random_below(COUNT(password_words))],
		 password_words[random_below(COUNT(password_words))], random_below(10000));
}

/* Trainee i's name: first and last names paired so no two trainees of a
 * class share one. */
static void trainee_name(int i, const struct person_name **first, const struct person_name **last)
{
	*first = &first_names[(size_t)i % COUNT(first_names)];
	*last = &last_names[((size_t)i + (size_t)i / COUNT(first_names)) % COUNT(last_names)];
}

static bool username_taken(struct store *store, const char *username, bool *taken)
{
	return store_username_in_use(store, username, taken);
}

static bool is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool training_prefix_ok(const char *prefix)
{
	size_t n = strlen(prefix);
	if (n < 1 || n > 8 || !is_ascii_letter(prefix[0]))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!is_ascii_letter(prefix[i]) && !(prefix[i] >= '0' && prefix[i] <= '9'))
			return false;
	return true;
}

/* The thousands of a legacy username's number: a prefix's last digit
 * (room2: 2000...), so that rooms told apart by a number never share one;
 * else 1. */
static int legacy_block(const char *prefix)
{
	size_t n = strlen(prefix);
	return n > 0 && prefix[n - 1] >= '1' && prefix[n - 1] <= '9' ? prefix[n - 1] - '0' : 1;
}

/* A free username: legacy ones are two letters and four digits (jn1001;
 * with a prefix, its first letter and its number: rj2001 for room2),
 * upgraded ones the first name, the last and a number (with a prefix:
 * room2-jnunez1001). */
static bool free_username(struct store *store, const struct class_request *r, bool legacy,
			  const struct person_name *first, const struct person_name *last, int i, char *out,
			  size_t size)
{
	const char *prefix = r->prefix != NULL ? r->prefix : "";
	for (int tries = 0; tries < 1000; tries++) {
		int number = 1000 * (legacy ? legacy_block(prefix) : 1) + i + tries * CLASS_MAX_TRAINEES;
		if (legacy && prefix[0] != '\0')
			snprintf(out, size, "%c%c%04d", (char)(prefix[0] | 0x20) /* ASCII lower case */,
				 first->ascii[0], number % 10000);
		else if (legacy)
			snprintf(out, size, "%c%c%04d", first->ascii[0], last->ascii[0], number % 10000);
		else
			snprintf(out, size, "%s%s%c%s%d", prefix, prefix[0] ? "-" : "", first->ascii[0],
				 last->ascii, number);
		bool taken = false;
		if (!username_taken(store, out, &taken))
			return false;
		if (!taken)
			return true;
	}
	return false;
}

/* A free account number in the trainees' own range (9000000...), drawn
 * at random as PACER's look, and tried in the write transaction: 100
 * draws from a million meet once in two hundred classes. */
static bool free_account_number(struct store *store, char *out, size_t size)
{
	for (int tries = 0; tries < 1000; tries++) {
		snprintf(out, size, "9%06u", random_below(1000000));
		bool taken = false;
		if (!store_account_number_in_use(store, out, &taken))
			return false;
		if (!taken)
			return true;
	}
	return false;
}

/* A CM/ECF login free at the court, as courts made them: jnunez3. */
static bool free_ecf_login(struct store *store, const struct class_request *r,
			   const struct person_name *first, const struct person_name *last, int i, char *out,
			   size_t size)
{
	const char *prefix = r->prefix != NULL ? r->prefix : "";
	for (int tries = 0; tries < 1000; tries++) {
		snprintf(out, size, "%s%s%c%s%d", prefix, prefix[0] ? "-" : "", first->ascii[0], last->ascii,
			 i + 1 + tries * CLASS_MAX_TRAINEES);
		struct ecf_account e;
		bool taken = false;
		if (!store_find_ecf_account(store, r->court->id, out, &e, &taken))
			return false;
		if (!taken)
			return true;
	}
	return false;
}

static void fill_trainee_account(struct pacer_account *a, const struct person_name *first,
				 const struct person_name *last, bool legacy, int i)
{
	memset(a, 0, sizeof *a);
	a->kind = legacy ? ACCOUNT_LEGACY : ACCOUNT_UPGRADED;
	a->case_search_active = true;
	copy_text(a->created_on, sizeof a->created_on, legacy ? "2012-09-10" : "2018-04-02");
	copy_text(a->first_name, sizeof a->first_name, first->shown);
	copy_text(a->last_name, sizeof a->last_name, last->shown);
	if (!legacy) {
		copy_text(a->user_type, sizeof a->user_type, "Attorney");
		copy_text(a->date_of_birth, sizeof a->date_of_birth, "1980-05-17");
	}
	copy_text(a->address1, sizeof a->address1, "450 Golden Gate Avenue");
	copy_text(a->city, sizeof a->city, "San Francisco");
	copy_text(a->state, sizeof a->state, "CA");
	copy_text(a->county, sizeof a->county, "San Francisco");
	copy_text(a->zip, sizeof a->zip, "94102");
	copy_text(a->country, sizeof a->country, "United States");
	snprintf(a->phone, sizeof a->phone, "(415) 555-%04d", 1000 + i);
	snprintf(a->email, sizeof a->email, "%s.%s.%d@example.com", first->ascii, last->ascii, i + 1);
}

/* Every fourth trainee is known to the court with a middle initial, so
 * the Confirm screen's name check gets practised. */
static void court_name(const struct person_name *first, const struct person_name *last, int i, char *out,
		       size_t size)
{
	if (i % 4 == 3)
		snprintf(out, size, "%s %c. %s", first->shown, 'A' + i % 26, last->shown);
	else
		snprintf(out, size, "%s %s", first->shown, last->shown);
}

/* The words a class's mode is kept as. */
static const char *const class_mfa_words[] = {
	[CLASS_MFA_AS_PACER] = "",
	[CLASS_MFA_REQUIRED] = "required",
	[CLASS_MFA_NONE] = "none",
	[CLASS_MFA_ENROLLED] = "enrolled",
};

/* An app named TRAINING_CLASS_APP with a new key (into key), enrolled
 * without the passcode a person types: the trainer hands it out. */
static bool add_class_app(struct store *store, long long account_id, char key[MFA_BASE32_MAX], char *err,
			  size_t err_size)
{
	long long app_id = 0;
	if (!mfa_new_secret(key)) {
		copy_text(err, err_size, _("The system gave no random numbers for a new key."));
		return false;
	}
	if (!store_add_mfa_app(store, account_id, TRAINING_CLASS_APP, key, &app_id)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	return true;
}

/* The trainee's multifactor authentication as the class hands it out;
 * key: the Class app's, or "". */
static bool give_class_mfa(struct store *store, long long account_id, enum class_mfa mfa,
			   char key[MFA_BASE32_MAX], char *err, size_t err_size)
{
	key[0] = '\0';
	if (mfa == CLASS_MFA_AS_PACER)
		return true;
	if (mfa == CLASS_MFA_ENROLLED && !add_class_app(store, account_id, key, err, err_size))
		return false;
	if (!store_set_mfa_rule(store, account_id,
				mfa == CLASS_MFA_NONE ? MFA_RULE_NONE : MFA_RULE_REQUIRED)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	return true;
}

/* Upgraded trainees come with their security questions answered. */
static const char *const practice_questions[] = {
	"What was your first car?",
	"In what city were you born?",
	"What was your childhood nickname?",
};
#define PRACTICE_QUESTIONS (sizeof practice_questions / sizeof practice_questions[0])

/* A trainee's passwords and answers, hashed before the class's write
 * transaction begins: a hash takes tens of milliseconds at the default
 * cost, and while the lock is held every session of a room in use waits
 * (a class of 30 upgraded trainees is 150 hashes, seconds). */
struct trainee_hashes {
	char pacer[AUTH_HASH_MAX];
	char ecf[AUTH_HASH_MAX];
	char answers[PRACTICE_QUESTIONS][AUTH_HASH_MAX];
};

static bool trainee_is_legacy(const struct class_request *r, int i)
{
	return r->kind == CLASS_LEGACY || (r->kind == CLASS_MIXED && i % 2 == 0);
}

/* The passwords on trainee i's slip, made now, and every hash of theirs. */
static bool hash_trainee(const struct class_request *r, int i, struct trainee_slip *slip,
			 struct trainee_hashes *h, char *err, size_t err_size)
{
	practice_password(slip->pacer_password, sizeof slip->pacer_password);
	practice_password(slip->ecf_password, sizeof slip->ecf_password);
	bool ok = auth_hash_secret(slip->pacer_password, h->pacer) &&
		  auth_hash_secret(slip->ecf_password, h->ecf);
	for (size_t q = 0; ok && !trainee_is_legacy(r, i) && q < PRACTICE_QUESTIONS; q++)
		ok = auth_hash_secret("practice", h->answers[q]);
	if (!ok)
		copy_text(err, err_size, _("The password could not be protected; nothing was changed."));
	return ok;
}

static void free_hashes(struct trainee_hashes *hashes, int count)
{
	if (hashes == NULL)
		return;
	wipe_memory(hashes, (size_t)count * sizeof *hashes);
	free(hashes);
}

/* The request's trainees' hashes (slips[k] for trainee r->first + k), or
 * NULL with err set. Give them back with free_hashes. */
static struct trainee_hashes *hash_trainees(const struct class_request *r, struct trainee_slip *slips,
					    char *err, size_t err_size)
{
	struct trainee_hashes *hashes = xcalloc((size_t)r->count, sizeof *hashes);
	for (int k = 0; k < r->count; k++)
		if (!hash_trainee(r, r->first + k, &slips[k], &hashes[k], err, err_size)) {
			free_hashes(hashes, r->count);
			return NULL;
		}
	return hashes;
}

static bool add_answers(struct store *store, long long account_id, const struct trainee_hashes *h)
{
	for (size_t q = 0; q < PRACTICE_QUESTIONS; q++)
		if (!store_add_security_answer(store, account_id, (int)q + 1, practice_questions[q],
					       h->answers[q]))
			return false;
	return true;
}

static bool add_trainee(struct store *store, const struct class_request *r, int i, struct trainee_slip *slip,
			const struct trainee_hashes *h, char *err, size_t err_size)
{
	const struct person_name *first, *last;
	trainee_name(i, &first, &last);
	bool legacy = trainee_is_legacy(r, i);
	struct pacer_account *a = xmalloc(sizeof *a);
	struct ecf_account e = { 0 };
	bool ok = false;
	fill_trainee_account(a, first, last, legacy, i);
	slip->position = i + 1;
	snprintf(slip->name, sizeof slip->name, "%s %s", first->shown, last->shown);
	slip->legacy = legacy;
	court_name(first, last, i, slip->ecf_name, sizeof slip->ecf_name);
	if (!free_username(store, r, legacy, first, last, i, a->username, sizeof a->username) ||
	    !free_account_number(store, a->account_number, sizeof a->account_number) ||
	    !free_ecf_login(store, r, first, last, i, slip->ecf_login, sizeof slip->ecf_login)) {
		copy_text(err, err_size, store_error(store));
		goto done;
	}
	copy_text(slip->pacer_username, sizeof slip->pacer_username, a->username);
	copy_text(slip->start_username, sizeof slip->start_username, a->username);
	copy_text(a->password_hash, sizeof a->password_hash, h->pacer);
	if (!store_add_pacer_account(store, a) || (!legacy && !add_answers(store, a->id, h))) {
		copy_text(err, err_size, store_error(store));
		goto done;
	}
	if (!give_class_mfa(store, a->id, r->mfa, slip->mfa_key, err, err_size))
		goto done;
	copy_text(e.court_id, sizeof e.court_id, r->court->id);
	copy_text(e.login, sizeof e.login, slip->ecf_login);
	copy_text(e.name, sizeof e.name, slip->ecf_name);
	copy_text(e.password_hash, sizeof e.password_hash, h->ecf);
	if (!store_add_ecf_account(store, &e)) {
		copy_text(err, err_size, store_error(store));
		goto done;
	}
	struct class_member m = {
		.class_name = r->name,
		.position = i + 1,
		.pacer_account_id = a->id,
		.ecf_account_id = e.id,
		.start_username = a->username,
		.start_password_hash = a->password_hash,
		.start_kind = legacy ? "legacy" : "upgraded",
	};
	ok = store_add_class_member(store, &m);
	if (!ok)
		copy_text(err, err_size, store_error(store));
done:
	wipe_memory(a, sizeof *a);
	free(a);
	return ok;
}

/* The request's trainees, in the transaction begun (ok: so far so good),
 * which ends with them or, on a failure, without anything. */
static bool add_trainees_and_commit(struct store *store, const struct class_request *r,
				    struct trainee_slip *slips, const struct trainee_hashes *hashes, bool ok,
				    char *err, size_t err_size)
{
	for (int i = 0; ok && i < r->count; i++)
		ok = add_trainee(store, r, r->first + i, &slips[i], &hashes[i], err, err_size);
	bool committed = store_end(store, ok);
	if (ok && !committed)
		copy_text(err, err_size, store_error(store));
	return committed;
}

/* Adds the class in the transaction begun; false with err set. */
static bool add_class(struct store *store, const struct class_request *r, char *err, size_t err_size)
{
	const char *kind = r->kind == CLASS_LEGACY     ? "legacy"
			   : r->kind == CLASS_UPGRADED ? "upgraded"
						       : "mixed";
	switch (store_add_class(store, r->name, r->court->id, kind)) {
	case STORE_DONE:
		if (store_set_class_mfa(store, r->name, class_mfa_words[r->mfa]))
			return true;
		copy_text(err, err_size, store_error(store));
		return false;
	case STORE_USERNAME_TAKEN:
		snprintf(err, err_size, _("A class named %s exists already."), r->name);
		return false;
	case STORE_SHARED_ACCOUNT:
	case STORE_FAILED:
		break;
	}
	copy_text(err, err_size, store_error(store));
	return false;
}

/* Whether the class holds r->count more trainees after r->first. */
static bool room_in_class(const struct class_request *r, char *err, size_t err_size)
{
	if (r->first + r->count <= CLASS_MAX_TRAINEES)
		return true;
	snprintf(err, err_size,
		 _("The class %s has %d trainees; a class holds at most %d, so %d more can be added."),
		 r->name, r->first, CLASS_MAX_TRAINEES, CLASS_MAX_TRAINEES - r->first);
	return false;
}

/* In the transaction begun: the class's last position now. Another
 * class add may have added trainees while these were being hashed. */
static bool class_end_now(struct store *store, const char *name, int *last, char *err, size_t err_size)
{
	struct class_summary summary;
	bool found = false;
	bool read = store_find_class(store, name, &summary, last, &found);
	if (read && found)
		return true;
	if (read)
		snprintf(err, err_size, _("The class %s was removed meanwhile; nothing was changed."), name);
	else
		copy_text(err, err_size, store_error(store));
	return false;
}

/* How often the hashing starts again when other trainees took the
 * positions meanwhile (two trainers adding late arrivals at once). */
#define CLASS_ADD_ATTEMPTS 3

/* The request's trainees hashed first, then added in one transaction,
 * with the class itself when new_class. */
static bool hash_and_add_trainees(struct store *store, const struct class_request *r,
				  struct trainee_slip *slips, bool new_class, char *err, size_t err_size)
{
	struct class_request request = *r;
	for (int attempt = 1;; attempt++) {
		struct trainee_hashes *hashes = hash_trainees(&request, slips, err, err_size);
		if (hashes == NULL)
			return false;
		bool ok = store_begin(store);
		if (!ok) {
			copy_text(err, err_size, store_error(store));
			free_hashes(hashes, request.count);
			return false;
		}
		int last = request.first;
		if (!new_class && !class_end_now(store, request.name, &last, err, err_size)) {
			(void)store_end(store, false);
			free_hashes(hashes, request.count);
			return false;
		}
		if (last != request.first) {
			(void)store_end(store, false);
			free_hashes(hashes, request.count);
			request.first = last;
			if (!room_in_class(&request, err, err_size))
				return false;
			if (attempt < CLASS_ADD_ATTEMPTS)
				continue;
			snprintf(err, err_size,
				 _("Trainees kept being added to the class %s by someone else meanwhile; "
				   "nothing was changed. Run class add again."),
				 request.name);
			return false;
		}
		ok = add_trainees_and_commit(store, &request, slips, hashes,
					     !new_class || add_class(store, &request, err, err_size), err,
					     err_size);
		free_hashes(hashes, request.count);
		return ok;
	}
}

bool training_create_class(struct store *store, const struct class_request *r, struct trainee_slip *slips,
			   char *err, size_t err_size)
{
	/* Said before seconds of hashing; the transaction looks again. */
	char court[STORE_COURT_ID_MAX];
	bool exists = false;
	if (!store_class_exists(store, r->name, court, &exists)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	if (exists) {
		snprintf(err, err_size, _("A class named %s exists already."), r->name);
		return false;
	}
	return hash_and_add_trainees(store, r, slips, true, err, err_size);
}

bool training_add_trainees(struct store *store, const struct class_request *r, struct trainee_slip *slips,
			   char *err, size_t err_size)
{
	return room_in_class(r, err, err_size) &&
	       hash_and_add_trainees(store, r, slips, false, err, err_size);
}

bool training_class_mfa(struct store *store, const char *name, enum class_mfa *mfa, char *err,
			size_t err_size)
{
	char word[16];
	*mfa = CLASS_MFA_AS_PACER;
	if (!store_class_mfa(store, name, word, sizeof word)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	for (size_t i = 0; i < sizeof class_mfa_words / sizeof class_mfa_words[0]; i++)
		if (strcmp(word, class_mfa_words[i]) == 0)
			*mfa = (enum class_mfa)i;
	return true;
}

static void write_slips_csv(FILE *out, const struct slip_page *page, const struct trainee_slip *slips, int n)
{
	fputs("class,trainee,name,pacer_username,pacer_password,court,ecf_login,ecf_password,"
	      "name_at_court,connect,practice_date,mfa_key\n",
	      out);
	for (int i = 0; i < n; i++) {
		const struct trainee_slip *s = &slips[i];
		char number[16], key[64] = "";
		snprintf(number, sizeof number, "%d", s->position);
		if (s->mfa_key[0] != '\0')
			mfa_group_secret(s->mfa_key, key, sizeof key);
		const char *cells[] = { page->class_name,  number,          s->name,      s->pacer_username,
					s->pacer_password, page->court->id, s->ecf_login, s->ecf_password,
					s->ecf_name,       page->connect,   page->today,  key };
		size_t n_cells = sizeof cells / sizeof cells[0];
		for (size_t c = 0; c < n_cells; c++)
			write_csv_field(out, cells[c], c + 1 == n_cells);
		wipe_memory(key, sizeof key);
	}
}

/* The Class app's key on a slip, and what to do with it. */
static void write_slip_key(FILE *out, const struct trainee_slip *s)
{
	char key[64];
	mfa_group_secret(s->mfa_key, key, sizeof key);
	fprintf(out, _("  MFA app key:     %s\n"), key);
	/* TRANSLATORS: the first %s is the name an app shows the entry under
	 * ("PACER practice"), the second the trainee's username; the command
	 * stays as it is. */
	fprintf(out,
		_("  Type it into an authentication app (it shows \"%s\"),\n"
		  "  or ask the trainer: nextgen-admin account mfa show %s\n"),
		MFA_ISSUER, s->pacer_username);
	wipe_memory(key, sizeof key);
}

void training_write_slips(FILE *out, const struct slip_page *page, const struct trainee_slip *slips, int n,
			  bool csv)
{
	if (csv) {
		write_slips_csv(out, page, slips, n);
		return;
	}
	char date[64];
	dates_in_words(page->today, false, date, sizeof date);
	for (int i = 0; i < n; i++) {
		const struct trainee_slip *s = &slips[i];
		if (i > 0)
			fputc('\f', out); /* one slip a page */
		fprintf(out, _("NextGen CM/ECF practice, class %s, trainee %d of %d\n"), page->class_name,
			s->position, page->class_size);
		fprintf(out, "  %s\n\n", s->name);
		if (page->connect[0] != '\0')
			fprintf(out, _("  Connect with:    %s\n"), page->connect);
		fprintf(out, _("  Practice date:   %s\n\n"), date);
		fprintf(out, _("  PACER username:  %s   (%s)\n"), s->pacer_username,
			s->legacy ? _("legacy: upgrade it first") : _("upgraded"));
		if (strcmp(s->start_username, s->pacer_username) != 0)
			fprintf(out, _("  After a reset:   %s   (the same password)\n"), s->start_username);
		fprintf(out, _("  PACER password:  %s\n"), s->pacer_password);
		fprintf(out, _("  Court:           %s, %s\n"), page->court->id, page->court->name);
		fprintf(out, _("  CM/ECF login:    %s\n"), s->ecf_login);
		fprintf(out, _("  CM/ECF password: %s\n"), s->ecf_password);
		if (s->mfa_key[0] != '\0')
			write_slip_key(out, s);
		fputs(_("\n  Practice accounts only: never type these on the real PACER.\n"), out);
	}
}

/* The accounts whose Class app a reset gives again: every trainee's in a
 * class made --mfa enrolled (one who deleted it too). */
struct class_apps {
	long long *accounts;
	size_t n;
	bool every;
};

static bool note_class_app(const struct trainee_mfa *t, void *data)
{
	struct class_apps *apps = data;
	if (t->has_app || apps->every) {
		apps->accounts = xreallocarray(apps->accounts, apps->n + 1, sizeof *apps->accounts);
		apps->accounts[apps->n++] = t->account_id;
	}
	return true;
}

static bool reset_with_audit(struct store *store, const char *name, int position,
			     const struct class_change *change, int *count, int *new_keys, char *err,
			     size_t err_size)
{
	char court[STORE_COURT_ID_MAX];
	bool found = false;
	*new_keys = 0;
	if (!store_class_exists(store, name, court, &found)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	if (!found) {
		snprintf(err, err_size, _("There is no class named %s."), name);
		return false;
	}
	char outcome[STORE_TEXT_MAX];
	if (position == 0)
		snprintf(outcome, sizeof outcome, "class %s back to the start", name);
	else
		snprintf(outcome, sizeof outcome, "class %s trainee %d back to the start", name, position);
	struct audit_event event = {
		.terminal = change->terminal,
		.username = change->who,
		.court_id = court,
		.event = "class reset",
		.outcome = outcome,
	};
	if (!store_begin(store)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	/* The apps are gone with the reset: who had the Class app is read first. */
	struct class_apps apps = { 0 };
	enum class_mfa mode = CLASS_MFA_AS_PACER;
	bool ok = training_class_mfa(store, name, &mode, err, err_size);
	apps.every = mode == CLASS_MFA_ENROLLED;
	ok = ok && store_each_trainee_mfa(store, name, position, TRAINING_CLASS_APP, note_class_app, &apps) &&
	     store_reset_trainees(store, name, position, count) && store_audit(store, &event);
	if (!ok)
		copy_text(err, err_size, store_error(store));
	char key[MFA_BASE32_MAX];
	for (size_t i = 0; ok && i < apps.n; i++)
		ok = add_class_app(store, apps.accounts[i], key, err, err_size);
	wipe_memory(key, sizeof key);
	free(apps.accounts);
	bool committed = store_end(store, ok);
	if (ok && !committed)
		copy_text(err, err_size, store_error(store));
	if (committed)
		*new_keys = (int)apps.n;
	return committed;
}

bool training_reset_class(struct store *store, const char *name, const struct class_change *change,
			  int *count, int *new_keys, char *err, size_t err_size)
{
	return reset_with_audit(store, name, 0, change, count, new_keys, err, err_size);
}

bool training_reset_trainee(struct store *store, const char *name, int position,
			    const struct class_change *change, int *new_keys, char *err, size_t err_size)
{
	int count = 0;
	return reset_with_audit(store, name, position, change, &count, new_keys, err, err_size);
}

/* The newest Class app's key, for a slip printed again. */
static bool keep_class_key(const struct mfa_app *app, void *data)
{
	char *key = data;
	if (strcmp(app->name, TRAINING_CLASS_APP) == 0)
		copy_text(key, MFA_BASE32_MAX, app->secret);
	return true;
}

bool training_new_slip(struct store *store, const char *name, const struct court *court,
		       const struct class_change *change, struct trainee_slip *slip, char *err,
		       size_t err_size)
{
	char who[16];
	snprintf(who, sizeof who, "%d", slip->position);
	struct trainee_identity trainee;
	bool found = false;
	if (!store_find_trainee(store, name, who, &trainee, &found)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	if (!found) {
		snprintf(err, err_size, _("The class %s has no trainee %d."), name, slip->position);
		return false;
	}
	copy_text(slip->name, sizeof slip->name, trainee.name);
	copy_text(slip->pacer_username, sizeof slip->pacer_username, trainee.username);
	copy_text(slip->start_username, sizeof slip->start_username, trainee.start_username);
	slip->legacy = !trainee.upgraded;
	copy_text(slip->ecf_login, sizeof slip->ecf_login, trainee.ecf_login);
	copy_text(slip->ecf_name, sizeof slip->ecf_name, trainee.ecf_name);
	slip->mfa_key[0] = '\0';
	if (!store_each_mfa_app(store, trainee.account_id, keep_class_key, slip->mfa_key)) {
		copy_text(err, err_size, store_error(store));
		return false;
	}
	practice_password(slip->pacer_password, sizeof slip->pacer_password);
	practice_password(slip->ecf_password, sizeof slip->ecf_password);
	char pacer_hash[AUTH_HASH_MAX], ecf_hash[AUTH_HASH_MAX], outcome[STORE_TEXT_MAX];
	snprintf(outcome, sizeof outcome, "class %s trainee %d new slip", name, slip->position);
	struct audit_event event = { .terminal = change->terminal,
				     .username = change->who,
				     .court_id = court->id,
				     .event = "class slip",
				     .outcome = outcome };
	bool ok = auth_hash_secret(slip->pacer_password, pacer_hash) &&
		  auth_hash_secret(slip->ecf_password, ecf_hash) && store_begin(store);
	if (ok) {
		ok = store_set_trainee_passwords(store, name, slip->position, pacer_hash, ecf_hash) &&
		     store_audit(store, &event);
		ok = store_end(store, ok);
	}
	if (!ok)
		copy_text(err, err_size, store_error(store));
	wipe_memory(pacer_hash, sizeof pacer_hash);
	wipe_memory(ecf_hash, sizeof ecf_hash);
	return ok;
}
