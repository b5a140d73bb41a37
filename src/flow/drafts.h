/* SPDX-License-Identifier: MIT */
/* Drafts: what a person types on the Upgrade tabs or on a court's Link
 * screen, saved each time a field is left, so a dropped line or a crash
 * loses at most the field being typed. Passwords and answers never.
 *
 * A draft belongs to the session that typed it. While that session runs
 * (its mark in the database names its process) nobody else is offered
 * it: not a second session on the same account. Once it has ended or
 * died, the next login of that account is offered it, except at a
 * kiosk: there a draft is the patron's alone, and Log Out, the idle
 * reset and the end of the session delete it, so the next person, who
 * may log into the same practice account, finds nothing of it. */
#ifndef NGW_DRAFTS_H
#define NGW_DRAFTS_H

#include <stdbool.h>
#include <stddef.h>

#include "store/store.h"

struct flow;
struct screen_spec;

/* Starts this session's drafting: the marks of sessions whose process
 * is gone are removed (a kiosk's with its drafts). The session's own
 * mark is made when it may first draft. */
bool drafts_open_session(struct flow *flow, char *err, size_t err_size);
/* The session ends: its mark goes, and at a kiosk its drafts too. */
void drafts_close_session(struct flow *flow);
/* Saves the current screen's typing as the account's draft, when the
 * screen is drafted and something changed. */
void drafts_save(struct flow *flow);
/* The same draft, taken now and written by drafts_write_pending (after
 * the screen is out), or by the next other use of the drafts: what the
 * action that follows changes is not in it, as with drafts_save. */
void drafts_save_later(struct flow *flow);
void drafts_write_pending(struct flow *flow);
/* Removes the account's drafts of that work (DRAFT_UPGRADE, DRAFT_LINK)
 * that are this session's or a dead one's. */
bool drafts_delete(struct flow *flow, const char *work);
/* At a kiosk: everything this session drafted is deleted, also from the
 * database's log (Log Out, the idle reset). Elsewhere nothing. */
void drafts_forget_session(struct flow *flow);
/* Whether the logged-in account has a draft of that work this session
 * may be offered; found says when and where. */
bool drafts_waiting(struct flow *flow, const char *work, struct draft_found *found);
/* Takes up the draft offered (its rows become this session's) and hands
 * each of its values to visit. */
bool drafts_take_up(struct flow *flow, draft_visitor visit, void *data);

#endif
