#include <config.h>

#include "ui_keys.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

#define CTRL(c) ((c) & 0x1f)

struct key_binding {
	int code;
	bool function_key;
	enum key_command command;
	const char *name;
	bool outside_text_only;
};

static const struct key_binding bindings[] = {
	{ '\t', false, CMD_NEXT, "Tab", false },
	{ KEY_DOWN, true, CMD_NEXT, "Down", false },
	{ CTRL('n'), false, CMD_NEXT, "Ctrl-N", false },
	{ KEY_BTAB, true, CMD_PREV, "Shift-Tab", false },
	{ KEY_UP, true, CMD_PREV, "Up", false },
	{ CTRL('p'), false, CMD_PREV, "Ctrl-P", false },
	{ '\n', false, CMD_ACTIVATE, "Enter", false },
	{ '\r', false, CMD_ACTIVATE, NULL, false },
	{ KEY_ENTER, true, CMD_ACTIVATE, NULL, false },
	{ 27, false, CMD_BACK, "Esc", false },
	{ CTRL('b'), false, CMD_BACK, "Ctrl-B", false },
	{ KEY_F(1), true, CMD_HELP, "F1", false },
	{ CTRL('g'), false, CMD_HELP, "Ctrl-G", false },
	{ '?', false, CMD_HELP, "?", true },
	{ CTRL('l'), false, CMD_REDRAW, "Ctrl-L", false },
	{ KEY_PPAGE, true, CMD_PAGE_UP, "PgUp", false },
	{ KEY_NPAGE, true, CMD_PAGE_DOWN, "PgDn", false },
	{ CTRL('x'), false, CMD_STAFF_EXIT, "Ctrl-X", false },
};

static const char *command_description(enum key_command command)
{
	switch (command) {
	case CMD_NEXT:
		return _("next field, button or item");
	case CMD_PREV:
		return _("previous field, button or item");
	case CMD_ACTIVATE:
		return _("in a field: next field, or the screen's main button after the last field "
			 "(never a permanent one); on a button or item: choose it");
	case CMD_BACK:
		return _("back, or cancel");
	case CMD_HELP:
		return _("help for this screen (? only outside a text field)");
	case CMD_REDRAW:
		return _("redraw the screen");
	case CMD_PAGE_UP:
		return _("scroll up a page");
	case CMD_PAGE_DOWN:
		return _("scroll down a page");
	case CMD_STAFF_EXIT:
		return _("in kiosk mode: staff leave the wizard, with the staff passphrase");
	case CMD_NONE:
		break;
	}
	return "";
}

enum key_command key_command_for(int code, bool function_key, bool in_text_field)
{
	for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++) {
		const struct key_binding *b = &bindings[i];
		if (b->code == code && b->function_key == function_key &&
		    !(b->outside_text_only && in_text_field))
			return b->command;
	}
	return CMD_NONE;
}

bool key_is_arrow(int code, bool function_key)
{
	return function_key && (code == KEY_UP || code == KEY_DOWN);
}

/* "Tab, Down, Ctrl-N" for one command. */
static char *names_for(enum key_command command)
{
	char *names = xstrdup("");
	for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++) {
		if (bindings[i].command != command || bindings[i].name == NULL)
			continue;
		char *joined = xasprintf("%s%s%s", names, names[0] ? ", " : "", bindings[i].name);
		free(names);
		names = joined;
	}
	return names;
}

static const enum key_command documented[] = {
	CMD_NEXT, CMD_PREV, CMD_ACTIVATE, CMD_BACK, CMD_HELP, CMD_REDRAW, CMD_PAGE_UP, CMD_PAGE_DOWN,
	CMD_STAFF_EXIT,
};

void keys_print_table(FILE *out)
{
	fprintf(out, "| %s | %s |\n| --- | --- |\n", _("keys"), _("what they do"));
	for (size_t i = 0; i < sizeof documented / sizeof documented[0]; i++) {
		char *names = names_for(documented[i]);
		fprintf(out, "| %s | %s |\n", names, command_description(documented[i]));
		free(names);
	}
	fprintf(out, "| 1-9 | %s |\n", _("in a numbered menu: choose that item"));
	fprintf(out, "| Left, Right, Home, End, Backspace, Delete | %s |\n", _("edit the text in a field"));
	fprintf(out, "| Ctrl-U | %s |\n", _("empty the field"));
}

char *keys_help_text(void)
{
	char *text = xstrdup("");
	for (size_t i = 0; i < sizeof documented / sizeof documented[0]; i++) {
		char *names = names_for(documented[i]);
		char *grown = xasprintf("%s%s: %s\n", text, names, command_description(documented[i]));
		free(names);
		free(text);
		text = grown;
	}
	char *grown = xasprintf("%s1-9: %s\n", text, _("in a numbered menu: choose that item"));
	free(text);
	return grown;
}
