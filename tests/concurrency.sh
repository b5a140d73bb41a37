#!/bin/sh
# SPDX-License-Identifier: MIT
# A training room: thirty people upgrade and link at once on one
# database. Every flow must finish with no "database is locked" and no
# lost write, and the database must stay intact.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-many-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
db="$work_dir/class.db"
count=30

. "${srcdir:-.}/tests/class_lib.sh"
make_class "$work_dir" $count

plan 5
"$ADMIN" --db "$db" init > /dev/null &&
"$ADMIN" --db "$db" load "$scenario" --yes > /dev/null
check "the class's thirty accounts are loaded" [ $? -eq 0 ]

run_class_flows "$WIZARD" "$db" "$work_dir" $count

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
integrity=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
check "the database passes integrity_check ($integrity)" [ "$integrity" = ok ]
tap_finish
