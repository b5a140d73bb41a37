/* SPDX-License-Identifier: MIT */
/* The wizard itself, with no terminal: each screen declared once as a
 * spec (title, notices, fields, actions) plus the code that runs when it
 * is entered (load) and when the person acts on it (submit). Frontends
 * render the view the core builds of it (view.h, frontend.h). */
#ifndef NGW_FLOW_H
#define NGW_FLOW_H

#include <stdbool.h>
#include <stddef.h>

#include "core/choices.h"
#include "core/notices.h"
#include "core/validate.h"
#include "flow/form_values.h"
#include "flow/screen_ids.h"
#include "flow/states.h"
#include "store/store.h"

#define FLOW_MAX_ACTIONS 10
#define FLOW_MAX_LINES 16
#define FLOW_MAX_NOTICES 8
#define FLOW_MAX_PARAGRAPHS 12

enum screen_kind {
	SCREEN_MENU, /* the actions are a vertical menu */
	SCREEN_FORM, /* fields, then buttons */
	SCREEN_INFO, /* lines and paragraphs to read, then buttons */
	SCREEN_LIST, /* a list of items loaded from the store, then buttons */
};

enum field_kind {
	FIELD_TEXT,
	FIELD_PASSWORD
};

/* What a filled field must hold; one check of a screen's fields
 * (field_check.h) applies it, after whether the field may be empty. */
enum field_check {
	CHECK_NONE, /* anything: the store judges it (a login, an answer to compare) */
	CHECK_NAME, /* letters, spaces, ' - . : at most max_length */
	CHECK_TEXT, /* printable text, at most max_length */
	CHECK_ZIP, /* 5 or 5+4 digits */
	CHECK_PHONE, /* a United States number */
	CHECK_EMAIL, /* name@example.com, at most max_length */
	CHECK_DATE, /* a real date */
	CHECK_BIRTH_DATE, /* a real date, an account holder's age on today */
	CHECK_CHOICE, /* an entry of its list; text of max_length when the list is empty */
	CHECK_USERNAME, /* an upgraded PACER username */
	CHECK_PASSWORD, /* the password policy in force */
	CHECK_ANSWER, /* a security answer */
	CHECK_CLIENT_CODE, /* what PACER bills a search under */
	CHECK_BAR_NUMBER, /* a state bar's number */
};

struct flow;

struct field_spec {
	const char *id; /* stable name: answers files and drafts use it */
	const char *label; /* msgid */
	enum field_kind kind;
	int width; /* columns on screen */
	int max_length; /* characters accepted; the check enforces it */
	bool required; /* always; shown with a * */
	/* Required only while this says so (County: once a State in the
	 * United States is chosen); shown with a * only then. */
	bool (*required_when)(const struct flow *flow);
	/* msgid said when it is required and empty ("Type your PACER
	 * username."); NULL: the usual "This field is required.". */
	const char *missing;
	enum field_check check;
	const char *example; /* msgid shown in help, or NULL */
	enum choice_list choices; /* chosen from a list, or CHOICES_NONE */
	bool secret; /* never drafted; wiped when the work is done */
};

enum action_flag {
	ACTION_DEFAULT = 1 << 0, /* Enter in the last field does this */
	ACTION_BACK = 1 << 1, /* Esc does this */
	ACTION_HELP = 1 << 2, /* the frontend shows the screen's help */
	ACTION_LINK = 1 << 3, /* shown as a link ("Forgot Your Password?") */
	ACTION_PERMANENT = 1 << 4, /* commits for good: never on Enter in a field */
};

struct action_spec {
	const char *id;
	const char *label; /* msgid */
	unsigned flags;
};

struct screen_spec {
	enum screen_id id;
	const char *name;
	enum screen_kind kind;
	const char *title; /* msgid */
	const char *intro; /* msgid, or NULL */
	const struct field_spec *fields;
	size_t n_fields;
	const struct action_spec *actions;
	size_t n_actions;
	const char *help; /* msgid: what the screen is for and what to type */
	/* The court's notice its help repeats (domain notes: N8 in the Link
	 * screen's help), NOTICE_NONE for none. */
	enum notice_id help_notice;
	/* Tabs of a multi-step screen ("Person | Address | Security") and
	 * which of them this screen is; NULL when it has none. */
	const char *const *tabs;
	int tab_index;
	bool tabs_are_steps; /* shown as "Step 2 of 3" */
	void (*load)(struct flow *flow);
	/* Returns the next screen; the same screen with flow->message set
	 * means "stay and show this". */
	enum screen_id (*submit)(struct flow *flow, const struct action_spec *action);
	/* A line that follows what is typed in a field, such as the password
	 * rules met so far; NULL when the screen has none. */
	void (*live_note)(const struct flow *flow, char *out, size_t size);
	/* What a password typed on it must not contain (CHECK_PASSWORD): the
	 * person's names; NULL when it has no new password. */
	struct password_context (*password_context)(const struct flow *flow);
	/* Where the feature it belongs to keeps what is typed on it (a form
	 * screen); NULL when it has no fields. */
	struct form_values *(*form)(struct flow *flow, const struct screen_spec *spec);
	/* The work its draft is saved under (DRAFT_UPGRADE, DRAFT_LINK), or
	 * NULL when it is not drafted. */
	const char *drafted_as;
};

struct info_line {
	const char *label; /* msgid */
	char value[FLOW_VALUE_MAX];
};

enum message_kind {
	MESSAGE_NONE,
	MESSAGE_ERROR,
	MESSAGE_INFO
};

struct flow {
	struct store *store;
	const char *terminal; /* for the audit log */
	char today[STORE_DATE_MAX]; /* simulated or real */
	bool simulated_today;
	bool today_fixed; /* --as-of: the setting's changes do not move it */
	/* The trainer's settings a person meets on the screens; shown when
	 * they are not the defaults. */
	enum password_policy password_policy;
	/* Which PACER is practised: 2021 (the upgrade and link) or 2025 (the
	 * password update and multifactor authentication at login). */
	int era;
	int lockout_attempts, lockout_minutes;
	/* A public terminal: no way out but the staff passphrase, and an
	 * idle reset that wipes the patron's session. */
	bool kiosk;
	int idle_seconds; /* 0: no idle reset */
	bool idle_from_settings; /* no --idle: a change of the setting holds */
	int idle_asked; /* --idle's seconds, -1 without it */
	/* A change of the rules a running session is to say once (the
	 * practice date). */
	char rules_news[FLOW_MESSAGE_MAX];
	bool news_shown; /* the screen's message is that news */
	/* The frontend reads line by line; the full screen is there to go
	 * back to (the person chose the lines on it). */
	bool line_by_line, full_screen_available;
	char kiosk_passphrase_hash[128];

	const struct screen_spec *screen;

	/* Filled by the screen's load and submit. */
	char message[FLOW_MESSAGE_MAX];
	enum message_kind message_kind;
	int error_field; /* -1 when the message belongs to no field */
	char field_errors[FLOW_MAX_FIELDS][FLOW_MESSAGE_MAX]; /* one per bad field */
	const char *title; /* msgid replacing the spec's title, or NULL */
	struct info_line lines[FLOW_MAX_LINES];
	size_t n_lines;
	enum notice_id notices[FLOW_MAX_NOTICES];
	size_t n_notices;
	size_t n_leading_notices; /* the first ones, shown before the paragraphs */
	const char *paragraphs[FLOW_MAX_PARAGRAPHS]; /* msgids */
	size_t n_paragraphs;
	/* The screen's own warning that going on may be wrong ("the names
	 * differ"), a msgid; the safe choice has the focus when it appears. */
	const char *warning;
	bool action_hidden[FLOW_MAX_ACTIONS];
	char **items; /* SCREEN_LIST */
	size_t n_items;
	/* Where the person was on each screen, so Back, help and a resize
	 * return them to the same place: the item of a menu or list, and the
	 * focused field or button. */
	int item[SCREEN_COUNT];
	int focus[SCREEN_COUNT];

	/* The person: who is logged in, and what they look at. */
	bool logged_in;
	struct pacer_account account;
	struct court court; /* the court being looked at */
	int mma_item; /* the Manage My Account item chosen */
	struct court *courts; /* the catalogue, for lists */
	size_t n_courts;
	struct choice *court_choices; /* the catalogue as a list field's entries */

	/* Each feature's own state (states.h). */
	struct login_state login;
	struct recovery_state recovery;
	struct upgrade_state upgrade;
	struct court_visit visit;
	struct link_state link;
	struct efile_state efile;
	struct checklist_state checklist;
	struct trouble_state trouble;
	struct draft_state drafts;
	struct mfa_session mfa;

	/* A picture to show as it is, never wrapped (the QR code of a new
	 * app's key), in half blocks and in ASCII, lines ending in '\n', each
	 * with its width in columns; NULL: none. It may encode a secret. */
	char *picture, *picture_ascii;
	int picture_columns, picture_ascii_columns;
};

bool flow_init(struct flow *flow, struct store *store, const char *terminal, char *err, size_t err_size);
/* A flow with every setting at its default and no database (store is
 * NULL, no court): only for painting the start screen while the database
 * is still to be opened; flow_free it as any. */
void flow_init_defaults(struct flow *flow, const char *terminal);
void flow_free(struct flow *flow);

const struct screen_spec *screen_spec(enum screen_id id);
/* Makes id the current screen and runs its load. */
void flow_enter(struct flow *flow, enum screen_id id);
/* Runs the current screen's submit for action; returns the next screen. */
enum screen_id flow_act(struct flow *flow, const struct action_spec *action);
/* The screen's actions as every frontend sees them: hidden ones left
 * out; the one Enter does; the one Esc does; one by id. */
bool flow_action_visible(const struct flow *flow, size_t index);
const struct action_spec *flow_default_action(const struct flow *flow);
const struct action_spec *flow_back_action(const struct flow *flow);
const struct action_spec *flow_find_action(const struct flow *flow, const char *id);

/* Helpers for screens. */
const char *flow_value(const struct flow *flow, const char *field_id);
void flow_set_value(struct flow *flow, const char *field_id, const char *value);
void flow_error(struct flow *flow, const char *field_id, const char *message);
/* Records the message of one bad field; the first becomes the screen's
 * message and gets the focus. */
void flow_field_error(struct flow *flow, const char *field_id, const char *message);
bool flow_has_errors(const struct flow *flow);
void flow_info(struct flow *flow, const char *message);
void flow_add_line(struct flow *flow, const char *label, const char *value);
void flow_add_notice(struct flow *flow, enum notice_id id);
/* A notice the court's page puts before the screen's own text (seed
 * 002's success message before its "Helpful reminders"). */
void flow_add_leading_notice(struct flow *flow, enum notice_id id);
void flow_add_paragraph(struct flow *flow, const char *msgid);
void flow_hide_action(struct flow *flow, const char *action_id);
/* A hidden action shown again, on a screen that stays after a submit. */
void flow_show_action(struct flow *flow, const char *action_id);
void flow_set_items(struct flow *flow, char **items, size_t n);
/* The current screen's picture (flow.picture): both forms are taken. */
void flow_set_picture(struct flow *flow, char *half_blocks, int columns, char *ascii, int ascii_columns);
/* Wipes the secret fields of the current screen. */
void flow_wipe_secrets(struct flow *flow);
/* Completes a value typed in a list field to the entry it names, as it is
 * shown; false when it names no single entry. */
bool flow_complete_choice(const struct flow *flow, int field_index, const char *typed, char *out,
			  size_t size);
/* The entries of a list field of the current screen (the county list
 * follows the state typed on the Address tab); count 0: free text. */
const struct choice *flow_choices(const struct flow *flow, int field_index, size_t *count);
/* The same for a field of any screen, on screen or not. */
const struct choice *flow_spec_choices(const struct flow *flow, const struct screen_spec *spec,
				       size_t field_index, size_t *count);
/* Makes the court that typed text names (its id, or a unique part of its
 * name) flow->court; false when no single court matches. */
bool flow_choose_court(struct flow *flow, const char *typed);
/* Puts username into the login the person came from, ready for them. */
void flow_prefill_login(struct flow *flow, const char *username);
/* The title of the current screen (a msgid). */
const char *flow_title(const struct flow *flow);
/* What is typed on a form screen (NULL when it has no fields); a value
 * of it by field id ("" when it has no such field). The feature that
 * owns a form offers its own way to read another screen's values. */
struct form_values *flow_form(struct flow *flow, const struct screen_spec *spec);
const char *form_value(const struct form_values *form, const struct screen_spec *spec, const char *field_id);
/* What a person typed into field, kept in value: as typed for a secret,
 * else with control characters and bytes that are not UTF-8 as U+FFFD
 * (copy_typed_text), whatever the frontend let through. */
void store_typed(char value[FLOW_VALUE_MAX], const struct field_spec *field, const char *typed);
void form_set_value(struct form_values *form, const struct screen_spec *spec, const char *field_id,
		    const char *value);
/* Empties a form, wiping what it held. */
void form_wipe(struct form_values *form);
/* Wipes the secret fields (passwords, security answers) of a form. */
void form_wipe_secrets(struct form_values *form, const struct screen_spec *spec);
/* The screen warns that going on may be wrong: msgid is shown before the
 * court's notices, and the safe choice (Back) has the focus. */
void flow_add_warning(struct flow *flow, const char *msgid);
/* Forgets the account and everything typed in this session. */
void flow_logout(struct flow *flow);
/* Forgets the person altogether: logged out, and every feature's state,
 * place and message wiped (an idle reset at a public terminal). */
void flow_forget_person(struct flow *flow);
/* message on the screen, before the rules' news if that had the place
 * (the news waits for the next screen). */
void flow_info_before_news(struct flow *flow, const char *message);
/* The practice date of the command line (--as-of), which the setting's
 * changes do not move. */
void flow_fix_today(struct flow *flow, const char *date);
/* Kiosk and idle time: the database's settings, then the command line
 * (kiosk: true forces it on; idle_seconds >= 0 overrides). */
void flow_set_kiosk(struct flow *flow, bool kiosk, int idle_seconds);

/* The banner on every screen, and the notes for the status line. */
const char *flow_banner(void);
/* The same warning in a few words, for a short window. */
const char *flow_banner_short(void);
/* The practice settings that differ from the defaults, such as
 * "Practice date: 2021-02-10; 2025 password rules": detail 0 says only
 * the date, 1 adds the password rules, 2 (FLOW_NOTE_FULL) the lock-out.
 * Empty when everything is as on the real systems. */
#define FLOW_NOTE_FULL 2
void flow_practice_note(const struct flow *flow, int detail, char *out, size_t size);

#endif
