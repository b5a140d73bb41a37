/* SPDX-License-Identifier: MIT */
/* What both programs share at start-up: locale, safe process limits,
 * and the database path. */
#ifndef NGW_OPTIONS_H
#define NGW_OPTIONS_H

#include <stdbool.h>

/* Exit statuses, also listed in --help. */
enum exit_status {
	EXIT_OK = 0,
	EXIT_FAILURE_RUNTIME = 1, /* database or terminal could not be used */
	EXIT_USAGE = 2, /* wrong options */
};

/* setlocale, the message catalogue, umask 077 (a shared database is
 * made 0660 past it, see store_open) and no core dumps (memory may hold
 * secrets). */
void program_start(void);
/* --db if given, else the default path, with whether audit rows go to
 * the system log (both from the system-wide settings); NULL (with a
 * message printed) when no path can be found or the settings cannot be
 * read. Caller frees. */
char *database_path(const char *program, const char *option_value, bool *system_log);
/* Where this session comes from, for the audit log: SSH client address
 * or terminal name. */
const char *session_terminal(void);

#endif
