#!/bin/sh
# SPDX-License-Identifier: MIT
# Text the core writes names no key of the full screen: what the answers
# and plain frontends print (every screen, its help, its errors, in
# English and Spanish) never says Ctrl-, Space, arrow, PgUp/PgDn, F1, Esc
# or Tab; the full screen still says its own keys where they help.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-keys-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
data="$TOP_SRCDIR/tests/data"
keys='Ctrl-|\bSpace\b|\b[Aa]rrow|PgDn|PgUp|\bF1\b|\bEsc\b|\bTab\b|barra espaciadora|flechas'

# no_keys DESCRIPTION FILE: a TAP point that FILE names no curses key.
no_keys() {
	found=$(grep -nE "$keys" "$2" | head -n 5)
	if [ -z "$found" ]; then ok "$1"; else fail "$1" "$found"; fi
}

plan 9
# help_everywhere FILE: the answers of FILE with help asked on every screen.
help_everywhere() {
	awk '/^[a-z-]+ = / { split($0, a, " = "); if (a[2] != "help") print a[1] " = help" } { print }' "$1"
}

# Every screen with its help asked, its errors met (a wrong CM/ECF
# password on the way); John's upgrade and link in Spanish.
help_everywhere "$data/tour.answers" > "$work_dir/tour.answers"
"$WIZARD" --db "$work_dir/tour.db" --answers "$work_dir/tour.answers" > "$work_dir/tour.out" 2>&1
check "the answers tour with help on every screen runs" [ $? -eq 0 ]
no_keys "and names no curses key" "$work_dir/tour.out"
help_everywhere "$data/john-upgrade-link.answers" > "$work_dir/john.answers"
"$WIZARD" --lang es --db "$work_dir/john.db" --answers "$work_dir/john.answers" > "$work_dir/es.out" 2>&1
check "John's upgrade and link with help everywhere runs in Spanish" [ $? -eq 0 ]
no_keys "and names no curses key in Spanish either" "$work_dir/es.out"
"$WIZARD" --db "$work_dir/bad.db" --answers "$data/bad-user-type.answers" > "$work_dir/bad.out" 2>&1
check "a refused list answer still says what was wrong" grep -qF "That is not one of the list." "$work_dir/bad.out"
no_keys "without a key to press" "$work_dir/bad.out"

# The plain walk, with help asked at every prompt.
awk '{ print "help"; print }' "$data/john-upgrade-link.plain" > "$work_dir/walk.plain"
"$WIZARD" --plain --db "$work_dir/plain.db" < "$work_dir/walk.plain" > "$work_dir/plain.out" 2>&1
no_keys "the plain walk with help everywhere names no curses key" "$work_dir/plain.out"
check "and says how to see a list in its own words" grep -qF "Type ? to see the list." "$work_dir/plain.out"

# The full screen keeps its own words for its keys.
check "the curses frontend still says Space opens a list" \
	sh -c "strings '$WIZARD' | grep -qF 'Press Space in the empty field to see the list.'"
tap_finish
