/* SPDX-License-Identifier: MIT */
/* The one key table: dispatch, the help screen and the documentation
 * (nextgen-wizard --keys) all read it. */
#ifndef NGW_UI_KEYS_H
#define NGW_UI_KEYS_H

#include <stdbool.h>
#include <stdio.h>

enum key_command {
	CMD_NONE,
	CMD_NEXT,
	CMD_PREV,
	CMD_ACTIVATE,
	CMD_BACK,
	CMD_HELP,
	CMD_REDRAW,
	CMD_PAGE_UP,
	CMD_PAGE_DOWN,
	CMD_STAFF_EXIT,
};

/* What a key does. in_text_field: '?' is then a character to type. */
enum key_command key_command_for(int code, bool function_key, bool in_text_field);
/* Whether a key moves between items (Up/Down) rather than Tab. */
bool key_is_arrow(int code, bool function_key);

/* A sequence the terminal sent that stands for no key here: swallowed
 * whole, it does nothing (no key binds it), but it is a key for the idle
 * clock. */
#define KEY_IGNORED KEY_F(63)

/* The longest escape sequence read; a longer one is swallowed. */
#define KEY_SEQUENCE_MAX 16

/* The key a terminal's escape sequence stands for, given the bytes after
 * ESC (a CSI "[..." or SS3 "O." sequence, or another byte): a KEY_* code,
 * a character (the keypad's digits, below KEY_MIN), or KEY_IGNORED for a
 * sequence of no key here. Modifiers (Ctrl-Up's "[1;5A") are left out:
 * the key is the key. */
int keys_decode_sequence(const char *after_esc);
/* The table of sequences, one a line: the bytes in hex, the key, the
 * terminals that send it (nextgen-wizard --key-sequences). */
void keys_print_sequences(FILE *out);

/* Writes the table as Markdown rows: | keys | what it does |. */
void keys_print_table(FILE *out);
/* The table as lines for the help screen, translated. */
char *keys_help_text(void);

#endif
