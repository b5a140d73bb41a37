/* SPDX-License-Identifier: MIT */
/* Menu screens (the actions as a numbered menu) and list screens (items
 * from the store, then buttons), both on menuw. */
#include <config.h>

#include "ui/curses/ui_internal.h"

#include <limits.h>
#include <menu.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/i18n.h"
#include "base/util.h"
#include "ui/curses/ui_text.h"

#define LEFT_MARGIN 2
/* The fewest rows a menu scrolls in. */
#define MIN_MENU_ROWS 3
#define MENU_MARK "> "

struct menu_screen {
	const struct screen_run *run;
	const struct view *view;
	struct frame frame;
	struct body text;
	ITEM **items;
	char **names; /* what the items show, owned here */
	int *action_of_item; /* menus: the view's action each item stands for */
	int n_items;
	MENU *menu;
	WINDOW *sub;
	int menu_top, menu_rows;
	int focus; /* 0: the menu; then 1 + index into frame.actions */
	int permanent_focus; /* the button last told to the session */
	/* Lists: what the person typed to narrow it, and for each item shown
	 * its index in the view's items. */
	char filter[64];
	int *original;
	int filter_row, cols;
};

/* text cut to at most cols columns, marked with "..." when cut. */
static char *fit_columns(const char *text, int cols)
{
	if (text_columns(text) <= cols)
		return xstrdup(text);
	char *copy = xstrdup(text);
	size_t len = strlen(copy);
	while (len > 0 && text_columns(copy) > cols - 3) {
		do
			len--;
		while (len > 0 && ((unsigned char)copy[len] & 0xC0) == 0x80);
		copy[len] = '\0';
	}
	char *fitted = xasprintf("%s...", copy);
	free(copy);
	return fitted;
}

static void free_items(struct menu_screen *ms)
{
	if (ms->menu != NULL) {
		unpost_menu(ms->menu);
		free_menu(ms->menu);
		ms->menu = NULL;
	}
	for (int i = 0; i < ms->n_items; i++) {
		free_item(ms->items[i]);
		free(ms->names[i]);
	}
	free(ms->items);
	free(ms->names);
	free(ms->original);
	ms->items = NULL;
	ms->names = NULL;
	ms->original = NULL;
	ms->n_items = 0;
}

static void free_menu_screen(struct menu_screen *ms)
{
	free_items(ms);
	free(ms->action_of_item);
	if (ms->sub != NULL)
		delwin(ms->sub);
	body_free(&ms->text);
}

/* Items of a menu screen, numbered by position: "1  Upgrade my PACER
 * account", ...; the digit chooses the item. */
static void menu_items_from_actions(struct menu_screen *ms, int cols)
{
	const struct view *view = ms->view;
	size_t n = (size_t)view->n_actions;
	ms->items = xcalloc(n + 1, sizeof *ms->items); /* NOLINT(bugprone-sizeof-expression): ITEM pointers */
	ms->names = xcalloc(n, sizeof *ms->names);
	ms->action_of_item = xcalloc(n, sizeof *ms->action_of_item);
	for (int i = 0; i < view->n_actions; i++) {
		const char *name = view->actions[i].label;
		char *label = ms->n_items < 9 ? xasprintf("%d  %s", ms->n_items + 1, name)
					      : xasprintf("   %s", name);
		ms->names[ms->n_items] = fit_columns(label, cols);
		free(label);
		ms->action_of_item[ms->n_items] = i;
		ms->items[ms->n_items] = new_item(ms->names[ms->n_items], "");
		ms->n_items++;
	}
}

/* The list's items that hold the filter (any case), in their order. */
static void list_items_from_flow(struct menu_screen *ms, int cols)
{
	size_t n = ms->view->n_items;
	ms->items = xcalloc(n + 1, sizeof *ms->items); /* NOLINT(bugprone-sizeof-expression): ITEM pointers */
	ms->names = xcalloc(n ? n : 1, sizeof *ms->names);
	ms->original = xcalloc(n ? n : 1, sizeof *ms->original);
	for (size_t i = 0; i < n; i++) {
		if (ms->filter[0] != '\0' && strcasestr(ms->view->items[i], ms->filter) == NULL)
			continue;
		ms->names[ms->n_items] = fit_columns(ms->view->items[i], cols);
		ms->items[ms->n_items] = new_item(ms->names[ms->n_items], "");
		ms->original[ms->n_items] = (int)i;
		ms->n_items++;
	}
}

static bool make_menu(struct menu_screen *ms, bool list)
{
	if (ms->n_items == 0)
		return true;
	ms->menu = new_menu(ms->items);
	if (ms->menu == NULL)
		return false;
	set_menu_win(ms->menu, stdscr);
	set_menu_sub(ms->menu, ms->sub);
	set_menu_mark(ms->menu, MENU_MARK);
	/* menuw would reverse the item's whole width: highlight_current
	 * marks the current item instead. */
	set_menu_fore(ms->menu, A_NORMAL);
	set_menu_format(ms->menu, ms->menu_rows, 1);
	menu_opts_off(ms->menu, O_SHOWDESC);
	int remembered = view_item(ms->view);
	for (int i = 0; i < ms->n_items; i++)
		if ((list ? ms->original[i] : i) == remembered)
			set_current_item(ms->menu, ms->items[i]);
	return true;
}

static void draw_filter(struct menu_screen *ms)
{
	char *line = xasprintf("%s %s", _("Type to narrow the list:"), ms->filter);
	move(ms->filter_row, 0);
	clrtoeol();
	attron(A_BOLD);
	draw_text(stdscr, ms->filter_row, LEFT_MARGIN, line, COLS - 2 * LEFT_MARGIN);
	attroff(A_BOLD);
	free(line);
	if (ms->n_items == 0) {
		char *none = xasprintf(_("Nothing matches \"%s\". Backspace or Ctrl-U widens the list."),
				       ms->filter);
		draw_text(stdscr, ms->menu_top, LEFT_MARGIN, none, COLS - 2 * LEFT_MARGIN);
		free(none);
	}
}

/* After the filter changed: the list again, as narrow as it now is. */
static void refilter(struct menu_screen *ms)
{
	free_items(ms);
	list_items_from_flow(ms, ms->cols);
	werase(ms->sub);
	if (make_menu(ms, true) && ms->menu != NULL)
		post_menu(ms->menu);
	draw_filter(ms);
}

/* Typing narrows a list; Backspace and Ctrl-U widen it again. */
static bool filter_key(struct menu_screen *ms, int code, bool fkey)
{
	size_t len = strlen(ms->filter);
	if ((fkey && code == KEY_BACKSPACE) || (!fkey && (code == 127 || code == 8))) {
		while (len > 0 && ((unsigned char)ms->filter[--len] & 0xC0) == 0x80)
			;
		ms->filter[len] = '\0';
	} else if (!fkey && code == ('u' & 0x1f)) {
		ms->filter[0] = '\0';
	} else if (!fkey && code >= ' ' && code != 127 && code != '?') {
		char bytes[MB_LEN_MAX];
		mbstate_t state;
		memset(&state, 0, sizeof state);
		size_t n = wcrtomb(bytes, (wchar_t)code, &state);
		if (n == (size_t)-1 || len + n >= sizeof ms->filter)
			return true;
		memcpy(ms->filter + len, bytes, n);
		ms->filter[len + n] = '\0';
	} else {
		return false;
	}
	refilter(ms);
	return true;
}

static bool layout(struct menu_screen *ms, bool list, int *need_cols, int *need_rows)
{
	body_init(&ms->text, COLS - 2 * LEFT_MARGIN);
	body_add_screen_text(&ms->text, ms->view);
	int text_rows = ms->text.count + (ms->text.count > 0 ? 1 : 0);
	int filter_rows = list ? 1 : 0;
	ms->cols = COLS - 2 * LEFT_MARGIN - (int)strlen(MENU_MARK) - 1;
	if (list)
		list_items_from_flow(ms, ms->cols);
	else
		menu_items_from_actions(ms, ms->cols);
	/* A menu shows all its items when it can; in a short window it
	 * scrolls like a list, and the text above it is cut (help has it). */
	int wanted = list ? 3 : ms->n_items;
	if (!frame_layout(ms->view, text_rows + filter_rows + wanted, &ms->frame, need_cols, need_rows)) {
		int available = ms->frame.body_bottom - ms->frame.body_top + 1;
		int least = wanted < MIN_MENU_ROWS ? wanted : MIN_MENU_ROWS;
		if (COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS || available < filter_rows + least)
			return false;
		text_rows = available - filter_rows - least;
		if (text_rows > ms->text.count)
			text_rows = ms->text.count;
		ms->text.more_hint = _("-- the rest is in Help: F1 --");
	}
	ms->filter_row = ms->frame.body_top + text_rows;
	ms->menu_top = ms->filter_row + filter_rows;
	ms->menu_rows = ms->frame.body_bottom - ms->menu_top + 1;
	int most = list ? (int)ms->view->n_items : ms->n_items;
	if (ms->menu_rows > most)
		ms->menu_rows = most > 0 ? most : 1;
	ms->sub = derwin(stdscr, ms->menu_rows, COLS - 2 * LEFT_MARGIN, ms->menu_top, LEFT_MARGIN);
	return ms->sub != NULL && make_menu(ms, list);
}

/* The current item shows its mark and first word reversed: "> 2" on a
 * menu, "> canb" on the courts' list. That is visible in monochrome,
 * with the cursor on it, and a move rewrites those few cells rather than
 * a reversed bar as wide as the longest item (95 bytes a Down on
 * xterm-256color, 31 now). */
static void highlight_current(struct menu_screen *ms)
{
	if (ms->menu == NULL || current_item(ms->menu) == NULL)
		return;
	const ITEM *item = current_item(ms->menu);
	int row = item_index(item) - top_row(ms->menu);
	char *word = xstrdup(item_name(item));
	word[strcspn(word, " ")] = '\0';
	int width = (int)strlen(MENU_MARK) + text_columns(word);
	free(word);
	mvwchgat(ms->sub, row, 0, width, A_REVERSE, 0, NULL);
	wsyncup(ms->sub);
}

static void show_focus(struct menu_screen *ms, const char *hint)
{
	highlight_current(ms);
	frame_draw_actions(ms->view, &ms->frame, ms->focus - 1);
	frame_status(&ms->frame, hint);
	wnoutrefresh(stdscr);
	if (ms->focus == 0 && ms->menu != NULL) {
		pos_menu_cursor(ms->menu);
		wnoutrefresh(ms->sub);
	} else {
		frame_place_cursor(&ms->frame, ms->focus - 1);
		wnoutrefresh(stdscr);
	}
	doupdate();
}

/* The view's action Enter chooses: the focused button, the menu's item,
 * or on a list its main action; -1 for none. */
static int chosen_action(struct menu_screen *ms, bool list)
{
	if (ms->focus > 0)
		return ms->frame.actions[ms->focus - 1].index;
	if (ms->menu == NULL)
		return -1;
	if (list)
		return ms->view->default_action;
	int item = item_index(current_item(ms->menu));
	return ms->action_of_item[item];
}

static int action_for_key(struct menu_screen *ms, int code)
{
	int position = code - '1';
	if (ms->action_of_item == NULL || position < 0 || position >= ms->n_items || position > 8)
		return -1;
	return ms->action_of_item[position];
}

/* Choosing the view's action chosen: help is shown here; an action the
 * session lets go ends the screen (true). */
static bool choose(struct menu_screen *ms, int chosen, const struct action_spec **action,
		   enum run_result *result)
{
	if (chosen < 0)
		return false;
	if (ms->view->actions[chosen].spec->flags & ACTION_HELP) {
		*result = show_help(ms->view);
		return true;
	}
	*action = ui_activate(ms->run, chosen);
	*result = RUN_ACTION;
	return *action != NULL;
}

/* Keys that move inside the menu rather than between focus targets. */
static bool menu_key(struct menu_screen *ms, int code, bool fkey, bool list)
{
	if (ms->focus != 0)
		return false;
	if (list && filter_key(ms, code, fkey))
		return true;
	if (ms->menu == NULL)
		return false;
	int request = 0;
	if (fkey) {
		switch (code) {
		case KEY_UP:
			request = REQ_UP_ITEM;
			break;
		case KEY_DOWN:
			request = REQ_DOWN_ITEM;
			break;
		case KEY_HOME:
			request = REQ_FIRST_ITEM;
			break;
		case KEY_END:
			request = REQ_LAST_ITEM;
			break;
		case KEY_NPAGE:
			request = REQ_SCR_DPAGE;
			break;
		case KEY_PPAGE:
			request = REQ_SCR_UPAGE;
			break;
		default:
			return false;
		}
	} else if (code == ('n' & 0x1f) || code == ('p' & 0x1f)) {
		/* Ctrl-N and Ctrl-P are Down and Up on any terminal. */
		request = code == ('n' & 0x1f) ? REQ_DOWN_ITEM : REQ_UP_ITEM;
	} else {
		return false;
	}
	if (menu_driver(ms->menu, request) == E_REQUEST_DENIED) {
		/* Up and Down wrap around a menu, as Tab does; a page key on a
		 * list that has no page more goes to its end. */
		bool to_last = (request == REQ_UP_ITEM && !list) || request == REQ_SCR_DPAGE;
		bool to_first = (request == REQ_DOWN_ITEM && !list) || request == REQ_SCR_UPAGE;
		if (to_last)
			menu_driver(ms->menu, REQ_LAST_ITEM);
		else if (to_first)
			menu_driver(ms->menu, REQ_FIRST_ITEM);
	}
	return true;
}

static const char *keys_hint(bool list)
{
	return list ? _("Type: narrow  Up/Down: move  Enter: show  Esc: back  F1: help")
		    : _("Up/Down: move  Enter: choose  1-9: choose by number  F1: help");
}

static enum run_result interact(struct menu_screen *ms, bool list, const struct action_spec **action)
{
	const char *hint = keys_hint(list);
	int targets = 1 + ms->frame.n_actions;
	enum run_result result = RUN_ACTION;
	for (;;) {
		if (ms->menu != NULL) {
			int shown = item_index(current_item(ms->menu));
			session_choose_item(ms->run->session, list ? ms->original[shown] : shown);
		}
		ui_focus_moved(ms->run, &ms->frame, &ms->permanent_focus, ms->focus - 1);
		session_remember_focus(ms->run->session, ms->view, -1,
				       ms->focus > 0 ? ms->frame.actions[ms->focus - 1].index : -1);
		show_focus(ms, hint);
		int code;
		bool fkey;
		enum run_result r = read_key(&code, &fkey);
		if (r != RUN_ACTION)
			return r;
		if (menu_key(ms, code, fkey, list))
			continue;
		if (!fkey && action_for_key(ms, code) >= 0) {
			if (choose(ms, action_for_key(ms, code), action, &result))
				return result;
			continue;
		}
		switch (key_command_for(code, fkey, false)) {
		case CMD_NEXT:
			ms->focus = focus_step(ms->focus, targets, 1);
			break;
		case CMD_PREV:
			ms->focus = focus_step(ms->focus, targets, -1);
			break;
		case CMD_ACTIVATE:
			if (choose(ms, chosen_action(ms, list), action, &result))
				return result;
			break;
		case CMD_BACK:
			if (ms->view->back_action >= 0) {
				*action = ms->view->actions[ms->view->back_action].spec;
				return RUN_ACTION;
			}
			break;
		case CMD_HELP:
			return show_help(ms->view);
		default:
			break;
		}
	}
}

/* Lays the screen out and draws it, the focus where the view says, for
 * show_focus to send; false when the window is too small for it. */
static bool draw_menu_screen(struct menu_screen *ms, bool list, int *need_cols, int *need_rows)
{
	const struct view *view = ms->view;
	if (!layout(ms, list, need_cols, need_rows))
		return false;
	frame_draw(view, &ms->frame);
	if (ms->filter_row > ms->frame.body_top)
		body_draw(&ms->text, 0, ms->frame.body_top, ms->filter_row - 1);
	if (ms->menu != NULL)
		post_menu(ms->menu);
	if (list)
		draw_filter(ms);
	int field, focus_action;
	view_focus(view, &field, &focus_action);
	int button = frame_target_of(&ms->frame, focus_action);
	ms->focus = ms->menu == NULL ? 1 : button >= 0 ? 1 + button : 0;
	if (ms->focus > ms->frame.n_actions)
		ms->focus = 0;
	return true;
}

static enum run_result run_menu_kind(const struct screen_run *run, bool list,
				     const struct action_spec **action)
{
	const struct view *view = run->view;
	struct menu_screen ms = { .run = run, .view = view, .permanent_focus = INT_MIN };
	int need_cols, need_rows;
	enum run_result result;
	*action = NULL;
	if (!draw_menu_screen(&ms, list, &need_cols, &need_rows)) {
		free_menu_screen(&ms);
		return wait_for_larger_window(view, need_cols, need_rows, action);
	}
	result = interact(&ms, list, action);
	free_menu_screen(&ms);
	return result;
}

void paint_menu(const struct view *view)
{
	struct menu_screen ms = { .view = view, .permanent_focus = INT_MIN };
	int need_cols, need_rows;
	/* Too small a window: the run that follows says so. */
	if (draw_menu_screen(&ms, false, &need_cols, &need_rows))
		show_focus(&ms, keys_hint(false));
	free_menu_screen(&ms);
}

enum run_result run_menu(const struct screen_run *run, const struct action_spec **action)
{
	return run_menu_kind(run, false, action);
}

enum run_result run_list(const struct screen_run *run, const struct action_spec **action)
{
	return run_menu_kind(run, true, action);
}
