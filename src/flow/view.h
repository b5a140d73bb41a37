/* SPDX-License-Identifier: MIT */
/* The view of the current screen that the core builds and a frontend
 * renders (frontend.h): everything a person reads on it, in order, with
 * the key placeholders already filled for that frontend. The body (the
 * blocks) is assembled here only; frontends differ in how they lay a
 * block out, never in what the body holds. */
#ifndef NGW_VIEW_H
#define NGW_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "base/keywords.h"
#include "flow/flow.h"

enum block_kind {
	BLOCK_STEP, /* the tabs of a multi-step screen (view.tabs) */
	BLOCK_TEXT, /* the intro, a paragraph */
	BLOCK_LINE, /* "label: text" */
	BLOCK_WARNING, /* the screen's own warning ("THE NAMES DIFFER") */
	BLOCK_NOTICE, /* a court's notice, in the court's words */
	BLOCK_ADAPTATION, /* what that notice means here */
	BLOCK_REQUIRED, /* "* Required Information" (a form with a required field) */
	/* Lines to show as they are, never wrapped (a QR code): text in half
	 * blocks, ascii the same in ASCII for a terminal without them; a
	 * frontend that cannot show either whole leaves it out (the screen
	 * says the same in words, such as the key). */
	BLOCK_PICTURE,
};

struct view_block {
	enum block_kind kind;
	const char *label; /* BLOCK_LINE */
	char *text;
	bool after_gap; /* a new group: a blank line before it */
	char *ascii; /* BLOCK_PICTURE */
	int columns, ascii_columns; /* BLOCK_PICTURE: the widths of text and ascii */
};

struct view_field {
	const struct field_spec *spec;
	const char *label; /* translated */
	const char *value; /* what it holds, as the core keeps it */
	const char *error; /* the last check's sentence about it, or "" */
	/* What it held when that check judged it (NULL: no error): once the
	 * person changes it, the error no longer stands beside it. */
	char *checked;
	bool secret; /* never shown, never drafted */
	bool list; /* chosen from a list (view_choices) */
	bool required; /* must be filled, now: shown with a * */
};

struct view_action {
	const struct action_spec *spec;
	const char *label; /* translated */
};

#define VIEW_MAX_TABS 4

struct view {
	const struct screen_spec *spec; /* its name and kind */
	const char *title; /* translated */
	const char *tabs[VIEW_MAX_TABS]; /* translated; n_tabs 0: none */
	int n_tabs, tab_index;
	bool tabs_are_steps; /* "Step 2 of 3" */
	struct view_block *blocks;
	size_t n_blocks;
	struct view_field fields[FLOW_MAX_FIELDS];
	int n_fields;
	struct view_action actions[FLOW_MAX_ACTIONS]; /* the visible ones */
	int n_actions;
	int default_action, back_action; /* into actions; -1: none */
	const char *message; /* placeholders filled */
	enum message_kind message_kind;
	int error_field; /* -1: the message belongs to no field */
	char *const *items; /* a list screen's items */
	size_t n_items;
	/* A permanent action is on it: keys typed before it appeared are
	 * thrown away, and only a deliberate choice commits. */
	bool permanent;
	bool has_live_note; /* view_live_note follows the typing */

	/* For the queries below; a frontend never reads it. */
	struct flow *flow;
	const struct key_words *keys;
	char *owned[FLOW_MAX_FIELDS + 1]; /* filled texts the view frees */
	size_t n_owned;
};

/* The view of flow's current screen, for a frontend whose words for keys
 * are keys. */
void view_build(struct view *view, struct flow *flow, const struct key_words *keys);
void view_free(struct view *view);

/* The entries of a list field (count 0: free text). */
const struct choice *view_choices(const struct view *view, int field, size_t *count);
/* What typed names in a list field, as shown; false when nothing single. */
bool view_complete_choice(const struct view *view, int field, const char *typed, char *out, size_t size);
/* Type-ahead in a list field: the label of the first entry that starts
 * with prefix (view_choices), or NULL. */
const char *view_choice_starting(const struct view *view, int field, const char *prefix);
/* The screen's help, placeholders filled (a new string). */
char *view_help(const struct view *view);
/* The line that follows the typing (the password rules met so far). */
void view_live_note(const struct view *view, char *out, size_t size);
/* The practice settings that differ from the real systems (flow.h). */
void view_practice_note(const struct view *view, int detail, char *out, size_t size);
/* Where the focus is to be, whenever the screen is laid out (first, or
 * again after help or a resize): a field, or else an action; neither
 * (-1) on a menu or list means the menu or list itself. */
void view_focus(const struct view *view, int *field, int *action);
/* The item of a list or menu to show chosen. */
int view_item(const struct view *view);
/* The index in actions of an action of the screen, or -1. */
int view_action_index(const struct view *view, const struct action_spec *action);

#endif
