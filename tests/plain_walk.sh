#!/bin/sh
# SPDX-License-Identifier: MIT
# The plain frontend as Section 508's alternate version (doc/section508.md):
# John's whole upgrade and link through a pipe at COLUMNS=60, with a
# wrong date of birth on the way and the User Type list asked for. No
# line is longer than 60 columns; the banner is said once; every secret
# prompt says that typing is hidden; the error names its field and the
# screen is not said again before it; a list is read "n of m"; no box
# drawing anywhere.
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-walk-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
data="$TOP_SRCDIR/tests/data"

plan 9
awk 'state == 0 && $0 == "03/14/1970" { print "99/99/1970"; state = 1; next }
state == 1 && $0 == "Attorney" { print "?"; print; state = 2; next }
state == 2 { print; print "03/14/1970"; print ""; state = 3; next }
{ print }' "$data/john-upgrade-link.plain" > "$work_dir/walk.in"
"$ADMIN" --db "$work_dir/walk.db" init > /dev/null
COLUMNS=60 "$WIZARD" --plain --db "$work_dir/walk.db" < "$work_dir/walk.in" > "$work_dir/walk.out" 2>&1
check "John upgrades and links in lines, a wrong date on the way" \
	grep -q "You have successfully linked your account" "$work_dir/walk.out"
widest=$(LC_ALL=C.UTF-8 wc -L < "$work_dir/walk.out")
check "no line is longer than 60 columns (the widest: $widest)" [ "$widest" -le 60 ]
banners=$(grep -c "PRACTICE SYSTEM" "$work_dir/walk.out")
check "the banner is said once in the whole walk ($banners)" [ "$banners" -eq 1 ]
secrets=$(grep -oE "(Password|Answer [0-9]) \([a-z]+[;,][^)]*\)" "$work_dir/walk.out" | grep -vc "typing is hidden")
check "every secret prompt says that typing is hidden ($secrets do not)" [ "$secrets" -eq 0 ]
check "the error names its field" grep -q "^Error: Date of Birth: Type a real date" "$work_dir/walk.out"
# Between the Person tab's actions and the error, no line of the screen.
said_again=$(awk '/^Error: Date of Birth/ { exit } /^Choose a number/ { since = 0; next } { since++ } END { print since }' \
	"$work_dir/walk.out")
check "and the screen is not said again before it ($said_again lines between)" [ "$said_again" -le 3 ]
check "the way to hear it again is said" grep -qF "(Type screen to hear the whole screen again.)" "$work_dir/walk.out"
check "a list is read \"n of m\"" grep -qE "^[0-9]+ of [0-9]+: Attorney$" "$work_dir/walk.out"
if LC_ALL=C.UTF-8 grep -qE '[─│┌┐└┘├┤┬┴┼═║]' "$work_dir/walk.out"; then
	fail "no box drawing" "$(LC_ALL=C.UTF-8 grep -nE '[─│┌┐└┘├┤┬┴┼═║]' "$work_dir/walk.out" | head -n 3)"
else
	ok "no box drawing"
fi
tap_finish
