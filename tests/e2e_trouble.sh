#!/bin/sh
# SPDX-License-Identifier: MIT
# "What went wrong?" as a person meets it: from the start screen, and on a
# login or Link screen after a refusal, where it opens at the likeliest
# cause; every screen's help answers the questions people asked there;
# all of it at 80x24, at 40x12 and in Spanish.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

# page_until DESCRIPTION TEXT: PgDn until TEXT is on the screen.
page_until() {
	pages=0
	while [ $pages -lt 12 ]; do
		sleep 0.2
		if joined_has "$2"; then ok "$1"; return; fi
		keys NPage
		pages=$((pages + 1))
	done
	fail "$1" "not found after $pages pages: $2" "$(screen)"
}

plan 16
start_wizard --as-of 2021-03-01
keys 5
expect "5 on the start screen opens the guide" "Choose what you saw"
expect_line "its first question lists the symptoms" '^ *> A login says my username or password is invalid'
keys Enter
expect "a symptom leads to the next question" "Which username did you type?"
keys Down Enter
expect_joined "an answer gives the likely cause" "Likely cause: a NextGen court's login takes your PACER username and password only."
page_until "and the questions that say more, numbered as in the help" "Question 20: Which username and password go on the Link screen?"
keys Enter
expect_joined "Go to the next step opens the screen where it starts" "Which court's Document Filing System"
keys Escape
wait_for "1  Upgrade my PACER account"

# A CM/ECF login typed at the court's PACER login.
court_login canb cdoe 'Canb!Ecf2017'
wait_for "Invalid username or password"
expect "the refused login offers the guide" "What went wrong?"
press "What went wrong?"
expect_joined "it opens at what just happened" "What just happened: the username you typed is a CM/ECF login of this court, not a PACER username."
keys Escape
expect "Esc returns to the login, the offer still there" "PACER LOGIN"

# The right login, then a wrong CM/ECF password on the Link screen.
keys C-u
type_text chrisdoe2019
keys Tab
type_text 'Upgraded!2019'
keys Enter
link_account cdoe 'Wrong!2017'
wait_for "Tries left"
keys BTab Enter
expect "a refused link opens the guide at the CM/ECF login question" "Which is true of the CM/ECF login you typed"
keys Escape
wait_for "CM/ECF login *:"
keys F1
wait_for "Help: Link a CM/ECF account to my PACER account"
page_until "the Link screen's help answers its questions" "Which username and password go on the Link screen?"
page_until "and names whom to call" "(800) 676-6856"
keys Escape
expect "Esc closes the help" "CM/ECF login *:"

# A zoomed font: the guide and its help at 40x12.
start_wizard 40 12
keys 5
wait_for "What went wrong?"
keys F1
expect "the guide's help opens at 40x12" "Help: What went wrong?"
keys Escape
wait_gone "Help: What went wrong?"
keys Escape
expect "and Esc closes it, then the guide" "Upgrade my PACER"

# In Spanish.
start_wizard
keys 7
wait_for "1  Actualizar mi cuenta de PACER"
keys 5
expect "the guide speaks Spanish" "Elija lo que vio"
tap_finish
