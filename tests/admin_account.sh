#!/bin/sh
# SPDX-License-Identifier: MIT
# One account at a time, as a help desk or a trainer works: add, show,
# lock, unlock, a new password, delete; the wizard sees each change and
# the audit log names who made it. No password or hash is ever printed.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-account-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
db="$work_dir/a.db"
out="$work_dir/out"
admin() { "$ADMIN" --db "$db" "$@" > "$out" 2>&1 < /dev/null; }
plan 15
admin init
printf 'Practice!2021\n' | "$ADMIN" --db "$db" account add ab1234 --first Ángel --last Ruíz --legacy > "$out" 2>&1
check "account add makes a legacy account" [ $? -eq 0 ]
admin account show ab1234
check "account show tells its name and kind" sh -c "grep -qF 'Ángel Ruíz' '$out' && grep -qF 'legacy' '$out'"
check "and never a password or hash" sh -c "! grep -qE 'Practice!2021|\\\$y\\\$' '$out'"
check "the wizard logs the new account in" sh -c "printf 'start = upgrade\npacer-login.username = ab1234\npacer-login.password = Practice!2021\npacer-login = login\n' | '$WIZARD' --db '$db' --answers - 2>&1 | grep -qF 'Account Type: Legacy PACER Account'"
admin account lock ab1234 --minutes 5
check "a locked account is refused at the login" sh -c "printf 'start = upgrade\npacer-login.username = ab1234\npacer-login.password = Practice!2021\npacer-login = login\n' | '$WIZARD' --db '$db' --answers - 2>&1 | grep -qF 'locked'"
admin account unlock ab1234
check "unlocked, it logs in again" sh -c "printf 'start = upgrade\npacer-login.username = ab1234\npacer-login.password = Practice!2021\npacer-login = login\n' | '$WIZARD' --db '$db' --answers - 2>&1 | grep -qF 'Account Type: Legacy PACER Account'"
printf 'short\n' | "$ADMIN" --db "$db" account reset-password ab1234 > "$out" 2>&1
check "a new password that breaks the rules is refused, with the rule" grep -qF "at least 8 characters" "$out"
printf 'Newpass!2021\n' | "$ADMIN" --db "$db" account reset-password ab1234 > "$out" 2>&1
check "with a new password the old one is refused" sh -c "printf 'start = upgrade\npacer-login.username = ab1234\npacer-login.password = Practice!2021\npacer-login = login\n' | '$WIZARD' --db '$db' --answers - 2>&1 | grep -qF 'Invalid username or password'"
printf 'Practice!2021\n' | "$ADMIN" --db "$db" account add smithjones2021 --first Lee --last Jones \
	--firm "Smith & Jones" --user-type "Law Firm" --address "1 Main Street" --city Fresno \
	--state CA --zip 93721 --phone "(559) 555-0100" --email office@sj.example.com \
	--account 7000001 --created 2016-04-01 --shared-firm > "$out" 2>&1
admin account show smithjones2021
check "account add takes every detail from options, and show tells them" sh -c "
	for line in 'firm: *Smith & Jones' 'user type: *Law Firm' 'address: *1 Main Street' \
		'ZIP code: *93721' 'phone: *\(559\) 555-0100' 'account number: *7000001' \
		'created: *2016-04-01' 'shared firm: *yes' 'e-mail: *office@sj.example.com'; do
		grep -qE \"^\$line\\\$\" '$out' || { echo \"missing \$line\"; exit 1; }
	done"
refused() {
	printf 'Practice!2021\n' | "$ADMIN" --db "$db" account add xy9999 --first X --last Y --legacy "$@" > "$out" 2>&1
	[ $? -eq 1 ] && ! "$ADMIN" --db "$db" account show xy9999 > /dev/null 2>&1
}
zip_refused() { refused --zip 9372 && grep -qF -- "--zip: Type a ZIP code" "$out"; }
check "a ZIP code of four digits is refused, naming the option" zip_refused
check "a creation date that does not exist is refused" refused --created 2012-02-30
check "an account number in use is refused" refused --account 7000001
admin account delete ab1234 --yes
admin account show ab1234
check "a deleted account is gone" grep -qF "There is no PACER account ab1234." "$out"
admin audit
missing=""
for e in 'staff add' 'staff lock' 'staff unlock' 'staff password reset' 'staff delete'; do
	grep -qE "admin:.*$e" "$out" || missing="$missing, $e"
done
check "the audit log names who added, locked, unlocked, reset and deleted (missing:$missing)" [ -z "$missing" ]
check "no password of this test is in the database" sh -c "! cat '$db'* | grep -aqE 'Practice!2021|Newpass!2021'"
tap_finish
