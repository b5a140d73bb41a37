/* What the nextgen-admin commands share: the program's name in
 * messages, opening the database, asking before a change. */
#ifndef NGW_ADMIN_COMMON_H
#define NGW_ADMIN_COMMON_H

#include <stdbool.h>

#include "store.h"

extern const char admin_program[];

/* The database, made with the courts and the demo when new; NULL with
 * the reason on stderr. */
struct store *admin_open_store(const char *path);
/* Asks on the terminal; with no terminal the answer is no. */
bool admin_confirm(const char *question);
/* "Try 'nextgen-admin --help'", and the usage exit status. */
int admin_fail_usage(void);

#endif
