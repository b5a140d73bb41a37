/* SPDX-License-Identifier: MIT */
/* nextgen-admin class ...: a trainer's class of practice accounts. */
#ifndef NGW_ADMIN_CLASS_H
#define NGW_ADMIN_CLASS_H

#include "admin/admin_common.h"

/* class's commands (create, report, reset, checklist). */
extern const struct admin_group admin_class_group;
/* call's first word is the class command, then its options; returns
 * the exit status. */
int admin_class_command(const struct admin_call *call);

#endif
