/* nextgen-admin scenario load|dump, and the older "load" and "demo". */
#ifndef NGW_ADMIN_SCENARIO_H
#define NGW_ADMIN_SCENARIO_H

#include <stdbool.h>

int admin_scenario_command(const char *path, int argc, char **argv);
/* Replaces every account with the scenario (the demo when NULL),
 * asking first unless yes. */
int admin_load_scenario(const char *path, const char *scenario, bool yes);

#endif
