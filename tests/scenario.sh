#!/bin/sh
# SPDX-License-Identifier: MIT
# nextgen-admin scenario dump and load: a practice database written out
# and loaded again gives the same database back (accounts, links,
# settings, courts of the trainer's own and classes, which still report
# and reset); passwords travel only as hashes; a bad file is refused
# with its line and nothing changes.
. "${srcdir:-.}/tests/tap.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-scenario-XXXXXX") || exit 1
trap '[ -n "${KEEP:-}" ] || rm -rf "$work_dir"' EXIT
. "${srcdir:-.}/tests/class_lib.sh"
a="$work_dir/a.db" b="$work_dir/b.db"

plan 18
"$ADMIN" --db "$a" init > /dev/null
"$ADMIN" --db "$a" set as-of 2021-02-16 > /dev/null
"$ADMIN" --db "$a" courts add trnb --name "Training Bankruptcy Court" --type bankruptcy \
	--go-live 2021-01-04 --help-desk "(555) 010-0199" > /dev/null
"$ADMIN" --db "$a" class create --name spring --count 4 --court canb --kind mixed \
	--csv --slips "$work_dir/slips.csv" 2> /dev/null
# John upgrades and links before the dump: the state to carry over.
"$WIZARD" --db "$a" --answers "$srcdir/tests/data/john-upgrade-link.answers" > "$work_dir/john.out" 2>&1
check "John upgrades and links on the first database" grep -q "^Screen: link-success" "$work_dir/john.out"

"$ADMIN" --db "$a" scenario dump "$work_dir/a.scenario" > /dev/null
check "dump writes the file, readable by its owner only" \
	[ "$(stat -c %a "$work_dir/a.scenario")" = 600 ]
check "no password of the demo or the slips is in the dump" sh -c '
	for p in Legacy!2013 Upgraded!2016 Canb!Ecf2019 Linked!2021 Canela \
		$(tr -d "\"" < "$1/slips.csv" | awk -F, "NR > 1 { print \$5; print \$8 }"); do
		grep -qF -- "$p" "$1/a.scenario" && exit 1
	done
	exit 0' sh "$work_dir"

"$ADMIN" --db "$b" scenario load "$work_dir/a.scenario" --yes > /dev/null
"$ADMIN" --db "$b" scenario dump - > "$work_dir/b.scenario"
check "loading the dump and dumping again gives the same file" \
	cmp -s "$work_dir/a.scenario" "$work_dir/b.scenario"
"$ADMIN" --db "$a" accounts > "$work_dir/a.accounts"
"$ADMIN" --db "$b" accounts > "$work_dir/b.accounts"
check "both databases list the same accounts and links" cmp -s "$work_dir/a.accounts" "$work_dir/b.accounts"
check "the practice date came along" sh -c '"$1" --db "$2" set | grep -q "2021-02-16"' sh "$ADMIN" "$b"
check "the trainer's own court came along with its help desk" \
	sh -c '"$1" --db "$2" courts list | grep "trnb" | grep -qF "(555) 010-0199"' sh "$ADMIN" "$b"

# The hashes work: John's new password (from john-upgrade-link.answers),
# and a trainee's slip password.
cat > "$work_dir/john-login.answers" <<EOT
start = upgrade
pacer-login.username = jattorney2021
pacer-login.password = Linked!2021
pacer-login = login
account = logout
start = quit
EOT
"$WIZARD" --db "$b" --answers "$work_dir/john-login.answers" > "$work_dir/login.out" 2>&1
check "John logs in on the loaded database with the password he chose" grep -q "^Screen: account" "$work_dir/login.out"

line=$(tr -d '"' < "$work_dir/slips.csv" | awk -F, 'NR == 2')
user=$(echo "$line" | cut -d, -f4) pass=$(echo "$line" | cut -d, -f5)
login=$(echo "$line" | cut -d, -f7) ecfpass=$(echo "$line" | cut -d, -f8)
upgrade_and_link_answers "$user" "$pass" "spring1x" canb "$login" "$ecfpass" > "$work_dir/t1.answers"
"$WIZARD" --db "$b" --answers "$work_dir/t1.answers" > "$work_dir/t1.out" 2>&1
check "trainee 1 upgrades and links on the loaded database" grep -q "^Screen: link-success" "$work_dir/t1.out"
"$ADMIN" --db "$b" class report --name spring > "$work_dir/report"
check "the loaded class reports trainee 1 done" grep -qF "4 trainees; 1 logged in, 1 upgraded, 1 linked." "$work_dir/report"
"$ADMIN" --db "$b" class reset --name spring --yes > /dev/null
"$ADMIN" --db "$b" class report --name spring > "$work_dir/report"
check "the loaded class resets to the start" grep -qF "4 trainees; 0 logged in, 0 upgraded, 0 linked." "$work_dir/report"

# Refusals: each names the file's line, and the database stays as it was.
"$ADMIN" --db "$b" scenario dump - > "$work_dir/before"
refused() {
	printf '%s\n' "$2" > "$work_dir/bad.scenario"
	"$ADMIN" --db "$b" scenario load "$work_dir/bad.scenario" --yes > /dev/null 2> "$work_dir/err"
	status=$?
	"$ADMIN" --db "$b" scenario dump - > "$work_dir/after"
	if [ "$status" -eq 1 ] && grep -qF "bad.scenario:$3: $4" "$work_dir/err" &&
		cmp -s "$work_dir/before" "$work_dir/after"; then
		ok "$1"
	else
		fail "$1" "status $status" "$(cat "$work_dir/err")"
	fi
}
refused "an unknown section is refused" "[pacer]
username = x1
password-hash = \$y\$abc
account = 9
created = 2020-01-01
[people]" 6 "unknown section"
refused "a hash that is not a crypt(3) string is refused" "# a comment
[pacer]
username = x1
password-hash = Legacy!2013" 4 "a hash is a crypt(3) string"
refused "a trainee of a class not defined is refused" "[trainee]
class = autumn
position = 1
username = ja1234
start-username = ja1234
start-password-hash = \$y\$abc
start-kind = legacy" 1 "the trainee's class is not defined above"
refused "a password and a hash together are refused" "[ecf]
court = canb
login = z
name = Z
password = Secret!1
password-hash = \$y\$abc" 1 "give password or password-hash, not both"

refused "a value that is not UTF-8 text is refused" "$(printf '[court]\nid = zz\nname = Caf\303\nname = x')" 3 "This text has bytes that are not valid UTF-8"

cp "$work_dir/a.scenario" "$work_dir/kept"
"$ADMIN" --db "$b" set as-of today > /dev/null
"$ADMIN" --db "$b" scenario dump "$work_dir/a.scenario" > /dev/null 2> "$work_dir/err"
status=$?
check "dump does not replace a file without --yes (status $status)" sh -c \
	'[ "$2" -eq 1 ] && grep -q "add --yes" "$1/err" && cmp -s "$1/a.scenario" "$1/kept"' \
	sh "$work_dir" "$status"
"$ADMIN" --db "$b" scenario > /dev/null 2>&1
status=$?
check "scenario with no command is a usage error (status $status)" [ "$status" -eq 2 ]
tap_finish
