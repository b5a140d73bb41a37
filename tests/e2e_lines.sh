#!/bin/sh
# SPDX-License-Identifier: MIT
# Section 508's alternate version is one key away: the full screen's start
# screen offers "Screen reader mode (line by line)", which goes on in the
# plain lines on the same terminal, with the same session; "Full screen
# mode" comes back. At a kiosk the idle reset brings the next person the
# full screen again. A wizard started in lines (--plain) offers neither.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 12
"$ADMIN" --db "$database" init > /dev/null

start_wizard
expect "the start screen offers the lines, after Quit" "9  Screen reader mode (line by line)"
keys 9
expect "9 goes on in lines" "9. Full screen mode"
expect "with the plain prompt" "Choose a number, or press Enter for Upgrade my PACER account"
check "on the same terminal: the wizard is still running" [ ! -s "$work_dir/status" ]
# Ctrl-S and Ctrl-O would freeze or throw away the output of a terminal
# in its usual mode: here they are keys like any other.
keys C-s C-o
type_text 1
keys Enter
expect "a number there opens the screen in lines, even after Ctrl-S and Ctrl-O" "== Manage My Account Login =="
type_text ja1234
keys Enter
expect "the password's prompt says that typing is hidden" "Password (required; typing is hidden):"
type_text 'Legacy!2013'
keys Enter
wait_for "1. Login"
type_text 1
keys Enter
expect "the login works in lines" "Account Type: Legacy"
type_text back
keys Enter
type_text back
keys Enter
wait_for "9. Full screen mode"
type_text 7
keys Enter
wait_for "9. Modo de pantalla completa"
type_text 9
keys Enter
expect "\"Full screen mode\" brings the full screen back" "8  Salir"
expect "and the session went on: Spanish, chosen in lines, stays" "9  Modo para lector de pantalla (línea por línea)"

# A kiosk: no Quit, so the lines are item 8; the next person after an
# idle reset finds the full screen, as the terminal was set up.
with_passphrase
start_wizard --kiosk --idle 60
expect "a kiosk offers the lines too" "8  Screen reader mode (line by line)"
keys 8
wait_for "Choose a number"
advance_clock 61
wait_for "No key was pressed for 60 seconds."
advance_clock 21
expect "after an idle reset the full screen is back for the next person" "> 1  Upgrade my PACER account"

# Started in lines: nothing to switch to.
printf 'quit\n' | "$WIZARD" --plain --db "$database" > "$work_dir/plain.out" 2>&1
if grep -qE "Screen reader mode|Full screen mode" "$work_dir/plain.out"; then
	fail "--plain offers neither mode" "$(grep -E 'Screen reader|Full screen' "$work_dir/plain.out")"
else
	ok "--plain offers neither mode"
fi
tap_finish
