#!/bin/sh
# SPDX-License-Identifier: MIT
# The other screens and keys: the login's links, Back that keeps typing,
# the court lookup, a too-small window, resizing, and typing UTF-8.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 22
"$ADMIN" --db "$database" init >/dev/null
"$ADMIN" --db "$database" set as-of 2021-02-10 >/dev/null
start_wizard
wait_for "Upgrade my PACER account"
keys 1
wait_for "Manage My Account Login"
type_text "José Núñez"
keys Escape
expect "Esc on the login goes back to the start" "> 1  Upgrade my PACER account"
keys Enter
expect_line "coming back keeps what was typed, UTF-8 included" 'Username \*: \[José Núñez'
keys C-u
press "Need an Account?"
expect "Tab reaches the links: Need an Account?" "opens the PACER Registration"
expect "its page shows the court's notice" "Creating an individual PACER account is free."
expect "it offers registration by PACER's account types" "[ PACER - Case Search Only ]"
keys Escape
expect "Esc goes back to the login" "Manage My Account Login"
keys BTab Enter
expect "Shift-Tab reaches the last link: Forgot User Name?" "Type the e-mail address on your account"
keys Escape
wait_for "Manage My Account Login"
keys Escape
wait_for "> 1  Upgrade my PACER account"

keys 3
expect "Look up a court lists the catalogue" "Court CM/ECF Lookup"
type_text "californ"
expect "typing narrows the list to what holds the words" "Type to narrow the list: californ"
if wait_gone "ilcb "; then ok "courts elsewhere leave the list"; else fail "courts elsewhere leave the list" "$(screen)"; fi
type_text "zzz"
expect "a filter that matches nothing says so" 'Nothing matches "californzzz".'
keys C-u
type_text "canb"
keys Enter
expect "typing a court's id and Enter shows it" "Court id: canb"
expect "its NextGen date is shown" "NextGen date: February 16, 2021"
expect "the trainer's practice date is on the title line" "Practice date: February 10, 2021"
expect "before that date the court is still on CurrentGen" "CM/ECF: CurrentGen CM/ECF"
keys Escape
expect_line "Back returns to the same court in the list" '^ *> canb +Feb 16, 2021 +U.S. Bankruptcy Court, Northern District of Calif'

tmux_cmd resize-window -t wizard -x 30 -y 10
expect "a window too small says so" "Please make the window"
joined=$(screen | tr '\n' ' ' | tr -s ' ')
if printf '%s' "$joined" | grep -qE 'needs 40×[0-9]+, now 30×10'; then ok "and says how big it must be and how big it is"; else fail "and says how big it must be and how big it is" "$joined"; fi
joined_has() { screen | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$1"; }
check "the too-small message offers Esc" joined_has "Esc: back."
keys Escape
gone=no
for _ in $(seq 1 100); do joined_has "Esc: back." || { gone=yes; break; }; sleep 0.05; done
check "Esc goes back even while the window is too small" [ $gone = yes ]
tmux_cmd resize-window -t wizard -x 80 -y 24
expect "growing the window brings the screen back" "> 1  Upgrade my PACER account"
keys 2
expect "Link my CM/ECF account asks for the court" "Which court's Document"
tap_finish
