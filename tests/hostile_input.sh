#!/bin/sh
# SPDX-License-Identifier: MIT
# What a careless or hostile trainee types comes out harmless: spreadsheet
# formulas, a terminal's escape sequences and bytes that are not UTF-8,
# typed at the PACER login and on the Person tab of a class trainee, are
# neither kept as typed (a control character or a byte that is no UTF-8
# becomes U+FFFD) nor obeyed where they are shown: audit and the class report
# escape them on a terminal, and their CSV starts a formula with an
# apostrophe. A password typed into the username field is nowhere in
# the database. Tables line up accented names by columns, not bytes.
. "${srcdir:-.}/tests/tap.sh"

command -v sqlite3 > /dev/null 2>&1 || skip_all "sqlite3 is not installed"
work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-hostile-XXXXXX") || exit 1
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
db="$work/class.db"
admin() { "$ADMIN" --db "$db" "$@"; }
. "${srcdir:-.}/tests/class_lib.sh"
esc=$(printf '\033')

plan 15
admin class create --name c --count 1 --court canb --csv --slips "$work/slips.csv" > /dev/null 2>&1
IFS=, read -r _ _ _ user pass _ login ecfpass _ << EOT
$(tr -d '"' < "$work/slips.csv" | sed -n 2p)
EOT

# ---- at the login ------------------------------------------------------------
login_as() {
	printf 'start = upgrade\npacer-login.username = %s\npacer-login.password = Wrong!1\npacer-login = login\n' "$1" \
		> "$work/login.answers"
	"$WIZARD" --db "$db" --answers "$work/login.answers" > "$work/login.out" 2>&1
}
login_as '=HYPERLINK("http://x","click")'
login_as "ev${esc}[2J${esc}]0;owned$(printf '\007')il"
login_as "$(printf 'bad\377\376name')"
login_as "$pass"
login_as '-cmd.exe1'
admin audit --event login > "$work/audit.txt"
admin audit --csv --event login > "$work/audit.csv"
check "a formula, an escape sequence, bytes that are no UTF-8 and a password at the login are logged as no username" \
	[ "$(grep -c '(not a username)' "$work/audit.txt")" -eq 4 ]
check "a username-shaped one is kept, and in CSV a leading - is no formula" \
	grep -qF '"'"'"'-cmd.exe1"' "$work/audit.csv"
no_escape() { ! grep -q "$esc" "$@"; }
check "no escape character in audit, as a table or as CSV" no_escape "$work/audit.txt" "$work/audit.csv"
password_nowhere() { ! grep -aqF -- "$pass" "$db"*; }
check "the password typed as a username is nowhere in the database's files" password_nowhere

# ---- on the Person and Address tabs -------------------------------------------
hostile="=HYPERLINK(\"http://x\")${esc}[2J$(printf '\377')"
upgrade_and_link_answers "$user" "$pass" trainee1x canb "$login" "$ecfpass" > "$work/flow.answers"
sed "s|^upgrade-person.birth-date = .*|&\nupgrade-person.first = $hostile|" "$work/flow.answers" > "$work/name.answers"
"$WIZARD" --db "$db" --answers "$work/name.answers" > "$work/name.out" 2>&1
check "a name with a formula or an escape sequence is refused on the Person tab" \
	grep -q "stayed at upgrade-person: Use only letters" "$work/name.out"
# (The refused name left a draft, which the next login offers.)
address_answers() {
	sed -e "s|^upgrade-address = next|upgrade-address.address1 = $1\n&|" \
		-e "0,/^pacer-login = login/s//&\ndraft-offer = discard/" "$work/flow.answers"
}
address_answers "$hostile" > "$work/address.answers"
"$WIZARD" --db "$db" --answers "$work/address.answers" > "$work/address.out" 2>&1
check "so is an address line with them, with a sentence" \
	grep -q "stayed at upgrade-address: This text has a character that cannot be typed here" "$work/address.out"
check "the answers frontend shows it as kept: U+FFFD where they were" \
	sh -c "grep -F 'address1 = =HYPERLINK' '$work/address.out' | grep -F '[2J' | grep -qv '$esc'"
# (A database file holds the byte 0x1b in its own numbers: ask SQLite.)
escapes_stored=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM drafts WHERE instr(value, char(27)))
	+ (SELECT count(*) FROM pacer_accounts WHERE instr(first_name || address1, char(27)))
	+ (SELECT count(*) FROM audit_log WHERE instr(username, char(27)))")
check "no escape character is kept in the database" [ "$escapes_stored" = 0 ]
address_answers '=HYPERLINK("http://x","click")' > "$work/formula.answers"
"$WIZARD" --db "$db" --answers "$work/formula.answers" > "$work/flow.out" 2>&1
check "an address line that is a formula is only text: the trainee upgrades and links" \
	grep -q "successfully linked" "$work/flow.out" || tail -n 5 "$work/flow.out" | sed 's/^/# /'
admin account show trainee1x > "$work/show"
check "account show has it as text" grep -qF '=HYPERLINK("http://x","click")' "$work/show"

# ---- a class report of a database from elsewhere ------------------------------------
sqlite3 "$db" "UPDATE pacer_accounts SET first_name = '=cmd|' || char(27) || '[31m' WHERE username = 'trainee1x'"
admin class report --name c --csv > "$work/report.csv"
check "the class report's CSV starts a formula with an apostrophe and escapes the control character" \
	grep -qF '"'"'"'=cmd|\e[31m' "$work/report.csv" || sed 's/^/# /' "$work/report.csv"
admin class report --name c --excel > "$work/report.excel"
check "--excel is the CSV after a UTF-8 byte-order mark" \
	[ "$(head -c 3 "$work/report.excel" | od -An -tx1 | tr -d ' ')" = efbbbf -a \
	"$(tail -c +4 "$work/report.excel")" = "$(cat "$work/report.csv")" ]
admin class report --name c > "$work/report.txt"
check "the report on a terminal has no escape character" no_escape "$work/report.txt"

# ---- tables by columns ------------------------------------------------------------
admin accounts > "$work/accounts"
# The CM/ECF table: José's name at the court (15 columns, 18 bytes) is
# padded to 20 columns, so the column after it starts where its heading
# does.
width_before() { sed "s/$1.*//" | wc -m; }
heading=$(grep 'LINKED TO' "$work/accounts" | width_before 'LINKED TO')
row=$(grep -F "$login" "$work/accounts" | width_before trainee1x)
check "an accented name is padded by columns: the next column lines up ($row, $heading)" [ "$row" -eq "$heading" ]
check "audit --excel is the audit's CSV after a byte-order mark" \
	sh -c "'$ADMIN' --db '$db' audit --excel | head -c 3 | od -An -tx1 | tr -d ' ' | grep -qx efbbbf"
tap_finish
