#!/bin/sh
# SPDX-License-Identifier: MIT
# The terminal window's title names the screen (Section 508, 2.4.2 "Page
# Titled"): the screen's title, the step on the upgrade's tabs; the title
# the person had comes back when the wizard ends. A terminal whose
# terminfo has a title (tsl starting an OSC: tmux, PuTTY) or the xterm
# flag XT gets it; the Linux console, which has none, is sent nothing.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

title() { tmux_cmd display -p -t wizard '#{pane_title}'; }
# expect_title DESCRIPTION TITLE: the window's title becomes TITLE.
expect_title() {
	tries=0
	while [ "$(title)" != "$2" ] && [ $tries -lt 50 ]; do
		sleep 0.1
		tries=$((tries + 1))
	done
	if [ "$(title)" = "$2" ]; then ok "$1"; else fail "$1" "expected: $2" "title: $(title)"; fi
}

plan 10
host=$(tmux -S "$work_dir/probe.sock" -f /dev/null new-session -d -s probe 'sleep 5' \
	&& tmux -S "$work_dir/probe.sock" display -p -t probe '#{pane_title}'; \
	tmux -S "$work_dir/probe.sock" kill-server 2>/dev/null)

start_wizard
expect_title "tmux-256color: the start screen's title is the window's" "NextGen CM/ECF practice wizard"
expect_line "and the same words are on the screen" "NextGen CM/ECF practice wizard"
keys 1
expect_title "the login screen's title follows" "Manage My Account Login"
keys Escape
to_address
expect_title "a step of the upgrade is named with its number" "Step 2 of 3: Address - Upgrade PACER Account"
keys F1
wait_for "Help:"
expect_title "help over a step leaves the step's title" "Step 2 of 3: Address - Upgrade PACER Account"
keys Escape
tmux_cmd kill-session -t wizard >/dev/null 2>&1

start_wizard --lang es
expect_title "Spanish: the title is in Spanish" "Asistente de práctica de NextGen CM/ECF"
keys 8
wait_exit
expect_title "at the end the window's own title is back" "$host"

WIZARD_TERM=xterm-256color start_wizard
expect_title "xterm-256color (XT): the title is set" "NextGen CM/ECF practice wizard"
keys 8
wait_exit
expect_title "and given back at the end" "$host"

WIZARD_TERM=linux start_wizard
sleep 0.5
check "the Linux console (no title) is sent none" [ "$(title)" = "$host" ]
tap_finish
