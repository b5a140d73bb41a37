/* SPDX-License-Identifier: MIT */
/* The get-ready checklist: a person's own steps, in order, with their
 * court's dates, from four answers. */
#ifndef NGW_CHECKLIST_H
#define NGW_CHECKLIST_H

#include <stdbool.h>
#include <stdio.h>

#include "core/notices.h"
#include "store/store.h"

struct checklist_answers {
	bool individual_account; /* not a firm's shared account */
	int legacy; /* 1 yes, 0 no, -1 not sure */
	bool knows_ecf_login;
	const struct court *court;
	const char *today;
	bool era_2025; /* today's PACER: the 2025 password and MFA steps too */
};

#define CHECKLIST_MAX_STEPS 10
#define CHECKLIST_MAX_NOTICES 10

struct checklist {
	char steps[CHECKLIST_MAX_STEPS][512];
	int count;
	/* The courts' warnings that apply to this person, for the page. */
	enum notice_id notices[CHECKLIST_MAX_NOTICES];
	int n_notices;
};

void checklist_build(const struct checklist_answers *answers, struct checklist *out);
/* Writes the list as a page of plain text (80 columns), headed with the
 * person (or NULL) and the court, with the courts' warnings that apply
 * and who can help; false on error. */
bool checklist_write(const struct checklist *list, const struct court *court, const char *person, FILE *out);

#endif
