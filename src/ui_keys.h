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

/* Writes the table as Markdown rows: | keys | what it does |. */
void keys_print_table(FILE *out);
/* The table as lines for the help screen, translated. */
char *keys_help_text(void);

#endif
