#!/bin/sh
# SPDX-License-Identifier: MIT
# make bench measures the tree it is run in (a copied build tree, not the
# one configure saw) and takes BENCH_RUNS from the environment and from
# the command line (issue 27). Read from what make would run (make -n):
# the benchmark itself is make bench's, never a timed test's.
. "${srcdir:-.}/tests/tap.sh"

command -v "${MAKE:-make}" > /dev/null 2>&1 || skip_all "make is not installed"
plan 3
top=$(pwd)
dry() { "${MAKE:-make}" -n -C "$top" bench "$@" 2> /dev/null | grep -A1 'bench/bench.sh' | tr -d '\\\n'; }
line=$(BENCH_RUNS=3 dry)
check "BENCH_RUNS in the environment reaches bench.sh ($line)" sh -c "printf '%s' \"\$1\" | grep -qF \"'3'\"" - "$line"
line=$(dry BENCH_RUNS=2)
check "and on make's command line ($line)" sh -c "printf '%s' \"\$1\" | grep -qF \"'2'\"" - "$line"
# No path of the configured tree is written in: the tree run in is measured.
check "bench.sh is given the tree make runs in, not the one configure saw" \
	sh -c "printf '%s' \"\$1\" | grep -qF '\$(pwd)' && ! printf '%s' \"\$1\" | grep -qF \"\$2/bench-results\"" - "$line" "$top"
tap_finish
