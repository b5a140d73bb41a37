/* SPDX-License-Identifier: MIT */
/* nextgen-admin report merge: several rooms' class reports as one. */
#ifndef NGW_ADMIN_REPORT_H
#define NGW_ADMIN_REPORT_H

#include "admin/admin_common.h"

extern const struct admin_group admin_report_group;
/* call's words are those after "report"; returns the exit status. */
int admin_report_command(const struct admin_call *call);

#endif
