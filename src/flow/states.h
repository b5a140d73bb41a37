/* SPDX-License-Identifier: MIT */
/* What one person's session holds, kept per feature: each feature owns
 * its struct, reads and writes it through its own functions, and wipes
 * it in its *_wipe (flow_forget_person calls them all). A screen reaches
 * another feature's values only through that feature's functions. */
#ifndef NGW_STATES_H
#define NGW_STATES_H

#include <stdbool.h>

#include "core/auth.h"
#include "core/mfa.h"
#include "core/mfa_account.h"
#include "flow/checklist.h"
#include "flow/form_values.h"
#include "flow/screen_ids.h"
#include "store/store.h"

#define FLOW_MESSAGE_MAX 512

/* The PACER logins (screen_login.c; a court's in screen_court.c). */
struct login_state {
	struct form_values pacer; /* Manage My Account Login */
	struct form_values court; /* a court's PACER LOGIN */
	enum screen_id return_to; /* where the login's links come back to */
};

/* Forgot password or username, and a new registration (screen_forgot.c,
 * screen_register.c). */
struct recovery_state {
	struct form_values find_password, questions, new_password, find_username;
	struct pacer_account account; /* whose password or username, or the new one */
};

enum upgrade_tab {
	UPGRADE_PERSON,
	UPGRADE_ADDRESS,
	UPGRADE_SECURITY,
	UPGRADE_TABS
};

/* The three Upgrade tabs, also the registration's (upgrade.c). */
struct upgrade_state {
	struct form_values tab[UPGRADE_TABS];
	bool loaded; /* the tabs hold the account's data */
	bool registering; /* the tabs make a new account */
	int shared_details; /* PACER's duplicate check: 0 to 3 details shared */
	char registered_as[24]; /* the account type chosen (screen_pacer_help.c) */
	char payment[16]; /* "later" or "exemption": never a card number */
};

/* A visit to a court's Document Filing System (screen_court.c). */
struct court_visit {
	struct form_values pick; /* which court */
	bool logged_in; /* logged in at flow->court */
	bool legacy_refused; /* its login just refused a legacy account */
	bool redaction_accepted;
	char title[STORE_TEXT_MAX + 64];
	int item; /* the menu or Utilities item chosen */
	int submenu; /* which Utilities submenu is open */
	enum screen_id item_return;
};

/* Refused CM/ECF logins before the Link screen shows the way through a
 * new e-filing request; its help says the number ("{link-tries}"), in
 * the plural. */
#define LINK_TRIES 3
_Static_assert(LINK_TRIES > 1, "the help says \"tries\"");

/* Linking the old CM/ECF account (screen_link.c). */
struct link_state {
	struct form_values form;
	struct ecf_account ecf; /* the CM/ECF account being linked */
	int failures;
};

/* The e-file registration form and its confirmation (screen_efile.c). */
struct efile_state {
	struct form_values form;
	struct efile_request request; /* what the confirmation shows */
	enum screen_id return_to; /* Back from the form */
};

/* The get-ready checklist (screen_checklist.c). */
struct checklist_state {
	struct form_values form;
	struct checklist list;
	char lines[CHECKLIST_MAX_STEPS][520];
};

/* "What went wrong?" (screen_trouble.c): the step shown, the steps that
 * led there (for Back), the screen it returns to; and what the last
 * failed login or link suggests, on the screen where it failed. */
struct trouble_state {
	int step;
	int path[8];
	int depth;
	enum screen_id return_to;
	bool from_hint; /* the guide opened at the likeliest step */
	int hint; /* TROUBLE_NONE when nothing failed */
	enum screen_id hint_screen;
	char why[FLOW_MESSAGE_MAX]; /* "What just happened: ..." */
	char questions[3][FLOW_VALUE_MAX]; /* "Question 14: ..." */
	char contacts[FLOW_MESSAGE_MAX * 2];
};

/* The 2025 login (mfa_login.c): what stands between a right password
 * and the account; and MFA's own screens (screen_mfa_*.c). */
struct mfa_session {
	bool pending; /* the password was right; the steps below come first */
	bool at_court; /* the password was typed at a court's PACER LOGIN */
	bool passcode_needed; /* enrolled: a passcode or a backup code */
	bool password_update; /* the password breaks 2025's rules */
	bool prompt_needed; /* required to enroll, and not enrolled */
	struct form_values passcode; /* the login's one-time passcode */
	struct form_values new_password; /* User Update Required */
	struct form_values email_code; /* Add App: the code "e-mailed" */
	struct form_values add_app; /* Add App: the app's name and passcode */
	char email_code_hash[AUTH_HASH_MAX]; /* the code is kept only as this */
	char mailbox_code[16]; /* the unread message's code, until it is read */
	int email_code_tries;
	char secret[MFA_BASE32_MAX]; /* the new app's key, until it is added */
	char backup_codes[MFA_BACKUP_CODES][MFA_BACKUP_CODE_MAX]; /* until shown */
	long long app_ids[MFA_APPS_MAX]; /* the apps as Delete App lists them */
	size_t n_apps;
};

/* Drafts (drafts.c): this session's mark, and the offer of a draft. */
/* A draft taken when an action began and written once the action's
 * screen is out, or before the drafts are used in any other way
 * (drafts_save_later): the person does not wait for the disk. */
struct pending_draft {
	bool due;
	long long account_id;
	const char *screen; /* its spec's name */
	struct form_values *form; /* where it was typed (its drafted mark) */
	size_t n;
	const char *fields[FLOW_MAX_FIELDS + 1]; /* ids, from the specs */
	char values[FLOW_MAX_FIELDS + 1][FLOW_VALUE_MAX];
};

struct draft_state {
	bool open; /* the session drafts (drafts_open_session) */
	struct pending_draft pending;
	long long session_id; /* its mark, made at its first draft; 0: none yet */
	char offer[FLOW_MESSAGE_MAX]; /* "You have an unfinished upgrade from ..." */
	const char *work; /* what it offers: DRAFT_UPGRADE or DRAFT_LINK */
	long long offered_session; /* whose draft it is */
	char offered_screen[64]; /* where it was saved last */
};

#endif
