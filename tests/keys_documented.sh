#!/bin/sh
# SPDX-License-Identifier: MIT
# The README's keyboard table is the one the code dispatches on.
. "${srcdir:-.}/tests/tap.sh"

plan 2
"$WIZARD" --keys > keys.out.$$ 2>&1
check "--keys prints the table" grep -qF "| Tab, Down, Ctrl-N |" keys.out.$$
if sed -n '/<!-- keys:begin -->/,/<!-- keys:end -->/p' "$TOP_SRCDIR/README" | sed '1d;$d' | diff -u keys.out.$$ - > keys.diff.$$; then
	ok "the README's keyboard table matches nextgen-wizard --keys"
else
	fail "the README's keyboard table matches nextgen-wizard --keys" "$(cat keys.diff.$$)"
fi
rm -f keys.out.$$ keys.diff.$$
tap_finish
