/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/mfa_login.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/validate.h"

bool mfa_login_begin(struct flow *flow, const char *password, bool at_court)
{
	struct mfa_session *m = &flow->mfa;
	mfa_wipe(flow);
	m->at_court = at_court;
	if (flow->era < 2025)
		return true;
	struct mfa_state state;
	if (!store_mfa_state(flow->store, flow->account.id, &state)) {
		flow_error(flow, NULL, store_error(flow->store));
		return false;
	}
	struct password_context context = {
		.username = flow->account.username,
		.first_name = flow->account.first_name,
		.last_name = flow->account.last_name,
		.email = flow->account.email,
	};
	char why[FLOW_MESSAGE_MAX];
	m->passcode_needed = state.enrolled;
	m->password_update = validate_password(POLICY_2025, password, &context, why, sizeof why) != NULL;
	m->prompt_needed = state.required && !state.enrolled;
	m->pending = m->passcode_needed || m->password_update || m->prompt_needed;
	return true;
}

enum screen_id mfa_login_next(struct flow *flow)
{
	struct mfa_session *m = &flow->mfa;
	if (m->pending) {
		if (m->passcode_needed)
			return SCREEN_MFA_PASSCODE;
		if (m->password_update)
			return SCREEN_PASSWORD_UPDATE;
		if (m->prompt_needed)
			return SCREEN_MFA_PROMPT;
	}
	m->pending = false;
	flow->logged_in = true;
	return m->at_court ? court_after_login(flow) : pacer_after_login(flow);
}

void mfa_forget_new_app(struct flow *flow)
{
	struct mfa_session *m = &flow->mfa;
	wipe_memory(m->secret, sizeof m->secret);
	wipe_memory(m->email_code_hash, sizeof m->email_code_hash);
	wipe_memory(m->mailbox_code, sizeof m->mailbox_code);
	form_wipe(&m->email_code);
	form_wipe(&m->add_app);
	m->email_code_tries = 0;
}

void mfa_wipe(struct flow *flow)
{
	wipe_memory(&flow->mfa, sizeof flow->mfa);
}

void mfa_describe(const struct mfa_state *state, char *out, size_t size)
{
	if (!state->enrolled) {
		copy_text(out, size, _("Not enrolled"));
		return;
	}
	char apps[128], codes[128];
	snprintf(apps, sizeof apps,
		 ngettext("%d authentication app", "%d authentication apps", (unsigned long)state->apps),
		 state->apps);
	snprintf(codes, sizeof codes,
		 ngettext("%d backup code left", "%d backup codes left",
			  (unsigned long)state->backup_codes_left),
		 state->backup_codes_left);
	/* TRANSLATORS: Multifactor Auth on Manage My Account: "Enrolled: 1
	 * authentication app, 10 backup codes left". */
	snprintf(out, size, _("Enrolled: %s, %s"), apps, codes);
}
