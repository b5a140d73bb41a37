/* SPDX-License-Identifier: MIT */
/* A trainer's class: practice accounts made in one go, with credential
 * slips, and put back to the start after the class. */
#ifndef NGW_TRAINING_H
#define NGW_TRAINING_H

#include <stdbool.h>
#include <stdio.h>

#include "core/mfa.h"
#include "store/store.h"

#define CLASS_MAX_TRAINEES 100

enum class_kind {
	CLASS_LEGACY,
	CLASS_UPGRADED,
	CLASS_MIXED
};

/* What the trainees have of multifactor authentication (class create
 * --mfa), kept in their accounts: the rule, and the app below. */
enum class_mfa {
	CLASS_MFA_AS_PACER, /* not said: required once linked, as PACER does */
	CLASS_MFA_REQUIRED, /* enrolling asked at login (2025 era), linked or not */
	CLASS_MFA_NONE, /* never asked */
	CLASS_MFA_ENROLLED /* required, and an app already enrolled, its key on the slip */
};
/* The name of the app a class hands out enrolled, as the wizard's MFA
 * Methods list it; a class reset gives it a new key. Not translated: the
 * reset looks for it by this name. */
#define TRAINING_CLASS_APP "Class app"

/* What a trainee is handed: the only place the passwords appear. */
struct trainee_slip {
	int position; /* 1.. in the class */
	char name[2 * STORE_TEXT_MAX];
	char pacer_username[STORE_TEXT_MAX];
	char start_username[STORE_TEXT_MAX]; /* the username again after a reset */
	char pacer_password[32];
	bool legacy;
	char ecf_login[STORE_TEXT_MAX];
	char ecf_password[32];
	char ecf_name[2 * STORE_TEXT_MAX]; /* as the court knows the trainee */
	char mfa_key[MFA_BASE32_MAX]; /* the Class app's key (base32); "" when none */
};

struct class_request {
	const char *name;
	int count; /* 1..CLASS_MAX_TRAINEES */
	const struct court *court;
	enum class_kind kind;
	int first; /* trainees already in the class (class add) */
	const char *prefix; /* a room's or host's word before usernames; NULL */
	enum class_mfa mfa; /* the trainees' multifactor authentication */
};

/* A --prefix: 1 to 8 ASCII letters and digits, starting with a letter. */
bool training_prefix_ok(const char *prefix);

/* Makes the class in one transaction; slips must hold request->count
 * entries. On failure returns false with a sentence in err and nothing
 * made. */
bool training_create_class(struct store *store, const struct class_request *request,
			   struct trainee_slip *slips, char *err, size_t err_size);
/* Late arrivals: request->count trainees after request->first, in one
 * transaction, slips for them alone. */
bool training_add_trainees(struct store *store, const struct class_request *request,
			   struct trainee_slip *slips, char *err, size_t err_size);

/* What every slip of a printing says besides the trainee's own. */
struct slip_page {
	const char *class_name;
	const struct court *court;
	const char *connect; /* how to reach the wizard; "" */
	const char *today; /* the practice date, YYYY-MM-DD */
	int class_size;
};
/* The multifactor authentication of the class's last trainee, which
 * class add gives late arrivals unless told otherwise: an app named
 * TRAINING_CLASS_APP makes it CLASS_MFA_ENROLLED, else the account's
 * rule; CLASS_MFA_AS_PACER for a class without trainees. */
bool training_class_mfa(struct store *store, const char *name, enum class_mfa *mfa, char *err,
			size_t err_size);

/* The slips as pages to print (one a page, a form feed between), or as
 * CSV with a header row. */
void training_write_slips(FILE *out, const struct slip_page *page, const struct trainee_slip *slips, int n,
			  bool csv);

/* Who did a change to a class, for its audit row. */
struct class_change {
	const char *who;
	const char *terminal;
};
/* Every trainee back to the start, with an audit row saying who did it.
 * Each keeps the multifactor authentication the class gave: the rule of
 * their account, and a trainee whose account had the Class app gets one
 * again, with a new key (*new_keys counts them; class slip prints it). */
bool training_reset_class(struct store *store, const char *name, const struct class_change *change,
			  int *count, int *new_keys, char *err, size_t err_size);
/* One trainee back to the start: their slip's passwords open the
 * accounts again (a Class app's key is new, as above). */
bool training_reset_trainee(struct store *store, const char *name, int position,
			    const struct class_change *change, int *new_keys, char *err, size_t err_size);
/* A new slip for one trainee, who lost theirs: new passwords (the old
 * ones are kept only as hashes, so nobody can print them again), the
 * lock lifted; what they did stays. The key of their Class app, if they
 * have one, is on it as it is. slip->position names the trainee; the
 * rest is filled. */
bool training_new_slip(struct store *store, const char *name, const struct court *court,
		       const struct class_change *change, struct trainee_slip *slip, char *err,
		       size_t err_size);

#endif
