/* SPDX-License-Identifier: MIT */
/* What the nextgen-admin commands share: the program's name in
 * messages, opening the database, asking before a change. */
#ifndef NGW_ADMIN_COMMON_H
#define NGW_ADMIN_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "store/store.h"

extern const char admin_program[];

/* The database, made with the courts and the demo when new; NULL with
 * the reason on stderr. */
struct store *admin_open_store(const char *path);
/* To read only: an existing database opened as it is, nothing written
 * to it (a live one, a backup, a copy one may not write); only one of an
 * earlier version that may be written is opened as admin_open_store
 * does, to bring it up to date. NULL with the reason on stderr (a
 * missing file is not made). */
struct store *admin_open_store_to_read(const char *path);
/* One cell of a table on standard output: text escaped (what a person
 * typed may hold anything), then spaces to width columns (names have
 * accents: columns, not bytes) and one more; width 0: the row's last
 * cell, then the end of the line. */
void admin_print_cell(const char *text, int width);
/* The columns the words of room_mfa_word and the heading MFA take, in
 * the language of the messages. */
int admin_mfa_width(void);
/* Asks on the terminal; with no terminal the answer is no. */
bool admin_confirm(const char *question);
/* yes, or the question answered yes; otherwise "nothing was changed"
 * on stderr. Frees question. */
bool admin_go_ahead(char *question, bool yes);
/* One line from standard input, without echo when it is a terminal
 * (then with prompt on stderr). */
bool admin_read_secret(const char *prompt, char *out, size_t size);
/* Who runs the command, for the audit log: "admin:" and the login. */
const char *admin_operator(void);
/* "Try 'nextgen-admin --help'", and the usage exit status. */
int admin_fail_usage(void);

/* Which of nextgen-admin's own options a command takes. */
enum admin_accepts {
	ADMIN_ACCEPTS_YES = 1 << 0, /* --yes */
};

struct admin_command;

/* One command as it was typed. */
struct admin_call {
	const struct admin_command *command;
	const char *path; /* the database */
	int n_words;
	char **words; /* what follows the command's name */
	bool yes;
	void *options; /* what the caller made ready for it */
};

/* Commands with commands of their own (class create, courts add...). */
struct admin_group {
	const char *description; /* N_(): its --help, before the commands */
	const char *footer; /* N_(): after them, or NULL */
	const struct admin_command *commands;
	size_t n_commands;
};

/* One line of the tables that dispatch, --help and the manual page
 * follow: nextgen-admin's commands and each group's. */
struct admin_command {
	const char *name;
	const char *synopsis; /* N_(): as typed, name first */
	const char *summary; /* N_(): one line for the list */
	const char *help; /* N_(): more for COMMAND --help, or NULL */
	void (*print_more)(FILE *out); /* after help, what no string can hold */
	unsigned accepts; /* enum admin_accepts */
	int min_words, max_words; /* after the name */
	const char *wrong_words; /* N_("%s: ...\n") for another count, or NULL */
	const struct admin_group *group; /* NULL, or it takes the rest whole */
	bool reads_only; /* works on a read-only copy too */
	int (*run)(const struct admin_call *call);
};

/* The entry named name, or NULL. */
const struct admin_command *admin_find_command(const struct admin_command *table, size_t n, const char *name);
/* "Usage:" with the command's synopsis, then its help, or its group's
 * description and commands. */
void admin_print_usage(FILE *out, const struct admin_command *command);
/* Each command's synopsis and summary, one a line. */
void admin_print_command_list(FILE *out, const struct admin_command *table, size_t n);
/* The names of the commands that take every option of accepting
 * (0: all), comma-separated. Caller frees. */
char *admin_command_names(const struct admin_command *table, size_t n, unsigned accepting);
/* A word that is none of group_command's commands: its commands on
 * stderr, and the usage exit status. */
int admin_unknown_command(const struct admin_command *group_command);
/* No words, or --help first: call's usage (on stderr when no words)
 * and true, with *status the exit status. */
bool admin_group_help(const struct admin_call *call, int *status);
/* The command of call's group named name; NULL after naming the group's
 * commands on stderr. */
const struct admin_command *admin_group_find(const struct admin_call *call, const char *name);
/* sub: the call of the group's command named by call's word first
 * (default_name when call has no words from there on), with the words
 * after it. False, after the reason on stderr, when that is none of the
 * group's commands or the count of words is not one it takes. */
bool admin_group_call(const struct admin_call *call, int first, const char *default_name,
		      struct admin_call *sub);
/* The code of --help in a group's options; the group's own codes start
 * at ADMIN_OPTION_FIRST. */
enum {
	ADMIN_OPTION_HELP = 256,
	ADMIN_OPTION_FIRST
};
/* admin_group_options' answer when the command is to go on. */
#define ADMIN_GO_ON (-1)

struct option;

/* A group's options, which may come before or after its command. */
struct admin_options {
	const char *short_options;
	const struct option *options; /* --help among them as ADMIN_OPTION_HELP */
	/* Keeps option (getopt_long's code) with its argument in into. */
	void (*take)(int option, const char *arg, void *into);
};

/* Reads spec's options among call's words into into, answering --help
 * itself. ADMIN_GO_ON with *first the index in call->words of the first
 * word that is no option (the options are moved before it), or the exit
 * status after --help or a wrong option. */
int admin_group_options(const struct admin_call *call, const struct admin_options *spec, void *into,
			int *first);
/* Opens sub's database into *store, which sub->options holds, runs sub's
 * command and closes the database again: the command's exit status. */
int admin_run_with_store(const struct admin_call *sub, struct store **store);
/* For scripts and the tests: "SYNOPSIS<tab>summary" untranslated, one a
 * line, a group's commands after it. */
void admin_list_commands(FILE *out, const struct admin_command *table, size_t n);

#endif
