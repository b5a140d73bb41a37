#!/bin/sh
# SPDX-License-Identifier: MIT
# Makes the build's lists of screen files from src/flow/screens/screens.def,
# since automake and xgettext cannot glob: src/flow/screens/screens.am
# (SCREEN_SOURCES, included by Makefile.am) and the screen lines of
# po/POTFILES.in. ./bootstrap runs it; tests/screen_list.sh runs it into
# a scratch folder and compares.
#
#   make_lists.sh SRCDIR [OUTDIR]
#
# reads SRCDIR and writes OUTDIR (SRCDIR when left out); a file whose
# content is unchanged is not rewritten, so make sees nothing new.
set -e
LC_ALL=C
export LC_ALL

srcdir=${1:?usage: make_lists.sh SRCDIR [OUTDIR]}
outdir=${2:-$srcdir}
screens=src/flow/screens

# The file column of every SCREEN line, each file once.
files=$(sed -n 's/^SCREEN([^,]*,[^,]*,[[:space:]]*\([^)[:space:]]*\)[[:space:]]*).*/\1/p' \
	"$srcdir/$screens/screens.def" | sort -u)
if [ -z "$files" ]; then
	echo "make_lists.sh: no SCREEN lines in $srcdir/$screens/screens.def" >&2
	exit 1
fi

# replace FILE: FILE.new becomes FILE unless FILE already says the same.
replace() {
	if cmp -s "$1.new" "$1"; then
		rm -f "$1.new"
	else
		mv -f "$1.new" "$1"
	fi
}

mkdir -p "$outdir/$screens" "$outdir/po"

{
	echo "# Made by $screens/make_lists.sh from screens.def (./bootstrap runs"
	echo "# it): do not edit. tests/screen_list.sh checks that it is up to date."
	echo "SCREEN_SOURCES = \\"
	printf '%s\n' "$files" | sed -e "s|^|	$screens/|" -e '$!s|$| \\|'
} > "$outdir/$screens/screens.am.new"
replace "$outdir/$screens/screens.am"

# POTFILES.in stays sorted: the screen files go where they sort, the
# other lines stay as they are.
printf '%s\n' "$files" | sed "s|^|$screens/|" |
	awk -v prefix="$screens/" '
		NR == FNR { screen[++count] = $0; next }
		index($0, prefix) == 1 { next }
		!done && $0 !~ /^#/ && $0 > prefix { print_screens() }
		{ print }
		END { if (!done) print_screens() }
		function print_screens(   i) {
			for (i = 1; i <= count; i++)
				print screen[i]
			done = 1
		}' - "$srcdir/po/POTFILES.in" > "$outdir/po/POTFILES.in.new"
replace "$outdir/po/POTFILES.in"
