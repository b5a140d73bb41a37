#!/bin/sh
# SPDX-License-Identifier: MIT
# make installcheck: the installed programs, run with no variable of our
# own set, find their data and their Spanish, and the installed manual
# pages render cleanly. Usage: installcheck.sh BINDIR MANDIR
set -u
bindir=$1 mandir=$2
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-installcheck-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
failed=0
say() { printf '%s\n' "$*"; }
fail() { say "FAIL: $*"; failed=1; }

# A clean environment: no NEXTGEN_WIZARD_* folder, no XDG_STATE_HOME.
clean() { env -i PATH=/usr/bin:/bin HOME="$work_dir" LANG=C.UTF-8 "$@"; }

printf 'start = quit\n' | clean "$bindir/nextgen-wizard" --answers - > "$work_dir/en" 2>&1 ||
	fail "the installed wizard did not run: $(cat "$work_dir/en")"
grep -q "^Screen: start" "$work_dir/en" && say "ok: the installed wizard runs in English" ||
	fail "no start screen in English"
[ -f "$work_dir/.local/state/nextgen-wizard/wizard.db" ] &&
	say "ok: its database is made in the default place with the demo" ||
	fail "no database at ~/.local/state/nextgen-wizard/wizard.db"
clean "$bindir/nextgen-admin" accounts | grep -q "^ja1234 " &&
	say "ok: the demo accounts came from the installed data" || fail "no demo accounts"

printf 'start = quit\n' | clean "$bindir/nextgen-wizard" --lang es --answers - > "$work_dir/es" 2>&1
grep -q "Actualizar mi cuenta de PACER" "$work_dir/es" &&
	say "ok: the installed wizard speaks Spanish from the installed catalogue" ||
	fail "no Spanish: $(head -5 "$work_dir/es")"
clean LANGUAGE=es "$bindir/nextgen-admin" --help | grep -q "^Órdenes:" &&
	say "ok: nextgen-admin speaks Spanish too" || fail "nextgen-admin has no Spanish"

# The test suite's cheaper hashing (NEXTGEN_WIZARD_TEST_HASH_COST) is
# never taken by an installed program, even when the variable was left
# in its environment (a kiosk's): its hashes cost what they cost without.
first_hash_cost() {
	clean "$bindir/nextgen-admin" --db "$1" scenario dump - 2> /dev/null |
		sed -n 's/^password-hash = \(\$y\$[^$]*\$\).*/\1/p' | head -n 1
}
clean NEXTGEN_WIZARD_TEST_HASH_COST=1 "$bindir/nextgen-admin" --db "$work_dir/told.db" init > /dev/null 2>&1
clean "$bindir/nextgen-admin" --db "$work_dir/untold.db" init > /dev/null 2>&1
told=$(first_hash_cost "$work_dir/told.db") untold=$(first_hash_cost "$work_dir/untold.db")
[ -n "$untold" ] && [ "$told" = "$untold" ] &&
	say "ok: the installed programs hash at the library's cost ($untold) whatever the test variable says" ||
	fail "with NEXTGEN_WIZARD_TEST_HASH_COST=1 the installed nextgen-admin hashed at ${told:-?}, not ${untold:-?}"

for page in "$mandir/man1/nextgen-wizard.1" "$mandir/man1/nextgen-admin.1"; do
	if [ ! -f "$page" ]; then
		fail "$page is not installed"
		continue
	fi
	MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$page" > "$work_dir/page" 2> "$work_dir/warnings"
	if [ -s "$work_dir/warnings" ] || ! grep -q "^NAME" "$work_dir/page"; then
		fail "man -l $page: $(cat "$work_dir/warnings")"
	else
		say "ok: man -l $(basename "$page") renders cleanly"
	fi
done
exit $failed
