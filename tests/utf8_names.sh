#!/bin/sh
# SPDX-License-Identifier: MIT
# José Núñez Peña, made with nextgen-admin, upgrades and links; the
# court knows him as "JOSÉ NÚÑEZ PEÑA" written with combining accents,
# and the confirm screen counts the names as the same. UTF-8 goes through
# the forms (Backspace takes one character, not one byte), the database
# and back to the screen.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"
. "${srcdir:-.}/tests/class_lib.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
plan 11
# The CM/ECF name in capitals, each accent a combining mark (NFD).
ecf_name=$(printf 'JOSE\314\201 NU\314\201N\314\203EZ PEN\314\203A')
cat > "$work_dir/jose.scenario" <<EOT
[pacer]
username = jn1234
password = Legacy!2012
account = 4099001
kind = legacy
created = 2012-06-01
first = José
last = Núñez Peña
address = 1301 Clay Street
city = Oakland
state = CA
county = Alameda
zip = 94612
phone = (510) 555-0199
email = jose.nunez@example.com

[pacer]
username = zo1234
password = Legacy!2011
account = 4099002
kind = legacy
created = 2011-03-01
first = Zoe
last = Obrien
address = 1 Main Street
city = Fresno
state = CA
county = Fresno
zip = 93721
phone = (559) 555-0100
email = zoe@example.com

[ecf]
court = canb
login = jnunez
password = Canb!Ecf2012
name = $ecf_name
EOT
"$ADMIN" --db "$database" init > /dev/null &&
"$ADMIN" --db "$database" load "$work_dir/jose.scenario" --yes > /dev/null
check "nextgen-admin loads José Núñez Peña" [ $? -eq 0 ]
"$ADMIN" --db "$database" accounts > "$work_dir/accounts"
check "and shows his name as typed" grep -qF "José Núñez Peña" "$work_dir/accounts"

upgrade_and_link_answers jn1234 'Legacy!2012' jnunez2021 canb jnunez 'Canb!Ecf2012' > "$work_dir/jose.answers"
"$WIZARD" --db "$database" --answers "$work_dir/jose.answers" > "$work_dir/out" 2>&1
check "his whole upgrade and link runs" [ $? -eq 0 ]
check "the confirm screen shows his PACER name" grep -qF "PACER: José Núñez Peña" "$work_dir/out"
if grep -qF "THE NAMES DIFFER" "$work_dir/out"; then fail "and counts the court's JOSÉ NÚÑEZ PEÑA as the same name"; else ok "and counts the court's JOSÉ NÚÑEZ PEÑA as the same name"; fi
linked=$(sqlite3 "$database" "SELECT count(*) FROM ecf_accounts WHERE login = 'jnunez' AND linked_at <> ''")
check "he is linked" [ "$linked" = 1 ]

# Typed in a real terminal: accented letters, Backspace, stored, shown.
start_wizard
pacer_login zo1234 'Legacy!2011'
wait_for "Account Type: Legacy PACER Account"
keys Enter
wait_for "Step 1 of 3"
focus_on "First Name"
keys C-u
type_text "Zoë"
keys BSpace
type_text "ë"
focus_on "Last Name"
keys C-u
type_text "O'Brien-Łukasz"
keys Tab
expect_line "Backspace takes one character: Zoë, typed again, is whole" 'First Name \*: \[Zoë *\]$'
saved=$(sqlite3 "$database" "SELECT value FROM drafts WHERE field = 'first'")
check "the draft keeps it as UTF-8 ($saved)" [ "$saved" = "Zoë" ]
start_wizard
pacer_login zo1234 'Legacy!2011'
wait_for "You have an unfinished upgrade"
keys Enter
expect_line "read back from the database, aligned with its label" "Last Name \\*: \\[O'Brien-Łukasz *\\]$"
keys Escape
wait_for "Account Type"
keys Escape
wait_for "1  Upgrade my PACER account"
keys 1
wait_for "Username *:"
# A terminal set to Latin-1 sends é as one byte, which is not UTF-8.
type_text "Zo"
tmux_cmd send-keys -t wizard -H e9
type_text "x"
expect_joined "bytes that are not UTF-8 are refused in words" "The terminal sent characters that are not UTF-8; they were left out."
expect_line "the rest of what was typed is kept, and nothing else" 'Username \*: \[Zox *\]$'
tap_finish
