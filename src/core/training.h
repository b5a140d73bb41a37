/* SPDX-License-Identifier: MIT */
/* A trainer's class: practice accounts made in one go, with credential
 * slips, and put back to the start after the class. */
#ifndef NGW_TRAINING_H
#define NGW_TRAINING_H

#include <stdbool.h>
#include <stdio.h>

#include "store/store.h"

#define CLASS_MAX_TRAINEES 100

enum class_kind {
	CLASS_LEGACY,
	CLASS_UPGRADED,
	CLASS_MIXED
};

/* What a trainee is handed: the only place the passwords appear. */
struct trainee_slip {
	char name[2 * STORE_TEXT_MAX];
	char pacer_username[STORE_TEXT_MAX];
	char pacer_password[32];
	bool legacy;
	char ecf_login[STORE_TEXT_MAX];
	char ecf_password[32];
	char ecf_name[2 * STORE_TEXT_MAX]; /* as the court knows the trainee */
};

struct class_request {
	const char *name;
	int count; /* 1..CLASS_MAX_TRAINEES */
	const struct court *court;
	enum class_kind kind;
};

/* Makes the class in one transaction; slips must hold request->count
 * entries. On failure returns false with a sentence in err and nothing
 * made. */
bool training_create_class(struct store *store, const struct class_request *request,
			   struct trainee_slip *slips, char *err, size_t err_size);
/* The slips as a page to print, or as CSV with a header row. */
void training_write_slips(FILE *out, const struct class_request *request, const struct trainee_slip *slips,
			  bool csv);
/* Every trainee back to the start, with an audit row saying who did it. */
bool training_reset_class(struct store *store, const char *name, const char *who, const char *terminal,
			  int *count, char *err, size_t err_size);

#endif
