#!/bin/sh
# SPDX-License-Identifier: MIT
# Help on every kind of screen, by each of its keys: F1 anywhere, Ctrl-G
# anywhere (for terminals whose F-keys do not arrive), ? outside a text
# field. Esc closes it and the screen is as it was, typing included.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

# help_opens DESCRIPTION KEY TITLE: KEY shows "Help: TITLE"; Esc returns.
help_opens() {
	keys "$2"
	if wait_for "Help: $3"; then
		keys Escape
		if wait_gone "Help: $3"; then ok "$1"; return; fi
	fi
	fail "$1" "$(screen)"
}

plan 13
start_wizard
help_opens "? on the start menu" '?' "NextGen CM/ECF practice wizard"
help_opens "F1 on the start menu" F1 "NextGen CM/ECF practice wizard"
keys 1
wait_for "Username *:"
help_opens "F1 in the login form" F1 "Manage My Account Login"
help_opens "Ctrl-G in the login form" C-g "Manage My Account Login"
type_text "?"
expect_line "? in a text field is a character to type" 'Username \*: \[\?'
keys C-u
type_text "ja1234"
help_opens "F1 while typing in a field" F1 "Manage My Account Login"
expect_line "and what was typed in it is still there" 'Username \*: \[ja1234 '
keys C-u Escape
wait_for "1  Upgrade my PACER account"
pacer_login ja1234 'Legacy!2013'
wait_for "Account Type: Legacy PACER Account"
help_opens "Ctrl-G on an information screen" C-g "Manage My Account"
keys Enter
wait_for "Step 1 of 3"
help_opens "F1 on the Person tab" F1 "Upgrade PACER Account"
keys Escape
wait_for "Account Type"
keys Escape
wait_for "1  Upgrade my PACER account"
keys 3
wait_for "Type to narrow the list"
help_opens "Ctrl-G in a list" C-g "Court CM/ECF Lookup"
keys Enter
wait_for "Court id:"
help_opens "F1 on a court's page" F1 ""
keys Escape
wait_for "Type to narrow the list"
keys Escape
wait_for "1  Upgrade my PACER account"
keys 4
wait_for "Four questions"
help_opens "F1 on the checklist's questions" F1 ""
keys Escape
wait_for "1  Upgrade my PACER account"
keys F1
wait_for "Help: NextGen CM/ECF practice wizard"
keys NPage NPage NPage NPage NPage NPage
expect "the help ends with the keys, F-keys and their plain twins" "F1, Ctrl-G, ?: help for this screen"
keys Escape
tap_finish
