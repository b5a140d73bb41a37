#!/bin/sh
# SPDX-License-Identifier: MIT
# A permanent step (Link Confirm, Upgrade Submit) is taken only by a
# deliberate choice in a real terminal: Enter pressed twice or three
# times in a hurry after the Link password or the last security answer
# (a habit, a key that repeats) never links or upgrades. The Confirm
# screen starts on Back, and says so in words when the names differ; a
# deliberate Enter on Submit, once the screen has been quiet a moment,
# does it (the wizard's clock is moved on by the test, not waited for).
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
links() { sqlite3 "$database" "SELECT count(*) FROM ecf_accounts WHERE linked_at <> ''"; }
kind_of() { sqlite3 "$database" "SELECT kind FROM pacer_accounts WHERE account_number = '$1'"; }

# to_link_form COURT USERNAME PASSWORD LOGIN ECF_PASSWORD: at the court,
# the Link screen with both fields typed, the cursor in the password.
to_link_form() {
	court_login "$1" "$2" "$3" && wait_for "[ Utilities ]" && keys Enter &&
		wait_for "[Your Account]" && keys 1 && wait_for "CM/ECF login *:" || return 1
	keys C-u
	type_text "$4"
	keys Tab
	type_text "$5"
}

plan 19
"$ADMIN" --db "$database" init > /dev/null
start_wizard
wait_for "Upgrade my PACER account"

# Enter twice after the Link password.
to_link_form cacd mgonzalez2016 'Upgraded!2016' mgonzalez 'Cacd!Ecf2018'
keys Enter Enter
expect "Enter twice after the Link password shows the Confirm screen" "Do you want to link these accounts?"
expect_cursor_on "with the focus on Back" '\[ Submit \]  \[ Back \]'
if cursor_text | grep -q '^Back'; then ok "the cursor is on Back itself"; else fail "the cursor is on Back itself" "$(cursor_text)"; fi
sleep 0.5
check "and nothing is linked" [ "$(links)" = 0 ]

# Three times: the first Enter's Confirm, then Back at most.
keys Escape
wait_for "CM/ECF login *:"
keys C-u
type_text mgonzalez
keys Tab
type_text 'Cacd!Ecf2018'
keys Enter Enter Enter
wait_for "Do you want to link these accounts?" || wait_for "CM/ECF login *:"
sleep 0.5
check "Enter three times links nothing either" [ "$(links)" = 0 ]
wait_for "Do you want to link these accounts?" || { keys Enter && wait_for "Do you want to link"; }
keys BTab
commit Submit
expect_joined "a deliberate Enter on Submit links" "You have successfully linked your account."
check "and the link is made" [ "$(links)" = 1 ]
keys Enter
wait_for "[ Civil ]"
keys Escape
wait_for "You have logged out of the court" || keys Escape
wait_for "Upgrade my PACER account"

# The names differ: the warning in words, the focus on Back.
to_link_form canb chrisdoe2019 'Upgraded!2019' cdoe 'Canb!Ecf2017'
keys Enter
expect "when the names differ the screen says so" "THE NAMES DIFFER."
expect_cursor_on "and the focus is on Back" '\[ Submit \]  \[ Back \]'
if cursor_text | grep -q '^Back'; then ok "on Back itself"; else fail "on Back itself" "$(cursor_text)"; fi
keys Enter
expect "Enter there goes back, linking nothing" "CM/ECF login *:"
keys Escape
wait_for "[Your Account]"
keys Escape
wait_for "Log Out"
keys Escape
wait_for "Upgrade my PACER account"

# Enter twice, and three times, after the last security answer.
to_person_tab ja1234 'Legacy!2013'
type_birth_and_user_type
keys Enter
wait_for "Step 2 of 3"
i=0; while [ $i -lt 11 ]; do keys Tab; i=$((i + 1)); done
keys Enter
wait_for "Step 3 of 3"
for text in jattorney2021 'Linked!2021' 'Linked!2021' "What was your first" Beetle \
	"In what city were" Sacramento "What is your mother"; do
	type_text "$text"
	keys Tab
done
type_text Jackie
keys Enter Enter
expect_joined "Enter twice after the last answer only says Submit cannot be undone" \
	"Submit cannot be undone: read the screen first, then choose Submit again."
sleep 0.5
check "and upgrades nothing" [ "$(kind_of 4012345)" = legacy ]
keys Enter Enter Enter
sleep 0.5
check "nor does Enter three times more" [ "$(kind_of 4012345)" = legacy ]
commit Submit
expect "a deliberate Enter on Submit upgrades" "Your PACER account is now upgraded."

# The plain frontend on a terminal: a line typed ahead for the Confirm
# screen (Submit's number) is thrown away when it appears.
stop_terminal
rm -f "$database" "$database-wal" "$database-shm"
"$ADMIN" --db "$database" init > /dev/null
start_wizard --plain
wait_for "press Enter for Upgrade my PACER account"
for line in 2 cacd "" mgonzalez2016 'Upgraded!2016' "" "" "" 1 mgonzalez 'Cacd!Ecf2018'; do
	type_text "$line"
	keys Enter
done
wait_for "press Enter for Submit"
keys Enter 1 Enter
expect "the Confirm screen comes in plain lines" "Submit cannot be undone: type its number or its name"
sleep 0.5
check "the 1 typed ahead for it links nothing" [ "$(links)" = 0 ]
advance_clock 2
type_text 1
keys Enter
expect "its number typed once the screen is there links" "You have successfully linked your account."
check "and the link is made" [ "$(links)" = 1 ]
tap_finish
