#!/bin/sh
# SPDX-License-Identifier: MIT
# The plain frontend keeps every rule of a session, as the full screen
# does: at a kiosk the idle warning (a line) and the reset (a separator,
# then the start screen), no quit, and the end of input wiping what the
# patron typed; elsewhere a field answered is drafted at once, so input
# that drops keeps it; a permanent action is never taken by an empty
# line. Input comes through a pipe; the wizard's clock is moved on by the
# test (a file), never waited for.
. "${srcdir:-.}/tests/tap.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-plain-XXXXXX") || exit 1
wizard_pid=
cleanup() {
	exec 3>&- 2>/dev/null
	[ -n "$wizard_pid" ] && kill "$wizard_pid" 2>/dev/null
	rm -rf "$work_dir"
}
trap cleanup EXIT
data="$TOP_SRCDIR/tests/data"
wait_seconds=${E2E_WAIT_SECONDS:-10}

# start_plain DATABASE [ARGS...]: the wizard in plain lines, reading the
# lines said with say, writing to $work_dir/out.
start_plain() {
	db=$1
	shift
	rm -f "$work_dir/in" "$work_dir/out"
	mkfifo "$work_dir/in"
	clock_now=0
	echo 0 > "$work_dir/clock"
	NEXTGEN_WIZARD_TEST_CLOCK="$work_dir/clock" "$WIZARD" --plain --db "$db" "$@" \
		< "$work_dir/in" > "$work_dir/out" 2>&1 &
	wizard_pid=$!
	exec 3> "$work_dir/in"
}
say() { printf '%s\n' "$1" >&3; }
advance_clock() {
	clock_now=$((clock_now + $1))
	echo "$clock_now" > "$work_dir/clock"
}
# wait_out TEXT [COUNT]: TEXT has been written COUNT times (1).
wait_out() {
	wait_left=$((wait_seconds * 20))
	while [ $wait_left -gt 0 ]; do
		[ "$(grep -cF -- "$1" "$work_dir/out")" -ge "${2:-1}" ] && return 0
		sleep 0.05
		wait_left=$((wait_left - 1))
	done
	echo "# waited $wait_seconds s for \"$1\", in vain"
	return 1
}
expect_out() {
	if wait_out "$2" "${3:-1}"; then ok "$1"; else fail "$1" "expected: $2" "$(tail -n 15 "$work_dir/out")"; fi
}
# end_input: the input ends; the wizard's exit status is in $status.
end_input() {
	exec 3>&-
	wait "$wizard_pid"
	status=$?
	wizard_pid=
}
in_database() { cat "$1" "$1-wal" 2>/dev/null | grep -aqF -- "$2"; }
drafted() { [ "$(sqlite3 "$1" "SELECT count(*) FROM drafts WHERE value = '$2'")" -ge 1 ]; }
kind_of() { sqlite3 "$1" "SELECT kind FROM pacer_accounts WHERE account_number = '4012345'"; }

# to_person_tab: from the start screen, John's login and the Upgrade,
# up to the Person tab's first prompt.
to_person_tab() {
	say 1 && say ja1234 && say 'Legacy!2013' && say "" &&
		wait_out "Account Type: Legacy PACER Account" && say 1 && wait_out "Prefix (optional)"
}

plan 17
"$ADMIN" --db "$work_dir/kiosk.db" init > /dev/null
printf 'Staff!Pass1\n' | "$ADMIN" --db "$work_dir/kiosk.db" set kiosk-passphrase > /dev/null 2>&1

# ---- a kiosk ---------------------------------------------------------------
start_plain "$work_dir/kiosk.db" --kiosk --idle 30
wait_out "== NextGen CM/ECF practice wizard =="
if grep -qF "Quit" "$work_dir/out"; then fail "a plain kiosk offers no Quit"; else ok "a plain kiosk offers no Quit"; fi
say quit
expect_out "quit is refused at a kiosk, in words" "This is a public terminal: the wizard stays for the next person."
check "and the wizard goes on" kill -0 "$wizard_pid"

# The Enter that answers the warning only asks for more time: on the
# account screen, where an empty line would choose Upgrade, it stays.
say 1 && say ja1234 && say 'Legacy!2013' && say ""
wait_out "Account Type: Legacy PACER Account"
advance_clock 31
expect_out "after the idle time a warning line says so" "No key was pressed for 30 seconds."
expect_out "and how to keep working, in the plain frontend's words" "Press Enter to keep working."
say ""
wait_out "press Enter for Upgrade (back, help): " 2
sleep 0.3
if grep -qF "Step 1 of 3" "$work_dir/out"; then fail "the Enter that answers it chooses nothing"; else ok "the Enter that answers it chooses nothing"; fi
say 1
wait_out "Prefix (optional)"
say ""
say ""
say "Quentinus"
wait_out "Name (required) [Attorney]: "
sleep 0.2
check "the patron's answer is drafted at once" drafted "$work_dir/kiosk.db" Quentinus
advance_clock 31
wait_out "No key was pressed for 30 seconds." 2
advance_clock 21
expect_out "with no answer, a separator and the start screen again" "========================================"
expect_out "saying why" "The screen was cleared for the next person"
check "the patron's draft is gone from the database" sh -c "! cat '$work_dir/kiosk.db' '$work_dir/kiosk.db-wal' 2>/dev/null | grep -aqF Quentinus"

# The next patron types, then the input ends: the session ends wiped.
to_person_tab
say ""
say ""
say "Bartholomew"
wait_out "Name (required) [Attorney]: "
sleep 0.2
check "the next patron's answer is drafted at once" drafted "$work_dir/kiosk.db" Bartholomew
end_input
check "the end of input ends the session, status 0" [ "$status" = 0 ]
if in_database "$work_dir/kiosk.db" Bartholomew; then fail "and wipes what the patron typed"; else ok "and wipes what the patron typed"; fi

# ---- a trainee's own session ------------------------------------------------
"$ADMIN" --db "$work_dir/own.db" init > /dev/null
start_plain "$work_dir/own.db"
to_person_tab
say ""
say ""
say "Quentinus"
wait_out "Name (required) [Attorney]: "
end_input
check "outside a kiosk, input that drops keeps the field answered" drafted "$work_dir/own.db" Quentinus

# ---- permanent actions --------------------------------------------------------
# John's walk, cut just after an empty line at the Security tab's Submit
# prompt, then after one at the link's Confirm.
awk '{ print } /^Jackie$/ { print ""; exit }' "$data/john-upgrade-link.plain" > "$work_dir/upgrade.plain"
"$ADMIN" --db "$work_dir/upgrade.db" init > /dev/null
"$WIZARD" --plain --db "$work_dir/upgrade.db" < "$work_dir/upgrade.plain" > "$work_dir/upgrade.out" 2>&1
# (Lines are wrapped to the width at word boundaries: read them joined.)
check "the Submit prompt says an empty line does nothing" sh -c "tr '\n' ' ' < '$work_dir/upgrade.out' |
	grep -qF 'Submit cannot be undone: type its number or its name to do it; an empty line does nothing'"
check "an empty line at the Security tab's Submit upgrades nothing" [ "$(kind_of "$work_dir/upgrade.db")" = legacy ]
awk '{ print } /^Canb!Ecf2019$/ { n = 1; next } n == 1 { print ""; exit }' "$data/john-upgrade-link.plain" > "$work_dir/link.plain"
"$ADMIN" --db "$work_dir/link.db" init > /dev/null
"$WIZARD" --plain --db "$work_dir/link.db" < "$work_dir/link.plain" > "$work_dir/link.out" 2>&1
linked=$(sqlite3 "$work_dir/link.db" "SELECT count(*) FROM ecf_accounts WHERE linked_at <> ''")
check "an empty line at the link's Confirm links nothing" \
	[ "$(kind_of "$work_dir/link.db")" = upgraded -a "$linked" = 0 ]
tap_finish
