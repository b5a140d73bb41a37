/* SPDX-License-Identifier: MIT */
/* nextgen-admin scenario load|dump, and the older "load" and "demo". */
#ifndef NGW_ADMIN_SCENARIO_H
#define NGW_ADMIN_SCENARIO_H

#include <stdbool.h>

#include "admin/admin_common.h"

/* scenario's commands (dump, load). */
extern const struct admin_group admin_scenario_group;
/* call's words are those after "scenario"; returns the exit status. */
int admin_scenario_command(const struct admin_call *call);
/* Replaces every account with the scenario (the demo when NULL),
 * asking first unless yes. */
int admin_load_scenario(const char *path, const char *scenario, bool yes);

#endif
