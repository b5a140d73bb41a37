/* SPDX-License-Identifier: MIT */
/* Signals, handled the safe way: the handlers only set a flag, and the
 * input loop acts on it. SIGHUP (the SSH connection dropped) and SIGTERM
 * end the wizard cleanly, keeping the draft; SIGINT asks first. */
#ifndef NGW_SIGNALS_H
#define NGW_SIGNALS_H

#include <stdbool.h>

void signals_install(void);
/* A public terminal: Ctrl-C, Ctrl-Z and Ctrl-\ do nothing; SIGHUP and
 * SIGTERM still end the wizard for the staff. */
void signals_lock_down(void);
/* A hang-up or terminate arrived: leave now. */
bool signals_stop_requested(void);
/* Ctrl-C arrived since the last call. */
bool signals_take_interrupt(void);

#endif
