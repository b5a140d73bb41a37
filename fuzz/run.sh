#!/bin/sh
# SPDX-License-Identifier: MIT
# make fuzz-parsers: builds the libFuzzer targets of fuzz/ with clang and
# runs each for SECONDS, starting from the seeds in fuzz/seeds/. A crash,
# a sanitizer report or a timeout fails, and leaves the input that did it
# in BUILDDIR/fuzz-build/artifacts/ (replay: BUILDDIR/fuzz-build/fuzz_NAME FILE).
# Usage: run.sh SRCDIR BUILDDIR SECONDS
set -u
srcdir=$1 builddir=$2 seconds=$3
cc=${FUZZ_CC:-clang}
command -v "$cc" >/dev/null 2>&1 || { echo "fuzz: $cc is not installed (apt-get install clang)" >&2; exit 2; }
out="$builddir/fuzz-build"
mkdir -p "$out/obj" "$out/artifacts" || exit 2
# Beside the fuzzers, as beside the build's programs: the test suite's
# cheaper hashing may be taken (src/core/auth.c).
echo "Programs in this folder take the test suite's hooks (src/core/auth.c)." > "$out/nextgen-wizard-test-hooks"
flags="-g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
cppflags="-I$builddir -I$srcdir/src -DHAVE_CONFIG_H -DLOCALEDIR=\"$builddir/locale\" -DPKGDATADIR=\"$srcdir/data\" -DSYSCONFDIR=\"$builddir/etc\" -D_GNU_SOURCE"
cppflags="$cppflags $(pkg-config --cflags sqlite3 libcrypt liboath libqrencode)"
libs="$(pkg-config --libs sqlite3 libcrypt liboath libqrencode) -lunistring"

# The layers under the frontends and the line frontends; nothing of curses.
objects=""
for source in $(find "$srcdir/src/base" "$srcdir/src/store" "$srcdir/src/core" \
	"$srcdir/src/flow" "$srcdir/src/ui/lines" -name '*.c' | sort); do
	# The wizard's own stand-ins for libraries it loads late: these link them.
	case $source in */lazy_*.c) continue ;; esac
	# Named by its folder too: core/settings.c and base/settings.c are two.
	name=$(printf '%s' "${source#"$srcdir"/src/}" | sed 's|/|_|g; s|\.c$||')
	object="$out/obj/$name.o"
	if [ ! -f "$object" ] || [ "$source" -nt "$object" ]; then
		# shellcheck disable=SC2086
		$cc $flags $cppflags -c "$source" -o "$object" || exit 2
	fi
	objects="$objects $object"
done

export NEXTGEN_WIZARD_DATADIR="$srcdir/data"
failed=0
for target in validators catalogue scenario answers; do
	binary="$out/fuzz_$target"
	# shellcheck disable=SC2086
	$cc $flags -fsanitize=fuzzer $cppflags "$srcdir/fuzz/fuzz_$target.c" $objects $libs -o "$binary" || exit 2
	corpus="$out/corpus-$target"
	mkdir -p "$corpus"
	"$binary" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$out/artifacts/$target-" "$corpus" "$srcdir/fuzz/seeds/$target" \
		> "$out/$target.log" 2>&1
	status=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$target.log")
	if [ $status -eq 0 ]; then
		echo "fuzz_$target: ${runs:-?} inputs in ${seconds}s, nothing found"
	else
		failed=1
		echo "fuzz_$target: FAILED (status $status); the input is in $out/artifacts/"
		grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$out/$target.log" | head -10
	fi
done
exit $failed
