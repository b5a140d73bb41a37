#!/bin/sh
# SPDX-License-Identifier: MIT
# A public terminal in the clerk's office: --kiosk. No Quit, and Ctrl-C,
# Ctrl-Z and Ctrl-\ do nothing; after the idle time a warning in words
# (any key gives the full time back), then the patron's session is wiped,
# in memory and in the database, and the start screen returns; the next
# patron, on the same practice account, is offered nothing of it. Staff
# leave with Ctrl-X and the passphrase set by nextgen-admin (only its hash
# is kept), each wrong one making the next try wait longer. The wizard's
# clock is moved on by the test (advance_clock): nothing waits for real.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"

# in_database TEXT: TEXT is somewhere in the database's files (the write-
# ahead log included), as a deleted row could still be.
in_database() { cat "$database" "$database-wal" 2>/dev/null | grep -aqF -- "$1"; }

plan 40

# With no staff passphrase nobody could leave a kiosk: it does not start,
# in any frontend, and says how to set one (the terminal never changes).
"$ADMIN" --db "$work_dir/bare.db" init > /dev/null
sentence="Kiosk mode needs a staff passphrase, or nobody could leave it: set one with nextgen-admin set kiosk-passphrase."
for frontend in full-screen --plain --answers=/dev/null; do
	option=$frontend
	[ "$option" = full-screen ] && option=""
	# shellcheck disable=SC2086
	TERM=xterm "$WIZARD" --db "$work_dir/bare.db" --kiosk $option < /dev/null > "$work_dir/bare.out" 2>&1
	status=$?
	check "with no passphrase a kiosk does not start (${frontend#--}), saying how to set one" \
		sh -c "[ $status -ne 0 ] && grep -qF '$sentence' '$work_dir/bare.out'"
done
"$ADMIN" --db "$work_dir/bare.db" set kiosk on > /dev/null
TERM=xterm "$WIZARD" --db "$work_dir/bare.db" --plain < /dev/null > "$work_dir/bare.out" 2>&1
status=$?
check "nor when the database says kiosk on" sh -c "[ $status -ne 0 ] && grep -qF '$sentence' '$work_dir/bare.out'"

"$ADMIN" --db "$database" init > /dev/null
printf 'Staff!Pass1\n' | "$ADMIN" --db "$database" set kiosk-passphrase > "$work_dir/set.out" 2>&1
check "nextgen-admin sets the staff passphrase" grep -qF "staff passphrase: set" "$work_dir/set.out"
if in_database 'Staff!Pass1'; then fail "only its hash is kept"; else ok "only its hash is kept"; fi

start_wizard --kiosk --idle 60
expect "the start menu is there" "6  Help"
if screen | grep -qF "Quit"; then fail "a kiosk has no Quit" "$(screen)"; else ok "a kiosk has no Quit"; fi
keys C-c C-z 'C-\'
sleep 0.5
check "Ctrl-C, Ctrl-Z and Ctrl-\\ leave the wizard running" [ ! -s "$work_dir/status" ]
expect_line "and change nothing on screen" '> 1  Upgrade my PACER account'

# Patron 1 types a middle name and a date of birth, and walks away.
to_person_tab ja1234 'Legacy!2013'
fill "Middle Name" "Quentinus"
fill "Date of Birth" "03/14/1970"
keys Tab
wait_for "User Type"
sleep 0.3	# the field left is drafted
check "while the patron is there, the typing is drafted" in_database "Quentinus"
advance_clock 61
expect_joined "after the idle time a warning says so in words" "No key was pressed for 60 seconds."
expect "and how long is left, once (no ticking countdown)" "Otherwise, in 20 seconds,"
keys Space
wait_gone "No key was pressed"
expect_line "a key gives the time back, and the typing is kept" 'Date of Birth \*: \[03/14/1970'
advance_clock 61
expect_joined "the warning comes again after another idle time" "No key was pressed for 60 seconds."
advance_clock 21
expect_joined "with no key, the session is wiped" "The screen was cleared for the next person"
if screen | grep -qE "03/14/1970|Quentinus|John|ja1234"; then fail "nothing of the patron is on screen" "$(screen)"; else ok "nothing of the patron is on screen"; fi
if in_database "Quentinus" || in_database "03/14/1970"; then
	fail "nothing the patron typed is left in the database's files" \
		"$(sqlite3 "$database" 'SELECT * FROM drafts')"
else
	ok "nothing the patron typed is left in the database's files"
fi

# Patron 2, on the same printed demo account.
keys 1
expect_line "the next patron finds an empty login" 'Username \*: \[ *\]$'
keys Escape
wait_for "6  Help"
pacer_login ja1234 'Legacy!2013'
expect "the next patron on the same account goes to the account" "Account Type: Legacy PACER Account"
if screen | grep -qF "Unfinished"; then fail "and is offered nothing of patron 1" "$(screen)"; else ok "and is offered nothing of patron 1"; fi
keys Enter
wait_for "Step 1 of 3"
if screen | grep -qE "Quentinus|03/14/1970"; then fail "the Person tab holds nothing of patron 1" "$(screen)"; else ok "the Person tab holds nothing of patron 1"; fi

# Log Out at a kiosk takes the patron's draft away as well.
fill "Middle Name" "Bartholomew"
keys Tab
sleep 0.3
check "patron 2's typing is drafted while there" in_database "Bartholomew"
keys Escape
wait_for "Account Type"
keys Escape
expect "Log Out" "You have logged out"
if in_database "Bartholomew"; then fail "Log Out deletes the patron's draft" "$(sqlite3 "$database" 'SELECT * FROM drafts')"; else ok "Log Out deletes the patron's draft"; fi

# A patron who reads Spanish switches; the next patron gets the default.
keys 7
expect "a patron switches to Spanish" "1  Actualizar mi cuenta de PACER"
advance_clock 61
expect "the idle warning speaks Spanish too" "No se presionó ninguna tecla durante 60 segundos."
advance_clock 21
expect "and the reset brings the default language back" "1  Upgrade my PACER account"

# Staff: a wrong passphrase waits longer each time.
keys C-x
expect "Ctrl-X asks staff for the passphrase" "Staff passphrase (Esc cancels):"
type_text "guess"
keys Enter
expect_joined "a wrong passphrase does not leave, and the next try waits" "That is not the staff passphrase. The next try is possible in 1 second."
keys C-x
expect_joined "a try at once is not even asked" "Wait 1 second before the next try."
advance_clock 2
keys C-x
wait_for "Staff passphrase"
type_text "guess again"
keys Enter
expect_joined "the second wrong one waits twice as long" "The next try is possible in 2 seconds."
advance_clock 3
keys C-x
wait_for "Staff passphrase"
type_text 'Staff!Pass1'
keys Enter
if wait_exit && [ "$(pane_status)" = 0 ]; then ok "the right passphrase leaves, status 0"; else fail "the right passphrase leaves" "$(screen)"; fi
"$ADMIN" --db "$database" audit --event "idle reset" > "$work_dir/audit"
check "the audit log has the idle reset, with the patron's username" grep -qE 'ja1234 .*idle reset' "$work_dir/audit"
"$ADMIN" --db "$database" audit --event "kiosk exit" > "$work_dir/exits"
check "and each wrong passphrase" [ "$(grep -c 'wrong passphrase' "$work_dir/exits")" = 2 ]
check "and the session's mark is gone with it" [ "$(sqlite3 "$database" 'SELECT count(*) FROM sessions')" = 0 ]

# The plain frontend at a kiosk, on a terminal: Ctrl-D (the end of input)
# is no way out either; staff leave with a line that is Ctrl-X.
start_wizard --plain --kiosk
wait_for "press Enter for Upgrade my PACER account"
keys C-d Enter
sleep 0.5
check "Ctrl-D does not end a plain kiosk session" [ ! -s "$work_dir/status" ]
expect "the conversation goes on: Ctrl-D is no word, Enter takes the default" "== Manage My Account Login =="
keys C-x Enter
expect "a line of Ctrl-X asks staff for the passphrase" "Staff passphrase (an empty line cancels):"
type_text 'Staff!Pass1'
keys Enter
if wait_exit && [ "$(pane_status)" = 0 ]; then ok "the passphrase leaves, status 0"; else fail "the passphrase leaves" "$(screen)"; fi
tap_finish
