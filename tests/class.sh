#!/bin/sh
# SPDX-License-Identifier: MIT
# A trainer's class: 20 trainees made in one command; ten of them upgrade
# and link (through the answers frontend); the report names exactly those
# ten as done, with their times; the reset puts all twenty back. With the
# practice date before canb went live, linking is refused to the whole
# class; on the go-live day it is allowed.
. "${srcdir:-.}/tests/tap.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-class-XXXXXX") || exit 1
trap '[ -n "${KEEP:-}" ] || rm -rf "$work_dir"' EXIT
db="$work_dir/class.db"
admin() { "$ADMIN" --db "$db" "$@"; }
. "${srcdir:-.}/tests/class_lib.sh"

# run_flows FIRST LAST [WIZARD OPTIONS]: those trainees at once; trainee
# N's output in out.N.
run_flows() {
	first=$1 last=$2
	shift 2
	# The loop runs in the pipeline's subshell: it waits for its own.
	tr -d '"' < "$work_dir/slips.csv" | awk -F, -v a="$first" -v b="$last" 'NR > 1 && $2 >= a && $2 <= b' | {
		while IFS=, read -r _ n _ user pass _ login ecfpass _; do
			upgrade_and_link_answers "$user" "$pass" "trainee${n}x" canb "$login" "$ecfpass" \
				> "$work_dir/flow.$n"
			"$WIZARD" --db "$db" "$@" --answers "$work_dir/flow.$n" > "$work_dir/out.$n" 2>&1 &
		done
		wait
	}
}

# Field f of trainee n's row; a time as "YYYY-MM-DD HH:MM:SS" (the tests run in UTC).
report_field() { admin class report --name c20 --csv | tr -d '"' | awk -F, -v n="$1" -v f="$2" 'NR > 1 && $3 == n { print $f }' | sed 's/^\([0-9-]*\)T\([0-9:]*\)+00:00$/\1 \2/'; }

plan 24
admin init > /dev/null

# Refusals: each with its sentence and its status, and the database as it
# was (the same dump before and after).
admin class create --name taken --count 1 --court cacd > /dev/null
admin scenario dump - > "$work_dir/before"
refused() {
	description=$1 status=$2 message=$3
	shift 3
	admin "$@" > "$work_dir/refused.out" 2> "$work_dir/refused.err"
	got=$?
	admin scenario dump - > "$work_dir/after"
	if [ "$got" -eq "$status" ] && grep -qF -- "$message" "$work_dir/refused.err" &&
		cmp -s "$work_dir/before" "$work_dir/after"; then
		ok "$description"
	else
		fail "$description" "status $got" "$(cat "$work_dir/refused.err")"
	fi
}
refused "class create refuses a court that does not exist" 1 "there is no court zzz" \
	class create --name c --count 3 --court zzz
refused "class create refuses a count of 0" 2 "--count takes a number of trainees from 1 to 100" \
	class create --name c --count 0 --court canb
refused "class create refuses a count of 10000" 2 "--count takes a number of trainees from 1 to 100" \
	class create --name c --count 10000 --court canb
refused "class create refuses a name in use" 1 "A class named taken exists already" \
	class create --name taken --count 2 --court canb
refused "class create refuses a kind that does not exist" 2 "--kind is legacy, upgraded or mixed" \
	class create --name c --count 2 --court canb --kind odd
refused "class report names a class that does not exist" 1 "no class named nope" \
	class report --name nope
refused "class reset names a class that does not exist" 1 "no class named nope" \
	class reset --name nope --yes
refused "set as-of refuses a date that does not exist" 2 "the date is YYYY-MM-DD" \
	set as-of 2021-02-30
admin class create --name c20 --count 20 --court canb --kind legacy --csv --slips "$work_dir/slips.csv" 2> "$work_dir/create.err"
check "class create makes 20 trainees and their slips" [ "$(($(wc -l < "$work_dir/slips.csv") - 1))" -eq 20 ]
leaked=$(tr -d '"' < "$work_dir/slips.csv" | awk -F, 'NR > 1 { print $5 }' | while read -r p; do grep -aqF -- "$p" "$db"* && echo "$p"; done)
check "no slip's password is in the database" [ -z "$leaked" ]

before=$(date -u '+%Y-%m-%d %H:%M:%S')
run_flows 1 10
after=$(date -u '+%Y-%m-%d %H:%M:%S')
done_ok=$(grep -l "^Screen: link-success" "$work_dir"/out.* | wc -l)
check "ten trainees upgrade and link ($done_ok)" [ "$done_ok" -eq 10 ]
admin class report --name c20 > "$work_dir/report"
check "the report's totals say ten of twenty" grep -qF "20 trainees; 10 logged in, 10 upgraded, 10 linked." "$work_dir/report"
wrong=""
for n in $(seq 1 20); do
	up=$(report_field "$n" 8) linked=$(report_field "$n" 10)
	if [ "$n" -le 10 ]; then
		{ [ -n "$up" ] && [ -n "$linked" ] && ! [ "$up" \< "$before" ] && ! [ "$after" \< "$linked" ]; } || wrong="$wrong $n"
	else
		{ [ -z "$up" ] && [ -z "$linked" ]; } || wrong="$wrong $n"
	fi
done
check "exactly trainees 1-10 are done, at times within the run (wrong:$wrong)" [ -z "$wrong" ]

admin class reset --name c20 --yes > /dev/null
admin class report --name c20 > "$work_dir/report"
check "class reset returns all twenty to the start" grep -qF "20 trainees; 0 logged in, 0 upgraded, 0 linked." "$work_dir/report"
check "the audit log says who reset the class" sh -c "$ADMIN --db '$db' audit --event 'class reset' | grep -qE 'admin:.*class reset'"

rm -f "$work_dir"/out.*
run_flows 1 20 --as-of 2021-02-10
refused=$(grep -l "cannot be linked before February 16, 2021" "$work_dir"/out.* | wc -l)
check "on 2021-02-10 linking at canb is refused to the whole class ($refused of 20)" [ "$refused" -eq 20 ]
check "and nobody is linked" [ "$(sqlite3 "$db" "SELECT count(*) FROM ecf_accounts WHERE linked_at <> ''")" = 0 ]

admin class reset --name c20 --yes > /dev/null
admin set as-of 2021-02-16 > /dev/null
rm -f "$work_dir"/out.*
run_flows 1 20
linked=$(grep -l "^Screen: link-success" "$work_dir"/out.* | wc -l)
check "on 2021-02-16 (set by nextgen-admin) the whole class links ($linked of 20)" [ "$linked" -eq 20 ]
admin class create --name c2 --count 2 --court cacd > /dev/null
admin class reset --all --yes > "$work_dir/reset-all"
check "class reset --all puts every class back" sh -c "grep -qF 'Class c2: 2 trainees are back' '$work_dir/reset-all' && grep -qF 'Class c20: 20 trainees are back' '$work_dir/reset-all' && $ADMIN --db '$db' class report --name c20 | grep -qF ', 0 linked.'"

# Each trainee's get-ready page, for the trainer to print: their name and
# first username, the court's date, the courts' warnings, whom to call.
admin class checklist --name c20 --output "$work_dir/pages.txt" > "$work_dir/pages.out"
feeds=$(tr -cd '\f' < "$work_dir/pages.txt" | wc -c)
check "class checklist writes twenty pages, a form feed between them ($feeds)" \
	sh -c "[ $feeds -eq 19 ] && grep -qF '20 pages for class c20 written to' '$work_dir/pages.out'"
missing=$(tr -d '"' < "$work_dir/slips.csv" | awk -F, 'NR > 1 { print "For " $3 " (PACER username " $4 ")" }' |
	while read -r line; do grep -qF "$line" "$work_dir/pages.txt" || echo "$line"; done)
for text in "on NextGen CM/ECF since February 16, 2021" "must be upgraded" "(800) 676-6856" "What the courts told filers"; do
	# Counted in the words run together: the page wraps its lines.
	count=$(tr '\n' ' ' < "$work_dir/pages.txt" | tr -s ' ' | grep -oF "$text" | wc -l)
	[ "$count" -eq 20 ] || missing="$missing; 20 times, not $count: $text"
done
widest=$(LC_ALL=C.UTF-8 wc -L < "$work_dir/pages.txt")
if [ -z "$missing" ] && [ "$widest" -le 80 ]; then
	ok "each page has its trainee, the date, the warnings and the number, in 80 columns ($widest)"
else
	fail "each page has its trainee, the date, the warnings and the number, in 80 columns ($widest)" \
		"missing: $missing"
fi
admin scenario dump - > "$work_dir/before"
refused "class checklist refuses a class that does not exist, writing nothing" 1 "there is no class named zz" \
	class checklist --name zz --output "$work_dir/none.txt"
check "and makes no page file" [ ! -e "$work_dir/none.txt" ]

integrity=$(sqlite3 "$db" 'PRAGMA integrity_check')
check "the database passes integrity_check" [ "$integrity" = ok ]
tap_finish
