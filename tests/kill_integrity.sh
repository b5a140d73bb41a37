#!/bin/sh
# SPDX-License-Identifier: MIT
# The power goes, or the wizard is killed outright (SIGKILL: no handler
# runs), at random moments of whole upgrade-and-link flows, many at once.
# Every time the database passes integrity_check, and no account is
# half-upgraded or half-linked. The seed is printed; KILL_SEED=N replays
# a run.
. "${srcdir:-.}/tests/tap.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-kill-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
db="$work_dir/class.db"
count=20
rounds=3
seed=${KILL_SEED:-$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}
echo "# seed $seed (replay with KILL_SEED=$seed)"

. "${srcdir:-.}/tests/class_lib.sh"
make_class "$work_dir" $count

# delay ROUND I: a pause of 0 to 4 s for session I of ROUND, from the seed.
delay() { awk -v s="$seed" -v r="$1" -v i="$2" 'BEGIN { srand(s * 1000 + r * 100 + i); printf "%.3f", rand() * 4 }'; }

# Accounts not in one of the two whole states: legacy and untouched, or
# upgraded with its new username, its old one kept and its three answers.
half_upgraded() {
	sqlite3 "$db" "SELECT count(*) FROM pacer_accounts a WHERE NOT (
		(kind = 'legacy' AND upgraded_at = '' AND legacy_username = '' AND username LIKE 'tr0%'
		 AND (SELECT count(*) FROM security_answers WHERE account_id = a.id) = 0)
		OR (kind = 'upgraded' AND upgraded_at <> '' AND legacy_username LIKE 'tr0%'
		 AND username = 'trainee' || substr(legacy_username, 3)
		 AND (SELECT count(*) FROM security_answers WHERE account_id = a.id) = 3))"
}

# A link is whole when both its sides are set, to an upgraded account.
half_linked() {
	sqlite3 "$db" "SELECT count(*) FROM ecf_accounts e LEFT JOIN pacer_accounts p
		ON p.id = e.pacer_account_id
		WHERE (e.pacer_account_id IS NULL) <> (e.linked_at = '')
		   OR (e.pacer_account_id IS NOT NULL AND p.kind <> 'upgraded')"
}

plan $((rounds * 3 + 2))
"$ADMIN" --db "$db" init > /dev/null &&
"$ADMIN" --db "$db" load "$work_dir/class.scenario" --yes > /dev/null
check "the class's accounts are loaded" [ $? -eq 0 ]

round=1
while [ $round -le $rounds ]; do
	i=1
	while [ $i -le $count ]; do
		n=$(printf '%04d' $i)
		pause=$(delay $round $i)
		# A flow that already finished fails its login now; still a
		# session with writes (the failed login is recorded).
		"$WIZARD" --db "$db" --answers "$work_dir/tr$n.answers" > /dev/null 2>&1 &
		( sleep "$pause"; kill -KILL $! 2>/dev/null ) &
		i=$((i + 1))
	done
	wait
	integrity=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
	check "round $round: integrity_check ($integrity)" [ "$integrity" = ok ]
	half=$(half_upgraded)
	check "round $round: no account half-upgraded ($half)" [ "$half" = 0 ]
	half=$(half_linked)
	check "round $round: no link half-made ($half)" [ "$half" = 0 ]
	round=$((round + 1))
done
upgraded=$(sqlite3 "$db" "SELECT count(*) FROM pacer_accounts WHERE kind = 'upgraded'")
echo "# $upgraded of $count accounts were upgraded before their session was killed"
"$WIZARD" --db "$db" --answers "$work_dir/tr0001.answers" > /dev/null 2>&1
check "the wizard opens the database afterwards" [ $? -le 1 ]
tap_finish
