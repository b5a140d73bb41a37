/* SPDX-License-Identifier: MIT */
/* Helpers shared by the unit tests: a private temporary folder and a
 * practice database loaded with the demo scenario. */
#ifndef NGW_TESTS_UNIT_H
#define NGW_TESTS_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka.h needs the four above first. */
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"
#include "core/pacer.h"
#include "core/setup.h"
#include "flow/drafts.h"
#include "flow/flow.h"
#include "flow/session.h"
#include "store/store.h"

static inline char *unit_temp_dir(void)
{
	const char *base = getenv("TMPDIR");
	char *templ;
	if (asprintf(&templ, "%s/ngw-unit-XXXXXX", base && base[0] ? base : "/tmp") < 0)
		abort();
	if (mkdtemp(templ) == NULL)
		abort();
	return templ;
}

static inline void unit_remove_tree(const char *dir)
{
	char *cmd;
	if (asprintf(&cmd, "rm -rf '%s'", dir) < 0)
		abort();
	if (system(cmd) != 0)
		fprintf(stderr, "# could not remove %s\n", dir);
	free(cmd);
}

static inline const char *unit_data_dir(void)
{
	const char *dir = getenv("NEXTGEN_WIZARD_DATADIR");
	return dir ? dir : "data";
}

/* A new database with the demo scenario at dir/name. */
static inline struct store *unit_demo_store(const char *dir, const char *name)
{
	char *path;
	char err[ERROR_MAX];
	if (asprintf(&path, "%s/%s", dir, name) < 0)
		abort();
	struct store *store = setup_open(path, unit_data_dir(), err, sizeof err);
	if (store == NULL)
		fprintf(stderr, "# %s\n", err);
	free(path);
	return store;
}

/* The action of the current screen with this id; fails the test if none. */
static inline const struct action_spec *unit_action(const struct flow *flow, const char *id)
{
	const struct action_spec *action = flow_find_action(flow, id);
	if (action == NULL)
		fail_msg("the screen %s has no action %s", flow->screen->name, id);
	return action;
}

/* The action of the current screen with this id, taken: the next screen. */
static inline enum screen_id unit_act(struct flow *flow, const char *id)
{
	return flow_act(flow, unit_action(flow, id));
}

/* A flow over a fresh demo database, for the tests that drive screens. */
struct flow_fixture {
	char *dir;
	struct store *store;
	struct flow flow;
	struct session session; /* marked in the store, so drafts are kept */
};

static inline int unit_flow_setup(void **state)
{
	struct flow_fixture *f = calloc(1, sizeof *f);
	char err[256];
	f->dir = unit_temp_dir();
	f->store = unit_demo_store(f->dir, "flow.db");
	assert_non_null(f->store);
	assert_true(flow_init(&f->flow, f->store, "test", err, sizeof err));
	assert_true(session_open(&f->session, &f->flow, err, sizeof err));
	*state = f;
	return 0;
}

static inline int unit_flow_teardown(void **state)
{
	struct flow_fixture *f = *state;
	session_close(&f->session);
	flow_free(&f->flow);
	store_close(f->store);
	unit_remove_tree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* The practice date set, as if before the session began (so it is no
 * news to the session). */
static inline void unit_set_today(struct flow *flow, const char *date)
{
	if (!store_set_setting(flow->store, "as-of", date))
		fail_msg("%s", store_error(flow->store));
	snprintf(flow->today, sizeof flow->today, "%s", date);
	flow->simulated_today = true;
}

/* What the current screen's field holds ("" when it has none). */
static inline const char *unit_value(const struct flow *flow, enum screen_id screen, const char *id)
{
	const struct screen_spec *spec = screen_spec(screen);
	return form_value(flow_form((struct flow *)flow, spec), spec, id);
}

/* Whether the account logged in has a draft of work this session may be
 * offered; its screen in screen (when not NULL). */
static inline bool unit_draft_found(struct flow_fixture *f, const char *work, char *screen, size_t size)
{
	struct draft_key key = { f->flow.account.id, f->flow.drafts.session_id };
	struct draft_found found;
	assert_true(store_latest_draft(f->store, &key, false, work, &found));
	if (screen != NULL)
		copy_text(screen, size, found.screen);
	return found.found;
}

/* This session's drafts of the account logged in, each handed to visit. */
static inline bool unit_each_draft(struct flow_fixture *f, draft_visitor visit, void *data)
{
	struct draft_key key = { f->flow.account.id, f->flow.drafts.session_id };
	return store_each_draft(f->store, &key, visit, data);
}

/* Logs the flow in as username, as the login screen would. */
static inline void unit_log_in(struct flow_fixture *f, const char *username, const char *password)
{
	struct login_outcome *out = malloc(sizeof *out);
	pacer_login(f->store, username, password, "test", out);
	assert_int_equal(out->result, LOGIN_OK);
	f->flow.logged_in = true;
	f->flow.account = out->account;
	free(out);
}

/* Everything John Attorney types on the three Upgrade tabs, secrets too. */
static inline void unit_type_john_upgrade(struct flow *flow)
{
	static const char *const tabs[][2] = {
		{ "birth-date", "03/14/1970" },
		{ "user-type", "Attorney" },
	};
	static const char *const security[][2] = {
		{ "username", "jattorney2021" }, { "password", "Linked!2021" },
		{ "confirm", "Linked!2021" },    { "question1", "What was your first car?" },
		{ "answer1", "Beetle" },         { "question2", "In what city were you born?" },
		{ "answer2", "Sacramento" },     { "question3", "What was your childhood nickname?" },
		{ "answer3", "Jackie" },
	};
	flow_enter(flow, SCREEN_UPGRADE_PERSON);
	for (size_t i = 0; i < sizeof tabs / sizeof tabs[0]; i++)
		flow_set_value(flow, tabs[i][0], tabs[i][1]);
	flow_enter(flow, SCREEN_UPGRADE_SECURITY);
	for (size_t i = 0; i < sizeof security / sizeof security[0]; i++)
		flow_set_value(flow, security[i][0], security[i][1]);
}

#endif
