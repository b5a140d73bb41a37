#!/bin/sh
# SPDX-License-Identifier: MIT
# A class's multifactor authentication (class create --mfa, issue 26):
# required and none set each trainee's account's rule, and no --mfa
# leaves it to the link; enrolled gives each trainee an enrolled "Class
# app" whose key is on the slip (in groups of four, and in the CSV) and
# in no audit row or dump: oathtool(1) makes from it the passcode account
# mfa show prints, and the wizard's login in the 2025 era asks for it. A
# wrong --mfa is refused; class add takes the class's; class reset keeps
# it (the Class app with a new key, which class slip prints); room
# --once and class report show each trainee's MFA.
. "${srcdir:-.}/tests/tap.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-class-mfa-XXXXXX") || exit 1
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
db="$work/mfa.db"
admin() { "$ADMIN" --db "$db" "$@"; }
TZ=UTC0
export TZ

# rules CLASS: each trainee's mfa_required in order ("null" for none).
rules() {
	sqlite3 "$db" "SELECT coalesce(p.mfa_required, 'null') FROM class_members m
		JOIN pacer_accounts p ON p.id = m.pacer_account_id WHERE m.class_name = '$1' ORDER BY m.position" |
		tr '\n' ' '
}
# apps CLASS: each trainee's apps' names in order, "-" for none.
apps() {
	sqlite3 "$db" "SELECT coalesce((SELECT group_concat(a.name) FROM mfa_apps a
		WHERE a.pacer_account_id = m.pacer_account_id), '-') FROM class_members m
		WHERE m.class_name = '$1' ORDER BY m.position" | tr '\n' ' '
}
# secrets CLASS: the keys the store holds for the class's apps.
secrets() {
	sqlite3 "$db" "SELECT a.secret FROM mfa_apps a JOIN class_members m
		ON m.pacer_account_id = a.pacer_account_id WHERE m.class_name = '$1' ORDER BY m.position"
}
# slip_keys FILE: the keys of printed slips, without their spaces.
slip_keys() { sed -n 's/^  MFA app key: *//p' "$1" | tr -d ' '; }
# csv_field FILE N F: field F of trainee N's row of CSV slips.
csv_field() { tr -d '"' < "$1" | awk -F, -v n="$2" -v f="$3" 'NR > 1 && $2 == n { print $f }'; }
# passcode_matches KEY USER: account mfa show prints for USER's Class app
# the passcode oathtool makes from KEY now (or a step ago, when the step
# turned between the two).
passcode_matches() {
	shown=$(admin account mfa show "$2" | sed -n 's/^Class app (added .* UTC): \([0-9]\{6\}\) now.*/\1/p')
	now=$(date +%s)
	[ -n "$shown" ] && { [ "$shown" = "$(oathtool --totp -b "$1" --now "@$now")" ] ||
		[ "$shown" = "$(oathtool --totp -b "$1" --now "@$((now - 30))")" ]; }
}
have_oathtool() { command -v oathtool > /dev/null 2>&1; }
# row_of USER: USER's row of the last room --once.
row_of() { grep -E "^[0-9-]+ +.* $1 " "$work/room"; }
# login_answers USER PASSWORD [SCREEN = ACTION]...: a login, then each
# screen's line.
login_answers() {
	printf 'start = upgrade\npacer-login.username = %s\npacer-login.password = %s\npacer-login = login\n' "$1" "$2"
	shift 2
	for line; do printf '%s\n' "$line"; done
	echo "start = quit"
}

plan 24
admin init > /dev/null

# ---- the four modes ---------------------------------------------------------------
admin class create --name plain --count 2 --court canb --csv --slips "$work/plain.csv" 2> /dev/null
admin class create --name req --count 2 --court canb --mfa required --csv --slips "$work/req.csv" 2> /dev/null
admin class create --name off --count 2 --court canb --mfa none --kind upgraded --csv --slips "$work/off.csv" 2> /dev/null
admin class create --name enr --count 2 --court canb --mfa enrolled --slips "$work/enr.txt" 2> /dev/null
check "without --mfa the accounts' rule is not set (as PACER: required once linked)" [ "$(rules plain)" = "null null " ]
check "--mfa required: each account must enroll" [ "$(rules req)" = "1 1 " ]
check "--mfa none: each account is never asked" [ "$(rules off)" = "0 0 " ]
check "--mfa enrolled: each account must enroll and has one app, the Class app; the others none" \
	[ "$(rules enr)/$(apps enr)/$(apps req)$(apps off)$(apps plain)" = "1 1 /Class app Class app /- - - - - - " ]

user1=$(sed -n 's/^  PACER username:  \([^ ]*\) .*/\1/p' "$work/enr.txt" | sed -n 1p)
pass1=$(sed -n 's/^  PACER password:  //p' "$work/enr.txt" | sed -n 1p)
user2=$(sed -n 's/^  PACER username:  \([^ ]*\) .*/\1/p' "$work/enr.txt" | sed -n 2p)
key1=$(slip_keys "$work/enr.txt" | sed -n 1p)
key2=$(slip_keys "$work/enr.txt" | sed -n 2p)
check "each slip has the key in groups of four, the store's, and says what to do with it" \
	sh -c "[ \$(grep -cE '^  MFA app key:     ([A-Z2-7]{4} ){6}[A-Z2-7]{2}\$' '$work/enr.txt') -eq 2 ] &&
	[ '$(secrets enr | tr '\n' ' ')' = '$key1 $key2 ' ] &&
	grep -qxF '  or ask the trainer: nextgen-admin account mfa show $user1' '$work/enr.txt'"
both_match() { passcode_matches "$key1" "$user1" && passcode_matches "$key2" "$user2"; }
if have_oathtool; then
	check "the slip's key gives through oathtool the passcode account mfa show prints" both_match
else
	ok "the slip's key gives through oathtool the passcode account mfa show prints # SKIP oathtool is not installed"
fi
admin class add --name enr --count 1 --csv --slips "$work/late.csv" 2> /dev/null
late_key=$(csv_field "$work/late.csv" 3 12 | tr -d ' ')
check "class add takes the class's mode: the late arrival has a Class app, its key in the CSV's mfa_key" \
	sh -c "[ '$(rules enr)/$(apps enr)' = '1 1 1 /Class app Class app Class app ' ] &&
	head -1 '$work/late.csv' | grep -q ',practice_date,mfa_key\$' && [ '$late_key' = '$(secrets enr | sed -n 3p)' ]"
admin class add --name req --count 1 --mfa none --csv --slips "$work/req-late.csv" 2> /dev/null
check "class add --mfa: for the late arrivals alone; a slip without a key has an empty mfa_key" \
	[ "$(rules req)/$(csv_field "$work/req-late.csv" 3 12)" = "1 1 0 /" ]
admin scenario dump "$work/dump.scenario" > /dev/null
no_key_written() {
	! admin audit --csv | grep -qF -e "$key1" -e "$late_key" && ! grep -qF -e "$key1" -e "$late_key" "$work/dump.scenario"
}
check "the keys are in no audit row and no scenario dump" no_key_written

# ---- a wrong --mfa --------------------------------------------------------------------
admin class create --name bad --count 1 --court canb --mfa sometimes --slips "$work/bad.txt" > /dev/null 2> "$work/bad.err"
status=$?
check "a wrong --mfa is refused with exit status 2 and a sentence; nothing made" \
	sh -c "[ $status -eq 2 ] && grep -qF -- '--mfa is enrolled, required or none.' '$work/bad.err' &&
	[ ! -e '$work/bad.txt' ] && [ \"\$(sqlite3 '$db' \"SELECT count(*) FROM classes WHERE name = 'bad'\")\" = 0 ]"
admin class report --name enr --mfa none > /dev/null 2> "$work/report-mfa.err"
check "and so is --mfa where a command takes none" \
	sh -c "[ $? -eq 2 ] && grep -qF 'class report takes no --mfa.' '$work/report-mfa.err'"

# ---- the room and the report, 2021 era: 2021's PACER had no MFA ----------------------
admin room --once --class plain > "$work/room"
plain1=$(csv_field "$work/plain.csv" 1 4)
check "room --once in the 2021 era has no MFA column" \
	sh -c "head -1 '$work/room' | grep -qE ' STEP +IDLE +FAILED' && ! grep -q 'MFA' '$work/room' && grep -qE ' $plain1 .* Not upgraded +- +0 +\$' '$work/room'"
admin class report --name enr > "$work/report21.txt"
admin class report --name enr --csv > "$work/report.csv"
check "nor has the class report's table; its CSV keeps the mfa column" \
	sh -c "grep -qE ' LOCKS +NOW\$' '$work/report21.txt' && ! grep -q 'MFA' '$work/report21.txt' &&
	head -1 '$work/report.csv' | grep -q ',step,mfa\$' && [ \$(grep -c ',\"enrolled\"\$' '$work/report.csv') -eq 3 ]"
room_and_report_2025() {
	for class in req off enr; do admin room --once --class $class; done > "$work/room"
	req1=$(csv_field "$work/req.csv" 1 4) off1=$(csv_field "$work/off.csv" 1 4)
	check "in 2025 room --once says required, off and enrolled for the classes made with --mfa" \
		sh -c "head -1 '$work/room' | grep -qE ' STEP +MFA +IDLE +FAILED' &&
		grep -qE ' $req1 .* +required +- +0 +\$' '$work/room' && grep -qE ' $off1 .* +off +- +0 +\$' '$work/room' &&
		grep -qE ' $user1 .* +enrolled +- +0 +\$' '$work/room'"
	admin class report --name enr > "$work/report.txt"
	check "and the class report an MFA column before NOW" \
		sh -c "grep -qE ' LOCKS +MFA +NOW\$' '$work/report.txt' && [ \$(grep -cE ' 0 +0  enrolled +Not started\$' '$work/report.txt') -eq 3 ]"
}
admin class report --name plain --csv > "$work/plain-report.csv"
admin report merge "$work/report.csv" > "$work/merged.csv"
check "the CSV's mfa is empty for -, and report merge takes the reports with it" \
	sh -c "[ \$(grep -c ',\"Not started\",\"\"\$' '$work/plain-report.csv') -eq 2 ] && cmp -s '$work/report.csv' '$work/merged.csv'"

# ---- the 2025 era: the wizard asks as the class says -----------------------------------
admin set era 2025 > /dev/null
room_and_report_2025
if have_oathtool; then
	login_answers "$user1" "$pass1" "mfa-passcode.passcode = $(oathtool --totp -b "$key1")" "mfa-passcode = verify" \
		> "$work/enr.answers"
	"$WIZARD" --db "$db" --answers "$work/enr.answers" > "$work/enr.out" 2>&1
	check "an enrolled trainee's login asks for the passcode, which the slip's key gives" \
		sh -c "grep -q '^Screen: mfa-passcode' '$work/enr.out' && grep -q '^Screen: account' '$work/enr.out' &&
		! grep -q '^Error:' '$work/enr.out'"
else
	ok "an enrolled trainee's login asks for the passcode, which the slip's key gives # SKIP oathtool is not installed"
fi
login_answers "$req1" "$(csv_field "$work/req.csv" 1 5)" "mfa-prompt = skip" > "$work/req.answers"
"$WIZARD" --db "$db" --answers "$work/req.answers" > "$work/req.out" 2>&1
login_answers "$off1" "$(csv_field "$work/off.csv" 1 5)" > "$work/off.answers"
"$WIZARD" --db "$db" --answers "$work/off.answers" > "$work/off.out" 2>&1
check "a required trainee meets the enrollment prompt (and skips it); one with none is never asked" \
	sh -c "grep -q '^Screen: mfa-prompt' '$work/req.out' && grep -q '^Screen: account' '$work/req.out' &&
	grep -q '^Screen: account' '$work/off.out' && ! grep -q '^Screen: mfa-' '$work/off.out'"
for class in plain req; do admin room --once --class $class; done > "$work/room"
check "room --once in the 2025 era: off for a trainee neither linked nor told, skipped 1 after a skip" \
	sh -c "grep -qE ' $plain1 .* +off +- +0 +\$' '$work/room' && grep -qE ' $req1 .* +skipped 1 +' '$work/room'"

# ---- class reset keeps the mode ------------------------------------------------------
before=$(secrets enr | tr '\n' ' ')
admin class reset --name enr --yes > "$work/reset.out"
admin class reset --name req --yes > /dev/null
admin class reset --name off --yes > /dev/null
check "class reset keeps required and none (the skip forgotten)" \
	sh -c "[ '$(rules req)/$(rules off)' = '1 1 0 /0 0 ' ] &&
	[ \"\$(sqlite3 '$db' \"SELECT mfa_skips FROM pacer_accounts WHERE username = '$req1'\")\" = 0 ]"
after=$(secrets enr | tr '\n' ' ')
check "and gives each Class app again, with a new key, and says how to print it" \
	sh -c "[ '$(apps enr)' = 'Class app Class app Class app ' ] && [ \$(echo '$after' | wc -w) -eq 3 ] &&
	! echo '$before' | grep -qF \"\$(echo '$after' | cut -d' ' -f1)\" &&
	grep -qF 'Class enr: 3 Class apps have a new key; nextgen-admin class slip --name enr --trainee N prints' '$work/reset.out'"
admin class slip --name enr --trainee 1 --slips "$work/again.txt" 2> /dev/null
new_key=$(slip_keys "$work/again.txt")
new_key_matches() {
	[ "$new_key" = "$(secrets enr | sed -n 1p)" ] && [ "$new_key" != "$key1" ] && passcode_matches "$new_key" "$user1"
}
if have_oathtool; then
	check "class slip prints the new key, whose passcode account mfa show prints" new_key_matches
else
	ok "class slip prints the new key, whose passcode account mfa show prints # SKIP oathtool is not installed"
fi
admin class reset --name enr --trainee 2 --yes > "$work/reset2.out"
check "a trainee reset alone: only their Class app has a new key" \
	sh -c "[ '$(secrets enr | sed -n 1p)' = '$new_key' ] && [ '$(secrets enr | sed -n 2p)' != '$(echo "$after" | cut -d' ' -f2)' ] &&
	grep -qF \"trainee 2's Class app has a new key\" '$work/reset2.out'"
# The class keeps its mode: a late arrival gets the Class app after the
# last trainee deleted theirs, and a reset gives it back to them.
admin class create --name kept --count 1 --court canb --mfa enrolled --slips "$work/kept.txt" 2> /dev/null
sqlite3 "$db" "DELETE FROM mfa_apps WHERE pacer_account_id = (SELECT pacer_account_id FROM class_members WHERE class_name = 'kept')"
admin class add --name kept --count 1 --slips "$work/kept-late.txt" 2> /dev/null
first=$(apps kept)
admin class reset --name kept --yes > /dev/null
check "a class keeps its --mfa: late arrivals and resets follow it, not the trainees' state ($first)" \
	sh -c "[ '$first' = '- Class app ' ] && [ '$(apps kept)' = 'Class app Class app ' ] && [ '$(rules kept)' = '1 1 ' ]"
tap_finish
