#!/bin/sh
# SPDX-License-Identifier: MIT
# Manage My Account login against the demo database: good logins for each
# kind of account, a bad one, empty fields and the lock-out.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

# login USERNAME PASSWORD: from the start screen to a submitted login.

plan 17
start_wizard
wait_for "Upgrade my PACER account"
pacer_login ja1234 'Legacy!2013'
expect "a right password opens Manage My Account" "Account Number: 4012345"
expect "the name is shown" "Name: John Attorney"
expect "a legacy account says so" "Account Type: Legacy PACER Account"
expect "case search is active" "Case Search Status: Active"
expect "the legacy notice is shown" 'Existing "Legacy" PACER accounts'
if screen | grep -qF 'Legacy!2013'; then fail "the password is never shown" "$(screen)"; else ok "the password is never shown"; fi
keys Escape
expect "Log Out (Esc) returns to the start screen" "You have logged out of Manage My Account."

pacer_login mgonzalez2016 'Upgraded!2016'
expect "an upgraded account says so" "Account Type: Upgraded PACER Account"
keys Escape
wait_for "Upgrade my PACER account"

pacer_login pr2010 'Inactive!2010'
expect "an inactive account says so" "Case Search Status: Inactive"
keys NPage
expect "PgDn scrolls to the inactive notice with the PACER Service Center" "(800) 676-6856"
keys Escape
wait_for "Upgrade my PACER account"

pacer_login ja1234 'legacy!2013'
expect "a wrong password says so plainly" "Error: Invalid username or password."
expect_line "the username stays typed" 'Username \*: \[ja1234'
type_text 'Legacy!2013'
keys Enter
expect "the focus is back on the password: typing it again logs in" "Account Type: Legacy PACER Account"
keys Escape
wait_for "Upgrade my PACER account"

keys 1
wait_for "Manage My Account Login"
keys Enter Enter
expect "an empty username is named" "Error: Type your PACER username."

keys C-u
type_text kimlee2020
keys Tab
# After each error the focus is back on the password field.
for attempt in 1 2 3; do
	type_text "Wrong!$attempt"
	keys Enter
done
joined_has() { screen | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$1"; }
tries_left=no
for _ in $(seq 1 100); do joined_has "2 tries are left before the account is locked." && { tries_left=yes; break; }; sleep 0.05; done
check "the third wrong password says how many tries are left" [ $tries_left = yes ]
for attempt in 4 5; do
	type_text "Wrong!$attempt"
	keys Enter
done
expect "five wrong passwords lock the account, saying for how long" "locked after too many failed logins, for 15"
type_text 'Upgraded!2020'
keys Enter
expect "a locked account stays locked even with the right password" "This account is locked"
tap_finish
