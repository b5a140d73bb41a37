#!/bin/sh
# SPDX-License-Identifier: MIT
# No message is ever cut, and none misleads (issue 21): the link failure
# with N21's follow-up and the tries left is whole at 80x24 and at 40x12
# (the buttons scroll with the fields, the focus kept); a field's mark is
# short and goes once the field is changed, its sentence whole below;
# every unmet password rule is named; identical answers are refused; a
# CM/ECF login typed at the court's PACER LOGIN is recognised; Forgot User
# Name announces the username before it; Pat's inactive notice (N6) is
# whole at 80x24; English and Spanish.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

n21="If the linking process failed, please try again. If you do not remember your CM/ECF username or password, contact the court."
n21_es="Si la vinculación falló, inténtelo de nuevo. Si no recuerda su usuario o contraseña de CM/ECF, comuníquese con el tribunal."

# no_cut_error DESCRIPTION: no row of the screen ends in dots, as a cut
# sentence would.
no_cut_error() {
	if screen | grep -qE '(\.\.\.|…) *$'; then fail "$1" "$(screen)"; else ok "$1"; fi
}

# wrong_link TRY: the old CM/ECF login with a wrong password, submitted.
wrong_link() {
	keys C-u
	type_fields cdoe
	type_text "Wrong!$1"
	keys Enter
}

plan 31
start_wizard
go_to link
wrong_link 1
expect_joined "80x24: the link failure shows N21 whole" "Error: $n21"
expect_joined "80x24: and its follow-up with the tries left" "The court's CM/ECF help desk can reset an old login. Tries left: 2."
no_cut_error "80x24: no row ends in dots"

tmux_cmd resize-window -t wizard -x 40 -y 12
expect_joined "40x12: after a resize the failure is still whole" "$n21 The court's CM/ECF help desk can reset an old login. Tries left: 2."
wrong_link 2
expect_joined "40x12: the next failure is whole, with the tries left" "$n21 The court's CM/ECF help desk can reset an old login. Tries left: 1."
no_cut_error "40x12: no row ends in dots"
expect_cursor_on "40x12: the focus is kept on a field, in view" 'CM/ECF (login|password) \*:'
focus_on Submit
expect_cursor_on "40x12: the buttons scroll into view with the focus" '\[ Submit \]'
expect_joined "40x12: the message stays whole meanwhile" "Tries left: 1."
tmux_cmd resize-window -t wizard -x 80 -y 24
expect_cursor_on "back at 80x24 the focus is where it was" '\[ Submit \]'

# A field's mark is short; its sentence names every unmet rule.
start_wizard
to_security
type_fields jattorney2021 password password "What was the name of your f" "Rex the dog" \
	"In what city were" Fresno "What was your first"
type_text Corolla
keys Enter
commit Submit
expect_line "a field's mark is short, beside it" 'New Password \*: \[\*+ *\] ! see below$'
expect_cursor_on "the wrong field has the focus" 'New Password \*:'
expect_joined "its sentence names every unmet rule" "Error: New Password: The password needs: upper- and lower-case letters; a digit or a special character."
no_cut_error "no error ends in dots"
keys C-u
type_text 'Linked!2021'
expect_line "the mark goes once the field is changed" 'New Password \*: \[\*+ *\]$'
if joined_has "The password needs:"; then fail "and its sentence goes with it" "$(screen)"; else ok "and its sentence goes with it"; fi

# The same answer twice is refused (on the same tab, now corrected).
focus_on "Confirm Password"
keys C-u
type_text 'Linked!2021'
focus_on "Answer 2"
keys C-u
type_text "Rex the dog"
focus_on "Answer 3"
keys Enter
commit Submit
expect_joined "the same answer twice is refused" "Error: Answer 2: Give three different answers."
expect_cursor_on "on the second answer" 'Answer 2 \*:'

# A CM/ECF login at the court's PACER LOGIN is named as one.
start_wizard
court_login canb cdoe 'Canb!Ecf2017'
expect_joined "a CM/ECF login typed at the PACER LOGIN is recognised" "That is this court's old CM/ECF login"
if joined_has "Legacy usernames have 6 characters"; then fail "and not called a wrong legacy username" "$(screen)"; else ok "and not called a wrong legacy username"; fi

# Forgot User Name: the sentence announces the username below it.
start_wizard
go_to forgot-username
wait_for "Email *:"
type_text 'john.attorney@example.com'
keys Enter Enter Enter
expect_joined "a missing item is named" "your account number or your date of birth."
keys Tab
type_text 4012345
keys Enter
wait_for "Username: ja1234"
here=$(screen | grep -n "Here it is:" | cut -d: -f1)
user=$(screen | grep -n "Username: ja1234" | cut -d: -f1)
check "\"Here it is:\" comes before the username" [ -n "$here" ] && [ -n "$user" ] && [ "$here" -lt "$user" ]

# Pat's inactive notice (N6) whole at 80x24, with no pointer to more.
start_wizard
pacer_login pr2010 'Inactive!2010'
expect_joined "Pat's N6 is whole at 80x24" "or by email at pacer@psc.uscourts.gov."
if screen | grep -qF -- "-- more below"; then fail "with no '-- more below'" "$(screen)"; else ok "with no '-- more below'"; fi

# Spanish: the same at 40x12, the mark and the sentence translated (on a
# fresh database: the English link above left a draft to offer).
rm -f "$database" "$database-wal" "$database-shm"
start_wizard
wait_for "7  Español"
keys 7
wait_for "1  Actualizar mi cuenta de PACER"
keys 2
wait_for "Tribunal *:"
type_text canb
keys Enter
wait_for "Usuario *:"
keys C-u
type_text cdoe
keys Tab
type_text 'Canb!Ecf2017'
keys Enter
expect_joined "en español: a CM/ECF login at the PACER LOGIN is recognised" "Ese es el usuario antiguo de CM/ECF de este tribunal"
tmux_cmd resize-window -t wizard -x 40 -y 12
expect_joined "en español at 40x12: the sentence is whole, to its last word" "solo se escribe en la pantalla de vinculación (Utilities)."
tmux_cmd resize-window -t wizard -x 80 -y 24
wait_for "Usuario *:"
keys BTab C-u
type_text chrisdoe2019
keys Tab
type_text 'Upgraded!2019'
keys Enter
expect "en español: the court's main screen" "[ Utilidades ]"
keys Enter
expect "en español: Utilities" "[Su cuenta]"
keys 1
expect "en español: the link form" "Usuario de CM/ECF *:"
tmux_cmd resize-window -t wizard -x 40 -y 12
wrong_link 1
expect_joined "en español at 40x12: the link failure is whole, with the tries left" "$n21_es La mesa de ayuda de CM/ECF del tribunal puede restablecer un usuario antiguo. Intentos restantes: 2."
no_cut_error "en español at 40x12: no row ends in dots"
tap_finish
