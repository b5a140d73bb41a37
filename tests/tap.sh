# SPDX-License-Identifier: MIT
# TAP output for the shell tests, read by automake's tap-driver.sh.
# Source it, call plan N, then ok/fail/check for each point.

tap_count=0
tap_failed=0

plan() { echo "1..$1"; }

ok() {
	tap_count=$((tap_count + 1))
	echo "ok $tap_count - $1"
}

fail() {
	tap_count=$((tap_count + 1))
	tap_failed=$((tap_failed + 1))
	echo "not ok $tap_count - $1"
	shift
	for line in "$@"; do
		printf '%s\n' "$line" | sed 's/^/# /'
	done
}

# check DESCRIPTION COMMAND...: ok when the command succeeds.
check() {
	description=$1
	shift
	if "$@"; then ok "$description"; else fail "$description"; fi
}

# skip_all REASON: nothing can run here.
skip_all() {
	echo "1..0 # SKIP $1"
	exit 0
}

tap_finish() { [ "$tap_failed" -eq 0 ]; }
