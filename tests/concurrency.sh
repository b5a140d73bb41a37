#!/bin/sh
# A training room: thirty people upgrade and link at once on one
# database. Every flow must finish with no "database is locked" and no
# lost write, and the database must stay intact.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-many-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
db="$work_dir/class.db"
count=30

letter() { printf "\\$(printf '%03o' $((97 + $1)))"; }

# Thirty legacy accounts tr0001..tr0030, each with a CM/ECF account at canb.
scenario="$work_dir/class.scenario"
i=1
while [ $i -le $count ]; do
	n=$(printf '%04d' $i)
	surname="Train$(letter $(( (i - 1) / 26 )))$(letter $(( (i - 1) % 26 )))"
	cat >> "$scenario" <<EOT
[pacer]
username = tr$n
password = Legacy!2013
account = 70$n
kind = legacy
created = 2012-01-01
first = Sam
last = $surname
address = 1 Main Street
city = Fresno
state = CA
county = Fresno
zip = 93721
phone = (559) 555-0100
email = tr$n@example.com

[ecf]
court = canb
login = ecf$n
password = Canb!Ecf$n
name = Sam $surname

EOT
	cat > "$work_dir/tr$n.answers" <<EOT
start = upgrade
pacer-login.username = tr$n
pacer-login.password = Legacy!2013
pacer-login = login
account = upgrade
upgrade-person.birth-date = 03/14/1970
upgrade-person.user-type = Attorney
upgrade-person = next
upgrade-address = next
upgrade-security.username = trainee$n
upgrade-security.password = Linked!2021
upgrade-security.confirm = Linked!2021
upgrade-security.question1 = What was your first car?
upgrade-security.answer1 = Beetle
upgrade-security.question2 = In what city were you born?
upgrade-security.answer2 = Sacramento
upgrade-security.question3 = What was your childhood nickname?
upgrade-security.answer3 = Jackie
upgrade-security = submit
upgrade-complete = close
account = logout
start = link
link-court.court = canb
link-court = open
court-login.username = trainee$n
court-login.password = Linked!2021
court-login = login
court-main = utilities
court-utilities = link
link.login = ecf$n
link.password = Canb!Ecf$n
link = submit
link-confirm = submit
link-success = continue
court-main = logout
start = quit
EOT
	i=$((i + 1))
done

plan 5
"$ADMIN" --db "$db" init > /dev/null &&
"$ADMIN" --db "$db" load "$scenario" --yes > /dev/null
check "the class's thirty accounts are loaded" [ $? -eq 0 ]

i=1
while [ $i -le $count ]; do
	n=$(printf '%04d' $i)
	( "$WIZARD" --db "$db" --answers "$work_dir/tr$n.answers" > "$work_dir/tr$n.out" 2>&1
	  echo $? > "$work_dir/tr$n.status" ) &
	i=$((i + 1))
done
wait

failed=$(grep -L '^0$' "$work_dir"/tr*.status | wc -l)
check "all $count simultaneous flows end with exit status 0" [ "$failed" -eq 0 ]
if grep -l "locked\|busy" "$work_dir"/tr*.out > "$work_dir/locked"; then
	fail "no flow meets a locked database" "$(head -3 "$work_dir/locked")"
else
	ok "no flow meets a locked database"
fi
"$ADMIN" --db "$db" accounts > "$work_dir/accounts"
upgraded=$(grep -cE '^trainee[0-9]{4} +70[0-9]{4} +upgraded .* ok +1 +Sam Train' "$work_dir/accounts")
check "every account is upgraded and linked, no write lost ($upgraded of $count)" [ "$upgraded" -eq $count ]
integrity=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])" "$db" 2>&1)
check "the database passes integrity_check ($integrity)" [ "$integrity" = ok ]
tap_finish
