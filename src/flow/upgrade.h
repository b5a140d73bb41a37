/* SPDX-License-Identifier: MIT */
/* The rules of the three Upgrade PACER Account tabs and the upgrade
 * itself: what each field must hold, and one transaction at the end. */
#ifndef NGW_UPGRADE_H
#define NGW_UPGRADE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/auth.h"
#include "flow/flow.h"

/* Where the tabs keep what is typed on them (screen_spec.form), and a
 * value of a tab by field id, for the tabs and whoever needs one. */
struct form_values *upgrade_form(struct flow *flow, const struct screen_spec *spec);
const char *upgrade_value(const struct flow *flow, enum upgrade_tab tab, const char *field);
/* The state typed on the Address tab, as stored ("CA"), for county lists. */
void upgrade_chosen_state(const struct flow *flow, char *out, size_t size);
/* The County must be filled once a State in the United States is
 * chosen (field_spec.required_when). */
bool upgrade_county_required(const struct flow *flow);
/* What the new password must not contain: the names typed on the tabs. */
struct password_context upgrade_password_context(const struct flow *flow);
/* Forgets the tabs and whether they register a new account. */
void upgrade_wipe(struct flow *flow);

/* Entering any of the three tabs: filled from the account the first
 * time, titled for registration when that is what they are doing. */
void upgrade_tab_load(struct flow *flow);
/* Check one tab; on the current screen every bad field gets its
 * message and the first one the focus. True when the tab is right. */
bool upgrade_check_person(struct flow *flow);
bool upgrade_check_address(struct flow *flow);
bool upgrade_check_security(struct flow *flow);
/* The Security tab checked (fields marked) and the other two again. */
bool upgrade_tabs_ready(struct flow *flow);
/* The Person and Address values as stored: list entries as their codes,
 * dates as YYYY-MM-DD, over the current account's other fields. */
void upgrade_collect_details(struct flow *flow, struct pacer_account *details);

struct hashed_secrets {
	char password[AUTH_HASH_MAX];
	char questions[STORE_QUESTIONS][FLOW_VALUE_MAX];
	char answers[STORE_QUESTIONS][AUTH_HASH_MAX];
};

/* The Security tab's password and answers, hashed; the caller wipes. */
bool upgrade_hash_secrets(struct flow *flow, struct hashed_secrets *hashed);
/* Empties the three tabs (after an upgrade or registration). */
void upgrade_forget_tabs(struct flow *flow);
/* Checks all three tabs and upgrades the account; returns the next
 * screen (Upgrade Complete, or the Security tab with the reason). */
enum screen_id upgrade_finish(struct flow *flow);
/* The password rules met so far, for the Security tab's live line. */
void upgrade_password_note(const struct flow *flow, char *out, size_t size);
/* Puts the account's draft back on the tabs (over what the account
 * holds) and returns the tab it was saved on. */
enum screen_id upgrade_restore_draft(struct flow *flow);
/* Leaves the upgrade: secrets wiped, typing kept for a return. */
void upgrade_leave(struct flow *flow);

extern const char *const upgrade_tabs[];

#endif
