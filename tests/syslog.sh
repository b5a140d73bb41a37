#!/bin/sh
# SPDX-License-Identifier: MIT
# The audit rows' other end, the system log, as the programs are wired:
# nothing goes there with "syslog = no" (the tests' own configuration);
# with "syslog = yes" every saved row of both programs does, with its
# priority (authpriv for logins), the host and what was typed escaped,
# and never a password, even one typed into the username field. A wrong
# syslog line stops the programs with a sentence naming it. The lines
# are read where NEXTGEN_WIZARD_TEST_SYSLOG puts them, as syslog(3)
# would send them; tests/package.sh reads the installed programs' at a
# real /dev/log.
. "${srcdir:-.}/tests/tap.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-syslog-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
data="$TOP_SRCDIR/tests/data"
log="$work/syslog"
export NEXTGEN_WIZARD_TEST_SYSLOG="$log"
db="$work/class.db"
"$ADMIN" --db "$db" init > /dev/null

plan 12

"$WIZARD" --db "$db" --answers "$data/john-upgrade-link.answers" > /dev/null 2>&1
check "with syslog = no nothing goes to the system log" [ ! -e "$log" ]

printf '# the system log on\nsyslog = yes\n' > "$work/on.conf"
export NEXTGEN_WIZARD_CONFIG="$work/on.conf"
db="$work/on.db"
"$ADMIN" --db "$db" init > /dev/null
"$ADMIN" --db "$db" demo --yes > /dev/null
"$WIZARD" --db "$db" --answers "$data/john-upgrade-link.answers" > /dev/null 2>&1
host=$(hostname)
check "a login is authpriv.info, with the program and its process" \
	grep -qE '^<86>nextgen-wizard\[[0-9]+\]: event="login" outcome="success" user="ja1234" ' "$log"
check "an upgrade is user.info, with the host" \
	grep -qE '^<14>nextgen-wizard\[[0-9]+\]: event="upgrade" outcome="success" user="jattorney2021" court="" terminal="[^"]*" host="'"$host"'"$' "$log"
check "a link names the court" grep -qE '^<14>nextgen-wizard\[[0-9]+\]: event="link" outcome="success" user="jattorney2021" court="canb"' "$log"
check "nextgen-admin's rows go there too" grep -qE '^<14>nextgen-admin\[[0-9]+\]: event="scenario load" outcome="demo" user="admin:' "$log"
rows=$("$ADMIN" --db "$db" audit --csv --since 2000-01-01 | tail -n +2 | wc -l)
check "one line for each row of the audit log ($rows rows)" [ "$(wc -l < "$log")" -eq "$rows" ]

printf 'start = upgrade\npacer-login.username = nosuchuser1\npacer-login.password = Wrong!1\npacer-login = login\n' \
	> "$work/wrong.answers"
SSH_CLIENT="$(printf '10.0.0.9\033[2J\342\200\256 50000 22')" \
	"$WIZARD" --db "$db" --answers "$work/wrong.answers" > /dev/null 2>&1
check "a refused login is authpriv.notice, the SSH client's control characters escaped" \
	grep -qE '^<85>nextgen-wizard\[[0-9]+\]: event="login" outcome="wrong username or password" user="nosuchuser1" court="" terminal="ssh 10\.0\.0\.9\\e\[2J\\u202e"' "$log"
no_control_character() { ! grep -q "$(printf '\033')" "$log"; }
check "no control character reaches the log" no_control_character
printf 'start = upgrade\npacer-login.username = Legacy!2013\npacer-login.password = ja1234\npacer-login = login\n' \
	> "$work/slip.answers"
"$WIZARD" --db "$db" --answers "$work/slip.answers" > /dev/null 2>&1
check "a password typed as a username is not logged" \
	sh -c "grep -qF 'user=\"(not a username)\"' '$log' && ! grep -qE 'Legacy!2013|Linked!2021|Wrong!1|Beetle' '$log'"

printf 'syslog = maybe\n' > "$work/on.conf"
"$ADMIN" --db "$db" accounts > /dev/null 2> "$work/err"
check "syslog takes yes or no, and a wrong line stops the program, --db given or not" \
	grep -qF "on.conf:1: syslog is yes or no." "$work/err"
printf 'syslog = yes\nsyslog = no\n' > "$work/on.conf"
"$WIZARD" --db "$db" --answers "$data/tour.answers" > /dev/null 2> "$work/err"
check "syslog named twice is refused" grep -qF "on.conf:2: syslog is named twice." "$work/err"
printf 'syslog=no\n' > "$work/on.conf"
before=$(wc -l < "$log")
"$WIZARD" --db "$db" --answers "$data/john-upgrade-link.answers" > /dev/null 2>&1
check "syslog=no, without blanks, is no" [ "$(wc -l < "$log")" -eq "$before" ]
tap_finish
