/* SPDX-License-Identifier: MIT */
/* nextgen-admin audit ...: the audit log, read and pruned. */
#ifndef NGW_ADMIN_AUDIT_H
#define NGW_ADMIN_AUDIT_H

#include "admin/admin_common.h"

/* audit's commands (show, prune). */
extern const struct admin_group admin_audit_group;
/* call's words are those after "audit"; returns the exit status. */
int admin_audit_command(const struct admin_call *call);

#endif
