/* SPDX-License-Identifier: MIT */
/* Keys in a form: what each key does in a text, list or password
 * field, and the list fields' pop-up lists. */
#include <config.h>

#include "ui/curses/ui_form.h"

#include <form.h>
#include <limits.h>
#include <menu.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "ui/curses/ui_text.h"

static bool is_choice_field(const struct form_screen *fs, int i)
{
	return i >= 0 && i < fs->n_fields && fs->view->fields[i].list;
}

static bool list_has_entries(const struct form_screen *fs, int i)
{
	size_t count;
	(void)view_choices(fs->view, i, &count);
	return count > 0;
}

static bool field_is_empty(struct form_screen *fs, int i)
{
	return ui_form_field_text(fs, i)[0] == '\0';
}

/* Leaving a list field: what was typed becomes the entry it names
 * ("cal" becomes "California"); anything else is left for the check. */
static void complete_choice_field(struct form_screen *fs)
{
	if (!is_choice_field(fs, fs->focus))
		return;
	ui_form_collect_values(fs);
	char completed[FLOW_VALUE_MAX];
	const char *typed = fs->view->fields[fs->focus].value;
	if (view_complete_choice(fs->view, fs->focus, typed, completed, sizeof completed) &&
	    strcmp(completed, typed) != 0) {
		set_field_buffer(fs->fields[fs->focus], 0, completed);
		ui_form_field_changed(fs, fs->focus);
	}
}

struct choice_popup {
	ITEM **items;
	char **labels;
	size_t count;
	int entries; /* the items one can choose (not group titles) */
	const char *title; /* the field's label */
	MENU *menu;
	/* shade blanks the popup's rows across the screen, so that a screen
	 * reader reading a line hears the entry, not the form behind it. */
	WINDOW *shade, *win, *sub;
};

static void free_popup(struct choice_popup *p)
{
	if (p->menu != NULL) {
		unpost_menu(p->menu);
		free_menu(p->menu);
	}
	for (size_t i = 0; i < p->count; i++) {
		if (p->items[i] != NULL)
			free_item(p->items[i]);
		free(p->labels[i]);
	}
	free(p->items);
	free(p->labels);
	if (p->sub != NULL)
		delwin(p->sub);
	if (p->win != NULL)
		delwin(p->win);
	if (p->shade != NULL)
		delwin(p->shade);
}

static bool build_popup(struct choice_popup *p, const struct choice *entries, size_t count, const char *title)
{
	p->title = title;
	int widest = 0;
	p->items = xcalloc(count + 1,
			   sizeof *p->items); /* NOLINT(bugprone-sizeof-expression): ITEM pointers */
	p->labels = xcalloc(count, sizeof *p->labels);
	p->count = count;
	for (size_t i = 0; i < count; i++) {
		/* A group title reads as one in words too, not by its look alone. */
		char *label = entries[i].heading
				      ? xasprintf("-- %s --", _(entries[i].value))
				      : xstrdup(entries[i].label ? _(entries[i].label) : entries[i].value);
		p->labels[i] = label;
		p->items[i] = new_item(label, "");
		if (p->items[i] == NULL)
			return false;
		if (entries[i].heading)
			item_opts_off(p->items[i], O_SELECTABLE);
		else
			p->entries++;
		if (text_columns(label) > widest)
			widest = text_columns(label);
	}
	int rows = (int)count < LINES - 4 ? (int)count : LINES - 4;
	int cols = widest + 4 < COLS - 4 ? widest + 4 : COLS - 4;
	if (text_columns(title) + 4 > cols) /* the title on the top line */
		cols = text_columns(title) + 4 < COLS - 4 ? text_columns(title) + 4 : COLS - 4;
	p->menu = new_menu(p->items);
	int top = (LINES - rows - 2) / 2;
	p->shade = newwin(rows + 2, COLS, top, 0);
	p->win = newwin(rows + 2, cols + 2, top, (COLS - cols - 2) / 2);
	if (p->menu == NULL || p->win == NULL || p->shade == NULL)
		return false;
	p->sub = derwin(p->win, rows, cols, 1, 1);
	if (p->sub == NULL)
		return false;
	keypad(p->win, TRUE);
	set_menu_win(p->menu, p->win);
	set_menu_sub(p->menu, p->sub);
	set_menu_format(p->menu, rows, 1);
	set_menu_mark(p->menu, "> ");
	set_menu_grey(p->menu, A_BOLD | A_UNDERLINE);
	box_set(p->win, WACS_VLINE, WACS_HLINE);
	if (post_menu(p->menu) != E_OK)
		return false;
	if (!(item_opts(current_item(p->menu)) & O_SELECTABLE))
		menu_driver(p->menu, REQ_DOWN_ITEM);
	return true;
}

/* The box's words: the field's name on top, "3 of 50" below for the
 * entry in focus (group titles not counted). */
static void draw_popup_words(struct choice_popup *p)
{
	int height, width;
	getmaxyx(p->win, height, width);
	box_set(p->win, WACS_VLINE, WACS_HLINE);
	draw_text(p->win, 0, 2, p->title, width - 4);
	int at = 0;
	ITEM *current = current_item(p->menu);
	for (size_t i = 0; i < p->count && p->items[i] != current; i++)
		at += (item_opts(p->items[i]) & O_SELECTABLE) != 0;
	char *where = xasprintf(_("%d of %d"), at + 1, p->entries);
	draw_text(p->win, height - 1, 2, where, width - 4);
	free(where);
}

/* Runs the list until Enter on an entry (its label in out) or Esc. */
static enum run_result pick_from_popup(struct choice_popup *p, char *out, size_t size)
{
	werase(p->shade);
	wnoutrefresh(p->shade);
	for (;;) {
		draw_popup_words(p);
		pos_menu_cursor(p->menu);
		wrefresh(p->win);
		int code;
		bool fkey;
		enum run_result r = read_key_in(p->win, &code, &fkey);
		if (r != RUN_ACTION)
			return r;
		enum key_command cmd = key_command_for(code, fkey, true);
		if (cmd == CMD_BACK)
			return RUN_RELAYOUT;
		if (cmd == CMD_ACTIVATE) {
			ITEM *item = current_item(p->menu);
			if (item != NULL && (item_opts(item) & O_SELECTABLE)) {
				copy_text(out, size, item_name(item));
				return RUN_ACTION;
			}
			continue;
		}
		int request = 0;
		if (fkey && (code == KEY_DOWN || code == KEY_UP || code == KEY_NPAGE || code == KEY_PPAGE ||
			     code == KEY_HOME || code == KEY_END))
			request = code == KEY_DOWN    ? REQ_DOWN_ITEM
				  : code == KEY_UP    ? REQ_UP_ITEM
				  : code == KEY_NPAGE ? REQ_SCR_DPAGE
				  : code == KEY_PPAGE ? REQ_SCR_UPAGE
				  : code == KEY_HOME  ? REQ_FIRST_ITEM
						      : REQ_LAST_ITEM;
		else if (cmd == CMD_NEXT)
			request = REQ_DOWN_ITEM;
		else if (cmd == CMD_PREV)
			request = REQ_UP_ITEM;
		if (request != 0)
			menu_driver(p->menu, request);
		else if (!fkey && code >= ' ' && code < 127 && menu_driver(p->menu, code) != E_OK)
			menu_driver(p->menu, REQ_CLEAR_PATTERN);
	}
}

/* Space in an empty list field: the whole list in a box. */
static enum run_result open_choice_list(struct form_screen *fs)
{
	ui_form_collect_values(fs);
	size_t count;
	const struct choice *entries = view_choices(fs->view, fs->focus, &count);
	if (count == 0)
		return RUN_ACTION; /* free text here: nothing to show */
	struct choice_popup popup = { 0 };
	char picked[FLOW_VALUE_MAX] = "";
	bool built = build_popup(&popup, entries, count, fs->view->fields[fs->focus].label);
	/* The list opens on what the field holds. */
	for (size_t i = 0; built && i < popup.count; i++)
		if (strcmp(popup.labels[i], fs->view->fields[fs->focus].value) == 0)
			set_current_item(popup.menu, popup.items[i]);
	enum run_result r = built ? pick_from_popup(&popup, picked, sizeof picked) : RUN_RELAYOUT;
	free_popup(&popup);
	if (picked[0] != '\0') {
		set_field_buffer(fs->fields[fs->focus], 0, picked);
		ui_form_field_changed(fs, fs->focus);
		fs->prefix[0] = '\0';
	}
	touchwin(stdscr);
	return r == RUN_RELAYOUT ? RUN_ACTION : r;
}

static int edit_request(int code)
{
	switch (code) {
	case KEY_LEFT:
		return REQ_PREV_CHAR;
	case KEY_RIGHT:
		return REQ_NEXT_CHAR;
	case KEY_HOME:
		return REQ_BEG_FIELD;
	case KEY_END:
		return REQ_END_FIELD;
	case KEY_BACKSPACE:
		return REQ_DEL_PREV;
	case KEY_DC:
		return REQ_DEL_CHAR;
	default:
		return 0;
	}
}

/* Whether every field after the focused one may stay empty (such as a
 * court login's Client Code after the password). */
static bool only_optional_fields_left(const struct form_screen *fs)
{
	for (int i = fs->focus + 1; i < fs->n_fields; i++)
		if (fs->view->fields[i].required)
			return false;
	return true;
}

/* Enter in a field: the next field, or once only optional fields are left
 * the screen's default action; a permanent action only gets the focus,
 * and its quiet time starts (session.h). */
static bool enter_in_field(struct form_screen *fs, const struct action_spec **action)
{
	int def = fs->view->default_action;
	if (def < 0 || !only_optional_fields_left(fs)) {
		fs->focus = focus_step(fs->focus, fs->n_fields + fs->frame.n_actions, 1);
		return false;
	}
	if (fs->view->actions[def].spec->flags & ACTION_PERMANENT) {
		int target = frame_target_of(&fs->frame, def);
		if (target >= 0)
			fs->focus = fs->n_fields + target;
		return false;
	}
	*action = fs->view->actions[def].spec;
	return true;
}

/* A key in a password field: the formw field holds stars and moves as
 * usual; the characters themselves go to fs->secret, at the same place. */
static bool handle_password_key(struct form_screen *fs, int code, bool fkey)
{
	int i = fs->focus;
	char *secret = fs->secret[i];
	int *at = &fs->secret_at[i], n = ui_form_characters(secret);
	if (!fkey && (code == 127 || code == 8))
		code = KEY_BACKSPACE, fkey = true;
	if (!fkey && code == ('u' & 0x1f)) {
		form_driver(fs->form, REQ_CLR_FIELD);
		wipe_memory(secret, FLOW_VALUE_MAX);
		*at = 0;
		return true;
	}
	if (!fkey && code >= 32) {
		char bytes[MB_LEN_MAX];
		mbstate_t state;
		memset(&state, 0, sizeof state);
		size_t len = wcrtomb(bytes, (wchar_t)code, &state);
		size_t used = strlen(secret), where = ui_form_byte_of(secret, *at);
		/* Full: nothing more goes in (formw says so for the stars). */
		if (len != (size_t)-1 && used + len < FLOW_VALUE_MAX &&
		    form_driver_w(fs->form, OK, L'*') == E_OK) {
			memmove(secret + where + len, secret + where, used - where + 1);
			memcpy(secret + where, bytes, len);
			(*at)++;
		}
		wipe_memory(bytes, sizeof bytes);
		return true;
	}
	if (!fkey)
		return false;
	int request = edit_request(code);
	/* formw would move past the stars into the field's blank room, or
	 * take a blank away: the stars and the password must stay in step. */
	bool nothing_there = ((code == KEY_RIGHT || code == KEY_DC) && *at >= n) ||
			     ((code == KEY_LEFT || code == KEY_BACKSPACE) && *at <= 0);
	if (request == 0 || nothing_there || form_driver(fs->form, request) != E_OK)
		return request != 0;
	size_t where = ui_form_byte_of(secret, *at);
	switch (code) {
	case KEY_LEFT:
		*at -= *at > 0;
		break;
	case KEY_RIGHT:
		*at += *at < n;
		break;
	case KEY_HOME:
		*at = 0;
		break;
	case KEY_END:
		*at = n;
		break;
	case KEY_BACKSPACE:
		if (*at > 0) {
			size_t from = ui_form_byte_of(secret, *at - 1);
			memmove(secret + from, secret + where, strlen(secret + where) + 1);
			(*at)--;
		}
		break;
	case KEY_DC:
		if (*at < n) {
			size_t to = ui_form_byte_of(secret, *at + 1);
			memmove(secret + where, secret + to, strlen(secret + to) + 1);
		}
		break;
	default:
		break;
	}
	return true;
}

/* A key in a list field: letters choose, as a web page's list does, the
 * first entry that starts with what was typed since the field got the
 * focus (the field never holds anything not in the list); Backspace
 * takes the last letter back. */
static bool handle_list_key(struct form_screen *fs, int code, bool fkey)
{
	size_t count;
	(void)view_choices(fs->view, fs->focus, &count);
	if (count == 0)
		return false; /* free text here (a county of another state) */
	if (fs->prefix_field != fs->focus) {
		fs->prefix[0] = '\0';
		fs->prefix_field = fs->focus;
	}
	char wanted[FLOW_VALUE_MAX];
	copy_text(wanted, sizeof wanted, fs->prefix);
	size_t len = strlen(wanted);
	if ((fkey && code == KEY_BACKSPACE) || (!fkey && (code == 127 || code == 8))) {
		while (len > 0 && ((unsigned char)wanted[--len] & 0xC0) == 0x80)
			;
		wanted[len] = '\0';
	} else if (!fkey && code >= 32) {
		char bytes[MB_LEN_MAX];
		mbstate_t state;
		memset(&state, 0, sizeof state);
		size_t n = wcrtomb(bytes, (wchar_t)code, &state);
		if (n == (size_t)-1 || len + n >= sizeof wanted)
			return true;
		memcpy(wanted + len, bytes, n);
		wanted[len + n] = '\0';
	} else {
		/* Delete would leave a word not in the list. */
		return fkey && code == KEY_DC;
	}
	const char *label = wanted[0] != '\0' ? view_choice_starting(fs->view, fs->focus, wanted) : NULL;
	if (wanted[0] != '\0' && label == NULL) {
		/* What was typed so far still stands; the letter goes. */
		char *said = xasprintf(_("No item starts with \"%s\"."), wanted);
		ui_set_note(MESSAGE_INFO, said);
		free(said);
		return true;
	}
	copy_text(fs->prefix, sizeof fs->prefix, wanted);
	ui_set_note(MESSAGE_NONE, NULL);
	if (label == NULL)
		return true;
	set_field_buffer(fs->fields[fs->focus], 0, label);
	ui_form_field_changed(fs, fs->focus);
	/* The cursor on the entry chosen, where a screen reader reads it. */
	form_driver(fs->form, REQ_BEG_FIELD);
	return true;
}

static bool handle_text_key(struct form_screen *fs, int code, bool fkey)
{
	if (ui_form_is_password(fs, fs->focus))
		return handle_password_key(fs, code, fkey);
	if (is_choice_field(fs, fs->focus) && handle_list_key(fs, code, fkey))
		return true;
	/* Whatever formw is given below may change the field. */
	ui_form_field_changed(fs, fs->focus);
	if (fkey) {
		int request = edit_request(code);
		if (request != 0)
			form_driver(fs->form, request);
		return request != 0;
	}
	if (code == 127 || code == 8) {
		form_driver(fs->form, REQ_DEL_PREV);
		return true;
	}
	if (code == ('u' & 0x1f)) {
		form_driver(fs->form, REQ_CLR_FIELD);
		fs->prefix_field = -1;
		return true;
	}
	if (code >= 32) {
		form_driver_w(fs->form, OK, (wchar_t)code);
		return true;
	}
	return false;
}

/* The help, over the form: what the fields hold is taken first, as the
 * help's screen covers the window formw reads the focused field from. */
static enum run_result help_over_form(struct form_screen *fs)
{
	ui_form_collect_values(fs);
	return show_help(fs->view);
}

/* One key; true when the screen is done (an action was chosen). */
bool ui_form_handle_key(struct form_screen *fs, int code, bool fkey, const struct action_spec **action,
			enum run_result *result)
{
	bool in_field = fs->focus < fs->n_fields;
	int count = fs->n_fields + fs->frame.n_actions;
	enum key_command command = key_command_for(code, fkey, in_field);
	/* Space opens a list, unless it is part of the words being typed
	 * ("In what city"); so does Enter while nothing is chosen yet. */
	bool typing = fs->prefix_field == fs->focus && fs->prefix[0] != '\0';
	bool opens_list = is_choice_field(fs, fs->focus) &&
			  ((!fkey && code == ' ' && !typing) ||
			   (command == CMD_ACTIVATE && field_is_empty(fs, fs->focus)));
	if (opens_list && list_has_entries(fs, fs->focus)) {
		*result = open_choice_list(fs);
		return *result != RUN_ACTION;
	}
	if (command == CMD_NEXT || command == CMD_PREV || command == CMD_ACTIVATE) {
		complete_choice_field(fs);
		if (in_field)
			ui_form_leave_field(fs); /* kept, and drafted */
	}
	switch (command) {
	case CMD_NEXT:
	case CMD_PREV:
		fs->focus = focus_step(fs->focus, count, command == CMD_NEXT ? 1 : -1);
		return false;
	case CMD_ACTIVATE: {
		if (in_field)
			return enter_in_field(fs, action);
		int chosen = fs->frame.actions[fs->focus - fs->n_fields].index;
		if (fs->view->actions[chosen].spec->flags & ACTION_HELP) {
			*result = help_over_form(fs);
			return true;
		}
		*action = ui_activate(fs->run, chosen);
		if (*action == NULL)
			ui_form_show_message_for_focus(fs); /* why it was not taken */
		return *action != NULL;
	}
	case CMD_BACK:
		if (fs->view->back_action < 0)
			return false;
		*action = fs->view->actions[fs->view->back_action].spec;
		return true;
	case CMD_HELP:
		*result = help_over_form(fs);
		return true;
	case CMD_REDRAW: /* read_key repaints before a screen sees it */
	case CMD_PAGE_UP:
	case CMD_PAGE_DOWN:
	case CMD_STAFF_EXIT:
	case CMD_NONE:
		break;
	}
	if (in_field)
		handle_text_key(fs, code, fkey);
	else if (!fkey && code == ' ')
		return ui_form_handle_key(fs, '\n', false, action, result);
	return false;
}
