/* SPDX-License-Identifier: MIT */
/* Every screen of the wizard (screens/screens.def lists them) and what
 * their files share. */
#ifndef NGW_SCREENS_H
#define NGW_SCREENS_H

#include <string.h>

#include "flow/flow.h"

#define SCREEN(id, spec, file) extern const struct screen_spec spec;
#include "flow/screens/screens.def"
#undef SCREEN

/* Each feature's wipe (states.h): what it holds goes, wiped. */
void login_wipe(struct flow *flow);
void recovery_wipe_forms(struct flow *flow);
void court_visit_wipe(struct flow *flow);
void link_wipe(struct flow *flow);
void checklist_wipe_answers(struct flow *flow);
void efile_wipe(struct flow *flow);

/* The e-file registration form (screen_efile.c) for kind ("attorney" or
 * "non-attorney") at the current court; from the link fallback. */
enum screen_id efile_open(struct flow *flow, const char *kind, enum screen_id return_to);
/* The account's e-filing requests and where each stands (Check E-File
 * Status). */
void efile_add_status(struct flow *flow);

/* A new password typed twice ("password", "confirm"): a forgotten one's
 * and the 2025 login's "User Update Required" (screen_forgot.c). */
#define NEW_PASSWORD_FIELDS 2
extern const struct field_spec new_password_fields[NEW_PASSWORD_FIELDS];

/* Checks the PACER username and password typed on screen (a PACER or a
 * court login): true and logged in, or false with the reason shown. */
bool log_in_with_pacer(struct flow *flow, enum screen_id screen);

/* Opens the description of a court site item that the practice does not
 * copy (Query, Reports, ...); Back returns to the current screen. */
enum screen_id court_show_item(struct flow *flow, const char *id);
/* After a login at a court: whether this account left a link unfinished
 * there (the offer's sentence is prepared on the way), and putting its
 * CM/ECF login back on the Link screen. */
bool link_draft_waiting(struct flow *flow);
enum screen_id link_restore_draft(struct flow *flow);

/* The troubleshooting guide, opened from screen: at the step a failure
 * there suggests, else at "What went wrong?". */
enum screen_id trouble_open(struct flow *flow, enum screen_id from);
/* What a failed login or link suggests (a trouble_step, with the
 * sentence of what happened), offered on screen until it succeeds. */
void trouble_note(struct flow *flow, enum screen_id screen, int step, const char *why);
void trouble_forget(struct flow *flow);
/* Shows the "What went wrong?" link of screen when it has a hint. */
void trouble_offer(struct flow *flow, enum screen_id screen);

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

static inline int action_is(const struct action_spec *action, const char *id)
{
	return action != NULL && strcmp(action->id, id) == 0;
}

#endif
