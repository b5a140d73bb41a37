#!/bin/sh
# SPDX-License-Identifier: MIT
# No secret typed into the wizard is ever kept or shown: after whole
# flows (an upgrade and link, a registration with a wrong password first,
# a password typed into the username field,
# the tour of every screen with a password reset, a curses session cut
# off on the Security tab, the staff passphrase), not one password,
# security answer or passphrase is in the database, its WAL, the drafts,
# the audit log, the admin listings, a scenario dump, a saved file or
# anything the programs printed or drew.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
export HOME="$work_dir/home"
mkdir -p "$HOME"
outputs="$work_dir/outputs"
mkdir -p "$outputs"

# Every secret the flows type (answers as typed and as hashed: lower case).
secrets='Legacy!2013 Linked!2021 Canb!Ecf2019 Beetle Sacramento Jackie
Secret!Reg77 Wrong!Guess9 Thunderbird Tuskegee Posie
Reset!2021x Upgraded!2019 Canb!Ecf2017 Wrong!1 Wrong!2 Wrong!3
Staff!Pass77 Curses!Pass55 Hummingbird'

plan 7
"$ADMIN" --db "$database" init > /dev/null
printf 'Staff!Pass77\n' | "$ADMIN" --db "$database" set kiosk-passphrase > "$outputs/passphrase" 2>&1
# Each flow on its own database (the tour upgrades John too).
for flow in tour register john-upgrade-link; do
	"$WIZARD" --db "$work_dir/$flow.db" --answers "$srcdir/tests/data/$flow.answers" > "$outputs/$flow" 2>&1
done
# The common slip: John's password typed into the username field.
"$ADMIN" --db "$work_dir/slip.db" init > /dev/null
printf 'start = upgrade\npacer-login.username = Legacy!2013\npacer-login.password = ja1234\npacer-login = login\n' \
	> "$work_dir/slip.answers"
"$WIZARD" --db "$work_dir/slip.db" --answers "$work_dir/slip.answers" > "$outputs/slip" 2>&1
check "the three answers flows ran to their end" sh -c "
	grep -q '^Screen: link-success' '$outputs/john-upgrade-link' &&
	grep -q 'rparks1983' '$outputs/register' && tail -1 '$outputs/tour' | grep -q Quit"

# The curses frontend: Pat's Security tab typed, seen, then cut off.
start_wizard
to_security_tab pr2010 'Inactive!2010'
for text in preyes2021 'Curses!Pass55' 'Curses!Pass55' "What was the name of your f" "Hummingbird Wings"; do
	type_text "$text"
	keys Tab
	screen >> "$outputs/screens"
done
tmux_cmd kill-session -t wizard
sleep 0.5
check "the cut-off session kept a draft of the Security tab" \
	[ "$(sqlite3 "$database" "SELECT count(*) FROM drafts WHERE screen = 'upgrade-security'")" -gt 0 ]

"$ADMIN" --db "$database" accounts > "$outputs/accounts"
"$ADMIN" --db "$work_dir/register.db" account show rparks1983 > "$outputs/show"
"$ADMIN" --db "$database" scenario dump - > "$outputs/dump"
for db in "$work_dir"/*.db; do
	sqlite3 "$db" "SELECT * FROM drafts" >> "$outputs/drafts"
	"$ADMIN" --db "$db" audit --csv >> "$outputs/audit.csv"
done

# found FILES...: the secrets found in them, as typed or in lower case.
found() {
	for secret in $secrets; do
		lower=$(printf '%s' "$secret" | tr 'A-Z' 'a-z')
		for file in "$@"; do
			[ -f "$file" ] || continue
			if grep -aqF -- "$secret" "$file" || grep -aqF -- "$lower" "$file"; then
				echo "$secret in $(basename "$file")"
			fi
		done
	done
}
leaks=$(found "$work_dir"/*.db "$work_dir"/*.db-wal "$work_dir"/*.db-shm)
check "no secret in the databases, their WAL or their shared memory files ($leaks)" [ -z "$leaks" ]
leaks=$(found "$outputs/drafts" "$outputs/audit.csv")
check "none in the drafts or the audit log ($leaks)" [ -z "$leaks" ]
leaks=$(found "$outputs/accounts" "$outputs/show" "$outputs/dump" "$HOME"/* "$HOME"/.[!.]*)
check "none in the admin listings, a dump or a saved file ($leaks)" [ -z "$leaks" ]
leaks=$(found "$outputs/john-upgrade-link" "$outputs/register" "$outputs/tour" "$outputs/passphrase")
check "none in what the programs printed ($leaks)" [ -z "$leaks" ]
# On screen a security answer is seen in its own field while it is typed,
# as on PACER's form; a password never is.
secrets='Curses!Pass55 Inactive!2010'
leaks=$(found "$outputs/screens")
check "no password on the screen as it is typed ($leaks)" [ -z "$leaks" ]
tap_finish
