#!/bin/sh
# A public terminal in the clerk's office: --kiosk. No Quit, and Ctrl-C,
# Ctrl-Z and Ctrl-\ do nothing; after the idle time a warning in words
# (any key gives the full time back), then the patron's session is wiped
# and the start screen returns; staff leave with Ctrl-X and the
# passphrase set by nextgen-admin, which keeps only its hash.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 20
"$ADMIN" --db "$database" init > /dev/null
printf 'Staff!Pass1\n' | "$ADMIN" --db "$database" set kiosk-passphrase > "$work_dir/set.out" 2>&1
check "nextgen-admin sets the staff passphrase" grep -qF "staff passphrase: set" "$work_dir/set.out"
if cat "$database"* | grep -aqF 'Staff!Pass1'; then fail "only its hash is kept"; else ok "only its hash is kept"; fi

start_wizard --kiosk --idle 6
expect "the start menu is there" "6  Help"
if screen | grep -qF "Quit"; then fail "a kiosk has no Quit" "$(screen)"; else ok "a kiosk has no Quit"; fi
keys C-c C-z 'C-\'
sleep 0.5
check "Ctrl-C, Ctrl-Z and Ctrl-\\ leave the wizard running" [ ! -s "$work_dir/status" ]
expect_line "and change nothing on screen" '> 1  Upgrade my PACER account'

pacer_login ja1234 'Legacy!2013'
wait_for "Account Type: Legacy PACER Account"
keys Enter
wait_for "Step 1 of 3"
keys Tab Tab Tab Tab Tab
type_text "03/14/1970"
wait_seconds=15
expect_joined "after the idle time a warning says so in words" "No key was pressed for 6 seconds."
expect "and how long is left, once (no ticking countdown)" "Otherwise, in 20 seconds, this screen will be"
keys Space
wait_gone "No key was pressed"
expect_line "a key gives the time back, and the typing is kept" 'Date of Birth \*: \[03/14/1970'
expect_joined "the warning comes again after another idle time" "No key was pressed for 6 seconds."
wait_seconds=30
expect_joined "with no key, the session is wiped" "The screen was cleared for the next person"
if screen | grep -qE "03/14/1970|John|ja1234"; then fail "nothing of the patron is on screen" "$(screen)"; else ok "nothing of the patron is on screen"; fi
wait_seconds=10
keys 1
expect_line "the next patron finds an empty login" 'Username \*: \[ *\]$'
keys Escape
wait_for "6  Help"
# A patron who reads Spanish switches; the next patron gets the default.
keys 7
expect "a patron switches to Spanish" "1  Actualizar mi cuenta de PACER"
wait_seconds=40
expect "the idle warning speaks Spanish too" "No se presionó ninguna tecla durante 6 segundos."
expect "and the reset brings the default language back" "1  Upgrade my PACER account"
wait_seconds=10
keys C-x
expect "Ctrl-X asks staff for the passphrase" "Staff passphrase (Esc cancels):"
type_text "guess"
keys Enter
expect_joined "a wrong passphrase does not leave" "That is not the staff passphrase."
keys C-x
wait_for "Staff passphrase"
type_text 'Staff!Pass1'
keys Enter
if wait_exit && [ "$(pane_status)" = 0 ]; then ok "the right passphrase leaves, status 0"; else fail "the right passphrase leaves" "$(screen)"; fi
"$ADMIN" --db "$database" audit --event "idle reset" > "$work_dir/audit"
check "the audit log has the idle reset, with the patron's username" grep -qE 'ja1234 .*idle reset' "$work_dir/audit"
tap_finish
