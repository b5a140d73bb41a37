#!/bin/sh
# SPDX-License-Identifier: MIT
# A --db that cannot be used gets one clear line on stderr, a non-zero
# exit, an untouched file, and no secret ends up in a good database.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-baddb-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
err="$work_dir/err"

# run_wizard ARGS: the wizard with no terminal; a database error must be
# reported before any terminal is needed.
run_wizard() { TERM=xterm "$WIZARD" "$@" >/dev/null 2>"$err" </dev/null; }
one_line() { [ "$(wc -l < "$err")" -eq 1 ]; }

plan 17
printf 'plain text\n' > "$work_dir/file"
run_wizard --db "$work_dir/file/sub/wizard.db"; status=$?
check "a folder that cannot be made: exit 1" [ $status -eq 1 ]
check "a folder that cannot be made: one line naming it" sh -c "grep -qF 'Cannot create the folder' '$err' && [ \$(wc -l < '$err') -eq 1 ]"

printf 'my notes\n' > "$work_dir/notes.txt"
sum_before=$(sha256sum < "$work_dir/notes.txt")
run_wizard --db "$work_dir/notes.txt"; status=$?
check "a file that is not a database: exit 1" [ $status -eq 1 ]
check "a file that is not a database: one clear line" grep -qF "is not a nextgen-wizard database" "$err"
check "a file that is not a database: left untouched" [ "$(sha256sum < "$work_dir/notes.txt")" = "$sum_before" ]
check "a file that is not a database: no journal files left" [ ! -e "$work_dir/notes.txt-wal" ] && [ ! -e "$work_dir/notes.txt-journal" ]

"$ADMIN" --db "$work_dir/ro.db" init >/dev/null 2>&1
chmod 0400 "$work_dir/ro.db"
sum_before=$(sha256sum < "$work_dir/ro.db")
run_wizard --db "$work_dir/ro.db"; status=$?
check "a read-only database: exit 1" [ $status -eq 1 ]
check "a read-only database: says read-only" grep -qF "is read-only" "$err"
check "a read-only database: left untouched" [ "$(sha256sum < "$work_dir/ro.db")" = "$sum_before" ]

# A database damaged inside (its header intact): found before anything
# is written to it.
"$ADMIN" --db "$work_dir/damaged.db" init >/dev/null 2>&1
pages=$(( $(stat -c %s "$work_dir/damaged.db") / 4096 ))
dd if=/dev/zero of="$work_dir/damaged.db" bs=4096 seek=2 count=$((pages - 3)) conv=notrunc 2>/dev/null
sum_before=$(sha256sum < "$work_dir/damaged.db")
run_wizard --db "$work_dir/damaged.db"; status=$?
check "a damaged database: exit 1" [ $status -eq 1 ]
check "a damaged database: says it is damaged, in one line" sh -c "grep -qF 'is damaged' '$err' && [ \$(wc -l < '$err') -eq 1 ]"
check "a damaged database: left untouched" [ "$(sha256sum < "$work_dir/damaged.db")" = "$sum_before" ]

mkdir "$work_dir/folder"
run_wizard --db "$work_dir/folder"; status=$?
check "a folder given as the database: exit 1 with a sentence" sh -c "[ $status -eq 1 ] && grep -qF 'is a folder' '$err'"
check "every message is one line" one_line

run_wizard --db "$work_dir/good.db"; status=$?
check "no terminal: exit 1 with a sentence" sh -c "[ $status -eq 1 ] && grep -qF 'needs a terminal' '$err'"
check "the database made on the way is 0600" [ "$(stat -c %a "$work_dir/good.db")" = 600 ]
leaked=""
for secret in 'Legacy!2013' 'Upgraded!2016' 'Inactive!2010' 'Firm!Shared15' 'Upgraded!2019' \
	'Upgraded!2020' 'Canb!Ecf2019' 'Cacd!Ecf2018' 'Canb!Ecf2017' 'Canb!Ecf2016' 'Canela'; do
	if cat "$work_dir"/good.db* | grep -aqF -- "$secret"; then leaked="$leaked $secret"; fi
done
check "no demo password or answer is in the database file" [ -z "$leaked" ]
tap_finish
