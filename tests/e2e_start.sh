#!/bin/sh
# SPDX-License-Identifier: MIT
# The start screen in a real 80x24 terminal: banner, menu in order, keys,
# help, and leaving.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 19
start_wizard
expect "the practice banner is shown" "PRACTICE SYSTEM — not the real PACER. Do not type your real PACER password."
expect "the title is shown" "NextGen CM/ECF practice wizard"
menu=$(screen | grep -E '^ *(> )? *[1-8]  ' | sed -E 's/^ *(> )? *//')
expected="1  Upgrade my PACER account
2  Link my CM/ECF account
3  Look up a court
4  Get ready: my checklist
5  What went wrong? Troubleshooting
6  Help
7  Español
8  Quit"
if [ "$menu" = "$expected" ]; then ok "the menu lists its choices in order"; else fail "the menu lists its choices in order" "$menu"; fi
expect_line "the first choice is highlighted" '^ *> 1  Upgrade my PACER account'
expect "the status line shows the keys" "Enter: choose"

keys Down
expect_line "Down moves to the next choice" '^ *> 2  Link my CM/ECF account'
keys 6
expect "6 opens the help" "Help: NextGen CM/ECF practice wizard"
expect "the banner stays on the help screen" "PRACTICE SYSTEM"
keys Escape
expect_line "Esc closes the help" '^ *> 2  Link my CM/ECF account'
keys 4
expect "4 opens the get-ready checklist" "Four questions give your own list of steps"
keys Escape
wait_for "Upgrade my PACER account"
keys C-c
expect "Ctrl-C asks before leaving" "Leave the wizard? Press y to leave, any other key to stay."
keys n
expect "any other key stays" "Up/Down: move  Enter: choose"
keys 8
if wait_exit; then ok "8 quits"; else fail "8 quits" "$(screen)"; fi
status=$(pane_status)
if [ "$status" = 0 ]; then ok "quitting exits with status 0"; else fail "quitting exits with status 0" "status $status"; fi

# Ctrl-\ (SIGQUIT) leaves at once, cleanly: status 0 and no core file.
start_wizard
keys 'C-\'
if wait_exit; then ok "Ctrl-\\ quits"; else fail "Ctrl-\\ quits" "$(screen)"; fi
check "Ctrl-\\ exits with status 0" [ "$(pane_status)" = 0 ]

# Found by tests/fuzz_keys.sh: Ctrl-S stopped the terminal's output
# (XON/XOFF), and the help and the staff prompt did not answer Ctrl-L.
start_wizard
keys C-s
keys Down
expect_line "Ctrl-S does not freeze the screen" '> 2  Link my CM/ECF account'
watch_output
keys F1
wait_for "Help:"
check "Ctrl-L repaints the help" answers_redraw
keys Escape
with_passphrase
start_wizard --kiosk
watch_output
keys C-x
wait_for "Staff passphrase"
check "Ctrl-L repaints under the staff prompt" answers_redraw
tap_finish
