#!/bin/sh
# SPDX-License-Identifier: MIT
# make check-valgrind: the unit tests, a whole upgrade and link through
# the answers frontend, and the trainer's commands, each under valgrind
# with --leak-check=full. Any error or definite leak fails. TAP on stdout.
# Usage: valgrind.sh BUILDDIR SRCDIR
builddir=$1 srcdir=$2
command -v valgrind >/dev/null 2>&1 || { echo "1..0 # SKIP valgrind is not installed"; exit 0; }
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-valgrind-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
export NEXTGEN_WIZARD_DATADIR="$srcdir/data" NEXTGEN_WIZARD_LOCALEDIR="$builddir/locale"
export CMOCKA_MESSAGE_OUTPUT=TAP LANG=C.UTF-8
# Hashing at the default cost takes seconds under valgrind: the cost of
# the rest of the suite (tests/test_rehash keeps the default).
export NEXTGEN_WIZARD_TEST_HASH_COST=1

unit_tests=$(cd "$builddir/tests" && ls test_* 2>/dev/null | grep -v '\.' )
count=0 failed=0
run() {
	description=$1
	shift
	count=$((count + 1))
	if valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite \
		--error-exitcode=99 --log-file="$work_dir/valgrind.$count" "$@" \
		> "$work_dir/out.$count" 2>&1 < "${input:-/dev/null}" &&
		[ ! -s "$work_dir/valgrind.$count" ]; then
		echo "ok $count - $description"
	else
		failed=$((failed + 1))
		echo "not ok $count - $description"
		sed 's/^/# /' "$work_dir/valgrind.$count" | head -60
		tail -5 "$work_dir/out.$count" | sed 's/^/# /'
	fi
}

set -- $unit_tests
echo "1..$(($# + 5))"
for t in $unit_tests; do
	run "$t" "$builddir/tests/$t"
done
db="$work_dir/wizard.db"
run "nextgen-admin init" "$builddir/src/nextgen-admin" --db "$db" init
run "John's upgrade and link through the answers frontend" \
	"$builddir/src/nextgen-wizard" --db "$db" --answers "$srcdir/tests/data/john-upgrade-link.answers"
input="$srcdir/tests/data/john-upgrade-link.plain" run "the same through the plain frontend" \
	"$builddir/src/nextgen-wizard" --db "$work_dir/plain.db" --plain
run "nextgen-admin class create" "$builddir/src/nextgen-admin" --db "$db" \
	class create --name vg --count 3 --court canb --slips "$work_dir/slips.txt"
run "nextgen-admin scenario dump" "$builddir/src/nextgen-admin" --db "$db" scenario dump -
exit $((failed > 0))
