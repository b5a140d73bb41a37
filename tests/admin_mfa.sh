#!/bin/sh
# SPDX-License-Identifier: MIT
# A trainer and a practice account's authentication apps: account mfa add
# gives a key once (grouped, as an otpauth:// URI); account mfa show
# prints the passcode an app shows now, the one oathtool(1) computes from
# the key; five apps at most; reset removes them, and so does a class
# reset; the key is in no audit row.
. "${srcdir:-.}/tests/tap.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-admin-mfa-XXXXXX") || exit 1
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
db="$work/mfa.db"
admin() { "$ADMIN" --db "$db" "$@"; }

plan 10
admin init > /dev/null
admin account mfa show mgonzalez2016 > "$work/none"
check "an account with no app is not enrolled" grep -qF "mgonzalez2016 has no authentication app (Multifactor Auth: Not enrolled)." "$work/none"

admin account mfa add mgonzalez2016 > "$work/add" 2> "$work/add.err"
key=$(sed -n 's/^Key (type it into the app, or scan the code): //p' "$work/add" | tr -d ' ')
uri=$(grep '^otpauth://' "$work/add")
check "add gives the key in groups of four and as the URI an app reads" \
	sh -c "[ ${#key} -eq 26 ] && grep -qE 'scan the code\): [A-Z2-7]{4} [A-Z2-7]{4} ' '$work/add' &&
	[ '$uri' = 'otpauth://totp/PACER%20practice:mgonzalez2016?secret=$key&issuer=PACER%20practice' ]"
check "with no QR code when the output is no terminal" [ "$(wc -l < "$work/add")" -eq 2 ]

admin account mfa show mgonzalez2016 > "$work/show"
shown=$(sed -n 's/^Trainer.s app (added .* UTC): \([0-9]\{6\}\) now.*/\1/p' "$work/show")
next=$(sed -n 's/.*; then \([0-9]\{6\}\)$/\1/p' "$work/show")
if command -v oathtool > /dev/null 2>&1; then
	now=$(date +%s)
	at() { oathtool --totp -b "$key" --now "$(date -u -d "@$1" '+%Y-%m-%d %H:%M:%S UTC')"; }
	# The step may have turned between the two programs.
	check "show prints the passcode oathtool computes from the key, and the next" \
		sh -c "{ [ '$shown' = '$(at "$now")' ] && [ '$next' = '$(at $((now + 30)))' ]; } ||
		{ [ '$shown' = '$(at $((now - 30)))' ] && [ '$next' = '$(at "$now")' ]; }"
else
	ok "show prints the passcode oathtool computes from the key, and the next # SKIP oathtool is not installed"
fi

check "the key is in no audit row" sh -c "admin() { '$ADMIN' --db '$db' \"\$@\"; }; ! admin audit --csv | grep -qF '$key' &&
	admin audit --event 'staff mfa add' | grep -q mgonzalez2016"
i=2
while [ $i -le 5 ]; do admin account mfa add mgonzalez2016 > /dev/null; i=$((i + 1)); done
admin account mfa add mgonzalez2016 > /dev/null 2> "$work/sixth"
check "five apps at most: a sixth is refused with a sentence" \
	sh -c "[ $? -eq 1 ] && grep -qF 'has 5 authentication apps, the most PACER allows' '$work/sixth' &&
	[ \$('$ADMIN' --db '$db' account mfa show mgonzalez2016 | grep -c ' now, ') -eq 5 ]"
admin account mfa reset mgonzalez2016 --yes > "$work/reset"
check "reset removes them all, audited" \
	sh -c "'$ADMIN' --db '$db' account mfa show mgonzalez2016 | grep -qF 'Not enrolled' &&
	'$ADMIN' --db '$db' audit --event 'staff mfa reset' | grep -q mgonzalez2016"
admin account mfa bogus mgonzalez2016 > /dev/null 2> "$work/bogus"
check "another verb is refused with the three" sh -c "[ $? -eq 2 ] && grep -qF 'takes show, add or reset' '$work/bogus'"

admin class create --name m --count 1 --court canb --csv --slips "$work/slips.csv" 2> /dev/null
trainee=$(tr -d '"' < "$work/slips.csv" | awk -F, 'NR == 2 { print $4 }')
admin account mfa add "$trainee" > /dev/null
admin class reset --name m --yes > /dev/null
check "a class reset removes its trainees' apps" sh -c "'$ADMIN' --db '$db' account mfa show '$trainee' | grep -qF 'Not enrolled'"
admin account mfa show nosuchuser > /dev/null 2> "$work/missing"
check "an account that does not exist is said" grep -qF "There is no PACER account nosuchuser." "$work/missing"
