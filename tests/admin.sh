#!/bin/sh
# SPDX-License-Identifier: MIT
# nextgen-admin: GNU options, init, demo, accounts, courts.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-admin-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
db="$work_dir/state/wizard.db"
out="$work_dir/out"
err="$work_dir/err"

admin() { "$ADMIN" "$@" >"$out" 2>"$err" </dev/null; }
has() { grep -qF -- "$1" "$out"; }

plan 50
admin --help; check "--help exits 0" [ $? -eq 0 ]
check "--help lists the commands" has "demo [--yes]"
admin set --help; check "set --help tells every setting" sh -c "[ $? -eq 0 ] && grep -q '^  kiosk-passphrase' '$out'"
admin audit --help; check "audit --help tells its options" has "--since YYYY-MM-DD"
admin courts --help; check "courts --help tells its commands, not the catalogue" sh -c "grep -q '^Usage: .* courts' '$out' && ! grep -q '^canb' '$out'"
admin scenario --help; check "scenario --help tells the format's sections" has "[trainee]"
admin --version; check "--version names the program" has "nextgen-admin "
admin --bogus; check "an unknown option exits 2" [ $? -eq 2 ]
admin --db "$db" frobnicate; check "an unknown command exits 2" [ $? -eq 2 ]
check "an unknown command is named" grep -qF "unknown command 'frobnicate'" "$err"

admin --db "$db" init; check "init exits 0" [ $? -eq 0 ]
check "init says what it made" has "Created $db"
check "the database is private (0600)" [ "$(stat -c %a "$db")" = 600 ]
check "its folder is private (0700)" [ "$(stat -c %a "$work_dir/state")" = 700 ]
admin --db "$db" init; check "init again changes nothing" has "already exists; nothing was changed"

admin --db "$db" accounts
ok_accounts=yes
for user in ja1234 mgonzalez2016 pr2010 smithlee2015 chrisdoe2019 kimlee2020; do
	has "$user" || ok_accounts=no
done
check "accounts lists the six demo PACER accounts" [ $ok_accounts = yes ]
check "accounts shows the CM/ECF name at the court" grep -qE '^canb +cdoe +Christopher Doe' "$out"

admin --db "$db" courts
check "courts lists N.D. Cal. bankruptcy with its date" grep -qE '^canb +bankruptcy +2021-02-16 ' "$out"
admin --db "$db" courts add txtb --name "Practice Bankruptcy Court" --type bankruptcy --go-live 2022-03-01 --help-desk "(555) 010-2000"
check "courts add makes a trainer's court" grep -qE '^txtb +bankruptcy +2022-03-01 +Practice Bankruptcy Court; \(555\) 010-2000' "$out"
admin --db "$db" courts edit txtb --go-live 2021-01-04
check "courts edit changes only what it is told" grep -qE '^txtb +bankruptcy +2021-01-04 +Practice Bankruptcy Court; \(555\) 010-2000' "$out"
admin --db "$db" courts add txtb --name X --type district; check "courts add refuses an id in use" [ $? -eq 1 ]
admin --db "$db" courts edit txtb --type circus; check "courts edit refuses a type that does not exist" [ $? -eq 2 ]
printf 'start = courts\ncourt-list.item = txtb\ncourt-list = choose\n' | "$WIZARD" --db "$db" --answers - > "$out" 2>&1
check "the wizard shows the new court with its help desk" sh -c "grep -qF 'CM/ECF help desk: (555) 010-2000' '$out' && grep -qF 'NextGen date: January 4, 2021' '$out'"

admin --db "$db" demo
check "demo without --yes and without a terminal refuses" [ $? -eq 1 ]

# A changed database is put back by demo --yes.
sqlite3 "$db" "UPDATE pacer_accounts SET failed_logins = 3 WHERE username = 'ja1234'" 2>/dev/null ||
	python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE pacer_accounts SET failed_logins = 3 WHERE username = 'ja1234'\"); c.commit()" "$db"
admin --db "$db" demo --yes; check "demo --yes exits 0" [ $? -eq 0 ]
admin --db "$db" accounts
check "demo --yes restores the demo state" grep -qE '^ja1234 .* ok +0 +John Attorney' "$out"
admin --db "$db" set
check "set shows the default settings" grep -qF "password policy: 2021" "$out"
admin --db "$db" set policy 2025
check "set policy 2025 switches the password rules" grep -qF "password policy: 2025" "$out"
admin --db "$db" set policy 2021 && admin --db "$db" set era 2025
check "set era 2025 says the era, and the 2025 password rules with it" sh -c "grep -qF 'era:             2025 (the 2025 password rules' '$out' && grep -qF 'password policy: 2025' '$out'"
admin --db "$db" set era 2021 && admin --db "$db" set policy 2025
admin --db "$db" set policy 2030; check "set policy refuses other years with exit 2" [ $? -eq 2 ]
admin --db "$db" set colour blue
check "an unknown setting is refused with the list, the lock-out pair in it" \
	sh -c "[ $? -eq 2 ] && grep -qF 'kiosk-passphrase, connect TEXT, era 2021|2025, lockout N MINUTES.' '$err'"
admin --db "$db" set as-of 2021-02-30; check "set as-of refuses a date that does not exist" [ $? -eq 2 ]
admin --db "$db" set as-of 2021-02-10
check "set as-of sets the practice date" grep -qF "practice date:   2021-02-10" "$out"
admin --db "$db" set as-of today
check "set as-of today goes back to the real date" grep -qF "today (the real date)" "$out"
admin --db "$db" set lockout 3 5
check "set lockout sets attempts and minutes" grep -qF "after 3 wrong passwords, for 5 minutes" "$out"
admin --db "$db" set lockout 0 5; check "set lockout refuses 0 attempts" [ $? -eq 2 ]
printf 'start = quit\n' | "$WIZARD" --db "$db" --answers - > "$out" 2>&1
check "the wizard's status line shows the settings that are not the defaults" \
	grep -qxF "2025 password rules; locked after 3 wrong passwords for 5 min" "$out"
admin --db "$db" set policy 2021
admin --db "$db" set lockout 5 15
printf 'start = quit\n' | "$WIZARD" --db "$db" --as-of 2021-02-10 --answers - > "$out" 2>&1
check "with the defaults back, only the practice date is shown" \
	sh -c "grep -qxF 'Practice date: February 10, 2021' '$out' && ! grep -q 'password rules' '$out'"
admin --db "$db" set busy-wait 2
check "set busy-wait sets the wait" grep -qF "busy wait:       2 seconds" "$out"
admin --db "$db" set busy-wait 0; check "set busy-wait refuses 0 seconds" [ $? -eq 2 ]
admin --db "$db" set kiosk on
check "set kiosk on" grep -qF "kiosk:           on" "$out"
admin --db "$db" set idle 90
check "set idle sets the idle reset" grep -qF "idle reset:      after 90 seconds" "$out"
admin --db "$db" set idle soon; check "set idle refuses words" [ $? -eq 2 ]
printf 'short\n' | "$ADMIN" --db "$db" set kiosk-passphrase >"$out" 2>"$err"
check "a passphrase under 8 characters is refused" grep -qF "at least 8 characters" "$err"
admin --db "$db" set kiosk off
printf 'start = upgrade\npacer-login.username = ja1234\npacer-login.password = Wrong!1\npacer-login = login\npacer-login = back\nstart = quit\n' |
	"$WIZARD" --db "$db" --answers - > /dev/null 2>&1
admin --db "$db" audit --user ja1234
check "audit shows a wrong password, without the password" sh -c "grep -qE ' ja1234 +- +login +wrong username or password' '$out' && ! grep -qF 'Wrong!1' '$out'"
admin --db "$db" audit --csv --event login
check "audit --csv writes a header and quoted fields" sh -c "head -1 '$out' | grep -qx 'time,terminal,username,court,event,outcome,host,class' && grep -qF '\"ja1234\",\"\",\"login\",\"wrong username or password\"' '$out'"
admin --db "$db" audit --since 2999-01-01
check "audit --since a later day shows no row" [ "$(wc -l < "$out")" -eq 1 ]
admin --db "$db" audit --since 2021-13-01; check "audit refuses a date that does not exist" [ $? -eq 2 ]
admin --db "$db" accounts --csv; check "audit options go only with audit" [ $? -eq 2 ]
admin --db "$db" load "$work_dir/none.scenario" --yes
check "load of a missing file fails and says so" sh -c "[ $? -eq 1 ] && grep -qF 'Cannot read' '$err'"
tap_finish
