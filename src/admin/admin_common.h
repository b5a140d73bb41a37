/* What the nextgen-admin commands share: the program's name in
 * messages, opening the database, asking before a change. */
#ifndef NGW_ADMIN_COMMON_H
#define NGW_ADMIN_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "store/store.h"

extern const char admin_program[];

/* The database, made with the courts and the demo when new; NULL with
 * the reason on stderr. */
struct store *admin_open_store(const char *path);
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

#endif
