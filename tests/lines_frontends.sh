#!/bin/sh
# SPDX-License-Identifier: MIT
# The plain and answers frontends run the same screens as the curses one:
# John Attorney's upgrade and link give the same database either way, the
# plain output has no terminal control in it, and a refused answer stops
# with the screen, the field and the reason.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-lines-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
data="$TOP_SRCDIR/tests/data"

# linked DB: John is upgraded and linked at canb, as the curses test leaves him.
linked() {
	"$ADMIN" --db "$1" accounts > "$work_dir/accounts" 2>&1 &&
	grep -qE '^jattorney2021 +4012345 +upgraded .* 1 +John Attorney$' "$work_dir/accounts" &&
	grep -qE '^canb +jattorney +John Attorney +jattorney2021$' "$work_dir/accounts"
}

plan 20
"$WIZARD" --db "$work_dir/answers.db" --answers "$data/john-upgrade-link.answers" \
	> "$work_dir/answers.out" 2>&1
check "the answers file runs to the end with exit status 0" [ $? -eq 0 ]
check "the answers run upgrades and links John" linked "$work_dir/answers.db"
check "secrets in an answers file are never echoed" sh -c "! grep -qF 'Linked!2021' '$work_dir/answers.out' && ! grep -qF 'Canb!Ecf2019' '$work_dir/answers.out'"
check "the answers run shows the courts' notices" grep -qF "Court notice: NOTE: You are no longer able to use your old PACER username and password." "$work_dir/answers.out"
check "the welcome screen offers the filing menus" grep -qF "Actions: Bankruptcy (bankruptcy) | Adversary (adversary)" "$work_dir/answers.out"

"$WIZARD" --db "$work_dir/bad.db" --answers "$data/bad-user-type.answers" > "$work_dir/bad.out" 2>&1
check "a refused answer ends with a non-zero status" [ $? -ne 0 ]
check "and names the screen and the reason" grep -qF "the wizard stayed at upgrade-person: That is not one of the list" "$work_dir/bad.out"

"$WIZARD" --db "$work_dir/tour.db" --answers "$data/tour.answers" > "$work_dir/tour.out" 2>&1
check "the tour of every screen runs to the end" [ $? -eq 0 ]
# The 2025 tour (the era setting): Maria's login to the MFA screens, through
# a FIFO, the answers written as the screens say them: the e-mailed code
# read from the practice mailbox, the key from the printed URI (the
# answers frontend has no picture), the passcode from oathtool.
tour_2025() {
	{
		printf '[settings]\nera = 2025\n\n'
		sed 's/^login = mgonzalez$/login = mgonzalez\nlinked-to = mgonzalez2016/' "$TOP_SRCDIR/data/demo.scenario"
	} > "$work_dir/2025.scenario"
	"$ADMIN" --db "$work_dir/2025.db" load "$work_dir/2025.scenario" --yes > /dev/null || return 1
	mkfifo "$work_dir/2025.in" || return 1
	"$WIZARD" --db "$work_dir/2025.db" --answers "$work_dir/2025.in" > "$work_dir/2025.out" 2>&1 &
	tour_pid=$!
	exec 4> "$work_dir/2025.in"
	# said TEXT: waits (10 s at most) until the output has TEXT (the
	# output is unbuffered: wait for what follows the words read).
	said() {
		tries=200
		until grep -qF -- "$1" "$work_dir/2025.out" || [ $tries -eq 0 ]; do sleep 0.05; tries=$((tries - 1)); done
	}
	printf '%s\n' 'start = upgrade' 'pacer-login.username = mgonzalez2016' \
		'pacer-login.password = Upgraded!2016' 'pacer-login = login' \
		'password-update.password = Quiet-River-Lamp-42' 'password-update.confirm = Quiet-River-Lamp-42' \
		'password-update = save' 'mfa-prompt = enroll' 'mfa-methods = add-app' \
		'mfa-email-code = mailbox' 'mfa-mailbox = back' >&4
	said "Screen: mfa-mailbox"
	code=$(sed -n 's/^Security code: //p' "$work_dir/2025.out" | tail -1)
	printf 'mfa-email-code.code = %s\nmfa-email-code = submit\n' "$code" >&4
	said "Screen: mfa-qr"
	key=$(sed -n 's/^URI: .*secret=\([A-Z2-7]*\).*/\1/p' "$work_dir/2025.out")
	printf '%s\n' 'mfa-qr = next' "mfa-app-confirm.passcode = $(oathtool --totp -b "$key")" 'mfa-app-confirm = add' \
		'mfa-methods = backup-codes' >&4
	said "Screen: mfa-backup-codes"
	backup=$(sed -n 's/^Backup code: //p' "$work_dir/2025.out" | head -1)
	printf '%s\n' 'mfa-backup-codes = done' 'mfa-methods = delete' 'mfa-delete-app = back' \
		'mfa-methods = continue' 'account = logout' 'start = upgrade' \
		'pacer-login.username = mgonzalez2016' 'pacer-login.password = Quiet-River-Lamp-42' \
		'pacer-login = login' 'mfa-passcode = no-access' 'mfa-no-access = back' \
		"mfa-passcode.passcode = $backup" 'mfa-passcode = verify' 'account = logout' 'start = quit' >&4
	exec 4>&-
	wait "$tour_pid"
}
if command -v oathtool > /dev/null 2>&1; then
	tour_2025
	check "the 2025 tour runs to the end" [ $? -eq 0 ]
	check "the answers frontend prints the key and the URI instead of the QR code" \
		sh -c "grep -q '^Key: [A-Z2-7]\{4\} ' '$work_dir/2025.out' && grep -qF 'On the full screen this is a QR code' '$work_dir/2025.out'"
else
	ok "# SKIP oathtool is not installed"
	ok "# SKIP oathtool is not installed"
fi
# The plain frontend through a pipe: the passcode prompt of an account
# with an app (added by the trainer), read and answered as typed lines.
plain_passcode() {
	"$ADMIN" --db "$work_dir/plain-2025.db" load "$work_dir/2025.scenario" --yes > /dev/null &&
		"$ADMIN" --db "$work_dir/plain-2025.db" account mfa add mgonzalez2016 < /dev/null > "$work_dir/add.out" 2>&1 || return 1
	plain_key=$(sed -n 's/.*secret=\([A-Z2-7]*\).*/\1/p' "$work_dir/add.out" | head -1)
	printf '1\nmgonzalez2016\nUpgraded!2016\n\n%s\n\n' "$(oathtool --totp -b "$plain_key")" |
		COLUMNS=80 env -u TERM "$WIZARD" --db "$work_dir/plain-2025.db" > "$work_dir/plain-2025.out" 2>&1
	grep -qF 'One-Time Passcode (required' "$work_dir/plain-2025.out" &&
		grep -qF '== User Update Required ==' "$work_dir/plain-2025.out"
}
if command -v oathtool > /dev/null 2>&1; then
	check "the plain frontend asks for the passcode and takes it (then the password update)" plain_passcode
else
	ok "# SKIP oathtool is not installed"
fi
"$WIZARD" --screens | sed 's/:.*//' | sort > "$work_dir/declared"
sed -n 's/^Screen: //p' "$work_dir/tour.out" "$work_dir/2025.out" 2>/dev/null | sort -u > "$work_dir/visited"
missing=$(comm -23 "$work_dir/declared" "$work_dir/visited" | tr '\n' ' ')
if [ -s "$work_dir/declared" ] && [ -z "$missing" ]; then
	ok "every declared screen is reached through the same declarations"
else
	fail "every declared screen is reached through the same declarations" "not reached: $missing"
fi
check "a wrong CM/ECF password is said on the way" grep -qF "Error: If the linking process failed, please try again." "$work_dir/tour.out"

env -u TERM "$WIZARD" --db "$work_dir/plain.db" < "$data/john-upgrade-link.plain" > "$work_dir/plain.out" 2>&1
check "with no TERM the plain conversation runs to the end" [ $? -eq 0 ]
check "typed plain input upgrades and links John the same" linked "$work_dir/plain.db"
if grep -q "$(printf '\033')" "$work_dir/plain.out"; then
	fail "the plain output has no terminal escape sequences"
else
	ok "the plain output has no terminal escape sequences"
fi

# Help on every screen, as a person would ask for it: "help" before every
# answer of the tour, and before every line of the plain conversation. The
# help is shown each time, and the run ends just the same.
awk '/^[a-z-]+ = / { split($0, a, " = "); if (a[2] != "help") print a[1] " = help" } { print }' \
	"$data/tour.answers" > "$work_dir/tour-help.answers"
asked=$(grep -c ' = help$' "$work_dir/tour-help.answers")
"$WIZARD" --db "$work_dir/tour-help.db" --answers "$work_dir/tour-help.answers" > "$work_dir/tour-help.out" 2>&1
check "the tour with help asked on every screen still runs to the end" [ $? -eq 0 ]
shown=$(grep -c '^Help: ' "$work_dir/tour-help.out")
check "and shows the help each time ($shown of $asked)" [ "$shown" -eq "$asked" ]
awk '{ print "help"; print }' "$data/john-upgrade-link.plain" > "$work_dir/help.plain"
COLUMNS=50 env -u TERM "$WIZARD" --db "$work_dir/plain-help.db" < "$work_dir/help.plain" > "$work_dir/plain-help.out" 2>&1
check "typing help at every plain prompt changes nothing" linked "$work_dir/plain-help.db"
lines=$(wc -l < "$data/john-upgrade-link.plain")
# Input is not echoed here, so each help starts on its prompt's line.
# ("Help:" may end a wrapped line.)
shown=$(grep -o 'Help:' "$work_dir/plain-help.out" | wc -l)
widest=$(awk '/Help:/ { inside = 1; next } /^At any prompt/ { inside = 0 } inside' \
	"$work_dir/plain-help.out" | LC_ALL=C.UTF-8 wc -L)
check "and shows the help at each, in 49 columns ($shown of $lines; $widest)" \
	[ "$shown" -eq "$lines" -a "$widest" -le 49 ]
tap_finish
