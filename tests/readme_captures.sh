#!/bin/sh
# SPDX-License-Identifier: MIT
# The README's screen captures are what the program draws today: taken
# again by doc/captures.sh from the real binary, they must be the same.
# When a screen changes on purpose, run "make captures".
. "${srcdir:-.}/tests/tap.sh"

command -v tmux >/dev/null 2>&1 || skip_all "tmux is not installed"
plan 1
out=$("$srcdir/doc/captures.sh" --check "$WIZARD" 2>&1)
status=$?
if [ $status -eq 0 ]; then
	ok "README's captures are the real screens"
else
	fail "README's captures are the real screens (run make captures)" "$out"
fi
tap_finish
