#!/bin/sh
# SPDX-License-Identifier: MIT
# The plain and answers frontends run the same screens as the curses one:
# John Attorney's upgrade and link give the same database either way, the
# plain output has no terminal control in it, and a refused answer stops
# with the screen, the field and the reason.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-lines-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
data="$TOP_SRCDIR/tests/data"

# linked DB: John is upgraded and linked at canb, as the curses test leaves him.
linked() {
	"$ADMIN" --db "$1" accounts > "$work_dir/accounts" 2>&1 &&
	grep -qE '^jattorney2021 +4012345 +upgraded .* 1 +John Attorney$' "$work_dir/accounts" &&
	grep -qE '^canb +jattorney +John Attorney +jattorney2021$' "$work_dir/accounts"
}

plan 17
"$WIZARD" --db "$work_dir/answers.db" --answers "$data/john-upgrade-link.answers" \
	> "$work_dir/answers.out" 2>&1
check "the answers file runs to the end with exit status 0" [ $? -eq 0 ]
check "the answers run upgrades and links John" linked "$work_dir/answers.db"
check "secrets in an answers file are never echoed" sh -c "! grep -qF 'Linked!2021' '$work_dir/answers.out' && ! grep -qF 'Canb!Ecf2019' '$work_dir/answers.out'"
check "the answers run shows the courts' notices" grep -qF "Court notice: NOTE: You are no longer able to use your old PACER username and password." "$work_dir/answers.out"
check "the welcome screen offers the filing menus" grep -qF "Actions: Bankruptcy (bankruptcy) | Adversary (adversary)" "$work_dir/answers.out"

"$WIZARD" --db "$work_dir/bad.db" --answers "$data/bad-user-type.answers" > "$work_dir/bad.out" 2>&1
check "a refused answer ends with a non-zero status" [ $? -ne 0 ]
check "and names the screen and the reason" grep -qF "the wizard stayed at upgrade-person: That is not one of the list" "$work_dir/bad.out"

"$WIZARD" --db "$work_dir/tour.db" --answers "$data/tour.answers" > "$work_dir/tour.out" 2>&1
check "the tour of every screen runs to the end" [ $? -eq 0 ]
"$WIZARD" --screens | sed 's/:.*//' | sort > "$work_dir/declared"
sed -n 's/^Screen: //p' "$work_dir/tour.out" | sort -u > "$work_dir/visited"
missing=$(comm -23 "$work_dir/declared" "$work_dir/visited" | tr '\n' ' ')
if [ -s "$work_dir/declared" ] && [ -z "$missing" ]; then
	ok "every declared screen is reached through the same declarations"
else
	fail "every declared screen is reached through the same declarations" "not reached: $missing"
fi
check "a wrong CM/ECF password is said on the way" grep -qF "Error: If the linking process failed, please try again." "$work_dir/tour.out"

env -u TERM "$WIZARD" --db "$work_dir/plain.db" < "$data/john-upgrade-link.plain" > "$work_dir/plain.out" 2>&1
check "with no TERM the plain conversation runs to the end" [ $? -eq 0 ]
check "typed plain input upgrades and links John the same" linked "$work_dir/plain.db"
if grep -q "$(printf '\033')" "$work_dir/plain.out"; then
	fail "the plain output has no terminal escape sequences"
else
	ok "the plain output has no terminal escape sequences"
fi

# Help on every screen, as a person would ask for it: "help" before every
# answer of the tour, and before every line of the plain conversation. The
# help is shown each time, and the run ends just the same.
awk '/^[a-z-]+ = / { split($0, a, " = "); if (a[2] != "help") print a[1] " = help" } { print }' \
	"$data/tour.answers" > "$work_dir/tour-help.answers"
asked=$(grep -c ' = help$' "$work_dir/tour-help.answers")
"$WIZARD" --db "$work_dir/tour-help.db" --answers "$work_dir/tour-help.answers" > "$work_dir/tour-help.out" 2>&1
check "the tour with help asked on every screen still runs to the end" [ $? -eq 0 ]
shown=$(grep -c '^Help: ' "$work_dir/tour-help.out")
check "and shows the help each time ($shown of $asked)" [ "$shown" -eq "$asked" ]
awk '{ print "help"; print }' "$data/john-upgrade-link.plain" > "$work_dir/help.plain"
COLUMNS=50 env -u TERM "$WIZARD" --db "$work_dir/plain-help.db" < "$work_dir/help.plain" > "$work_dir/plain-help.out" 2>&1
check "typing help at every plain prompt changes nothing" linked "$work_dir/plain-help.db"
lines=$(wc -l < "$data/john-upgrade-link.plain")
# Input is not echoed here, so each help starts on its prompt's line.
# ("Help:" may end a wrapped line.)
shown=$(grep -o 'Help:' "$work_dir/plain-help.out" | wc -l)
widest=$(awk '/Help:/ { inside = 1; next } /^At any prompt/ { inside = 0 } inside' \
	"$work_dir/plain-help.out" | LC_ALL=C.UTF-8 wc -L)
check "and shows the help at each, in 49 columns ($shown of $lines; $widest)" \
	[ "$shown" -eq "$lines" -a "$widest" -le 49 ]
tap_finish
