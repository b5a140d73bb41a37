/* SPDX-License-Identifier: MIT */
/* Forgot Your Password? and Forgot User Name?: the real flows' questions
 * (e-mail plus username, account number or date of birth, then the
 * security questions); the new password is set on the spot, where the
 * real PACER e-mails a link. */
#include <config.h>

#include "flow/screens.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/choices.h"
#include "core/pacer.h"
#include "core/validate.h"
#include "flow/field_check.h"

static const struct action_spec next_back_actions[] = {
	{ "next", N_("Next"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static const struct action_spec close_actions[] = {
	{ "close", N_("Close"), ACTION_DEFAULT | ACTION_BACK },
};

#define EMAIL_FIELD                                                                                     \
	{                                                                                               \
		.id = "email", .label = N_("Email"), .kind = FIELD_TEXT, .width = 36, .max_length = 80, \
		.required = true, .check = CHECK_NONE,                                                  \
		.example = N_("The e-mail address on your PACER account."),                             \
	}
#define ACCOUNT_FIELD                                                                               \
	{                                                                                           \
		.id = "account", .label = N_("Account Number"), .kind = FIELD_TEXT, .width = 10,    \
		.max_length = 10, .check = CHECK_NONE,                                              \
		.example = N_("The 7-digit number shown above the username in Manage My Account."), \
	}
#define BIRTH_FIELD                                                                                          \
	{                                                                                                    \
		.id = "birth-date", .label = N_("Date of Birth"), .kind = FIELD_TEXT, .width = 10,           \
		.max_length = 10, .check = CHECK_DATE, .example = N_("MM/DD/YYYY, for example 03/14/1970."), \
	}

/* Finds the account from the form; false (with the reason shown) when
 * the person must correct something. */
static bool find_account(struct flow *flow, const char *username)
{
	const char *email = flow_value(flow, "email");
	const char *account = flow_value(flow, "account");
	const char *birth = flow_value(flow, "birth-date");
	if (flow_check_form(flow, flow->screen) > 0)
		return false;
	if (username[0] == '\0' && account[0] == '\0' && birth[0] == '\0') {
		/* Named as the form names them: the username is asked only when
		 * the password is forgotten. */
		if (flow->screen->id == SCREEN_FORGOT_PASSWORD)
			flow_error(flow, NULL,
				   _("Type one more item to identify the account: your "
				     "username, your account number or your date of birth."));
		else
			flow_error(flow, NULL,
				   _("Type one more item to identify the account: your "
				     "account number or your date of birth."));
		return false;
	}
	bool found = false;
	if (!pacer_find_for_recovery(flow->store, email, username, account, birth, &flow->recovery.account,
				     &found)) {
		flow_error(flow, NULL, store_error(flow->store));
		return false;
	}
	if (!found) {
		flow_error(flow, NULL,
			   _("The information provided does not match our records. Check "
			     "it, or call the PACER Service Center at (800) 676-6856."));
		return false;
	}
	return true;
}

/* Where each of these screens keeps what is typed on it. */
static struct form_values *recovery_form(struct flow *flow, const struct screen_spec *spec)
{
	switch (spec->id) {
	case SCREEN_FORGOT_PASSWORD:
		return &flow->recovery.find_password;
	case SCREEN_FORGOT_QUESTIONS:
		return &flow->recovery.questions;
	case SCREEN_FORGOT_NEW_PASSWORD:
		return &flow->recovery.new_password;
	default:
		return &flow->recovery.find_username;
	}
}

void recovery_wipe_forms(struct flow *flow)
{
	form_wipe(&flow->recovery.find_password);
	form_wipe(&flow->recovery.questions);
	form_wipe(&flow->recovery.new_password);
	form_wipe(&flow->recovery.find_username);
}

/* ---- Forgot Your Password? ----------------------------------------------- */

static const struct field_spec identify_fields[] = {
	EMAIL_FIELD,
	{
		.id = "username",
		.label = N_("Username"),
		.kind = FIELD_TEXT,
		.width = 32,
		.max_length = 40,
		.check = CHECK_NONE,
		.example = N_("Your PACER username."),
	},
	ACCOUNT_FIELD,
	BIRTH_FIELD,
};

static enum screen_id forgot_password_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return flow->login.return_to;
	if (!action_is(action, "next") || !find_account(flow, flow_value(flow, "username")))
		return SCREEN_FORGOT_PASSWORD;
	struct security_answers *answers = malloc(sizeof *answers);
	bool ok = answers != NULL &&
		  store_get_security_answers(flow->store, flow->recovery.account.id, answers);
	int count = ok ? answers->count : 0;
	free(answers);
	if (!ok) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_FORGOT_PASSWORD;
	}
	if (count < STORE_QUESTIONS) {
		flow_error(flow, NULL,
			   _("This account has no security questions yet: a legacy account "
			     "sets them when it is upgraded. Call the PACER Service Center at "
			     "(800) 676-6856 to reset the password."));
		return SCREEN_FORGOT_PASSWORD;
	}
	return SCREEN_FORGOT_QUESTIONS;
}

const struct screen_spec screen_forgot_password = {
	.id = SCREEN_FORGOT_PASSWORD,
	.name = "forgot-password",
	.kind = SCREEN_FORM,
	.title = N_("Forgot Your Password?"),
	.intro = N_("Type the e-mail address on your account and one more item: your username, your "
		    "account number or your date of birth."),
	.fields = identify_fields,
	.n_fields = COUNT_OF(identify_fields),
	.actions = next_back_actions,
	.n_actions = COUNT_OF(next_back_actions),
	.help = N_("PACER finds your account from its e-mail address and one more item, then asks "
		   "your security questions. On the real site PACER then e-mails you a link to set a "
		   "new password; here you set it on the next screen.\n\nA CM/ECF password of a court "
		   "not yet on NextGen is reset by that court's CM/ECF help desk, not by PACER."),
	.submit = forgot_password_submit,
	.form = recovery_form,
};

/* ---- the security questions --------------------------------------------- */

static const struct field_spec answer_fields[] = {
	{
		.id = "answer1",
		.label = N_("Answer 1"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 60,
		.required = true,
		.check = CHECK_NONE,
		.secret = true,
	},
	{
		.id = "answer2",
		.label = N_("Answer 2"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 60,
		.required = true,
		.check = CHECK_NONE,
		.secret = true,
	},
	{
		.id = "answer3",
		.label = N_("Answer 3"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 60,
		.required = true,
		.check = CHECK_NONE,
		.secret = true,
	},
};

static void questions_load(struct flow *flow)
{
	static const char *const labels[] = { N_("Question 1"), N_("Question 2"), N_("Question 3") };
	struct security_answers *stored = malloc(sizeof *stored);
	if (stored == NULL || !store_get_security_answers(flow->store, flow->recovery.account.id, stored)) {
		flow_error(flow, NULL, store_error(flow->store));
	} else {
		for (int i = 0; i < stored->count; i++)
			flow_add_line(flow, labels[stored->positions[i] - 1],
				      choices_display(CHOICES_SECURITY_QUESTION, NULL, stored->questions[i]));
	}
	free(stored);
}

static enum screen_id questions_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back")) {
		flow_wipe_secrets(flow);
		return SCREEN_FORGOT_PASSWORD;
	}
	if (flow_check_form(flow, &screen_forgot_questions) > 0)
		return SCREEN_FORGOT_QUESTIONS;
	const char *answers[STORE_QUESTIONS] = {
		flow_value(flow, "answer1"),
		flow_value(flow, "answer2"),
		flow_value(flow, "answer3"),
	};
	bool right = false;
	if (!pacer_check_answers(flow->store, &flow->recovery.account, answers, flow->terminal, &right)) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_FORGOT_QUESTIONS;
	}
	flow_wipe_secrets(flow);
	if (!right) {
		flow_error(flow, "answer1",
			   _("One or more answers do not match. Capitals and extra "
			     "spaces do not matter; the words do."));
		return SCREEN_FORGOT_QUESTIONS;
	}
	return SCREEN_FORGOT_NEW_PASSWORD;
}

const struct screen_spec screen_forgot_questions = {
	.id = SCREEN_FORGOT_QUESTIONS,
	.name = "forgot-questions",
	.kind = SCREEN_FORM,
	.title = N_("Security Questions"),
	.intro = N_("Answer the security questions you chose for this account."),
	.fields = answer_fields,
	.n_fields = COUNT_OF(answer_fields),
	.actions = next_back_actions,
	.n_actions = COUNT_OF(next_back_actions),
	.help = N_("Type the answers you gave when you set the questions. Capital letters and extra "
		   "spaces do not matter."),
	.load = questions_load,
	.submit = questions_submit,
	.form = recovery_form,
};

/* ---- the new password ----------------------------------------------------- */

const struct field_spec new_password_fields[NEW_PASSWORD_FIELDS] = {
	{
		.id = "password",
		.label = N_("New Password"),
		.kind = FIELD_PASSWORD,
		.width = 30,
		.max_length = PASSWORD_MAX_CHARS,
		.required = true,
		.check = CHECK_PASSWORD,
		.secret = true,
	},
	{
		.id = "confirm",
		.label = N_("Confirm Password"),
		.kind = FIELD_PASSWORD,
		.width = 30,
		.max_length = PASSWORD_MAX_CHARS,
		.required = true,
		.check = CHECK_NONE,
		.secret = true,
	},
};

static const struct action_spec save_actions[] = {
	{ "save", N_("Submit"), ACTION_DEFAULT | ACTION_PERMANENT },
	{ "back", N_("Back"), ACTION_BACK },
};

/* The account's own names: the new password must not contain them. */
static struct password_context recovery_context(const struct flow *flow)
{
	struct password_context ctx = {
		.username = flow->recovery.account.username,
		.first_name = flow->recovery.account.first_name,
		.last_name = flow->recovery.account.last_name,
		.email = flow->recovery.account.email,
	};
	return ctx;
}

static void new_password_note(const struct flow *flow, char *out, size_t size)
{
	struct password_context ctx = recovery_context(flow);
	pacer_password_note(flow->password_policy,
			    form_value(&flow->recovery.new_password, &screen_forgot_new_password, "password"),
			    form_value(&flow->recovery.new_password, &screen_forgot_new_password, "confirm"),
			    &ctx, out, size);
}

static enum screen_id new_password_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back")) {
		flow_wipe_secrets(flow);
		return flow->login.return_to;
	}
	const char *password = flow_value(flow, "password");
	struct form_check c;
	form_check_start(&c, flow, &screen_forgot_new_password);
	form_check_fields(&c);
	form_check_confirmed(&c, "password", "confirm");
	if (c.errors > 0)
		return SCREEN_FORGOT_NEW_PASSWORD;
	bool ok = pacer_reset_password(flow->store, &flow->recovery.account, password, flow->terminal);
	flow_wipe_secrets(flow);
	if (!ok) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_FORGOT_NEW_PASSWORD;
	}
	return SCREEN_FORGOT_DONE;
}

const struct screen_spec screen_forgot_new_password = {
	.id = SCREEN_FORGOT_NEW_PASSWORD,
	.name = "forgot-new-password",
	.kind = SCREEN_FORM,
	.title = N_("Reset PACER Password"),
	.intro = N_("On the real PACER site this step comes by e-mail: PACER sends a link to reset "
		    "the password. In this practice you set the new password here."),
	.fields = new_password_fields,
	.n_fields = COUNT_OF(new_password_fields),
	.actions = save_actions,
	.n_actions = COUNT_OF(save_actions),
	.help = N_("Choose a new password; the line under the fields shows the rules it meets. "
		   "Submit changes the password at once and lifts a lock-out."),
	.submit = new_password_submit,
	.live_note = new_password_note,
	.password_context = recovery_context,
	.form = recovery_form,
};

static void done_load(struct flow *flow)
{
	flow_add_paragraph(flow, N_("Your password has been changed. Log in with your username and "
				    "the new password."));
	flow_add_line(flow, N_("Username"), flow->recovery.account.username);
}

static enum screen_id to_login(struct flow *flow, const struct action_spec *action)
{
	if (!action_is(action, "close"))
		return flow->screen->id;
	/* The login is ready with the username, as after PACER's e-mail. */
	flow_prefill_login(flow, flow->recovery.account.username);
	wipe_memory(&flow->recovery.account, sizeof flow->recovery.account);
	return flow->login.return_to;
}

const struct screen_spec screen_forgot_done = {
	.id = SCREEN_FORGOT_DONE,
	.name = "forgot-done",
	.kind = SCREEN_INFO,
	.title = N_("Password Changed"),
	.actions = close_actions,
	.n_actions = COUNT_OF(close_actions),
	.help = N_("The password is changed. Close returns to the login with your username typed."),
	.load = done_load,
	.submit = to_login,
};

/* ---- Forgot User Name? ------------------------------------------------------ */

static const struct field_spec username_fields[] = { EMAIL_FIELD, ACCOUNT_FIELD, BIRTH_FIELD };

static enum screen_id forgot_username_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return flow->login.return_to;
	if (action_is(action, "next") && find_account(flow, ""))
		return SCREEN_FORGOT_USERNAME_DONE;
	return SCREEN_FORGOT_USERNAME;
}

const struct screen_spec screen_forgot_username = {
	.id = SCREEN_FORGOT_USERNAME,
	.name = "forgot-username",
	.kind = SCREEN_FORM,
	.title = N_("Forgot User Name?"),
	.intro = N_("Type the e-mail address on your account and your account number or your date "
		    "of birth."),
	.fields = username_fields,
	.n_fields = COUNT_OF(username_fields),
	.actions = next_back_actions,
	.n_actions = COUNT_OF(next_back_actions),
	.help = N_("PACER finds your account from its e-mail address and your account number or date "
		   "of birth, and e-mails the username to that address. After an upgrade the username "
		   "is the new one chosen on the Security tab; the legacy one no longer works."),
	.submit = forgot_username_submit,
	.form = recovery_form,
};

/* The sentence is the intro, which a view shows before its lines: "Here
 * it is:" comes before the username it announces. */
static void username_done_load(struct flow *flow)
{
	flow_add_line(flow, N_("Username"), flow->recovery.account.username);
}

const struct screen_spec screen_forgot_username_done = {
	.id = SCREEN_FORGOT_USERNAME_DONE,
	.name = "forgot-username-done",
	.kind = SCREEN_INFO,
	.title = N_("Forgot User Name?"),
	.intro = N_("On the real PACER site your username is e-mailed to the address on the account. "
		    "Here it is:"),
	.actions = close_actions,
	.n_actions = COUNT_OF(close_actions),
	.help = N_("Your username. Close returns to the login with it typed."),
	.load = username_done_load,
	.submit = to_login,
};
