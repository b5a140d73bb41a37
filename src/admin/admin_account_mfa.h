/* SPDX-License-Identifier: MIT */
/* nextgen-admin account mfa show | add | reset USERNAME. */
#ifndef NGW_ADMIN_ACCOUNT_MFA_H
#define NGW_ADMIN_ACCOUNT_MFA_H

#include <stdbool.h>

#include "core/staff.h"

/* verb: show, add or reset; the exit status after its messages. */
int admin_account_mfa(struct store *store, const struct staff *staff, const char *verb, const char *username,
		      bool yes);

#endif
