/* SPDX-License-Identifier: MIT */
/* nextgen-admin courts [list | add | edit]: the court catalogue. */
#ifndef NGW_ADMIN_COURTS_H
#define NGW_ADMIN_COURTS_H

#include "admin/admin_common.h"

/* courts's commands (list, add, edit). */
extern const struct admin_group admin_courts_group;
/* call's first word, if any, is the courts command; returns the exit
 * status. */
int admin_courts_command(const struct admin_call *call);

#endif
