#!/bin/sh
# SPDX-License-Identifier: MIT
# A new PACER account, keyboard only: Need an Account? and its account
# types, the three tabs, the payment step, the policies, "Your account has
# been created!", and a first login.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

field() { type_text "$1"; keys Tab; }

plan 12
start_wizard
wait_for "Upgrade my PACER account"
keys 1
wait_for "Manage My Account Login"
keys BTab BTab BTab Enter
expect "Need an Account? explains registration" "Creating an individual PACER account is free."
expect_joined "it offers PACER's account types" "[ PACER - Case Search Only ] [ Attorney Filers ] [ Non-Attorney Filers ]"
keys Enter
expect "Register starts the Person tab, empty" "Register for a PACER Account"
keys Tab
field "José"
keys Tab
field "Núñez Peña"
keys Tab
field "07/04/1988"
type_text "Attorney"
keys Enter
expect "Next moves to Address" "Step 2 of 3:  Person | [Address] | Security"
keys Tab Tab
field "1130 O Street"
keys Tab
field "Fresno"
field "Cal"
field "Fres"
field "93721"
keys Tab
field "(559) 555-0111"
type_text "jose.nunez@example.com"
keys Enter
expect "Next moves to Security" "Step 3 of 3:  Person | Address | [Security]"
field "jnunezpena"
field "Practice!2021"
field "Practice!2021"
field "What was your first"
field "Tercel"
field "In what city were"
field "Fresno"
field "What is your mother"
type_text "Peña"
keys Enter
commit Submit
expect "Submit leads to the payment step" "Add a payment method later"
keys Enter
expect "a payment method later leads to the policies" "[ I Agree ]"
keys BTab
commit "I Agree"
expect "I Agree creates the account" "Your account has been created!"
expect "the new account is upgraded" "Account Type: Upgraded PACER Account"
expect "with no payment method its Case Search is Inactive" "Case Search Status: Inactive"
keys Enter
expect_line "Close returns to the login with the username typed" 'Username \*: \[jnunezpena'
keys Tab
type_text "Practice!2021"
keys Enter
expect "the new account logs in" "Name: José Núñez Peña"
tap_finish
