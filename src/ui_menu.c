/* Menu screens (the actions as a numbered menu) and list screens (items
 * from the store, then buttons), both on menuw. */
#include <config.h>

#include "ui_internal.h"

#include <menu.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ui_text.h"
#include "util.h"

#define LEFT_MARGIN 2
#define MENU_MARK "> "

struct menu_screen {
	struct flow *flow;
	struct frame frame;
	struct body text;
	ITEM **items;
	char **names;		/* what the items show, owned here */
	int *action_of_item;	/* menus: the action each item stands for */
	int n_items;
	MENU *menu;
	WINDOW *sub;
	int menu_top, menu_rows;
	int focus;		/* 0: the menu; then 1 + index into frame.actions */
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

static void free_menu_screen(struct menu_screen *ms)
{
	if (ms->menu != NULL) {
		unpost_menu(ms->menu);
		free_menu(ms->menu);
	}
	for (int i = 0; i < ms->n_items; i++) {
		free_item(ms->items[i]);
		free(ms->names[i]);
	}
	free(ms->items);
	free(ms->names);
	free(ms->action_of_item);
	if (ms->sub != NULL)
		delwin(ms->sub);
	body_free(&ms->text);
}

/* Items of a menu screen, numbered by position: "1  Upgrade my PACER
 * account", ...; the digit chooses the item. */
static void menu_items_from_actions(struct menu_screen *ms, int cols)
{
	const struct screen_spec *spec = ms->flow->screen;
	ms->items = xcalloc(spec->n_actions + 1, sizeof *ms->items);
	ms->names = xcalloc(spec->n_actions, sizeof *ms->names);
	ms->action_of_item = xcalloc(spec->n_actions, sizeof *ms->action_of_item);
	for (size_t i = 0; i < spec->n_actions; i++) {
		if (ms->flow->action_hidden[i])
			continue;
		const struct action_spec *a = &spec->actions[i];
		char *label = ms->n_items < 9 ? xasprintf("%d  %s", ms->n_items + 1, _(a->label))
					      : xasprintf("   %s", _(a->label));
		ms->names[ms->n_items] = fit_columns(label, cols);
		free(label);
		ms->action_of_item[ms->n_items] = (int)i;
		ms->items[ms->n_items] = new_item(ms->names[ms->n_items], "");
		ms->n_items++;
	}
}

static void list_items_from_flow(struct menu_screen *ms, int cols)
{
	size_t n = ms->flow->n_items;
	ms->items = xcalloc(n + 1, sizeof *ms->items);
	ms->names = xcalloc(n ? n : 1, sizeof *ms->names);
	for (size_t i = 0; i < n; i++) {
		ms->names[i] = fit_columns(ms->flow->items[i], cols);
		ms->items[i] = new_item(ms->names[i], "");
		ms->n_items++;
	}
}

static bool layout(struct menu_screen *ms, bool list, int *need_cols, int *need_rows)
{
	body_init(&ms->text, COLS - 2 * LEFT_MARGIN);
	body_add_screen_text(&ms->text, ms->flow);
	int text_rows = ms->text.count + (ms->text.count > 0 ? 1 : 0);
	int cols = COLS - 2 * LEFT_MARGIN - (int)strlen(MENU_MARK) - 1;
	if (list)
		list_items_from_flow(ms, cols);
	else
		menu_items_from_actions(ms, cols);
	/* A list scrolls, so three rows of it are enough; a menu shows all. */
	int wanted = list ? (ms->n_items < 3 ? ms->n_items : 3) : ms->n_items;
	if (!frame_layout(ms->flow, text_rows + wanted, &ms->frame, need_cols, need_rows))
		return false;
	ms->menu_top = ms->frame.body_top + text_rows;
	ms->menu_rows = ms->frame.body_bottom - ms->menu_top + 1;
	if (ms->menu_rows > ms->n_items)
		ms->menu_rows = ms->n_items;
	if (ms->n_items == 0)
		return true;
	ms->menu = new_menu(ms->items);
	ms->sub = derwin(stdscr, ms->menu_rows, COLS - 2 * LEFT_MARGIN, ms->menu_top, LEFT_MARGIN);
	if (ms->menu == NULL || ms->sub == NULL)
		return false;
	set_menu_win(ms->menu, stdscr);
	set_menu_sub(ms->menu, ms->sub);
	set_menu_mark(ms->menu, MENU_MARK);
	set_menu_format(ms->menu, ms->menu_rows, 1);
	menu_opts_off(ms->menu, O_SHOWDESC);
	int remembered = ms->flow->item[ms->flow->screen->id];
	if (remembered > 0 && remembered < ms->n_items)
		set_current_item(ms->menu, ms->items[remembered]);
	return true;
}

static void show_focus(struct menu_screen *ms, const char *hint)
{
	frame_draw_actions(ms->flow, &ms->frame, ms->focus - 1);
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

static const struct action_spec *chosen_action(struct menu_screen *ms, bool list)
{
	if (ms->focus > 0)
		return &ms->flow->screen->actions[ms->frame.actions[ms->focus - 1].index];
	if (ms->menu == NULL)
		return NULL;
	int item = item_index(current_item(ms->menu));
	if (list)
		return default_action(ms->flow);
	return &ms->flow->screen->actions[ms->action_of_item[item]];
}

static const struct action_spec *action_for_key(struct menu_screen *ms, int code)
{
	int position = code - '1';
	if (ms->action_of_item == NULL || position < 0 || position >= ms->n_items || position > 8)
		return NULL;
	return &ms->flow->screen->actions[ms->action_of_item[position]];
}

/* Keys that move inside the menu rather than between focus targets. */
static bool menu_key(struct menu_screen *ms, int code, bool fkey, bool list)
{
	if (ms->focus != 0 || ms->menu == NULL)
		return false;
	int request = 0;
	if (fkey) {
		switch (code) {
		case KEY_UP: request = REQ_UP_ITEM; break;
		case KEY_DOWN: request = REQ_DOWN_ITEM; break;
		case KEY_HOME: request = REQ_FIRST_ITEM; break;
		case KEY_END: request = REQ_LAST_ITEM; break;
		case KEY_NPAGE: request = REQ_SCR_DPAGE; break;
		case KEY_PPAGE: request = REQ_SCR_UPAGE; break;
		default: return false;
		}
	} else if (list && code >= ' ' && code < 127 && code != '?') {
		/* Typing the first letters of a court jumps to it. */
		if (menu_driver(ms->menu, code) != E_OK)
			menu_driver(ms->menu, REQ_CLEAR_PATTERN);
		return true;
	} else {
		return false;
	}
	if (menu_driver(ms->menu, request) == E_REQUEST_DENIED && !list)
		/* Menus wrap around, as Tab does. */
		menu_driver(ms->menu, code == KEY_UP ? REQ_LAST_ITEM : REQ_FIRST_ITEM);
	return true;
}

static enum run_result interact(struct menu_screen *ms, bool list, const struct action_spec **action)
{
	const char *hint = list ? _("Up/Down: move  Enter: show  Tab: buttons  Esc: back  F1: help")
				: _("Up/Down: move  Enter: choose  1-9: choose by number  F1: help");
	int targets = 1 + ms->frame.n_actions;
	for (;;) {
		if (ms->menu != NULL)
			ms->flow->item[ms->flow->screen->id] = item_index(current_item(ms->menu));
		ms->flow->focus[ms->flow->screen->id] = ms->focus;
		show_focus(ms, hint);
		int code;
		bool fkey;
		enum run_result r = read_key(&code, &fkey);
		if (r != RUN_ACTION)
			return r;
		if (menu_key(ms, code, fkey, list))
			continue;
		if (!fkey && (*action = action_for_key(ms, code)) != NULL) {
			if ((*action)->flags & ACTION_HELP)
				return show_help(ms->flow);
			return RUN_ACTION;
		}
		switch (key_command_for(code, fkey, false)) {
		case CMD_NEXT:
			ms->focus = focus_step(ms->focus, targets, 1);
			break;
		case CMD_PREV:
			ms->focus = focus_step(ms->focus, targets, -1);
			break;
		case CMD_ACTIVATE:
			*action = chosen_action(ms, list);
			if (*action != NULL && ((*action)->flags & ACTION_HELP))
				return show_help(ms->flow);
			if (*action != NULL)
				return RUN_ACTION;
			break;
		case CMD_BACK:
			*action = back_action(ms->flow);
			if (*action != NULL)
				return RUN_ACTION;
			break;
		case CMD_HELP:
			return show_help(ms->flow);
		case CMD_REDRAW:
			clearok(curscr, TRUE);
			break;
		default:
			break;
		}
	}
}

static enum run_result run_menu_kind(struct flow *flow, bool list, const struct action_spec **action)
{
	struct menu_screen ms = { .flow = flow };
	int need_cols, need_rows;
	enum run_result result;
	*action = NULL;
	if (!layout(&ms, list, &need_cols, &need_rows)) {
		free_menu_screen(&ms);
		return wait_for_larger_window(flow, need_cols, need_rows, action);
	}
	frame_draw(flow, &ms.frame);
	body_draw(&ms.text, 0, ms.frame.body_top, ms.frame.body_bottom);
	if (ms.menu != NULL)
		post_menu(ms.menu);
	ms.focus = ms.menu == NULL ? 1 : flow->focus[flow->screen->id];
	if (ms.focus < 0 || ms.focus > ms.frame.n_actions)
		ms.focus = 0;
	result = interact(&ms, list, action);
	free_menu_screen(&ms);
	return result;
}

enum run_result run_menu(struct flow *flow, const struct action_spec **action)
{
	return run_menu_kind(flow, false, action);
}

enum run_result run_list(struct flow *flow, const struct action_spec **action)
{
	return run_menu_kind(flow, true, action);
}
