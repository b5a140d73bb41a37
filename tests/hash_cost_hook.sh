#!/bin/sh
# SPDX-License-Identifier: MIT
# The test suite's cheaper hashing (NEXTGEN_WIZARD_TEST_HASH_COST) is
# taken only by a program of the build tree (a file beside it says so,
# src/core/auth.c): the same program copied anywhere else, as an
# install does, hashes at the library's cost with the variable set, so
# a variable left in a kiosk's environment cannot cheapen its hashes.
. "${srcdir:-.}/tests/tap.sh"

plan 3
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-hook-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT

# first_hash_cost ADMIN DB: "$y$<cost>$" of the first password in DB.
first_hash_cost() {
	"$1" --db "$2" scenario dump - 2> /dev/null |
		sed -n 's/^password-hash = \(\$y\$[^$]*\$\).*/\1/p' | head -n 1
}
mkdir "$work_dir/elsewhere"
cp "$ADMIN" "$work_dir/elsewhere/nextgen-admin"
NEXTGEN_WIZARD_TEST_HASH_COST=1 "$ADMIN" --db "$work_dir/built.db" init > /dev/null 2>&1
NEXTGEN_WIZARD_TEST_HASH_COST=1 "$work_dir/elsewhere/nextgen-admin" --db "$work_dir/copied.db" init > /dev/null 2>&1
env -u NEXTGEN_WIZARD_TEST_HASH_COST "$ADMIN" --db "$work_dir/default.db" init > /dev/null 2>&1
built=$(first_hash_cost "$ADMIN" "$work_dir/built.db")
copied=$(first_hash_cost "$ADMIN" "$work_dir/copied.db")
default=$(first_hash_cost "$ADMIN" "$work_dir/default.db")
check "without the variable: the library's cost (${default:-none})" [ -n "$default" ]
other_than() { [ -n "$1" ] && [ "$1" != "$2" ]; }
check "the build tree's program takes the variable (${built:-none})" other_than "$built" "$default"
check "a copy elsewhere does not (${copied:-none}, the library's ${default:-none})" [ "$copied" = "$default" ]
tap_finish
