#!/bin/sh
# SPDX-License-Identifier: MIT
# The e-file registration a trainee sends when linking keeps failing,
# and the trainer who approves it as the court: Chris Doe's three wrong
# CM/ECF passwords at canb lead to the Attorney Admissions/E-File
# Registration form and its confirmation; nextgen-admin efile lists the
# pending request and approves it; at his next login Chris e-files there.
# A class reset takes a trainee's request and its approval back.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-efile-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
db="$work_dir/e.db"
out="$work_dir/out"
admin() { "$ADMIN" --db "$db" "$@" > "$out" 2>&1 < /dev/null; }
has() { grep -qF -- "$1" "$2"; }
plan 21
admin init
"$WIZARD" --db "$db" --answers "$srcdir/tests/data/efile-request.answers" > "$work_dir/request" 2>&1
check "the request flow runs to its end" [ $? -eq 0 ]
check "a bar number with a space is refused in words" \
	has "An attorney gives the bar number: letters, digits and hyphens only." "$work_dir/request"
check "the confirmation shows the court, type of filer, bar number and state" sh -c "
	grep -qF 'Type of filer: Attorney' '$work_dir/request' &&
	grep -qF 'Bar number: 123456' '$work_dir/request' &&
	grep -qF 'Bar state: California' '$work_dir/request' &&
	grep -qF 'Court: U.S. Bankruptcy Court, Northern District of California' '$work_dir/request'"
check "Submit records it as pending" has "Your e-filing request is recorded as pending." "$work_dir/request"
admin efile
check "efile lists the pending request with its details" sh -c "
	grep -E '^1 +chrisdoe2019 +canb +attorney +Attorney +123456 +CA +pending' '$out' > /dev/null"
"$WIZARD" --db "$db" --answers "$srcdir/tests/data/efile-approved.answers" > "$work_dir/before" 2>&1
check "before approval Chris has no filing menus at canb" sh -c "
	! grep -qF 'Linked CM/ECF login' '$work_dir/before' &&
	! grep -q '^Actions: Bankruptcy' '$work_dir/before'"
# A second request to the same court while the first waits is refused.
"$WIZARD" --db "$db" --answers "$srcdir/tests/data/efile-again.answers" > "$work_dir/again" 2>&1
check "a second request to a court that has one waiting is refused" \
	has "A request to this court is already waiting for its approval" "$work_dir/again"
admin efile
check "and nothing more is pending" [ "$(grep -c ' pending ' "$out")" -eq 1 ]
# A firm's shared account never gets the form (N1).
"$WIZARD" --db "$db" --answers "$srcdir/tests/data/efile-shared.answers" > "$work_dir/shared" 2>&1
check "a shared firm account is refused the form with N1" sh -c "
	grep -qF 'Error: You must have your own individual PACER account.' '$work_dir/shared' &&
	! grep -qF 'Screen: efile-form' '$work_dir/shared'"
admin efile approve 1
check "efile approve approves it" sh -c "[ $? -eq 0 ] && grep -qF 'Approved request 1: chrisdoe2019 now e-files at canb.' '$out'"
admin efile approve 1
check "a request is approved once only" sh -c "[ $? -eq 1 ] && grep -qF 'request 1 is decided already' '$out'"
admin efile approve one
check "a request ID is a number" [ $? -eq 2 ]
"$WIZARD" --db "$db" --answers "$srcdir/tests/data/efile-again.answers" > "$work_dir/again" 2>&1
check "once approved, asking that court again is refused" \
	has "Your PACER account already files in this court" "$work_dir/again"
if ! command -v sqlite3 > /dev/null 2>&1; then
	ok "# SKIP sqlite3 is not installed"
else
check "the account the court opened has no password of its own to link with" \
	sh -c "[ \"\$(sqlite3 '$db' \"SELECT password_hash FROM ecf_accounts WHERE efile_request_id = 1\")\" = '!' ]"
fi
admin efile list
check "nothing is pending any more" has "No pending e-file requests." "$out"
admin efile list --all
check "efile list --all shows it approved" sh -c "grep -E '^1 +chrisdoe2019 .* approved ' '$out' > /dev/null"
"$WIZARD" --db "$db" --answers "$srcdir/tests/data/efile-approved.answers" > "$work_dir/after" 2>&1
check "after approval Chris's PACER account is his e-filing login at canb" sh -c "
	grep -qF 'Linked CM/ECF login: chrisdoe2019' '$work_dir/after' &&
	grep -q '^Actions: Bankruptcy' '$work_dir/after'"
admin audit --event "e-file request"
check "the audit log has the request and its approval" sh -c "
	grep -E 'chrisdoe2019 +canb +e-file request +pending' '$out' > /dev/null &&
	grep -E 'chrisdoe2019 +canb +e-file request +approved' '$out' > /dev/null"
# A trainee of an upgraded class: three wrong CM/ECF passwords, the
# form, the approval; the class reset takes all of it back.
admin class create --name k1 --count 1 --court canb --kind upgraded --csv
IFS=, read -r _ _ _ user pass _ login _ _ <<EOF_SLIP
$(sed -n 2p "$out" | tr -d '"')
EOF_SLIP
sed -e "s/chrisdoe2019/$user/" -e "s/Upgraded!2019/$pass/" -e "s/^link.login = cdoe$/link.login = $login/" \
	"$srcdir/tests/data/efile-request.answers" > "$work_dir/trainee.answers"
"$WIZARD" --db "$db" --answers "$work_dir/trainee.answers" > "$work_dir/trainee" 2>&1
admin efile approve 2
check "the trainee's request is approved" sh -c "[ $? -eq 0 ] && grep -qF '$user now e-files at canb' '$out'"
admin class reset --name k1 --yes
admin efile list --all
check "the class reset takes the trainee's request back" sh -c "! grep -qF '$user' '$out'"
sed -e "s/chrisdoe2019/$user/" -e "s/Upgraded!2019/$pass/" -e '/^court-redaction = accept$/d' \
	"$srcdir/tests/data/efile-approved.answers" > "$work_dir/trainee-after.answers"
"$WIZARD" --db "$db" --answers "$work_dir/trainee-after.answers" > "$work_dir/trainee-after" 2>&1
check "and its approval: no filing menus at canb after the reset" sh -c "
	grep -qF 'Screen: court-main' '$work_dir/trainee-after' &&
	! grep -qF 'Linked CM/ECF login' '$work_dir/trainee-after'"
tap_finish
