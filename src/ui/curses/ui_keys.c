/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "ui/curses/ui_keys.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"

#define CTRL(c) ((c)&0x1f)

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
	CMD_NEXT,   CMD_PREV,    CMD_ACTIVATE,  CMD_BACK,       CMD_HELP,
	CMD_REDRAW, CMD_PAGE_UP, CMD_PAGE_DOWN, CMD_STAFF_EXIT,
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

/* ---- what real terminals send ------------------------------------------------ */

/* Sequences terminals send for keys, beyond what the terminal's terminfo
 * entry tells ncurses (which decodes those itself): PuTTY calls itself
 * "xterm" but sends ESC [ 1 ~ for Home; a vt100 entry has no Home, End or
 * Shift-Tab at all. Each row: the bytes after ESC, the key, who sends it.
 * Checked against the terminfo entries of ncurses 6.4 and ncurses-term
 * (infocmp xterm, xterm-vt220, vt220, linux, putty, rxvt, screen, tmux)
 * and PuTTY's manual, 4.4 "The Keyboard panel" (Home and End keys,
 * Function keys and keypad, Shift-Tab). */
struct key_sequence {
	const char *bytes;
	int key;
	const char *sent_by;
};

static const struct key_sequence sequences[] = {
	/* Arrows: normal mode (CSI) and application mode (SS3). */
	{ "[A", KEY_UP, "xterm, VTE, PuTTY, linux, rxvt, screen, tmux, Windows Terminal (normal mode)" },
	{ "[B", KEY_DOWN, "the same" },
	{ "[C", KEY_RIGHT, "the same" },
	{ "[D", KEY_LEFT, "the same" },
	{ "OA", KEY_UP, "xterm, VTE, PuTTY, vt100, screen, tmux, iTerm2 (application mode)" },
	{ "OB", KEY_DOWN, "the same" },
	{ "OC", KEY_RIGHT, "the same" },
	{ "OD", KEY_LEFT, "the same" },
	/* Home and End. */
	{ "[H", KEY_HOME, "xterm, VTE, Windows Terminal, iTerm2, Terminal.app fn-Left (normal mode)" },
	{ "OH", KEY_HOME, "xterm, VTE, iTerm2 (application mode)" },
	{ "[1~", KEY_HOME, "PuTTY (default), linux console, screen, tmux, vt220 (Find)" },
	{ "[7~", KEY_HOME, "rxvt, urxvt" },
	{ "[F", KEY_END, "xterm, VTE, Windows Terminal, iTerm2, Terminal.app fn-Right (normal mode)" },
	{ "OF", KEY_END, "xterm, VTE, iTerm2 (application mode)" },
	{ "[4~", KEY_END, "PuTTY (default), linux console, screen, tmux, vt220 (Select)" },
	{ "[8~", KEY_END, "rxvt, urxvt" },
	/* The editing keypad. */
	{ "[2~", KEY_IC, "xterm, VTE, PuTTY, linux, rxvt, screen, tmux, vt220, Windows Terminal" },
	{ "[3~", KEY_DC, "the same" },
	{ "[5~", KEY_PPAGE, "the same" },
	{ "[6~", KEY_NPAGE, "the same" },
	/* F1 to F5. */
	{ "OP", KEY_F(1), "xterm, VTE, vt100 PF1, PuTTY (Xterm R6), Windows Terminal, iTerm2, Terminal.app" },
	{ "OQ", KEY_F(2), "the same" },
	{ "OR", KEY_F(3), "the same" },
	{ "OS", KEY_F(4), "the same" },
	{ "[11~", KEY_F(1), "PuTTY (default, ESC [ n ~), rxvt, xterm-vt220" },
	{ "[12~", KEY_F(2), "the same" },
	{ "[13~", KEY_F(3), "the same" },
	{ "[14~", KEY_F(4), "the same" },
	{ "[15~", KEY_F(5), "xterm, VTE, PuTTY, rxvt, screen, tmux" },
	{ "[[A", KEY_F(1), "linux console, PuTTY (Linux mode)" },
	{ "[[B", KEY_F(2), "the same" },
	{ "[[C", KEY_F(3), "the same" },
	{ "[[D", KEY_F(4), "the same" },
	{ "[[E", KEY_F(5), "the same" },
	/* Shift-Tab. */
	{ "[Z", KEY_BTAB,
	  "xterm, VTE, PuTTY, rxvt, screen, tmux, Windows Terminal, iTerm2 (vt100 entries lack it)" },
	{ "\t", KEY_BTAB, "linux console (its terminfo kcbt)" },
	/* F1 to F4 with a modifier ("[1;2P", Shift-F1) lose it: xterm, VTE. */
	{ "[P", KEY_F(1), "xterm, VTE (with Shift, Ctrl or Alt)" },
	{ "[Q", KEY_F(2), "the same" },
	{ "[R", KEY_F(3), "the same" },
	{ "[S", KEY_F(4), "the same" },
	/* The keypad in application mode, which ncurses asks of xterm, vt100,
	 * PuTTY, screen and tmux: its keys are still what they print. */
	{ "OM", KEY_ENTER, "xterm, vt100, PuTTY, screen, tmux (application keypad)" },
	{ "Op", '0', "the same" },
	{ "Oq", '1', "the same" },
	{ "Or", '2', "the same" },
	{ "Os", '3', "the same" },
	{ "Ot", '4', "the same" },
	{ "Ou", '5', "the same" },
	{ "Ov", '6', "the same" },
	{ "Ow", '7', "the same" },
	{ "Ox", '8', "the same" },
	{ "Oy", '9', "the same" },
	{ "Ol", ',', "the same" },
	{ "Om", '-', "the same" },
	{ "On", '.', "the same" },
	{ "Oj", '*', "the same" },
	{ "Ok", '+', "the same" },
	{ "Oo", '/', "the same" },
	{ "OX", '=', "the same" },
};

/* A CSI sequence with modifiers or a default parameter, as the one
 * without: "[1;5A" is "[A", "[3;2~" is "[3~". */
static void without_modifiers(const char *in, char *out, size_t size)
{
	copy_text(out, size, in);
	char *semicolon = strchr(out, ';');
	if (in[0] != '[' || semicolon == NULL)
		return;
	size_t len = strlen(out);
	char final = out[len - 1];
	semicolon[0] = final;
	semicolon[1] = '\0';
	/* "[1A": a letter key with the default parameter. */
	if (out[1] == '1' && out[2] >= 'A' && out[2] <= 'Z' && out[3] == '\0')
		memmove(out + 1, out + 2, 2);
}

int keys_decode_sequence(const char *after_esc)
{
	char plain[KEY_SEQUENCE_MAX + 1];
	without_modifiers(after_esc, plain, sizeof plain);
	for (size_t i = 0; i < sizeof sequences / sizeof sequences[0]; i++)
		if (strcmp(sequences[i].bytes, plain) == 0)
			return sequences[i].key;
	return KEY_IGNORED;
}

static const char *key_label(int key)
{
	if (key < KEY_MIN) {
		static char character[2];
		character[0] = (char)key;
		return character;
	}
	switch (key) {
	case KEY_UP:
		return "Up";
	case KEY_DOWN:
		return "Down";
	case KEY_LEFT:
		return "Left";
	case KEY_RIGHT:
		return "Right";
	case KEY_HOME:
		return "Home";
	case KEY_END:
		return "End";
	case KEY_IC:
		return "Insert";
	case KEY_DC:
		return "Delete";
	case KEY_PPAGE:
		return "PgUp";
	case KEY_NPAGE:
		return "PgDn";
	case KEY_BTAB:
		return "Shift-Tab";
	case KEY_ENTER:
		return "Enter";
	default:
		break;
	}
	if (key >= KEY_F(1) && key <= KEY_F(12)) {
		static char name[16];
		snprintf(name, sizeof name, "F%d", key - KEY_F(0));
		return name;
	}
	return "?";
}

void keys_print_sequences(FILE *out)
{
	const char *sent_by = "";
	for (size_t i = 0; i < sizeof sequences / sizeof sequences[0]; i++) {
		/* "the same": the terminals of the row before. */
		if (strcmp(sequences[i].sent_by, "the same") != 0)
			sent_by = sequences[i].sent_by;
		fputs("1b", out);
		for (const char *p = sequences[i].bytes; *p != '\0'; p++)
			fprintf(out, " %02x", (unsigned char)*p);
		fprintf(out, "\t%s\t%s\n", key_label(sequences[i].key), sent_by);
	}
}
