/* SPDX-License-Identifier: MIT */
/* nextgen-admin account ...: one PACER account at a time. */
#ifndef NGW_ADMIN_ACCOUNT_H
#define NGW_ADMIN_ACCOUNT_H

#include "admin/admin_common.h"

/* account's commands (add, show, lock...). */
extern const struct admin_group admin_account_group;
/* call's first word is the account command, then the username and
 * options; returns the exit status. */
int admin_account_command(const struct admin_call *call);

#endif
