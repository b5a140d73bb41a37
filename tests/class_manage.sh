#!/bin/sh
# SPDX-License-Identifier: MIT
# A trainer runs a class: slips on standard output with the practice date
# and how to connect, one a page; a lock counted once; how long each step
# took; local time with its offset; progress that survives a scenario
# dump and load; late arrivals; a reprinted slip; one trainee reset (with
# a session running: refused, then --force sends it to the start);
# certificates; a deleted class.
. "${srcdir:-.}/tests/tap.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-class-manage-XXXXXX") || exit 1
wizard_pid=""
trap 'exec 3>&- 2>/dev/null; [ -z "$wizard_pid" ] || kill "$wizard_pid" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work_dir"' EXIT
db="$work_dir/class.db"
admin() { "$ADMIN" --db "$db" "$@"; }
. "${srcdir:-.}/tests/class_lib.sh"
# The reports in UTC unless a test says otherwise.
TZ=UTC0
export TZ

# slip_field N F: field F of trainee N's row of the slips' CSV.
slip_field() { tr -d '"' < "$work_dir/slips.csv" | awk -F, -v n="$1" -v f="$2" 'NR > 1 && $2 == n { print $f }'; }
# report_field N F [DB]: field F of trainee N's row of the report's CSV.
report_field() {
	"$ADMIN" --db "${3:-$db}" class report --name c --csv | tr -d '"' |
		awk -F, -v n="$1" -v f="$2" 'NR > 1 && $3 == n { print $f }'
}
# login_answers USER PASSWORD...: a login with each password in turn.
login_answers() {
	user=$1
	shift
	echo "start = upgrade"
	for password; do
		printf 'pacer-login.username = %s\npacer-login.password = %s\npacer-login = login\n' "$user" "$password"
	done
	echo "start = quit"
}

plan 37
admin init > /dev/null
admin set connect "ssh practice@room2" > /dev/null
admin set as-of 2021-03-01 > /dev/null

# ---- slips -----------------------------------------------------------------------
(cd "$work_dir" && "$ADMIN" --db "$db" class create --name printed --count 3 --court canb --slips - > "$work_dir/slips.txt")
check "--slips - writes the slips to standard output, no file named -" \
	sh -c "[ $? -eq 0 ] && [ ! -e '$work_dir/-' ] && [ \$(grep -c 'PACER password:' '$work_dir/slips.txt') -eq 3 ]"
check "one slip a page: a form feed between them" [ "$(tr -cd '\f' < "$work_dir/slips.txt" | wc -c)" -eq 2 ]
check "each slip says how to connect and the practice date" \
	sh -c "[ \$(grep -c 'Connect with:    ssh practice@room2' '$work_dir/slips.txt') -eq 3 ] &&
	[ \$(grep -c 'Practice date:   March 1, 2021' '$work_dir/slips.txt') -eq 3 ]"
admin class create --name c --count 4 --court canb --csv --slips "$work_dir/slips.csv" 2> /dev/null
check "the CSV slips carry them too" [ "$(slip_field 1 10)/$(slip_field 1 11)" = "ssh practice@room2/2021-03-01" ]

# ---- a lock counted once ---------------------------------------------------------------
user1=$(slip_field 1 4) pass1=$(slip_field 1 5)
login_answers "$user1" bad1 bad2 bad3 bad4 bad5 "$pass1" > "$work_dir/locked.answers"
"$WIZARD" --db "$db" --answers "$work_dir/locked.answers" > "$work_dir/locked.out" 2>&1
check "five wrong passwords and one try while locked: 5 failed, 1 lock-out" \
	[ "$(report_field 1 13)/$(report_field 1 14)/$(report_field 1 7)" = "5/1/0" ]
check "the audit log tells the locking attempt from the try while locked" \
	[ "$(admin audit --event login --csv | grep -c 'now locked')/$(admin audit --event login --csv | grep -c '"locked"')" = 1/1 ]
check "audit --csv names the trainee's class in each of their rows (host, then class)" \
	[ "$(admin audit --event login --csv | grep -c ",\"$(hostname)\",\"c\"\$")" -eq 6 ]

# ---- durations, local time ------------------------------------------------------------
user2=$(slip_field 2 4) pass2=$(slip_field 2 5) login2=$(slip_field 2 7) ecf2=$(slip_field 2 8)
upgrade_and_link_answers "$user2" "$pass2" "trainee2x" canb "$login2" "$ecf2" > "$work_dir/t2.answers"
"$WIZARD" --db "$db" --answers "$work_dir/t2.answers" > "$work_dir/t2.out" 2>&1
check "trainee 2 upgrades and links" grep -q "^Screen: link-success" "$work_dir/t2.out"
check "each step's time is measured from its first screen" \
	sh -c "[ -n \"$(report_field 2 9)\" ] && [ \"$(report_field 2 9)\" -ge 0 ] && [ \"$(report_field 2 11)\" -ge 0 ]"
# The steps made to have taken 12 min 34 s and 1 h 2 min: the report's
# arithmetic and words.
sqlite3 "$db" "UPDATE class_members SET
	upgrade_started_at = (SELECT datetime(upgraded_at, '-754 seconds') FROM pacer_accounts WHERE id = pacer_account_id),
	link_started_at = (SELECT datetime(linked_at, '-3720 seconds') FROM ecf_accounts WHERE id = ecf_account_id)
	WHERE class_name = 'c' AND position = 2"
check "the CSV has the durations in seconds" [ "$(report_field 2 9)/$(report_field 2 11)" = 754/3720 ]
admin class report --name c > "$work_dir/report.txt"
check "the report shows them in words, and the average" \
	sh -c "grep -E '^  2 .* 12 min .* 1 h 02 min ' '$work_dir/report.txt' >/dev/null &&
	grep -qF 'the upgrade 12 min, the link 1 h 02 min' '$work_dir/report.txt'"
linked_utc=$(sqlite3 "$db" "SELECT linked_at FROM ecf_accounts WHERE login = '$login2' AND court_id = 'canb'")
linked_pst=$(TZ=PST8 "$ADMIN" --db "$db" class report --name c --csv | tr -d '"' | awk -F, '$3 == 2 { print $10 }')
expected=$(TZ=PST8 date -d "$linked_utc UTC" '+%Y-%m-%dT%H:%M:%S-08:00')
check "TZ is honoured: the CSV's time is local with its offset ($linked_pst)" [ "$linked_pst" = "$expected" ]
TZ=PST8 "$ADMIN" --db "$db" class report --name c > "$work_dir/report-pst.txt"
check "and the report says which zone its times are in" grep -qF "local time (PST, UTC-08:00)" "$work_dir/report-pst.txt"
check "the CSV rows name the host and the class" [ "$(report_field 2 1)/$(report_field 2 2)" = "$(hostname)/c" ]

# ---- progress in a dump ---------------------------------------------------------------------
admin scenario dump "$work_dir/class.scenario" > /dev/null
"$ADMIN" --db "$work_dir/loaded.db" scenario load "$work_dir/class.scenario" --yes > /dev/null 2>&1
"$ADMIN" --db "$db" class report --name c --csv | cut -d, -f1-14 > "$work_dir/before.csv"
"$ADMIN" --db "$work_dir/loaded.db" class report --name c --csv | cut -d, -f1-14 > "$work_dir/after.csv"
check "a loaded dump reports the same progress: logins, failures, lock-outs, times, durations" \
	cmp -s "$work_dir/before.csv" "$work_dir/after.csv"
check "the report does not read the audit log: pruned, the report stays" \
	sh -c "'$ADMIN' --db '$work_dir/loaded.db' audit prune --before 2999-01-01 > /dev/null &&
	'$ADMIN' --db '$work_dir/loaded.db' class report --name c --csv | cut -d, -f1-14 | cmp -s - '$work_dir/before.csv'"

# ---- certificates -----------------------------------------------------------------------------
admin class certificates --name c --output - > "$work_dir/certificates.txt"
name2=$(slip_field 2 3)
check "a certificate for the one who finished, with the steps and their dates" \
	sh -c "grep -qF '$name2' '$work_dir/certificates.txt' && grep -qF 'upgraded a legacy PACER account' '$work_dir/certificates.txt' &&
	[ \$(grep -c 'CERTIFICATE OF COMPLETION' '$work_dir/certificates.txt') -eq 1 ]"

# ---- late arrivals, a lost slip ---------------------------------------------------------------
admin class add --name c --count 2 --csv --slips "$work_dir/late.csv" 2> /dev/null
check "class add numbers the late arrivals after the last, slips for them alone" \
	[ "$(tr -d '"' < "$work_dir/late.csv" | awk -F, 'NR > 1 { printf "%s ", $2 }')" = "5 6 " ]
check "the class has six trainees" grep -q "6 trainees" "$(admin class report --name c > "$work_dir/r6"; echo "$work_dir/r6")"
admin class slip --name c --trainee "$user1" --csv --slips "$work_dir/new1.csv" 2> /dev/null
new1=$(tr -d '"' < "$work_dir/new1.csv" | awk -F, 'NR == 2 { print $5 }')
login_answers "$user1" "$new1" > "$work_dir/new1.answers"
"$WIZARD" --db "$db" --answers "$work_dir/new1.answers" > "$work_dir/new1.out" 2>&1
login_answers "$user1" "$pass1" > "$work_dir/old1.answers"
"$WIZARD" --db "$db" --answers "$work_dir/old1.answers" > "$work_dir/old1.out" 2>&1
check "a reprinted slip has new passwords that work at once (the lock lifted); the old one no more" \
	sh -c "[ '$new1' != '$pass1' ] && grep -q '^Screen: account' '$work_dir/new1.out' && ! grep -q '^Screen: account' '$work_dir/old1.out'"

# ---- one trainee back to the start, while connected ---------------------------------------------
user3=$(slip_field 3 4) pass3=$(slip_field 3 5)
mkfifo "$work_dir/in"
"$WIZARD" --plain --db "$db" < "$work_dir/in" > "$work_dir/plain.out" 2>&1 &
wizard_pid=$!
exec 3> "$work_dir/in"
printf '1\n%s\n%s\n\n' "$user3" "$pass3" >&3
connected() { [ "$(sqlite3 "$db" "SELECT count(*) FROM room_sessions r JOIN class_members m ON m.pacer_account_id = r.pacer_account_id WHERE m.position = 3 AND m.class_name = 'c' AND r.ended_at = ''")" = 1 ]; }
tries=200
until connected || [ $tries -eq 0 ]; do sleep 0.05; tries=$((tries - 1)); done
admin class reset --name c --trainee 3 --yes > /dev/null 2> "$work_dir/refused.err"
check "one trainee's reset is refused while they are connected" \
	sh -c "[ $? -eq 1 ] && grep -qF 'trainee 3 of c is connected' '$work_dir/refused.err'"
admin class reset --name c --trainee 2 --yes > "$work_dir/reset2.out"
check "another trainee is reset alone: trainee 2 is no longer linked, the others as they were" \
	sh -c "[ -z \"\$(sqlite3 '$db' \"SELECT linked_at FROM ecf_accounts WHERE login = '$login2' AND linked_at <> ''\")\" ] &&
	[ \"$(report_field 1 13)\" = 6 ] && grep -qF 'is back at the start' '$work_dir/reset2.out'"
# The walk again, through a FIFO, with a pause on the first screen of each
# step: on the Person tab, and on the choice of the court (before the
# court's login, when nobody is logged in yet).
mkfifo "$work_dir/t2.fifo"
"$WIZARD" --db "$db" --answers "$work_dir/t2.fifo" > "$work_dir/t2again.out" 2>&1 &
t2_pid=$!
# on_screen NAME: waits (up to 20 s) until the newest session is on it.
on_screen() {
	tries=400
	until [ "$(sqlite3 "$db" "SELECT screen FROM room_sessions ORDER BY id DESC LIMIT 1")" = "$1" ] ||
		[ $tries -eq 0 ]; do
		sleep 0.05
		tries=$((tries - 1))
	done
}
{
	sed -n '1,/^account = upgrade$/p' "$work_dir/t2.answers"
	# The pause counts from the screen, however long the login took.
	on_screen upgrade-person
	sleep 2
	sed -n '/^upgrade-person.birth-date/,/^start = link$/p' "$work_dir/t2.answers"
	on_screen link-court
	sleep 3
	sed -n '/^link-court.court/,$p' "$work_dir/t2.answers"
} > "$work_dir/t2.fifo"
wait "$t2_pid"
check "and their slip works again for the whole walk" grep -q "^Screen: link-success" "$work_dir/t2again.out"
took_upgrade=$(report_field 2 9) took_link=$(report_field 2 11)
if [ -n "$took_upgrade" ] && [ -n "$took_link" ] && [ "$took_upgrade" -ge 2 ] && [ "$took_link" -ge 3 ] &&
	[ "$took_link" -lt 60 ]; then
	ok "each step is timed from its first screen: the upgrade from the Person tab (2 s), the link from the court's choice (3 s)"
else
	fail "each step is timed from its first screen: the upgrade from the Person tab (2 s), the link from the court's choice (3 s)" \
		"upgrade $took_upgrade s, link $took_link s" "$(sqlite3 "$db" "SELECT upgrade_started_at, link_started_at, reset_at FROM class_members WHERE class_name = 'c' AND position = 2")" \
		"$(grep -n '^Screen:' "$work_dir/t2again.out" | head -30)"
fi
admin class reset --name c --trainee 3 --yes --force > /dev/null
check "--force resets the connected trainee" [ $? -eq 0 ]
printf '\n' >&3
tries=200
until grep -qF "The trainer put your practice back at the start" "$work_dir/plain.out" || [ $tries -eq 0 ]; do
	sleep 0.05
	tries=$((tries - 1))
done
check "the plain session is back at the start at its next action, and says why" \
	grep -qF "The trainer put your practice back at the start" "$work_dir/plain.out"
exec 3>&-
wait "$wizard_pid"
wizard_pid=""

# ---- a class gone ------------------------------------------------------------------------------
admin class delete --name printed --yes > "$work_dir/delete.out"
check "class delete removes the class and its accounts" \
	sh -c "grep -qF 'Deleted the class printed and the accounts of its 3 trainees.' '$work_dir/delete.out' &&
	[ \"\$(sqlite3 '$db' \"SELECT count(*) FROM class_members WHERE class_name = 'printed'\")\" = 0 ]"
admin class list > "$work_dir/list.out"
check "class list shows the one left, and that it does not run" grep -qE '^c +canb +legacy .* - +6 ' "$work_dir/list.out"
admin class start --name c > /dev/null
check "class start: the list says it runs, set says no idle reset, and so does the room" \
	sh -c "$ADMIN --db '$db' class list | grep -qE '^c +canb +legacy .* runs +6 ' &&
	$ADMIN --db '$db' set | grep -qF 'a class runs: no idle reset' &&
	$ADMIN --db '$db' room --once --class c | grep -qF 'A class is running: no session is wiped for being idle.'"

# ---- several rooms -----------------------------------------------------------------------------
# A second room's report: the same class on another host (its host
# column as that host writes it). A trainee's name holds a formula and an
# escape sequence (as a hand-edited database might): the report defuses
# and escapes them, and the merge passes them on as written.
sqlite3 "$db" "UPDATE pacer_accounts SET first_name = '=HYPERLINK(\"http://x\")' || char(27) || '[2J'
	WHERE id = (SELECT pacer_account_id FROM class_members WHERE class_name = 'c' AND position = 4)"
admin class report --name c --csv > "$work_dir/room1.csv"
host=$(hostname)
sed "s/^\"$host\",/\"zz-room2\",/" "$work_dir/room1.csv" > "$work_dir/room2.csv"
admin report merge "$work_dir/room2.csv" "$work_dir/room1.csv" > "$work_dir/merged.csv"
check "report merge gives one report: one heading, both rooms' rows, a host column, sorted" \
	sh -c "[ \$(grep -c '^host,class,trainee,' '$work_dir/merged.csv') -eq 1 ] &&
	[ \$(grep -c '^\"' '$work_dir/merged.csv') -eq 12 ] &&
	[ \"\$(sed -n 2p '$work_dir/merged.csv' | cut -d, -f1,3)\" = '\"$host\",\"1\"' ] &&
	[ \"\$(sed -n 8p '$work_dir/merged.csv' | cut -d, -f1,3)\" = '\"zz-room2\",\"1\"' ]"
check "each row as it was written (its escapes and defused formulas kept)" \
	[ "$(grep -F "\"$host\"," "$work_dir/merged.csv")" = "$(tail -n +2 "$work_dir/room1.csv")" ]
expected="\"'=HYPERLINK(\"\"http://x\"\")\\e[2J Nguyen\""
check "the formula is defused and the escape shown as \\e, in the merge as in the report" \
	grep -qF "$expected" "$work_dir/merged.csv"
check "and no escape character is in it" sh -c "! grep -q \"\$(printf '\\033')\" '$work_dir/merged.csv'"
# A row edited on the way, with a live formula or a raw escape: refused.
{ cat "$work_dir/room1.csv"; printf '"zz-evil","c","9","=cmd|x","a","a","0","","","","","","0","0","x",""\n'; } > "$work_dir/evil1.csv"
{ cat "$work_dir/room1.csv"; printf '"zz-evil","c","9","\033[2Jx","a","a","0","","","","","","0","0","x",""\n'; } > "$work_dir/evil2.csv"
admin report merge "$work_dir/evil1.csv" > /dev/null 2> "$work_dir/evil1.err"
status1=$?
admin report merge "$work_dir/evil2.csv" > "$work_dir/evil2.out" 2> "$work_dir/evil2.err"
check "a row with a live formula or a raw escape character is refused, nothing written" \
	sh -c "[ $status1 -eq 1 ] && [ $? -eq 1 ] && grep -qF 'line 8: not a row as class report --csv writes one' '$work_dir/evil1.err' &&
	grep -qF 'line 8' '$work_dir/evil2.err' && [ ! -s '$work_dir/evil2.out' ]"
admin report merge "$work_dir/room1.csv" "$work_dir/room1.csv" > /dev/null 2> "$work_dir/twice.err"
check "the same room twice is refused" sh -c "[ $? -eq 1 ] && grep -qF 'the same room' '$work_dir/twice.err'"
sed 's/^\("[^"]*"\),"c",/\1,"other",/' "$work_dir/room2.csv" > "$work_dir/other.csv"
admin report merge "$work_dir/room1.csv" "$work_dir/other.csv" > /dev/null 2> "$work_dir/other.err"
status=$?
admin report merge --any-class "$work_dir/room1.csv" "$work_dir/other.csv" > "$work_dir/any.csv"
check "reports of different classes are refused unless --any-class" \
	sh -c "[ $status -eq 1 ] && grep -qF 'add --any-class' '$work_dir/other.err' && [ \$(grep -c '\"other\"' '$work_dir/any.csv') -eq 6 ]"
admin class report --name c > "$work_dir/text.report"
admin report merge "$work_dir/room1.csv" "$work_dir/text.report" > /dev/null 2> "$work_dir/text.err"
check "a report that is not CSV is refused with a sentence" \
	sh -c "[ $? -eq 1 ] && grep -qF 'is not a class report in CSV' '$work_dir/text.err'"
