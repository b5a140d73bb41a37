/* SPDX-License-Identifier: MIT */
/* The 2025 login (the era setting): after the right password, the steps
 * PACER puts before the account, in its order: the one-time passcode of
 * an enrolled account, "User Update Required" for a password that breaks
 * the 2025 rules, and the enrollment prompt for an account required to
 * enroll (three skips, then none). Both logins, Manage My Account's and a
 * court's, go through it; until it is done the person is not logged in. */
#ifndef NGW_MFA_LOGIN_H
#define NGW_MFA_LOGIN_H

#include <stdbool.h>

#include "flow/flow.h"

/* Skips of the enrollment prompt PACER allows before it must be done. */
#define MFA_SKIPS 3

/* The right password was typed (at a court when at_court); false with the
 * store's sentence shown when the account's MFA cannot be read. */
bool mfa_login_begin(struct flow *flow, const char *password, bool at_court);
/* The next of those steps, or, none left, the account (or the court). */
enum screen_id mfa_login_next(struct flow *flow);
/* An app being added, abandoned or added: its key and codes wiped. */
void mfa_forget_new_app(struct flow *flow);
/* What the 2025 login and the MFA screens hold, wiped. */
void mfa_wipe(struct flow *flow);
/* The account's MFA as Manage My Account says it ("Enrolled: 1
 * authentication app, 10 backup codes"). */
void mfa_describe(const struct mfa_state *state, char *out, size_t size);

/* After the 2025 steps: Manage My Account (screen_login.c), or the court
 * (screen_court.c). */
enum screen_id pacer_after_login(struct flow *flow);
enum screen_id court_after_login(struct flow *flow);

#endif
