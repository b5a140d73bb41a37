#!/bin/sh
# SPDX-License-Identifier: MIT
# Every source file says its licence in its first lines (after a #! line),
# and the licence it names is the one in COPYING.
. "$TOP_SRCDIR/tests/tap.sh"
cd "$TOP_SRCDIR" || exit 1

plan 3

check "COPYING holds the MIT licence" grep -q '^MIT License$' COPYING

# The sources: C, the screen list, shell and awk scripts, the build's
# own scripts. A tarball has no git, so the files are found by name.
sources=$(find src tests fuzz bench \( -name '*.[ch]' -o -name '*.def' -o -name '*.sh' -o -name '*.awk' \) \
	-not -path 'tests/data/*' -not -path 'fuzz/seeds/*' -type f | sort)
sources="$sources bootstrap quickstart"
[ -f .ci/run ] && sources="$sources .ci/run"
[ -f debian/rules ] && sources="$sources debian/rules"

# unlicensed FILE...: those without the SPDX line in their first two lines.
unlicensed() {
	for f in "$@"; do
		head -n 2 "$f" | grep -q 'SPDX-License-Identifier: MIT' || echo "$f"
	done
}

# shellcheck disable=SC2086
missing=$(unlicensed $sources)
check "every source file names its licence in its first lines" [ -z "$missing" ]
[ -z "$missing" ] || printf '%s\n' "$missing" | sed 's/^/# /'

planted=$(mktemp) || exit 1
trap 'rm -f "$planted"' EXIT
printf '#include <stdio.h>\n' > "$planted"
check "a file without it is found" [ -n "$(unlicensed "$planted")" ]
tap_finish
