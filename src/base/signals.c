/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/signals.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop_signal;
static volatile sig_atomic_t interrupt_signal;

static void on_stop(int signal_number)
{
	stop_signal = signal_number;
}

static void on_interrupt(int signal_number)
{
	(void)signal_number;
	interrupt_signal = 1;
}

static void catch_signal(int signal_number, void (*handler)(int))
{
	struct sigaction action;
	memset(&action, 0, sizeof action);
	action.sa_handler = handler;
	sigemptyset(&action.sa_mask);
	/* No SA_RESTART: a blocked read returns, so the loop sees the flag. */
	action.sa_flags = 0;
	sigaction(signal_number, &action, NULL);
}

void signals_install(void)
{
	/* Run as a login's only program (sshd's ForceCommand, a getty), the
	 * wizard leads its process group's session: nothing could bring it
	 * back after Ctrl-Z. */
	if (getpgrp() == getsid(0))
		catch_signal(SIGTSTP, SIG_IGN);
	catch_signal(SIGHUP, on_stop);
	catch_signal(SIGTERM, on_stop);
	/* Ctrl-\ quits as the person expects, but cleanly: no core, the draft kept. */
	catch_signal(SIGQUIT, on_stop);
	catch_signal(SIGINT, on_interrupt);
}

void signals_lock_down(void)
{
	catch_signal(SIGINT, SIG_IGN);
	catch_signal(SIGQUIT, SIG_IGN);
	catch_signal(SIGTSTP, SIG_IGN);
}

bool signals_stop_requested(void)
{
	return stop_signal != 0;
}

bool signals_take_interrupt(void)
{
	bool taken = interrupt_signal != 0;
	interrupt_signal = 0;
	return taken;
}
