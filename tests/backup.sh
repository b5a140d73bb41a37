#!/bin/sh
# SPDX-License-Identifier: MIT
# An administrator's operations, as doc/deploy.md gives them: a backup
# taken while a trainee is in the middle of a flow is whole and holds
# what the flow saved; the backup, made read-only, is audited and
# reported on as it is, untouched; a restore puts it back and keeps what
# it replaced; an older database is copied before it is migrated, and the
# program says so; old audit rows are pruned with a count; what a person
# typed is shown escaped by audit.
. "${srcdir:-.}/tests/tap.sh"

command -v sqlite3 > /dev/null 2>&1 || skip_all "sqlite3 is not installed"
work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-backup-XXXXXX") || exit 1
cleanup() {
	exec 3>&- 2> /dev/null
	[ -n "${wizard_pid:-}" ] && kill "$wizard_pid" 2> /dev/null
	chmod -R u+w "$work" 2> /dev/null
	rm -rf "$work"
}
trap cleanup EXIT
data="$TOP_SRCDIR/tests/data"
db="$work/class.db"
admin() { "$ADMIN" --db "$db" "$@" > "$work/out" 2> "$work/err"; }
show() { sed 's/^/# /' "$work/out" "$work/err"; }
value() { sqlite3 -readonly "$1" "$2"; }

plan 33

# ---- a backup in the middle of a flow ----------------------------------------
"$ADMIN" --db "$db" init > /dev/null
# John's walk up to just after his upgrade is submitted; the wizard then
# waits for the rest, with the link still to come.
mkfifo "$work/in"
"$WIZARD" --plain --db "$db" < "$work/in" > "$work/wizard.out" 2>&1 &
wizard_pid=$!
exec 3> "$work/in"
awk '{ print } /^Jackie$/ { print "1"; exit }' "$data/john-upgrade-link.plain" >&3
upgraded() { [ "$(value "$db" "SELECT kind FROM pacer_accounts WHERE username = 'jattorney2021'")" = upgraded ]; }
tries=200
until upgraded || [ $tries -eq 0 ]; do sleep 0.05; tries=$((tries - 1)); done
check "the trainee's upgrade is saved while the wizard goes on" upgraded
admin backup "$work/backups/class-1.db"
check "backup refuses a folder that does not exist" [ $? -eq 1 ]
mkdir "$work/backups"
admin backup "$work/backups/class-1.db"
check "backup during the running flow succeeds" [ $? -eq 0 ] || show
copy="$work/backups/class-1.db"
check "the copy passes integrity_check" [ "$(value "$copy" 'PRAGMA integrity_check')" = ok ]
check "and holds the flow's committed upgrade" \
	[ "$(value "$copy" "SELECT kind FROM pacer_accounts WHERE username = 'jattorney2021'")" = upgraded ]
check "and its audit row" [ "$(value "$copy" "SELECT count(*) FROM audit_log WHERE event = 'upgrade'")" = 1 ]
check "but no link, which was not made yet" \
	[ "$(value "$copy" "SELECT count(*) FROM ecf_accounts WHERE linked_at <> ''")" = 0 ]
check "the copy is one file, mode 0600" \
	[ "$(stat -c %a "$copy")" = 600 -a ! -e "$copy-wal" -a ! -e "$copy-shm" ]
check "no temporary file is left beside it" [ "$(ls "$work/backups")" = class-1.db ]
admin restore "$copy" --yes
check "restore is refused while a wizard runs on the database" \
	sh -c "[ $? -eq 1 ] && grep -q '1 wizard is running on' '$work/err' && ! ls '$work' | grep -q before-restore"
# The rest of the walk: the link.
sed -n '/^Jackie$/,$p' "$data/john-upgrade-link.plain" | tail -n +3 >&3
exec 3>&-
wait "$wizard_pid"
status=$?
wizard_pid=
check "the flow goes on to its end after the backup" [ $status -eq 0 ] ||
	tail -n 5 "$work/wizard.out" | sed 's/^/# /'
check "and links" grep -q "successfully linked" "$work/wizard.out"
check "the backup is in the audit log, with who took it" \
	sh -c "'$ADMIN' --db '$db' audit --event backup | grep -q 'admin:.*backup *.*class-1.db'"
admin backup "$copy"
check "a backup never replaces a file unasked" sh -c "[ $? -eq 1 ] && grep -q 'add --yes' '$work/err'"
admin backup "$db" --yes
check "nor the database itself" [ $? -eq 2 ]
admin backup "$db-wal" --yes
check "nor a file SQLite keeps beside it" [ $? -eq 2 ] || show

# ---- read as it is ------------------------------------------------------------
"$ADMIN" --db "$work/typo.db" audit > "$work/out" 2> "$work/err"
check "a command that reads makes no database where there is none" \
	sh -c "[ $? -eq 1 ] && [ ! -e '$work/typo.db' ] && grep -q 'there is no database' '$work/err'"
admin backup "$work/writable.db"
sum_before=$(sha256sum "$work/writable.db")
"$ADMIN" --db "$work/writable.db" audit > /dev/null 2>&1 && "$ADMIN" --db "$work/writable.db" accounts > /dev/null 2>&1
check "a backup that could be written is read without a byte changed (its journal mode too)" \
	[ "$(sha256sum "$work/writable.db")" = "$sum_before" -a "$(value "$work/writable.db" 'PRAGMA journal_mode')" = delete ]

# ---- the backup, read-only --------------------------------------------------------
chmod 0444 "$copy"
chmod 0555 "$work/backups"
sum_before=$(sha256sum "$copy")
"$ADMIN" --db "$copy" audit --event upgrade > "$work/out" 2> "$work/err"
check "audit reads the read-only backup" grep -q "jattorney2021 .* upgrade *success" "$work/out" || show
"$ADMIN" --db "$copy" account show jattorney2021 > "$work/out" 2> "$work/err"
check "account show reads it too" grep -q "jattorney2021" "$work/out" || show
"$ADMIN" --db "$copy" accounts > "$work/out" 2> "$work/err" &&
	"$ADMIN" --db "$copy" scenario dump - > "$work/dump" 2>> "$work/err"
check "so do accounts and scenario dump" grep -q "jattorney2021" "$work/dump" || show
"$ADMIN" --db "$copy" set kiosk on > "$work/out" 2> "$work/err"
check "a change to it is refused, with a sentence" grep -q "read-only" "$work/err"
check "and the backup is byte for byte as it was, nothing beside it" \
	[ "$(sha256sum "$copy")" = "$sum_before" -a "$(ls "$work/backups")" = class-1.db ]
chmod 0755 "$work/backups"

# ---- restore ------------------------------------------------------------------------
admin account delete jattorney2021 --yes
admin restore "$copy" < /dev/null
check "restore asks first, and with no terminal changes nothing" \
	sh -c "[ $? -eq 1 ] && grep -q 'nothing was changed' '$work/err' &&
	[ -z \"\$(sqlite3 '$db' \"SELECT 1 FROM pacer_accounts WHERE username = 'jattorney2021'\")\" ]"
admin restore "$copy" --yes
check "restore --yes puts the backup's accounts back" \
	[ "$(value "$db" "SELECT kind FROM pacer_accounts WHERE username = 'jattorney2021'")" = upgraded ]
kept=$(ls "$work" | grep '^class.db.before-restore-')
check "and keeps the database as it was beside it, and says where" \
	sh -c "[ -n '$kept' ] && grep -qF '$kept' '$work/out' &&
	[ -z \"\$(sqlite3 '$work/$kept' \"SELECT 1 FROM pacer_accounts WHERE username = 'jattorney2021'\")\" ]"
printf 'not a database\n' > "$work/junk.db"
admin restore "$work/junk.db" --yes
check "a file that is no database is refused, the database untouched" \
	sh -c "[ $? -eq 1 ] && grep -q 'not a nextgen-wizard database' '$work/err' &&
	[ -n \"\$(sqlite3 '$db' \"SELECT 1 FROM pacer_accounts WHERE username = 'jattorney2021'\")\" ]"

# ---- a migration ----------------------------------------------------------------------
cp "$copy" "$work/old.db"
chmod 0600 "$work/old.db"
sqlite3 "$work/old.db" "DROP TABLE room_sessions; DROP INDEX audit_log_user; ALTER TABLE audit_log DROP COLUMN host; DROP INDEX class_members_account; DROP INDEX class_members_start; ALTER TABLE class_members DROP COLUMN logins; ALTER TABLE class_members DROP COLUMN failed_logins; ALTER TABLE class_members DROP COLUMN lockouts; ALTER TABLE class_members DROP COLUMN upgrade_started_at; ALTER TABLE class_members DROP COLUMN link_started_at; ALTER TABLE class_members DROP COLUMN reset_at; ALTER TABLE classes DROP COLUMN room_idle; DROP TABLE mfa_apps; DROP TABLE mfa_backup_codes; ALTER TABLE pacer_accounts DROP COLUMN mfa_skips; ALTER TABLE pacer_accounts DROP COLUMN mfa_required; ALTER TABLE classes DROP COLUMN mfa; PRAGMA user_version = 8"
"$WIZARD" --db "$work/old.db" --answers "$data/tour.answers" > "$work/out" 2> "$work/err"
check "the wizard on an older database says it brought it up to date, and where the copy is" \
	grep -qF "old.db was brought from schema version 8 to 13; the database as it was is kept in $work/old.db.before-v13." \
	"$work/err" || show
check "the copy is the database as it was" \
	[ "$(value "$work/old.db.before-v13" 'PRAGMA user_version')" = 8 -a "$(value "$work/old.db" 'PRAGMA user_version')" = 13 ]

# ---- prune, and what audit shows ---------------------------------------------------
sqlite3 "$db" "UPDATE audit_log SET at = '2020-06-30 12:00:00' WHERE id IN (SELECT id FROM audit_log ORDER BY id LIMIT 3);
	INSERT INTO audit_log (at, terminal, username, event, outcome)
	VALUES ('2026-01-01 00:00:00', 'pts/9', 'evil' || char(27) || '[2J' || char(7), 'login', 'wrong username or password')"
admin audit prune --before 2021-01-01
check "audit prune removes the older rows and counts them" grep -qx "Removed 3 rows of the audit log written before 2021-01-01." "$work/out" || show
admin audit prune
check "audit prune needs --before" [ $? -eq 2 ]
admin audit --user "evil$(printf '\033')[2J$(printf '\007')"
check "audit shows what was typed escaped, never a control character" \
	sh -c "grep -qF 'evil\\e[2J\\x07' '$work/out' && ! grep -q \"\$(printf '\\033')\" '$work/out'" || show
sqlite3 "$db" "INSERT INTO audit_log (at, terminal, username, event, outcome)
	VALUES ('2026-01-02 00:00:00', '', '=HYPERLINK(\"x\")' || char(27), 'login', 'wrong username or password')"
admin audit --csv --since 2026-01-02
check "audit --csv quotes a formula and escapes a control character" \
	grep -qF '"'"'"'=HYPERLINK(""x"")\e"' "$work/out" || show
tap_finish
