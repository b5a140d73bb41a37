#!/bin/sh
# SPDX-License-Identifier: MIT
# A zoomed font: 200% of 80x24 leaves about 40x12. Every step still
# works there: the short banner, the menu, the forms, whose fields scroll
# to follow the focus and whose text scrolls with PgUp/PgDn; a resize in
# the middle of typing keeps every value.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 14
start_wizard 40 12
expect "the short banner fits one row" "PRACTICE — not the real PACER"
expect_cursor_on "the start menu has the cursor on its first item" '> 1  Upgrade my PACER'
keys 1
wait_for "Manage My Account Login"
expect_cursor_on "the login's username field has the cursor" 'Username \*:'
type_text "ja1234"
keys Tab
expect_cursor_on "Tab brings the password field into view" 'Password \*:'
type_text 'Legacy!2013'
keys Enter
expect "the login works at 40x12" "Manage My Account"
keys Enter
wait_for "Prefix:"
focus_on "Date of Birth"
expect_cursor_on "Tab reaches the Date of Birth, scrolled into view" 'Date of Birth \*:'
type_text "03/14/1970"
keys Tab
type_text "Attorney"
keys PageUp PageUp PageUp
expect "PgUp shows the step's first line again" "Step 1 of 3"
keys Tab
expect_cursor_on "reading did not move the focus: Tab goes on to Next" '\[ Next \]'

tmux_cmd resize-window -t wizard -x 80 -y 24
expect_line "after a resize to 80x24 the date typed is kept" 'Date of Birth \*: \[03/14/1970'
expect_line "and the user type" 'User Type \*: \[Attorney'
tmux_cmd resize-window -t wizard -x 30 -y 10
expect "below 40x12 the window is too small" "Please make the window"
tmux_cmd resize-window -t wizard -x 40 -y 12
expect_cursor_on "back at 40x12 the focus is where it was" '\[ Next \]'
keys BTab
expect_cursor_on "Shift-Tab scrolls back to the user type, still typed" 'User Type \*: \[Attorney'
keys Enter
expect "Next goes on to the Address tab" "Step 2 of 3"
tap_finish
