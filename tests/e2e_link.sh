#!/bin/sh
# SPDX-License-Identifier: MIT
# The court side in a real 80x24 terminal: Maria links at a district
# court, and every refusal says why in words.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

log_out_of_court() {
	keys Escape
	wait_for "You have logged out of the court" || keys Escape
	wait_for "Upgrade my PACER account"
}

plan 22
start_wizard
wait_for "Upgrade my PACER account"
court_login cacd mgonzalez2016 'Upgraded!2016'
expect "the court login leads to the court's main screen" "Logged in as: mgonzalez2016"
link_account mgonzalez 'Cacd!Ecf2018'
expect_line "Maria's confirm screen shows her name at the court" '^ *CM/ECF: Maria Gonzalez$'
keys BTab
commit Submit
expect_joined "she is linked" "You have successfully linked your account."
keys Enter
expect "a district court gets Civil" "[ Civil ]"
expect "and Criminal" "[ Criminal ]"
log_out_of_court

court_login canb chrisdoe2019 'Upgraded!2019'
link_account cdoe 'Canb!Ecf2017'
expect_line "Chris Doe's confirm screen shows both names" '^ *CM/ECF: Christopher Doe$'
expect "and says in words that they differ" "THE NAMES DIFFER."
keys Escape
wait_for "CM/ECF login *:"
type_text "cdoe"
keys Tab
type_text "Wrong!1"
keys Enter
expect_joined "a wrong CM/ECF password gets the court's advice" "If the linking process failed, please try again."
keys C-u
type_text "cdoe"
keys Tab
type_text "Wrong!2"
keys Enter
wait_for "Tries left: 1"
keys C-u
type_text "cdoe"
keys Tab
type_text "Wrong!3"
keys Enter
expect "three failures offer a new e-filing request" "submit a new"
keys Enter
expect "the attorney's registration is a form" "Bar number"
fill "Bar number" 123456
fill "Bar state" CA
focus_on Next
wait_for "California"
keys Enter
expect "Next shows the request before it is sent" "Check the request."
keys BTab
commit Submit
expect_joined "the request is recorded as pending" "Your e-filing request is recorded as pending."
log_out_of_court

court_login canb kimlee2020 'Upgraded!2020'
link_account 'klee@firm' 'Canb!Ecf2016'
expect_joined "klee@firm is refused for its special character" "CM/ECF logins with &, @, $ or * cannot be linked."
keys Escape
wait_for "[Your Account]"
keys Escape
log_out_of_court

court_login canb smithlee2015 'Firm!Shared15'
expect_joined "a shared firm account is warned" "A shared account that your whole firm or office uses is not sufficient."
link_account cdoe 'Canb!Ecf2017'
expect_joined "and cannot link" "This is a shared firm PACER account."
keys Escape
wait_for "[Your Account]"
keys Escape
log_out_of_court

court_login canb ja1234 'Legacy!2013'
expect_joined "a legacy account is told to upgrade first" "NextGen takes only upgraded accounts"
keys Escape
wait_for "Upgrade my PACER account"

# A practice date before CANB went live (the --as-of option).
start_wizard --as-of 2021-02-10
wait_for "Upgrade my PACER account"
court_login canb chrisdoe2019 'Upgraded!2019'
expect "the practice date is shown" "Practice date: February 10, 2021"
link_account cdoe 'Canb!Ecf2017'
expect_joined "linking before the go-live date is refused with that date" "these accounts cannot be linked before February 16, 2021."

# A new user types the legacy username at a NextGen court's login: told
# what it is, and led to the upgrade with the username already typed.
start_wizard --as-of 2021-03-01
court_login canb ja1234 'Legacy!2013'
expect_joined "a legacy username at the court is explained, whole" "This is a legacy PACER username (made before August 11, 2014): NextGen takes only upgraded accounts. Choose \"Upgrade my PACER account\"."
expect "the upgrade is offered right there" "[ Upgrade my PACER account ]"
press "Upgrade my PACER account"
expect_line "it leads to Manage My Account with the username typed" 'Username \*: \[ja1234'
keys Tab
type_text 'Legacy!2013'
keys Enter
wait_for "Account Type: Legacy PACER Account"
keys Enter
expect "and on to the upgrade" "Step 1 of 3"
tap_finish
