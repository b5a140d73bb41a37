/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/drafts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/process.h"
#include "base/util.h"
#include "flow/flow.h"

/* This session's drafts of the account logged in; a session not marked
 * yet has none (no draft belongs to session -1). */
static struct draft_key key_of(const struct flow *flow)
{
	long long id = flow->drafts.session_id;
	struct draft_key key = { flow->account.id, id != 0 ? id : -1 };
	return key;
}

/* The session's mark, made when it may first draft (a login that looks
 * for a draft, or the first draft): a session that never logs in writes
 * nothing, and has nothing to keep from others. */
static bool marked(struct flow *flow)
{
	if (flow->drafts.session_id != 0)
		return true;
	struct session_mark mark = { .pid = (long long)getpid(), .kiosk = flow->kiosk };
	(void)process_identity(mark.pid, mark.process_start, sizeof mark.process_start);
	if (store_open_session(flow->store, &mark, &flow->drafts.session_id))
		return true;
	flow->drafts.session_id = 0;
	return false;
}

struct dead_marks {
	struct session_mark *marks;
	size_t n, cap;
};

static bool collect_dead(const struct session_mark *mark, void *data)
{
	struct dead_marks *dead = data;
	if (process_alive(mark->pid, mark->process_start))
		return true;
	if (dead->n == dead->cap) {
		dead->cap = dead->cap ? dead->cap * 2 : 8;
		dead->marks = xreallocarray(dead->marks, dead->cap, sizeof *dead->marks);
	}
	dead->marks[dead->n++] = *mark;
	return true;
}

/* A session that died (power cut, SIGKILL) could not take its mark
 * away; it expires here. A kiosk's drafts go with it. */
static bool prune_dead_marks(struct flow *flow)
{
	struct dead_marks dead = { 0 };
	bool ok = store_each_session(flow->store, collect_dead, &dead);
	bool any_kiosk = false;
	for (size_t i = 0; ok && i < dead.n; i++) {
		ok = store_close_session(flow->store, dead.marks[i].id, dead.marks[i].kiosk);
		any_kiosk = any_kiosk || dead.marks[i].kiosk;
	}
	free(dead.marks);
	if (ok && any_kiosk)
		ok = store_forget_deleted(flow->store);
	return ok;
}

/* Drafts older than session marks (session 0) may be a patron's, saved
 * by a kiosk of an earlier version that kept them: a kiosk deletes them. */
static bool forget_unowned(struct flow *flow)
{
	return !flow->kiosk ||
	       (store_delete_session_drafts(flow->store, 0) && store_forget_deleted(flow->store));
}

bool drafts_open_session(struct flow *flow, char *err, size_t err_size)
{
	flow->drafts.session_id = 0;
	if (!prune_dead_marks(flow) || !forget_unowned(flow)) {
		copy_text(err, err_size, store_error(flow->store));
		return false;
	}
	flow->drafts.open = true;
	return true;
}

void drafts_close_session(struct flow *flow)
{
	drafts_write_pending(flow);
	flow->drafts.open = false;
	if (flow->drafts.session_id == 0)
		return;
	if (store_close_session(flow->store, flow->drafts.session_id, flow->kiosk) && flow->kiosk)
		(void)store_forget_deleted(flow->store);
	flow->drafts.session_id = 0;
}

/* FNV-1a over the strings, each with its end. */
static unsigned long long hash_strings(const char *const *strings, size_t n, unsigned long long h)
{
	for (size_t i = 0; i < n; i++)
		for (const unsigned char *p = (const unsigned char *)strings[i];; p++) {
			h = (h ^ *p) * 1099511628211ULL;
			if (*p == '\0')
				break;
		}
	return h;
}

static bool is_drafted(const struct flow *flow, const struct screen_spec *spec)
{
	if (!flow->logged_in || flow->upgrade.registering || spec == NULL || spec->drafted_as == NULL ||
	    !flow->drafts.open)
		return false;
	/* A link belongs to a court: drafted once logged in there. */
	return strcmp(spec->drafted_as, DRAFT_LINK) != 0 || flow->visit.logged_in;
}

/* Takes the current screen's draft into flow->drafts.pending, when the
 * screen is drafted and it changed since it was last saved; a pending
 * draft of another screen or account is written first. */
static void take_draft(struct flow *flow)
{
	const struct screen_spec *spec = flow->screen;
	if (!is_drafted(flow, spec))
		return;
	struct form_values *form = flow_form(flow, spec);
	const char *fields[FLOW_MAX_FIELDS + 1], *values[FLOW_MAX_FIELDS + 1];
	size_t n = 0;
	if (strcmp(spec->drafted_as, DRAFT_LINK) == 0) {
		/* A link belongs to one court: the offer comes only there. */
		fields[n] = "court";
		values[n++] = flow->court.id;
	}
	for (size_t i = 0; i < spec->n_fields; i++) {
		if (spec->fields[i].kind == FIELD_PASSWORD || spec->fields[i].secret)
			continue;
		fields[n] = spec->fields[i].id;
		values[n++] = form->value[i];
	}
	unsigned long long h = hash_strings(
		fields, n,
		hash_strings(values, n, 14695981039346656037ULL ^ (unsigned long long)flow->account.id));
	if (h == 0)
		h = 1;
	if (form->drafted == h)
		return; /* saved already, as it is, or about to be */
	struct pending_draft *p = &flow->drafts.pending;
	if (p->due && (p->form != form || p->account_id != flow->account.id))
		drafts_write_pending(flow);
	p->due = true;
	p->account_id = flow->account.id;
	p->screen = spec->name;
	p->form = form;
	p->n = n;
	for (size_t i = 0; i < n; i++) {
		p->fields[i] = fields[i];
		copy_text(p->values[i], FLOW_VALUE_MAX, values[i]);
	}
	form->drafted = h;
}

void drafts_write_pending(struct flow *flow)
{
	struct pending_draft *p = &flow->drafts.pending;
	if (!p->due)
		return;
	p->due = false;
	const char *values[FLOW_MAX_FIELDS + 1];
	for (size_t i = 0; i < p->n; i++)
		values[i] = p->values[i];
	bool saved = marked(flow);
	struct draft_key key = key_of(flow);
	key.account_id = p->account_id;
	saved = saved && store_save_draft(flow->store, &key, p->screen, p->fields, values, p->n);
	wipe_memory(p->values, sizeof p->values);
	if (saved)
		return;
	p->form->drafted = 0;
	if (flow->message_kind == MESSAGE_NONE) {
		char message[FLOW_MESSAGE_MAX];
		/* TRANSLATORS: %s says what is wrong with the database. */
		snprintf(message, sizeof message,
			 _("What you typed could not be kept as a draft, but it is still here. %s"),
			 store_error(flow->store));
		flow_info(flow, message);
	}
}

void drafts_save_later(struct flow *flow)
{
	take_draft(flow);
}

void drafts_save(struct flow *flow)
{
	take_draft(flow);
	drafts_write_pending(flow);
}

/* Nothing is known to be saved any more: the next leave saves again. */
static void forget_saved(struct flow *flow)
{
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_spec *spec = screen_spec((enum screen_id)id);
		struct form_values *form = spec->drafted_as != NULL ? flow_form(flow, spec) : NULL;
		if (form != NULL)
			form->drafted = 0;
	}
}

bool drafts_delete(struct flow *flow, const char *work)
{
	drafts_write_pending(flow);
	forget_saved(flow);
	struct draft_key key = key_of(flow);
	return store_delete_drafts(flow->store, &key, work);
}

void drafts_forget_session(struct flow *flow)
{
	drafts_write_pending(flow);
	forget_saved(flow);
	if (!flow->kiosk || flow->drafts.session_id == 0)
		return;
	if (store_delete_session_drafts(flow->store, flow->drafts.session_id))
		(void)store_forget_deleted(flow->store);
}

bool drafts_waiting(struct flow *flow, const char *work, struct draft_found *found)
{
	memset(found, 0, sizeof *found);
	drafts_write_pending(flow);
	/* Marked now, with the login's own writes, rather than at the first
	 * field left. */
	if (!flow->drafts.open || !prune_dead_marks(flow) || !marked(flow))
		return false;
	struct draft_key key = key_of(flow);
	if (!store_latest_draft(flow->store, &key, flow->kiosk, work, found) || !found->found)
		return false;
	flow->drafts.work = work;
	flow->drafts.offered_session = found->session_id;
	copy_text(flow->drafts.offered_screen, sizeof flow->drafts.offered_screen, found->screen);
	return true;
}

bool drafts_take_up(struct flow *flow, draft_visitor visit, void *data)
{
	drafts_write_pending(flow);
	if (!marked(flow))
		return false;
	struct draft_key key = key_of(flow);
	if (flow->drafts.work == NULL ||
	    !store_adopt_drafts(flow->store, &key, flow->drafts.work, flow->drafts.offered_session))
		return false;
	flow->drafts.offered_session = key.session_id;
	return store_each_draft(flow->store, &key, visit, data);
}
