#!/bin/sh
# SPDX-License-Identifier: MIT
# Section 508 checks that the other tests do not already make (see
# doc/section508.md): a full field never moves the focus by itself, an
# error puts the cursor on the first bad field, Esc always leads back to
# the start, and nothing blinks, flashes or speaks of colour or position.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 6
start_wizard
pacer_login ja1234 'Legacy!2013'
wait_for "Account Type: Legacy PACER Account"
keys Enter
wait_for "Step 1 of 3"
# 2.4.3 / 3.3.1: an error puts the cursor on the first bad field.
focus_on "Last Name"
keys C-u
fill "Date of Birth" "03/14/1970"
fill "User Type" "Attorney"
keys Tab Enter
expect_cursor_on "an emptied Last Name is where the cursor goes after Next" 'Last Name \*:'
type_text "Attorney"
press Next
wait_for "Step 2 of 3"
# 3.2.2: a full ZIP field keeps the focus.
while ! cursor_line | grep -q 'ZIP'; do keys Tab; sleep 0.05; done
keys C-u
type_text "941020000000000"
sleep 0.3
expect_cursor_on "a full field does not move the focus by itself" 'ZIP Code \*:'
# 2.1.2: Esc leads back to the start screen from deep inside.
for _ in 1 2 3 4 5 6; do keys Escape; sleep 0.2; done
expect "Esc, pressed again and again, reaches the start screen" "1  Upgrade my PACER account"
cd "$TOP_SRCDIR" || exit 1
check "nothing blinks or flashes (no A_BLINK, flash() or visible bell)" sh -c '! grep -rnE --include=*.c "A_BLINK|flash *\(" src'
# msggrep reads messages over several lines; its answer always holds the
# catalogue's header, so one msgid means no match.
matches=$(msggrep -K -i -E -e '\b(green|red|colou?r|highlighted|on the (left|right))\b' po/es.po | grep -c '^msgid')
check "no instruction speaks of colour or position ($((matches - 1)) found)" [ "$matches" -le 1 ]
check "the courts' warnings are marked in words, not only by bold" grep -q 'body_add_hanging(body, "! "' src/ui/curses/ui_frame.c
tap_finish
