#!/bin/sh
# SPDX-License-Identifier: MIT
# The courts' words at their places (issue 21): each notice where the
# domain notes put it, found by its words; the court login and the
# success screen in seed 002's order; a district court's menus named as
# its own; dates in words; the court's help desk from the catalogue; no
# screen that contradicts another. A tall window, so that nothing is cut
# and order can be read from the lines.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

# line_of TEXT: the first screen line that holds TEXT (0 when none).
line_of() {
	n=$(screen | grep -nF -- "$1" | head -n 1 | cut -d: -f1)
	echo "${n:-0}"
}

# in_order DESCRIPTION TEXT...: each TEXT is on the screen, below the one before.
in_order() {
	description=$1
	shift
	previous=0
	for text in "$@"; do
		at=$(line_of "$text")
		if [ "$at" -eq 0 ] || [ "$at" -le "$previous" ]; then
			fail "$description" "\"$text\" at line $at, after line $previous: $(screen)"
			return
		fi
		previous=$at
	done
	ok "$description"
}

# absent DESCRIPTION TEXT: TEXT is nowhere on the screen.
absent() {
	if screen | grep -qF -- "$2"; then fail "$1" "$(screen)"; else ok "$1"; fi
}

open_court_login() {
	keys 2
	wait_for "Which court's Document" || return 1
	type_text "$1"
	keys Enter
	wait_for "Client Code:"
}

log_in_here() {
	keys C-u
	type_text "$1"
	keys Tab
	type_text "$2"
	keys Enter
}

back_to_start() {
	keys Escape
	wait_for "You have logged out of the court" || keys Escape
	wait_for "Upgrade my PACER account"
}

plan 40
start_wizard 100 60

# N23 in the start screen's help.
keys F1
expect_joined "N23 is in the start screen's help" "The Clerk's Office has public access computers available to view case information free of charge. The NextGen CM/ECF system is available 24 hours a day, 7 days a week."
keys Escape
wait_for "Upgrade my PACER account"

# Court details: canb's help desk (seed 001), N22 whole (seed 003).
go_to court-list
wait_for "Court CM/ECF Lookup"
expect_line "the court list gives the NextGen date in words" '^ *. *canb +Feb 16, 2021 +U.S. Bankruptcy'
type_text canb
keys Enter
expect "canb's help desk is in Court details" "CM/ECF help desk: IT Helpdesk, helpdesk@canb.uscourts.gov"
expect_joined "N22 is whole in Court details" "For CurrentGen courts, you must register through the court, and the court must approve you as a filer. For NextGen courts, you must register through Manage My Account, and the court must approve you as a filer. You need to register for each court in which you wish to file."
keys Escape
wait_for "Court CM/ECF Lookup"
keys C-u
type_text cacd
keys Enter
expect_joined "N12 at cacd is in words, as the court wrote it" "CM/ECF will be unavailable beginning February 14, 2020 at 6:00 p.m. through Monday, February 17, 2020."
keys Escape Escape
wait_for "Upgrade my PACER account"

# The court login in seed 002's order, with N1.
open_court_login canb
expect_joined "N1 is on the court login" "You must have your own individual PACER account. A shared account that your whole firm or office uses is not sufficient."
in_order "the court login follows seed 002: warnings, PACER LOGIN, cookies, then the NOTICE" \
	"Do not log on using a shared firm PACER account." "PACER LOGIN" \
	"Your browser must be set to accept cookies" "NOTICE: This is a restricted government"
log_in_here chrisdoe2019 'Upgraded!2019'
wait_for "[ Utilities ]"
keys Enter
wait_for "[Your Account]"
expect "Utilities has NextGen Release 1.1 Menu Items" "NextGen Release 1.1 Menu Items"
absent "Maintain Your ECF Account is for linked filers only" "Maintain Your ECF Account"
keys 6
expect "the release menu lists the link item" "The Utilities items that came with NextGen CM/ECF release 1.1."
keys 1
expect "and the link item opens the Link screen from there" "CM/ECF login *:"
expect_joined "N10 is on the Link screen" "Linking your accounts is a one-time process that can only be completed once the court you are filing in is live on NextGen."
keys F1
expect_joined "N8 is in the Link screen's help" "You must know your current CM/ECF login and password."
keys Escape
wait_for "CM/ECF login *:"
type_text cdoe
keys Tab
type_text 'Wrong!1'
keys Enter
expect_joined "a failed link names the court's help desk" "CM/ECF help desk: IT Helpdesk, helpdesk@canb.uscourts.gov"
keys Escape
wait_for "[Your Account]"
keys Escape
wait_for "[ Utilities ]"
back_to_start

# Maria links at a district court: Civil and Criminal, never Bankruptcy,
# and the success in seed 002's order.
open_court_login cacd
log_in_here mgonzalez2016 'Upgraded!2016'
link_account mgonzalez 'Cacd!Ecf2018'
wait_for "Do you want to link these accounts?"
keys BTab
commit Submit
wait_for "Helpful reminders"
in_order "the success says it linked before the helpful reminders" \
	"You have successfully linked your account." "Helpful reminders:" "Be sure to refresh your browser"
expect_joined "cacd's success screen names Civil and Criminal" "if the Civil and Criminal filing options are not displayed."
absent "and never Bankruptcy" "Bankruptcy"
keys Enter
wait_for "[ Civil ]"
expect_joined "cacd's main screen names Civil and Criminal" "if the Civil and Criminal filing options are not displayed."
absent "and never Bankruptcy either" "Bankruptcy"
keys Enter
wait_for "[Your Account]"
expect "a linked filer has Maintain Your ECF Account" "Maintain Your ECF Account"
keys 6
expect "which lists what the court keeps" "Email Information"
keys 1
expect "and each item says what it does" "The secondary e-mail addresses that also get this court's notices"
keys Escape Escape Escape
wait_for "[ Civil ]"
back_to_start

# N3 for a legacy login at a NextGen court.
open_court_login canb
log_in_here ja1234 'Legacy!2013'
expect_joined "N3 answers a legacy login at the court" "Existing \"Legacy\" PACER accounts (accounts issued prior to August 11, 2014) must be upgraded."
keys Escape
wait_for "Upgrade my PACER account"

# N4 on the upgrade's Security tab.
to_security
expect_joined "N4 is on the Security tab" "All existing PACER accounts must ensure they are upgraded to the latest version (the login name is more than 6 characters)."

# Before go-live: CurrentGen everywhere, and no way to a link that
# cannot be made.
start_wizard 100 60 --as-of 2021-02-10
open_court_login canb
absent "a CurrentGen court shows no NextGen PACER LOGIN" "PACER LOGIN"
expect "it says it is on CurrentGen" "CM/ECF: CurrentGen CM/ECF"
log_in_here kimlee2020 'Upgraded!2020'
wait_for "[ Utilities ]"
expect_joined "its main screen says linking waits (N9)" "These accounts cannot be linked before February 16, 2021."
absent "and does not send the person to link" "To link: Utilities"
keys Enter
wait_for "[Your Account]"
absent "its Utilities have no NextGen release items yet" "NextGen Release 1.1 Menu Items"
keys Escape
wait_for "[ Utilities ]"
back_to_start

# ca9 names its link item the same on the main screen and in Utilities.
start_wizard 100 60
open_court_login ca9
log_in_here chrisdoe2019 'Upgraded!2019'
wait_for "[ Utilities ]"
expect_joined "ca9's main screen names the appellate link item" "To link: Utilities, then Link my filer account to my PACER account."
keys Enter
wait_for "[Your Account]"
expect "and so does its Utilities" "Link my filer account to my PACER account"
absent "never the trial courts' name" "Link a CM/ECF account"

# Christopher links at ca9 (an e-filing account there added to the demo):
# the appellate words on Confirm and Success, one Filing menu, and N20
# naming it as the main screen shows it.
stop_terminal
{ cat "$TOP_SRCDIR/data/demo.scenario"; printf '\n[ecf]\ncourt = ca9\nlogin = cdoe9\npassword = Ca9!Ecf2014\nname = Christopher Doe\n'; } \
	> "$work_dir/ca9.scenario"
"$ADMIN" --db "$database" load "$work_dir/ca9.scenario" --yes > /dev/null
start_wizard 100 60
court_login ca9 chrisdoe2019 'Upgraded!2019'
link_account cdoe9 'Ca9!Ecf2014'
wait_for "Do you want to link these accounts?"
expect "ca9's Confirm screen has the appellate title" "Link my filer account to my PACER account"
keys BTab
commit Submit
wait_for "You have successfully linked"
expect "and so has its Success screen" "Link my filer account to my PACER account"
absent "never the trial courts' title" "Link a CM/ECF account"
keys Enter
wait_for "[ Utilities ]"
expect_line "ca9's main screen has its one filing menu" "\\[ Filing \\]"
absent "and no Civil or Criminal" "[ Civil ]"
expect_joined "N20 names the appellate filing options" "if the appellate filing options are not displayed."

# The same words in Spanish, dates in words as the glossary asks (the
# answers frontend renders the same view).
printf '%s\n' 'start = courts' 'court-list.item = cacd' 'court-list = choose' > "$work_dir/es.answers"
"$WIZARD" --lang es --db "$work_dir/es.db" --answers "$work_dir/es.answers" > "$work_dir/es.out" 2>&1
check "N12 at cacd in Spanish is in words" grep -qF "CM/ECF no estará disponible desde el 14 de febrero de 2020, 6:00 p. m. hasta el lunes, 17 de febrero de 2020." "$work_dir/es.out"
check "and its NextGen date too" grep -qF "18 de febrero de 2020" "$work_dir/es.out"
tap_finish
