#!/bin/sh
# SPDX-License-Identifier: MIT
# Which database, and who may read it (issue 24): with no --db, the one
# NEXTGEN_WIZARD_DB names, else the "database = PATH" of the
# configuration file (a shared training server's), else the person's
# own. A database in a folder its group may write to (setgid 2770, as
# the package makes /var/lib/nextgen-wizard) is made 0660 and the files
# SQLite adds beside it follow; a private one stays 0600 in a 0700
# folder; a database wider than its folder allows is narrowed, with a
# sentence saying so.
. "${srcdir:-.}/tests/tap.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-shared-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
mode() { stat -c '%a' "$1"; }
config="$work/nextgen-wizard.conf"

plan 12

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
wider=""
for file in "$work"/shared/class.db*; do
	[ "$(mode "$file")" = 660 ] || wider="$wider $file:$(mode "$file")"
done
check "every file beside it is the group's too ($wider)" [ -z "$wider" ]

run env NEXTGEN_WIZARD_DB="$work/own/x.db" "$ADMIN" init > /dev/null 2>&1
check "NEXTGEN_WIZARD_DB comes before the configuration file" [ -f "$work/own/x.db" ]
check "a database in a new folder is private: 0600 in 0700" \
	[ "$(mode "$work/own/x.db") $(mode "$work/own")" = "600 700" ]

printf 'database = relative/x.db\n' > "$config"
run "$ADMIN" init > /dev/null 2>&1
check "a relative path in the file is not taken: the person's own database is" \
	[ -f "$work/home/.local/state/nextgen-wizard/wizard.db" ]

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
