#!/bin/sh
# SPDX-License-Identifier: MIT
# The 2025 era end to end (issue 26): Maria's 2016 password (13
# characters) must be changed at login, she meets the MFA prompt, skips
# it three times and then cannot; she enrolls an app (the security code
# read from the practice mailbox, the secret decoded from the QR code on
# the screen with zbarimg, the passcode made by oathtool), gets backup
# codes, and logs in again with passcodes and a backup code; a wrong code,
# a replayed one and a backup code used twice are refused. The QR code
# on screen is the otpauth:// URI of the key shown beside it.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

command -v oathtool >/dev/null 2>&1 || skip_all "oathtool is not installed"
command -v zbarimg >/dev/null 2>&1 || skip_all "zbarimg (zbar-tools) is not installed"

plan 46

new_password='Quiet-River-Lamp-42'
# The demo, in 2025, with Maria's CM/ECF account at cacd linked: filing
# access, so MFA is required.
{
	printf '[settings]\nera = 2025\n\n'
	sed 's/^login = mgonzalez$/login = mgonzalez\nlinked-to = mgonzalez2016/' \
		"$TOP_SRCDIR/data/demo.scenario"
} > "$work_dir/2025.scenario"
"$ADMIN" --db "$database" load "$work_dir/2025.scenario" --yes > /dev/null

# passcode KEY: the app's passcode now, by the wizard's (test) clock.
passcode() { oathtool --totp -b "$1" --now "@$(($(date +%s) + clock_now))"; }
# early_in_step: waits (5 s at most) until the real clock is early in a
# 30-second step, so that the few seconds of the steps below, and the
# test clock's offset, stay in one step (account mfa show reads the real
# clock).
early_in_step() {
	while [ $(($(date +%s) % 30)) -gt 20 ]; do sleep 1; done
}

# qr_image FILE: the half-block QR code at the left of the screen as a
# PBM image, 4 pixels a module (the blocks are the light modules).
qr_image() {
	screen | LC_ALL=C.UTF-8 sed -e 's/█/F/g' -e 's/▀/T/g' -e 's/▄/B/g' |
		LC_ALL=C awk -v scale=4 '
		substr($0, 2, 45) ~ /^[FTB ]+$/ && substr($0, 2, 45) ~ /F/ { rows[n++] = substr($0, 2, 45) }
		END {
			printf "P1\n%d %d\n", 45 * scale, 45 * scale
			for (y = 0; y < 45; y++) {
				cells = rows[int(y / 2)]
				line = ""
				for (x = 1; x <= 45; x++) {
					c = substr(cells, x, 1)
					if (y % 2 == 0) light = (c == "F" || c == "T"); else light = (c == "F" || c == "B")
					for (s = 0; s < scale; s++) line = line (light ? "0 " : "1 ")
				}
				for (s = 0; s < scale; s++) print line
			}
		}' > "$1"
}

# log_in PASSWORD: from the start screen, Maria's Manage My Account login.
log_in() { pacer_login mgonzalez2016 "$1"; }
log_out() { back 1 && wait_for "Upgrade my PACER account"; }

# In the 2021 era nothing of it appears: the 13-character password opens
# the account, which has no Multifactor Auth, and Settings no MFA item.
"$ADMIN" --db "$database" set era 2021 > /dev/null
start_wizard
wait_for "Upgrade my PACER account"
log_in 'Upgraded!2016'
expect "in 2021 the old password opens Manage My Account" "Account Type: Upgraded PACER Account"
if screen | grep -qE "Multifactor|MFA"; then fail "with no Multifactor Auth" "$(screen)"; else ok "with no Multifactor Auth"; fi
press Settings
wait_for "Change Password"
if screen | grep -q "Manage MFA Settings"; then fail "and no Manage MFA Settings" "$(screen)"; else ok "and no Manage MFA Settings"; fi
"$ADMIN" --db "$database" set era 2025 > /dev/null

start_wizard
wait_for "Upgrade my PACER account"
expect "the start screen says the era" "2025 PACER: MFA"

log_in 'Upgraded!2016'
expect "a 13-character password leads to User Update Required" "User Update Required"
expect "the live checklist shows the 2025 length" "[_] 14 to 45 characters"
type_text "$new_password"
keys Tab
type_text "$new_password"
expect "the checklist follows the typing" "[x] 14 to 45 characters"
keys Enter
commit Submit
expect "the new password is taken" "Your password has been changed."
expect "then the MFA prompt, with three skips" "Skips left: 3 of 3"

keys 2
expect "a skip is counted, and said" "You can skip 2 more times."
expect "the account shows MFA not enrolled" "Multifactor Auth: Not enrolled"
log_out
log_in "$new_password"
expect "the old password no longer needs a change: the prompt comes" "Skips left: 2 of 3"
keys 2
expect "the second skip is said" "You can skip 1 more time."
log_out
log_in "$new_password"
expect "one skip left" "Skips left: 1 of 3"
keys 2
expect "the last skip is said" "for the last time"
log_out
log_in "$new_password"
expect "after three skips: User Update Required" "User Update Required"
if screen | grep -q "Skip"; then fail "and no Skip" "$(screen)"; else ok "and no Skip"; fi

keys 1
expect "Enroll opens MFA Methods" "MFA Methods"
press "Add App"
expect "a security code is e-mailed first" "Add App: Security Code"
press "Open the practice mailbox"
expect "the practice mailbox says it is simulated" "PRACTICE MAILBOX - SIMULATED"
code=$(screen | sed -n 's/.*Security code: \([0-9]\{6\}\).*/\1/p')
check "the mailbox shows a 6-digit code" [ -n "$code" ]
keys Escape
wait_for "Security Code *:"
type_text 000000
keys Enter
expect "a wrong security code is refused" "not the security code"
focus_on "Security Code"
keys C-u
type_text "$code"
keys Enter
expect "the right code shows the QR code" "scan the QR code"
settled_screen
qr_image "$work_dir/qr.pbm"
uri=$(zbarimg -q --raw "$work_dir/qr.pbm" 2>/dev/null)
case $uri in
otpauth://totp/PACER%20practice:mgonzalez2016\?secret=*\&issuer=PACER%20practice) ok "the QR code on the screen reads as the otpauth URI" ;;
*) fail "the QR code on the screen reads as the otpauth URI" "read: $uri" "$(screen)" ;;
esac
key=$(printf '%s' "$uri" | sed -n 's/.*secret=\([A-Z2-7]*\).*/\1/p')
first_group=$(printf '%s' "$key" | cut -c1-4)
expect "the key is shown beside it, in groups of four" "Key: $first_group "
press Next
expect "Next asks for the first passcode" "Add App: first passcode"
early_in_step
first_code=$(passcode "$key")
fill Passcode "$first_code"
keys Enter
expect "the app's passcode adds it" "The app is added"
press "Get Backup Codes"
expect "backup codes are shown once" "Backup code: "
settled_screen
backups=$(screen | sed -n 's/.*Backup code: \([a-z0-9]\{4\}-[a-z0-9]\{4\}\).*/\1/p')
backup=$(printf '%s\n' "$backups" | head -1)
count=$(screen | grep -c "Backup code: ")
check "ten codes" [ "$count" -eq 10 ]
keys Enter
press Continue
expect "Continue ends the login in Manage My Account" "Enrolled: 1 authentication app, 10 backup codes left"
log_out

log_in "$new_password"
expect "the next login asks for a passcode" "One-Time Passcode"
type_text "$first_code"
keys Enter
expect "the passcode of the enrollment is not taken again" "used already"
focus_on "One-Time Passcode"
wrong=123456
[ "$wrong" = "$(passcode "$key")" ] && wrong=654321
type_text "$wrong"
keys Enter
expect "a wrong passcode is refused" "That is not the passcode"
shown=$("$ADMIN" --db "$database" account mfa show mgonzalez2016)
next_code=$(printf '%s\n' "$shown" | sed -n 's/.*then \([0-9]\{6\}\).*/\1/p' | head -1)
check "account mfa show prints the next passcode" [ -n "$next_code" ]
focus_on "One-Time Passcode"
type_text "$next_code"
keys Enter
expect "the passcode account mfa show printed is accepted" "Account Number: 5023456"
log_out

advance_clock 60
log_in "$new_password"
wait_for "One-Time Passcode"
type_text "$(passcode "$key")"
keys Enter
expect "a fresh passcode from oathtool logs in" "Account Number: 5023456"
log_out

# A court's PACER LOGIN asks for the passcode too, then the court.
advance_clock 60
court_login cacd mgonzalez2016 "$new_password"
expect "the court's login asks for the passcode" "One-Time Passcode"
type_text "$(passcode "$key")"
keys Enter
expect "and then opens the court (the redaction agreement of a linked filer)" "Redaction Agreement"
keys Escape
wait_for "Upgrade my PACER account"

log_in "$new_password"
wait_for "One-Time Passcode"
type_text "$backup"
keys Enter
expect "a backup code works once" "9 are left"
log_out
log_in "$new_password"
wait_for "One-Time Passcode"
type_text "$backup"
keys Enter
expect "and not twice" "That is not the passcode"
# Two failed: a right password again does not forget them, or the
# passcode could be guessed without end.
focus_on "One-Time Passcode"
type_text "$wrong"
keys Enter
wait_for "That is not the passcode"
keys Escape
wait_for "Manage My Account Login"
submit_login mgonzalez2016 "$new_password"
wait_for "One-Time Passcode"
type_text "$wrong"
keys Enter
expect "wrong passcodes count on after a right password" "2 tries are left before the account is locked"
for try in 1 2; do
	focus_on "One-Time Passcode"
	type_text "$wrong"
	keys Enter
	sleep 0.3
done
expect "the fifth locks the account, back at the login" "This account is locked after too many failed logins"

if sqlite3 "$database" "SELECT count(*) FROM audit_log WHERE outcome = 'wrong passcode'" 2>/dev/null | grep -qx '[2-9]'; then
	ok "wrong passcodes count as failed logins in the audit log"
else
	fail "wrong passcodes count as failed logins in the audit log" \
		"$(sqlite3 "$database" "SELECT event, outcome FROM audit_log" 2>&1)"
fi

# The secrets audit of MFA: the key is kept in the database's mfa_apps
# alone; it, the backup codes, the e-mailed code and the new password are
# in no draft, audit row, listing or dump; the backup codes are hashes.
outputs="$work_dir/outputs"
mkdir -p "$outputs"
sqlite3 "$database" "SELECT * FROM drafts" > "$outputs/drafts"
"$ADMIN" --db "$database" audit --csv > "$outputs/audit.csv"
"$ADMIN" --db "$database" accounts > "$outputs/accounts"
"$ADMIN" --db "$database" account show mgonzalez2016 > "$outputs/show"
"$ADMIN" --db "$database" scenario dump - > "$outputs/dump"
sqlite3 "$database" ".dump" | grep -v '^INSERT INTO mfa_apps ' > "$outputs/all-but-apps"
leaks=""
for secret in "$key" $backups "$code" "$new_password"; do
	for file in "$outputs"/*; do
		grep -aqF -- "$secret" "$file" && leaks="$leaks $secret in $(basename "$file")"
	done
done
check "the key, the backup codes, the e-mailed code and the new password are in no draft, audit row, listing, dump or other table ($leaks)" [ -z "$leaks" ]
check "the key is in mfa_apps" [ "$(sqlite3 "$database" "SELECT count(*) FROM mfa_apps WHERE secret = '$key'")" = 1 ]
check "the backup codes are kept as yescrypt hashes" \
	[ "$(sqlite3 "$database" "SELECT count(*) FROM mfa_backup_codes WHERE code_hash LIKE '\$y\$%'")" = 10 ]

