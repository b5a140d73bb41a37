#!/bin/sh
# SPDX-License-Identifier: MIT
# Which database, and who may read it (issue 24): with no --db, the one
# NEXTGEN_WIZARD_DB names, else the "database = PATH" of the
# configuration file (a shared training server's), else the person's
# own. A database in a folder its group may write to (setgid 2770, as
# the package makes /var/lib/nextgen-wizard) is made 0660 and the files
# SQLite adds beside it follow; a private one stays 0600 in a 0700
# folder; a database wider than its folder allows is narrowed, with a
# sentence saying so. A configuration file that cannot be followed is an
# error, never a silent fall-back to another database.
. "${srcdir:-.}/tests/tap.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-shared-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
mode() { stat -c '%a' "$1"; }
config="$work/nextgen-wizard.conf"

plan 16

mkdir -p "$work/shared" "$work/home"
chmod 2770 "$work/shared"
printf '# The class database of this server.\n  database =  %s  \n' "$work/shared/class.db" > "$config"
run() { env -u NEXTGEN_WIZARD_DB NEXTGEN_WIZARD_CONFIG="$config" HOME="$work/home" XDG_STATE_HOME= "$@"; }
run "$ADMIN" init > "$work/out" 2>&1
check "with no --db, the configuration file's database is made" [ -f "$work/shared/class.db" ]
check "in a shared folder it is the group's: 0660" [ "$(mode "$work/shared/class.db")" = 660 ]
run "$ADMIN" class create --name spring --count 2 --court canb --slips "$work/slips" > "$work/out" 2>&1
check "the trainer's next command finds it with no --db" grep -q "Class spring: 2 trainees" "$work/out"
run "$WIZARD" --answers "$TOP_SRCDIR/tests/data/john-upgrade-link.answers" > "$work/out" 2>&1
check "and so does the wizard" grep -q "successfully linked" "$work/out"
# While a session has it open, SQLite's -wal and -shm are there too.
mkfifo "$work/input"
run "$WIZARD" --plain < "$work/input" > "$work/plain.out" 2>&1 &
exec 3> "$work/input"
tries=0
until grep -q "NextGen CM/ECF practice wizard" "$work/plain.out" || [ $tries -ge 100 ]; do
	sleep 0.05
	tries=$((tries + 1))
done
modes=""
for file in "$work/shared/class.db-wal" "$work/shared/class.db-shm"; do
	modes="$modes $(mode "$file" 2>/dev/null || echo none)"
done
exec 3>&-
wait
check "the -wal and -shm beside it, while a session runs, are the group's too ($modes)" \
	[ "$modes" = " 660 660" ]

run env NEXTGEN_WIZARD_DB="$work/own/x.db" "$ADMIN" init > /dev/null 2>&1
check "NEXTGEN_WIZARD_DB comes before the configuration file" [ -f "$work/own/x.db" ]
check "a database in a new folder is private: 0600 in 0700" \
	[ "$(mode "$work/own/x.db") $(mode "$work/own")" = "600 700" ]

printf 'database = relative/x.db\n' > "$config"
run "$ADMIN" init > /dev/null 2> "$work/err"
check "a relative path in the file is refused, with a sentence naming the line" \
	grep -qF "nextgen-wizard.conf:1: the database must be an absolute path." "$work/err"
check "and no other database is made in its place" [ ! -e "$work/home/.local/state/nextgen-wizard" ]
printf 'database = /a.db\ndatabase = /b.db\n' > "$config"
run "$ADMIN" init > /dev/null 2> "$work/err"
check "a database named twice is refused" grep -qF "nextgen-wizard.conf:2: the database is named twice." "$work/err"

mkdir -m 0775 "$work/plain"
"$ADMIN" --db "$work/plain/x.db" init > /dev/null 2>&1
check "a folder its group may write but not setgid is not shared: 0600" [ "$(mode "$work/plain/x.db")" = 600 ]
ln -s "$work/own/x.db" "$work/shared/link.db"
"$ADMIN" --db "$work/shared/link.db" set > /dev/null 2> "$work/err"
check "in a shared folder a symbolic link is refused" \
	grep -qF "link.db is a symbolic link; in a shared folder the database must be the file itself." "$work/err"

chmod 0644 "$work/own/x.db"
"$ADMIN" --db "$work/own/x.db" set > "$work/out" 2> "$work/err"
check "a private database left 0644 is narrowed to 0600" [ "$(mode "$work/own/x.db")" = 600 ]
check "with a sentence saying so" grep -qF "x.db could be read or changed by more people than its folder allows (mode 0644); it is now 0600." "$work/err"

chmod 0666 "$work/shared/class.db"
"$ADMIN" --db "$work/shared/class.db" set > "$work/out" 2> "$work/err"
check "a shared one left 0666 is narrowed to 0660" [ "$(mode "$work/shared/class.db")" = 660 ]
"$ADMIN" --db "$work/shared/class.db" set > "$work/out" 2> "$work/err"
check "and then nothing more is said" [ ! -s "$work/err" ]
tap_finish
