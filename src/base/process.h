/* SPDX-License-Identifier: MIT */
/* Who a process is, so that a mark a session left in the database can
 * be told alive or dead: its pid with the boot and the moment it started
 * (a pid alone is given again to another process). */
#ifndef NGW_PROCESS_H
#define NGW_PROCESS_H

#include <stdbool.h>
#include <stddef.h>

/* "boot-id:start-ticks" of process pid; false (out empty) when the
 * system does not say (no /proc). */
bool process_identity(long long pid, char *out, size_t size);
/* Whether the process that wrote identity as pid is still running. */
bool process_alive(long long pid, const char *identity);

#endif
