#!/bin/sh
# SPDX-License-Identifier: MIT
# Fields as a web page's: a list field chooses by type-ahead and never
# holds a word that is not in the list; a password field shows one star a
# character, never the characters; the plain frontend says at a secret
# prompt that typing is hidden. A list's box is named by its field, says
# "n of m" for the entry in focus and blanks its rows across the screen
# (a line-reading screen reader hears the entry, not the form behind);
# the status area names the wrong field and how many are wrong.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 18
start_wizard
wait_for "Upgrade my PACER account"
keys 1
wait_for "Manage My Account Login"
type_text ja1234
keys Tab
type_text 'Legacy!2'
expect_line "a password shows a star for each character typed" 'Password \*: \[\*{8} +\]$'
if screen | grep -qF 'Legacy!2'; then fail "and never the characters" "$(screen)"; else ok "and never the characters"; fi
keys BSpace Left Left
type_text 'x'
expect_line "editing inside it keeps a star a character" 'Password \*: \[\*{8} +\]$'
keys C-u
# Right at the end, then Backspace and the letter again: the stars and
# what is behind them stay in step (one star a character, the password
# as typed).
type_text 'Legacy!2013'
keys Right BSpace
type_text 3
expect_line "Right at the end moves nothing: still a star a character" 'Password \*: \[\*{11} +\]$'
keys Enter
expect "what was typed behind the stars logs in" "Account Type: Legacy PACER Account"
keys Enter
wait_for "Step 1 of 3"

# User Type: the first entry that starts with what is typed.
fill "Date of Birth" 03/14/1970
fill "User Type" Att
expect_line "typing in a list field chooses the first entry it starts" 'User Type \*: \[Attorney '
type_text x
expect_joined "a letter no entry continues with is refused in words" 'No item starts with "Attx".'
expect_line "and the field keeps its entry" 'User Type \*: \[Attorney '
keys Enter
wait_for "Step 2 of 3"

# State, holding California: "Nev" chooses Nevada, never "CaliforniaNev".
focus_on State
expect_line "the Address tab's State holds California" 'State \*: \[California '
type_text Nev
expect_line "typing Nev in it chooses Nevada" 'State \*: \[Nevada '
keys BSpace BSpace BSpace
type_text NY
expect_line "a state's code chooses it too" 'State \*: \[New York '
# Leaving the field and coming back starts the typing afresh.
keys Tab BTab
type_text AR
expect_line "a code typed whole is its state (AR is Arkansas)" 'State \*: \[Arkansas '

# The plain frontend says that a secret is typed unseen.
printf '1\nja1234\n' | "$WIZARD" --plain --db "$database" > "$work_dir/plain.out" 2>&1
check "the plain frontend's password prompt says typing is hidden" \
	grep -qF "Password (required; typing is hidden):" "$work_dir/plain.out"

# The User Type list in a box, and two wrong fields on the Person tab
# (a database of its own: no draft of the walk above).
database="$work_dir/lists.db"
start_wizard
to_person
focus_on "First Name"
keys C-u
fill "Date of Birth" "03/14/2030"
focus_on "User Type"
keys C-u Space
wait_for "-- Commercial --"
expect_line "the list's box is named by its field" '─User Type─'
expect_line "and says which entry of how many has the focus" '─1 of 10─'
expect_line "its rows hold the box alone, not the form behind" '^ *│> Law Firm *│ *$'
keys Down
expect_line "n of m follows the focus" '─2 of 10─'
keys Escape
wait_gone "-- Commercial --"
type_text "Att"
keys Tab
commit Next
expect_joined "the status area names the field and the count" "Error: 2 errors. First Name: This field is required."
tap_finish
