#!/bin/sh
# SPDX-License-Identifier: MIT
# A new PACER account, keyboard only: Need an Account? and its account
# types, the three tabs, the payment step, the policies, "Your account has
# been created!", and a first login.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 12
start_wizard
wait_for "Upgrade my PACER account"
keys 1
wait_for "Manage My Account Login"
press "Need an Account?"
expect "Need an Account? explains registration" "Creating an individual PACER account is free."
expect_joined "it offers PACER's account types" "[ PACER - Case Search Only ] [ Attorney Filers ] [ Non-Attorney Filers ]"
keys Enter
expect "Register starts the Person tab, empty" "Register for a PACER Account"
fill "First Name" "José"
fill "Last Name" "Núñez Peña"
fill "Date of Birth" "07/04/1988"
fill "User Type" "Attorney"
keys Enter
expect "Next moves to Address" "Step 2 of 3:  Person | [Address] | Security"
fill Address "1130 O Street"
fill City Fresno
fill State Cal
fill County Fres
fill "ZIP Code" 93721
fill Phone "(559) 555-0111"
fill Email "jose.nunez@example.com"
keys Enter
expect "Next moves to Security" "Step 3 of 3:  Person | Address | [Security]"
fill "New Username" jnunezpena
fill "New Password" 'Practice!2021'
fill "Confirm Password" 'Practice!2021'
fill "Security Question 1" "What was your first"
fill "Answer 1" Tercel
fill "Security Question 2" "In what city were"
fill "Answer 2" Fresno
fill "Security Question 3" "What is your mother"
fill "Answer 3" "Peña"
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
