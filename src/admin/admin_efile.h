/* SPDX-License-Identifier: MIT */
/* nextgen-admin efile ...: the e-file registrations trainees send, which
 * the trainer approves as the court would. */
#ifndef NGW_ADMIN_EFILE_H
#define NGW_ADMIN_EFILE_H

#include "admin/admin_common.h"

/* efile's commands (list, approve). */
extern const struct admin_group admin_efile_group;
/* call's words are those after "efile"; returns the exit status. */
int admin_efile_command(const struct admin_call *call);

#endif
