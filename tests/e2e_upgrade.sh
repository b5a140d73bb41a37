#!/bin/sh
# SPDX-License-Identifier: MIT
# John Attorney upgrades his legacy PACER account through the three tabs
# in a real 80x24 terminal, keyboard only; afterwards the old username and
# password are refused and the new ones show an upgraded account.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"


plan 30
start_wizard
wait_for "Upgrade my PACER account"
pacer_login ja1234 'Legacy!2013'
expect "John's account is legacy, with the (Upgrade) link beside it" "Account Type: Legacy PACER Account (Upgrade)"
expect "it offers Upgrade" "[ Upgrade ]"
press Settings
expect "Settings lists its items" "Change Password"
expect "the tab bar shows where the person is" "[Settings] | Maintenance | Payments | Usage"
keys 2
expect "a Settings item asks a legacy account to upgrade first" "You will be prompted to upgrade your account"
keys Enter
expect "Upgrade opens the Person tab" "Step 1 of 3:  [Person] | Address | Security"
expect "the court's User Type sentence is shown" "The user type information is used for"
expect_line "the name is pre-filled from the account" 'First Name \*: \[John'

fill "Date of Birth" "03/14/2030"
focus_on "User Type"
keys Space
expect "Space in the empty User Type opens the list" "-- Commercial --"
keys Down Down Down Down Down Down Down Down Down Down Enter
expect_line "Enter in the list fills the field" 'User Type \*: \[Attorney'
keys Enter
expect "a date of birth in the future is refused in words, its field named" "Error: Date of Birth: The date of birth must be in the past."
expect_line "the bad field is marked next to it, shortly" 'Date of Birth \*: \[03/14/2030 *\] +! see below$'
keys C-u
type_text "03/14/1970"
press Next
expect "Next moves to the Address tab" "Step 2 of 3:  Person | [Address] | Security"
expect_line "the address is pre-filled, state as its name" 'State \*: \[California'
press Next
expect "Next moves to the Security tab" "Step 3 of 3:  Person | Address | [Security]"

fill_security_logins jattorney2021 'Linked!2021'
expect "the live line shows the rules met" "[x] at least 8 characters"
fill_security_answers
expect_line "Enter in the last field only moves to Submit" '^ *Answer 3 \*: \[Corolla'
commit Submit
expect "Submit shows Upgrade Complete" "Your PACER account is now upgraded."
expect "with the court's note" "NOTE: You are no longer able to use your old PACER username and password."
keys Enter
expect "Close shows the upgraded account" "Account Type: Upgraded PACER Account"
if screen | grep -qF "(Upgrade)"; then
	fail "the upgraded account has no (Upgrade) link" "$(screen)"
else
	ok "the upgraded account has no (Upgrade) link"
fi
keys Escape
wait_for "You have logged out"

pacer_login ja1234 'Legacy!2013'
expect "the old username and password are refused" "Error: Invalid username or password."
keys Escape
wait_for "Upgrade my PACER account"
pacer_login jattorney2021 'Linked!2021'
expect "the new ones log in to an upgraded account" "Account Type: Upgraded PACER Account"
keys Escape
wait_for "You have logged out"

# Then, at the court: link the old CM/ECF account.
court_login canb jattorney2021 'Linked!2021'
expect "the court's main screen has no filing menus yet" "so the menu bar has no filing menus"
link_account jattorney 'Canb!Ecf2019'
expect "the confirm screen asks" "Do you want to link these accounts?"
expect_line "it shows the CM/ECF name" '^ *CM/ECF: John Attorney$'
expect_line "and the PACER name" '^ *PACER: John Attorney$'
keys BTab
commit Submit
expect_joined "Submit links, in the court's words" "You have successfully linked your account."
keys Enter
expect "the welcome screen now has Bankruptcy" "[ Bankruptcy ]"
expect "and Adversary" "[ Adversary ]"
tap_finish
