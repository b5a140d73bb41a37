/* SPDX-License-Identifier: MIT */
/* nextgen-admin class list | delete. */
#ifndef NGW_ADMIN_CLASS_MANAGE_H
#define NGW_ADMIN_CLASS_MANAGE_H

#include <stdbool.h>

struct store;

/* How many trainees of the class are connected now; -1 after a message
 * when that cannot be read. */
int admin_class_connected(struct store *store, const char *name);
/* Each returns the exit status, after its messages. */
int admin_class_list(const char *path);
/* Refused while a trainee of the class is connected; asks unless yes. */
int admin_class_delete(const char *path, const char *name, bool yes);

#endif
