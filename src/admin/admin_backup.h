/* SPDX-License-Identifier: MIT */
/* nextgen-admin backup FILE | restore FILE. */
#ifndef NGW_ADMIN_BACKUP_H
#define NGW_ADMIN_BACKUP_H

#include "admin/admin_common.h"

/* call's one word is the file; returns the exit status. */
int admin_backup_command(const struct admin_call *call);
int admin_restore_command(const struct admin_call *call);

#endif
