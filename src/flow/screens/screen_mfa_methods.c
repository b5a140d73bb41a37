/* SPDX-License-Identifier: MIT */
/* Manage MFA Settings, as PACER has it since 2025: the MFA Methods screen
 * (the apps, Add App, backup codes), adding an app (the security code
 * "e-mailed" to the practice mailbox, the QR code, the first passcode),
 * the backup codes shown once, and deleting an app. */
#include <config.h>

#include "flow/screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/mfa.h"
#include "core/mfa_account.h"
#include "core/pacer.h"
#include "flow/field_check.h"
#include "flow/mfa_login.h"
#include "flow/session.h"
#include "store/store.h"

/* Wrong security codes before a new one must be sent. */
#define EMAIL_CODE_TRIES 5

/* ---- MFA Methods ------------------------------------------------------------ */

static const struct action_spec methods_actions[] = {
	{ "add-app", N_("Add App"), ACTION_DEFAULT },
	{ "backup-codes", N_("Get Backup Codes"), 0 },
	{ "new-codes", N_("Get New Codes"), 0 },
	{ "delete", N_("Delete an App"), 0 },
	{ "continue", N_("Continue"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
};

struct app_lister {
	struct flow *flow;
	int n;
};

static bool list_app(const struct mfa_app *app, void *data)
{
	struct app_lister *l = data;
	char value[FLOW_VALUE_MAX], date[64];
	copy_text(date, sizeof date, app->added_at);
	date[10] = '\0';
	l->n++;
	/* TRANSLATORS: an enrolled app's line: its name, then the date it was added. */
	snprintf(value, sizeof value, _("%s (added %s)"), app->name, date);
	if (l->flow->n_lines < FLOW_MAX_LINES)
		flow_add_line(l->flow, N_("Authentication app"), value);
	if (l->flow->mfa.n_apps < MFA_APPS_MAX)
		l->flow->mfa.app_ids[l->flow->mfa.n_apps++] = app->id;
	return true;
}

static void methods_load(struct flow *flow)
{
	struct mfa_state state;
	struct app_lister lister = { flow, 0 };
	flow->mfa.n_apps = 0;
	if (!store_mfa_state(flow->store, flow->account.id, &state) ||
	    !store_each_mfa_app(flow->store, flow->account.id, list_app, &lister)) {
		flow_error(flow, NULL, store_error(flow->store));
		return;
	}
	char said[FLOW_VALUE_MAX];
	mfa_describe(&state, said, sizeof said);
	flow_add_line(flow, N_("Multifactor Auth"), said);
	flow_add_paragraph(flow, N_("Add App: an authentication app on your phone gives a new "
				    "passcode every 30 seconds; up to five apps, such as a shared "
				    "account's people. Backup codes: ten codes on paper, each good once, "
				    "for when the phone is not at hand. Set up at least one of the two."));
	flow_hide_action(flow, state.has_backup_codes ? "backup-codes" : "new-codes");
	if (state.apps == 0)
		flow_hide_action(flow, "delete");
	if (state.apps >= MFA_APPS_MAX)
		flow_hide_action(flow, "add-app");
	if (!flow->mfa.pending)
		flow_hide_action(flow, "continue");
}

/* The codes are made here, shown by the next screen, then forgotten. */
static enum screen_id make_backup_codes(struct flow *flow)
{
	if (!mfa_new_backup_codes(flow->store, flow->account.id, flow->mfa.backup_codes)) {
		wipe_memory(flow->mfa.backup_codes, sizeof flow->mfa.backup_codes);
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_MFA_METHODS;
	}
	(void)pacer_audit_mfa(flow->store, flow->terminal, flow->account.username, "backup codes made");
	return SCREEN_MFA_BACKUP_CODES;
}

/* "E-mails" a new security code: only its hash stays, and the mailbox
 * holds the message until it is read. */
static bool send_security_code(struct flow *flow)
{
	struct mfa_session *m = &flow->mfa;
	m->email_code_tries = 0;
	if (!mfa_new_security_code(m->mailbox_code, m->email_code_hash)) {
		flow_error(flow, NULL,
			   _("No security code could be made: this computer's crypt library "
			     "refused. Try again."));
		return false;
	}
	return true;
}

static enum screen_id methods_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return flow->mfa.pending ? SCREEN_MFA_PROMPT : SCREEN_ACCOUNT;
	if (action_is(action, "add-app")) {
		form_wipe(&flow->mfa.email_code);
		return send_security_code(flow) ? SCREEN_MFA_EMAIL_CODE : SCREEN_MFA_METHODS;
	}
	if (action_is(action, "backup-codes") || action_is(action, "new-codes"))
		return make_backup_codes(flow);
	if (action_is(action, "delete"))
		return SCREEN_MFA_DELETE_APP;
	if (action_is(action, "continue")) {
		struct mfa_state state;
		if (!store_mfa_state(flow->store, flow->account.id, &state)) {
			flow_error(flow, NULL, store_error(flow->store));
			return SCREEN_MFA_METHODS;
		}
		if (!state.enrolled) {
			flow_error(flow, NULL,
				   _("Add an app or get backup codes first: PACER asks for at "
				     "least one of the two."));
			return SCREEN_MFA_METHODS;
		}
		flow->mfa.prompt_needed = false;
		return mfa_login_next(flow);
	}
	return SCREEN_MFA_METHODS;
}

const struct screen_spec screen_mfa_methods = {
	.id = SCREEN_MFA_METHODS,
	.name = "mfa-methods",
	.kind = SCREEN_INFO,
	.title = N_("MFA Methods"),
	.actions = methods_actions,
	.n_actions = COUNT_OF(methods_actions),
	.help = N_("The ways this account proves it is you after the password.\n\n"
		   "Add App: PACER first e-mails a security code to the account's address (here it "
		   "arrives in the practice mailbox); then a QR code is shown: scan it with the "
		   "authentication app, or type the key by hand, and type the passcode the app "
		   "shows. Check that the e-mail address on the account is right before you start.\n\n"
		   "Get Backup Codes: ten codes, each good once in place of a passcode. They are "
		   "shown once; Get New Codes replaces them all.\n\n"
		   "Delete an App: for a lost or replaced phone, or a person who left a shared "
		   "account. Up to five apps may be enrolled."),
	.load = methods_load,
	.submit = methods_submit,
};

/* ---- the security code e-mailed ------------------------------------------ */

static const struct field_spec email_code_fields[] = {
	{
		.id = "code",
		.label = N_("Security Code"),
		.kind = FIELD_TEXT,
		.width = 10,
		.max_length = 12,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type the security code of the e-mail."),
		.example = N_("The 6 digits of the e-mail, such as 305117."),
		/* Shown as typed, as PACER does: a code is read off a phone or
		 * an e-mail and checked by eye; it is wiped once judged. */
	},
};

static const struct action_spec email_code_actions[] = {
	{ "submit", N_("Submit"), ACTION_DEFAULT },
	{ "cancel", N_("Cancel"), ACTION_BACK },
	{ "mailbox", N_("Open the practice mailbox"), ACTION_LINK },
	{ "resend", N_("Send a new code"), ACTION_LINK },
};

static struct form_values *email_code_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->mfa.email_code;
}

static void email_code_load(struct flow *flow)
{
	flow_add_line(flow, N_("E-mail"), flow->account.email);
	flow_add_paragraph(flow, N_("PACER sent a security code to the e-mail address of the account, "
				    "to check that it is you who adds an app. In this practice the "
				    "e-mail arrives in a practice mailbox: choose Open the practice "
				    "mailbox."));
}

static enum screen_id email_code_submit(struct flow *flow, const struct action_spec *action)
{
	struct mfa_session *m = &flow->mfa;
	if (action_is(action, "cancel")) {
		mfa_forget_new_app(flow);
		return SCREEN_MFA_METHODS;
	}
	if (action_is(action, "mailbox"))
		return SCREEN_MFA_MAILBOX;
	if (action_is(action, "resend")) {
		form_wipe(&m->email_code);
		if (send_security_code(flow))
			flow_info(flow, _("A new security code was sent: the earlier one no longer works."));
		return SCREEN_MFA_EMAIL_CODE;
	}
	if (flow_check_form_first(flow, flow->screen) > 0)
		return SCREEN_MFA_EMAIL_CODE;
	bool right = m->email_code_tries < EMAIL_CODE_TRIES &&
		     mfa_security_code_matches(flow_value(flow, "code"), m->email_code_hash);
	wipe_memory(m->email_code.value[0], sizeof m->email_code.value[0]);
	if (!right) {
		m->email_code_tries++;
		flow_error(flow, "code",
			   m->email_code_tries >= EMAIL_CODE_TRIES
				   ? _("Too many wrong codes: choose Send a new code.")
				   : _("That is not the security code of the e-mail. Open the practice "
				       "mailbox and type the 6 digits of the newest message."));
		return SCREEN_MFA_EMAIL_CODE;
	}
	wipe_memory(m->email_code_hash, sizeof m->email_code_hash);
	wipe_memory(m->mailbox_code, sizeof m->mailbox_code);
	if (!mfa_new_secret(m->secret)) {
		flow_error(flow, NULL,
			   _("No key could be made: this computer has no randomness to give. "
			     "Try again."));
		return SCREEN_MFA_EMAIL_CODE;
	}
	form_wipe(&m->add_app);
	return SCREEN_MFA_QR;
}

const struct screen_spec screen_mfa_email_code = {
	.id = SCREEN_MFA_EMAIL_CODE,
	.name = "mfa-email-code",
	.kind = SCREEN_FORM,
	.title = N_("Add App: Security Code"),
	.fields = email_code_fields,
	.n_fields = COUNT_OF(email_code_fields),
	.actions = email_code_actions,
	.n_actions = COUNT_OF(email_code_actions),
	.help = N_("Before an app is added, PACER e-mails a security code to the account's address, "
		   "so that nobody who only knows the password can add their own phone.\n\n"
		   "Here the e-mail is simulated: Open the practice mailbox shows it. Type its 6 "
		   "digits and choose Submit. A code is shown in the mailbox once; Send a new code "
		   "sends another and the earlier one stops working.\n\n"
		   "On the real PACER site, if no e-mail comes, look in the spam folder, and check the "
		   "address on the account under Settings."),
	.load = email_code_load,
	.submit = email_code_submit,
	.form = email_code_form,
};

/* ---- the practice mailbox ------------------------------------------------- */

static const struct action_spec mailbox_actions[] = {
	{ "back", N_("Back to PACER"), ACTION_BACK | ACTION_DEFAULT },
};

static void mailbox_load(struct flow *flow)
{
	struct mfa_session *m = &flow->mfa;
	if (m->mailbox_code[0] == '\0') {
		flow_add_paragraph(flow, N_("No new message. The last code was shown already: on the "
					    "security code screen choose Send a new code."));
		return;
	}
	flow_add_line(flow, N_("From"), _("PACER Service Center (practice)"));
	flow_add_line(flow, N_("To"), flow->account.email);
	flow_add_line(flow, N_("Subject"), _("PACER Security Code"));
	flow_add_line(flow, N_("Security code"), m->mailbox_code);
	flow_add_paragraph(flow, N_("Use this security code to add an authentication app to your "
				    "PACER account. If you did not ask for it, call the PACER Service "
				    "Center."));
	/* Read once: from now on the screen's line is the only copy. */
	wipe_memory(m->mailbox_code, sizeof m->mailbox_code);
}

static enum screen_id mailbox_submit(struct flow *flow, const struct action_spec *action)
{
	(void)flow;
	(void)action;
	return SCREEN_MFA_EMAIL_CODE;
}

const struct screen_spec screen_mfa_mailbox = {
	.id = SCREEN_MFA_MAILBOX,
	.name = "mfa-mailbox",
	.kind = SCREEN_INFO,
	.title = N_("Practice mailbox (simulated e-mail)"),
	.intro = N_("PRACTICE MAILBOX - SIMULATED. No e-mail was sent: this is how PACER's message "
		    "looks."),
	.actions = mailbox_actions,
	.n_actions = COUNT_OF(mailbox_actions),
	.help = N_("The e-mail PACER would send to the address on your account, shown here because "
		   "this practice sends no e-mail. Note the 6-digit code, then go Back to PACER and "
		   "type it."),
	.load = mailbox_load,
	.submit = mailbox_submit,
};

/* ---- the QR code ------------------------------------------------------------ */

static const struct action_spec qr_actions[] = {
	{ "next", N_("Next"), ACTION_DEFAULT },
	{ "cancel", N_("Cancel"), ACTION_BACK },
};

/* The picture's lines as one text, each ending in a newline. */
static char *picture_text(const struct mfa_picture *picture)
{
	size_t size = 1;
	for (int r = 0; r < picture->rows; r++)
		size += strlen(picture->lines[r]) + 1;
	char *text = xmalloc(size), *at = text;
	for (int r = 0; r < picture->rows; r++)
		at += sprintf(at, "%s\n", picture->lines[r]);
	*at = '\0';
	return text;
}

static void qr_load(struct flow *flow)
{
	const struct mfa_session *m = &flow->mfa;
	char *uri = mfa_uri(m->secret, flow->account.username);
	struct mfa_picture half, ascii;
	if (mfa_qr_picture(uri, false, &half) && mfa_qr_picture(uri, true, &ascii)) {
		flow_set_picture(flow, picture_text(&half), half.columns, picture_text(&ascii),
				 ascii.columns);
		mfa_picture_free(&ascii);
	}
	mfa_picture_free(&half);
	char grouped[FLOW_VALUE_MAX];
	mfa_group_secret(m->secret, grouped, sizeof grouped);
	flow_add_line(flow, N_("Key"), grouped);
	flow_add_line(flow, N_("Account"), flow->account.username);
	flow_add_line(flow, N_("Issuer"), MFA_ISSUER);
	flow_add_line(flow, N_("Type"), _("time-based, 6 digits, every 30 seconds"));
	flow_add_line(flow, N_("URI"), uri);
	wipe_memory(uri, strlen(uri));
	free(uri);
	wipe_memory(grouped, sizeof grouped);
}

static enum screen_id qr_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "cancel")) {
		mfa_forget_new_app(flow);
		return SCREEN_MFA_METHODS;
	}
	return SCREEN_MFA_APP_CONFIRM;
}

const struct screen_spec screen_mfa_qr = {
	.id = SCREEN_MFA_QR,
	.name = "mfa-qr",
	.kind = SCREEN_INFO,
	.title = N_("Add App: scan the QR code"),
	.intro = N_("Scan the QR code with your authentication app, or type the key into it. Then "
		    "choose Next."),
	.actions = qr_actions,
	.n_actions = COUNT_OF(qr_actions),
	.help = N_("In the authentication app on your phone choose to add an account (often a + "
		   "button), then Scan a QR code, and hold the phone so the whole square is in view. "
		   "The app adds \"PACER practice\" with your username and starts showing 6-digit "
		   "passcodes.\n\n"
		   "If the app cannot scan, choose Enter a setup key (or Enter manually) and type the "
		   "Key: the spaces do not matter. Choose time-based if it asks.\n\n"
		   "Any authentication app works: FreeOTP, Google Authenticator, Microsoft "
		   "Authenticator, Authy, DUO Mobile. This practice key works only here: the real "
		   "PACER gives its own."),
	.load = qr_load,
	.submit = qr_submit,
};

/* ---- the first passcode ---------------------------------------------------- */

static const struct field_spec add_app_fields[] = {
	{
		.id = "name",
		.label = N_("App Name"),
		.kind = FIELD_TEXT,
		.width = 24,
		.max_length = 40,
		.required = true,
		.check = CHECK_TEXT,
		.missing = N_("Name the app, so you can tell it from others later: My phone."),
		.example = N_("A name for this app, such as My phone or Paralegal's phone."),
	},
	{
		.id = "passcode",
		.label = N_("Passcode"),
		.kind = FIELD_TEXT,
		.width = 8,
		.max_length = 12,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type the 6 digits the app shows for PACER practice."),
		.example = N_("The 6 digits your app shows now, such as 492039."),
		/* Shown as typed, as PACER does: a code is read off a phone or
		 * an e-mail and checked by eye; it is wiped once judged. */
	},
};

static const struct action_spec add_app_actions[] = {
	{ "add", N_("Add App"), ACTION_DEFAULT },
	{ "cancel", N_("Cancel"), ACTION_BACK },
	{ "qr", N_("Show the QR code again"), ACTION_LINK },
};

static struct form_values *add_app_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->mfa.add_app;
}

static void add_app_load(struct flow *flow)
{
	if (flow_value(flow, "name")[0] == '\0')
		flow_set_value(flow, "name", _("My phone"));
}

static enum screen_id add_app_submit(struct flow *flow, const struct action_spec *action)
{
	struct mfa_session *m = &flow->mfa;
	if (action_is(action, "cancel")) {
		mfa_forget_new_app(flow);
		return SCREEN_MFA_METHODS;
	}
	if (action_is(action, "qr"))
		return SCREEN_MFA_QR;
	if (flow_check_form_first(flow, flow->screen) > 0)
		return SCREEN_MFA_APP_CONFIRM;
	enum mfa_result result = mfa_enroll_app(flow->store, flow->account.id, flow_value(flow, "name"),
						m->secret, flow_value(flow, "passcode"), session_wall_time());
	/* The passcode is the second field. */
	wipe_memory(m->add_app.value[1], sizeof m->add_app.value[1]);
	switch (result) {
	case MFA_OK:
		break;
	case MFA_CODE_WRONG:
	case MFA_CODE_USED:
		flow_error(flow, "passcode",
			   _("That is not the passcode of this key. Type the 6 digits the app shows now "
			     "for PACER practice; if it is refused again, check that the phone's clock "
			     "is right."));
		return SCREEN_MFA_APP_CONFIRM;
	case MFA_TOO_MANY_APPS:
		flow_error(flow, NULL, _("This account has five apps already: delete one first."));
		return SCREEN_MFA_APP_CONFIRM;
	case MFA_STORE_FAILED:
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_MFA_APP_CONFIRM;
	}
	(void)pacer_audit_mfa(flow->store, flow->terminal, flow->account.username, "app added");
	mfa_forget_new_app(flow);
	flow_info(flow, _("The app is added: from now on PACER asks for its passcode after your "
			  "password. Get backup codes too, for a day without the phone."));
	return SCREEN_MFA_METHODS;
}

const struct screen_spec screen_mfa_app_confirm = {
	.id = SCREEN_MFA_APP_CONFIRM,
	.name = "mfa-app-confirm",
	.kind = SCREEN_FORM,
	.title = N_("Add App: first passcode"),
	.intro = N_("Type the passcode your authentication app shows now for PACER practice, and a "
		    "name for the app."),
	.fields = add_app_fields,
	.n_fields = COUNT_OF(add_app_fields),
	.actions = add_app_actions,
	.n_actions = COUNT_OF(add_app_actions),
	.help = N_("The first passcode shows that the app holds the key. It changes every 30 "
		   "seconds: the one before and the one after are taken too, so a passcode that "
		   "changed while you typed still works.\n\n"
		   "Every passcode refused: the phone's clock is probably wrong. Set it to the "
		   "network's time and try again."),
	.load = add_app_load,
	.submit = add_app_submit,
	.form = add_app_form,
};

/* ---- the backup codes ------------------------------------------------------ */

static const struct action_spec backup_actions[] = {
	{ "done", N_("I have saved them"), ACTION_DEFAULT | ACTION_BACK },
};

static void backup_load(struct flow *flow)
{
	struct mfa_session *m = &flow->mfa;
	flow_add_paragraph(flow, N_("Write these codes down or print them, and keep them where you "
				    "keep important papers. Each works once, in place of a passcode. "
				    "They are shown only now: PACER keeps them only in a form that "
				    "cannot be read back."));
	for (int i = 0; i < MFA_BACKUP_CODES && m->backup_codes[i][0] != '\0'; i++)
		flow_add_line(flow, N_("Backup code"), m->backup_codes[i]);
	/* From now on the screen's lines are the only copy. */
	wipe_memory(m->backup_codes, sizeof m->backup_codes);
	if (flow->n_lines == 0)
		flow_add_paragraph(flow, N_("The codes were shown already. For new ones choose Get New "
					    "Codes: the earlier ones then stop working."));
}

static enum screen_id backup_submit(struct flow *flow, const struct action_spec *action)
{
	(void)action;
	(void)flow;
	return SCREEN_MFA_METHODS;
}

const struct screen_spec screen_mfa_backup_codes = {
	.id = SCREEN_MFA_BACKUP_CODES,
	.name = "mfa-backup-codes",
	.kind = SCREEN_INFO,
	.title = N_("Backup Codes"),
	.actions = backup_actions,
	.n_actions = COUNT_OF(backup_actions),
	.help = N_("Backup codes let you log in without your phone: type one where the passcode "
		   "goes. Each works once. When few are left, get new ones under Manage MFA Settings "
		   "(Get New Codes); the old ones then stop working."),
	.load = backup_load,
	.submit = backup_submit,
};

/* ---- deleting an app -------------------------------------------------------- */

static const struct action_spec delete_actions[] = {
	{ "delete", N_("Delete"), ACTION_DEFAULT | ACTION_PERMANENT },
	{ "back", N_("Back"), ACTION_BACK },
};

struct app_names {
	char **items;
	size_t n;
	struct mfa_session *m;
};

static bool name_app(const struct mfa_app *app, void *data)
{
	struct app_names *names = data;
	if (names->n >= MFA_APPS_MAX)
		return false;
	names->items[names->n] = xstrdup(app->name);
	names->m->app_ids[names->n++] = app->id;
	return true;
}

static void delete_load(struct flow *flow)
{
	struct app_names names = { xcalloc(MFA_APPS_MAX, sizeof(char *)), 0, &flow->mfa };
	if (!store_each_mfa_app(flow->store, flow->account.id, name_app, &names))
		flow_error(flow, NULL, store_error(flow->store));
	flow->mfa.n_apps = names.n;
	flow_set_items(flow, names.items, names.n);
	if (names.n == 0)
		flow_hide_action(flow, "delete");
}

static enum screen_id delete_submit(struct flow *flow, const struct action_spec *action)
{
	int chosen = flow->item[SCREEN_MFA_DELETE_APP];
	if (action_is(action, "back") || chosen < 0 || (size_t)chosen >= flow->mfa.n_apps)
		return SCREEN_MFA_METHODS;
	if (!store_delete_mfa_app(flow->store, flow->account.id, flow->mfa.app_ids[chosen])) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_MFA_DELETE_APP;
	}
	(void)pacer_audit_mfa(flow->store, flow->terminal, flow->account.username, "app deleted");
	flow_info(flow, _("The app is deleted: its passcodes no longer work."));
	return SCREEN_MFA_METHODS;
}

const struct screen_spec screen_mfa_delete_app = {
	.id = SCREEN_MFA_DELETE_APP,
	.name = "mfa-delete-app",
	.kind = SCREEN_LIST,
	.title = N_("Delete an App"),
	.intro = N_("Choose the app to delete: a lost or replaced phone, or a person who left."),
	.actions = delete_actions,
	.n_actions = COUNT_OF(delete_actions),
	.help = N_("The app chosen stops working for this account at once. Its entry on the phone "
		   "stays until it is removed there too."),
	.load = delete_load,
	.submit = delete_submit,
};
