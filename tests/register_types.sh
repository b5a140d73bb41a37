#!/bin/sh
# SPDX-License-Identifier: MIT
# Registration with PACER's account types and the payment step: each
# outcome matches the choice, on the screen and in the store. An
# Attorney Filer with a fee exemption can search at once but must wait
# for a court's approval to file: her request from Manage My Account,
# Maintenance waits until the trainer approves it, then she files there.
# Case Search Only with the payment method left for later stays Inactive,
# and a Query at a court then answers with the inactive-search notice
# (N6) instead of searching.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-register-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
has() { grep -qF -- "$1" "$2"; }
n6='If the Case Search Status says "Inactive," you can still upgrade your account, but cannot search for case information.'
plan 21
for kind in attorney later; do
	"$ADMIN" --db "$work_dir/$kind.db" init > /dev/null
	# On that day canb is on NextGen CM/ECF and ilnd is not yet.
	[ $kind = later ] || "$ADMIN" --db "$work_dir/$kind.db" set as-of 2022-01-01 > /dev/null
	"$WIZARD" --db "$work_dir/$kind.db" --answers "$srcdir/tests/data/register-$kind.answers" \
		> "$work_dir/$kind" 2>&1 || fail "the $kind registration ran to its end"
	"$ADMIN" --db "$work_dir/$kind.db" account show "rparks$kind" > "$work_dir/$kind.show" 2>&1
done
check "Need an Account? offers PACER's account types" \
	has "Actions: PACER - Case Search Only (register) | Attorney Filers (register-attorney) | Non-Attorney Filers (register-non-attorney)" "$work_dir/later"
check "the payment step offers later or an exemption, and asks no card number" sh -c "
	grep -qF 'Add a payment method later (later)' '$work_dir/later' &&
	grep -qF 'A court granted me a fee exemption (exemption)' '$work_dir/later' &&
	grep -qF 'PACER mails an activation code to your address in 7 to 10 business days' '$work_dir/later' &&
	grep -qF 'This practice never asks for a card number' '$work_dir/later'"
check "an Attorney Filer with an exemption is created Active" sh -c "
	grep -qF 'Registered as: Attorney Filers' '$work_dir/attorney' &&
	grep -qF 'Case Search Status: Active' '$work_dir/attorney'"
check "and told that a filer account needs the court's approval" \
	has "You cannot e-file yet: a filer account needs the court's approval." "$work_dir/attorney"
check "the store holds the attorney's type, payment and Active search" sh -c "
	grep -qE '^registered as: +Attorney Filers' '$work_dir/attorney.show' &&
	grep -qE '^payment: +Fee exemption' '$work_dir/attorney.show' &&
	grep -qE '^case search: +active' '$work_dir/attorney.show'"
check "Case Search Only with payment later is created Inactive" sh -c "
	grep -qF 'Registered as: PACER - Case Search Only' '$work_dir/later' &&
	grep -qF 'Case Search Status: Inactive' '$work_dir/later' &&
	grep -qF 'Case Search stays Inactive until you enter the activation code PACER mails you' '$work_dir/later'"
check "the store holds Case Search Only, payment later and Inactive search" sh -c "
	grep -qE '^registered as: +PACER - Case Search Only' '$work_dir/later.show' &&
	grep -qE '^payment: +Payment method to be added later' '$work_dir/later.show' &&
	grep -qE '^case search: +inactive' '$work_dir/later.show'"
check "the Case Search Only account is not told to wait for a court" sh -c "
	! grep -qF 'a filer account needs the court' '$work_dir/later'"
check "a court not yet on NextGen CM/ECF is refused in the request" \
	has "This court is not on NextGen CM/ECF yet: register through the court itself." "$work_dir/attorney"
check "Check E-File Status shows her request pending" \
	has "E-filing request: canb, Attorney: pending" "$work_dir/attorney"
"$ADMIN" --db "$work_dir/attorney.db" efile > "$work_dir/requests" 2>&1
check "her request from Maintenance waits for the court" sh -c "
	grep -E '^1 +rparksattorney +canb +attorney +Attorney +CA-98765 +CA +pending' '$work_dir/requests' > /dev/null"
at_canb() {
	printf '%s\n' 'start = link' 'link-court.court = canb' 'link-court = open' \
		'court-login.username = rparksattorney' 'court-login.password = Secret!Reg77' \
		'court-login = login' "$@" 'court-main = logout' 'start = quit' |
		"$WIZARD" --db "$work_dir/attorney.db" --answers - 2>&1
}
at_canb > "$work_dir/before"
check "before the approval she has no filing menus at canb" sh -c "
	! grep -q '^Actions: Bankruptcy' '$work_dir/before' && grep -qF 'Screen: court-main' '$work_dir/before'"
"$ADMIN" --db "$work_dir/attorney.db" efile approve 1 > /dev/null 2>&1
check "the trainer approves it" [ $? -eq 0 ]
at_canb 'court-redaction = accept' > "$work_dir/after"
check "after the approval she files at canb" sh -c "
	grep -qF 'Linked CM/ECF login: rparksattorney' '$work_dir/after' &&
	grep -q '^Actions: Bankruptcy' '$work_dir/after'"
printf '%s\n' 'start = upgrade' 'pacer-login.username = rparksattorney' \
	'pacer-login.password = Secret!Reg77' 'pacer-login = login' 'account = maintenance' \
	'account-maintenance = efile-status' 'account-item = back' 'account-maintenance = back' \
	'account = logout' 'start = quit' |
	"$WIZARD" --db "$work_dir/attorney.db" --answers - > "$work_dir/status" 2>&1
check "and Check E-File Status shows it approved" \
	has "E-filing request: canb, Attorney: approved" "$work_dir/status"
sed -n '/^== Query ==/,/^Screen:/p' "$work_dir/later" > "$work_dir/query"
check "an inactive account's Query answers with N6" has "$n6" "$work_dir/query"
sed -n '/^== Reports ==/,/^Screen:/p' "$work_dir/later" > "$work_dir/reports"
check "and so do its Reports" has "$n6" "$work_dir/reports"
check "and does not describe a search" sh -c "! grep -qF 'shows their dockets' '$work_dir/query'"
"$ADMIN" --db "$work_dir/later.db" scenario dump "$work_dir/later.scenario" > /dev/null 2>&1
"$ADMIN" --db "$work_dir/copy.db" scenario load "$work_dir/later.scenario" --yes > /dev/null 2>&1
"$ADMIN" --db "$work_dir/copy.db" account show rparkslater > "$work_dir/copy.show" 2>&1
check "a scenario dump and load keep the account type and payment" cmp -s "$work_dir/later.show" "$work_dir/copy.show"
"$ADMIN" --db "$work_dir/later.db" account activate rparkslater > /dev/null 2>&1 &&
	"$ADMIN" --db "$work_dir/later.db" account show rparkslater > "$work_dir/later.active" 2>&1
check "the trainer plays the mailed activation code: account activate makes it Active" \
	grep -qE '^case search: +active' "$work_dir/later.active"
sed 's/^payment = later$/payment = card/' "$work_dir/later.scenario" > "$work_dir/card.scenario"
"$ADMIN" --db "$work_dir/copy.db" scenario load "$work_dir/card.scenario" --yes > "$work_dir/card.out" 2>&1
check "a scenario's payment is a choice, never a card" sh -c "
	[ $? -ne 0 ] && grep -qF 'payment must be method, later or exemption' '$work_dir/card.out'"
tap_finish
