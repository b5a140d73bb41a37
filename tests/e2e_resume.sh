#!/bin/sh
# SPDX-License-Identifier: MIT
# A dropped connection in the middle of the upgrade, and on a court's
# Link screen: the wizard gets SIGHUP, and after a new login its owner,
# and nobody else, is offered what was typed (never a password).
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 15
start_wizard
to_address_tab ja1234 'Legacy!2013'
focus_on City
keys C-u
type_text "Oakland"
keys Tab
sleep 0.3
# The SSH connection drops: the terminal hangs up.
hang_up() {
	pid=$(tmux_cmd display -p -t wizard '#{pane_pid}')
	wizard_pid=$(pgrep -P "$pid" -f nextgen-wizard | head -1)
	kill -HUP "${wizard_pid:-$pid}"
}
hang_up
if wait_exit; then ok "SIGHUP ends the wizard"; else fail "SIGHUP ends the wizard" "$(screen)"; fi
check "it ends cleanly (status $(pane_status))" [ "$(pane_status)" = 0 ]

start_wizard
pacer_login pr2010 'Inactive!2010'
expect "another person is not offered the draft" "Account Type: Legacy PACER Account"
if screen | grep -qF "unfinished upgrade"; then fail "no offer for Pat" "$(screen)"; else ok "no offer for Pat"; fi
keys Escape
wait_for "Upgrade my PACER account"
pacer_login ja1234 'Legacy!2013'
expect "its owner is offered it after logging in" "You have an unfinished upgrade from"
keys Enter
expect "Continue returns to the tab where he was" "Step 2 of 3:  Person | [Address] | Security"
expect_line "with the field typed before the drop" 'City \*: \[Oakland'
keys Escape
expect_line "and the earlier tab kept too" 'Date of Birth \*: \[03/14/1970'
expect_line "with its list choice" 'User Type \*: \[Attorney'

# Maria starts linking at cacd; the line drops with her old password typed.
start_wizard
court_login cacd mgonzalez2016 'Upgraded!2016'
wait_for "[ Utilities ]"
keys Enter
wait_for "[Your Account]"
keys 1
wait_for "CM/ECF login *:"
type_text "mgonzalez"
keys Tab
type_text "Cacd!Ecf2018"
sleep 0.3
hang_up
if wait_exit; then ok "SIGHUP on the Link screen ends the wizard"; else fail "SIGHUP on the Link screen" "$(screen)"; fi
if grep -aqF "Cacd!Ecf2018" "$database"*; then fail "the CM/ECF password is not kept"; else ok "the CM/ECF password is not kept"; fi

start_wizard
court_login casb mgonzalez2016 'Upgraded!2016'
expect "another court does not offer it" "[ Utilities ]"
keys Escape
wait_for "Upgrade my PACER account"
court_login cacd mgonzalez2016 'Upgraded!2016'
expect_joined "at cacd she is offered her link" "You have an unfinished link in this court from"
keys Enter
expect_line "Continue puts her old login back" 'CM/ECF login \*: \[mgonzalez'
expect_line "and the password is to be typed again" 'CM/ECF password \*: \[ *\]$'
tap_finish
