#!/bin/sh
# SPDX-License-Identifier: MIT
# The layers of src/ hold as places, not conventions: each folder uses
# only the folders before it, curses stays in its frontend, and every
# SQL statement is in the store. HACKING shows the picture.
. "$TOP_SRCDIR/tests/tap.sh"
cd "$TOP_SRCDIR/src" || exit 1

# rank FILE: the layer a file under src/ belongs to; a lower rank is
# used by a higher one, never the other way.
rank() {
	case $1 in
	base/*) echo 1 ;;
	store/*) echo 2 ;;
	core/*) echo 3 ;;
	flow/*) echo 4 ;;
	ui/lines/*) echo 5 ;;
	ui/curses/*) echo 6 ;;
	admin/*) echo 7 ;;
	main_*) echo 8 ;;
	*) echo 0 ;;
	esac
}

diag() { printf '%s\n' "$1" | sed '/^$/d; s/^/# /'; }

# curses_users FILE...: those that include curses, its libraries or terminfo.
curses_users() {
	grep -lE '^#[[:space:]]*include[[:space:]]*<(ncursesw/)?(n?curses|form|menu|panel|term)\.h>' "$@"
}
# sql_lines FILE...: the lines with an SQL statement's first word at the
# start of a C string, or a call of SQLite's own.
sql_lines() {
	grep -nE '"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|WITH|REPLACE)[[:space:]]|sqlite3' "$@"
}

sources=$(find . -name '*.[ch]' | sed 's|^\./||' | sort)

plan 7

unplaced=$(for f in $sources; do [ "$(rank "$f")" -eq 0 ] && echo "$f"; done)
check "every source file is in a layer's folder" [ -z "$unplaced" ]
[ -z "$unplaced" ] || diag "$unplaced"

# Quoted includes name their folder, so the rule can be read off them.
backwards=""
for f in $sources; do
	own=$(rank "$f")
	for header in $(sed -n 's/^#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
		[ "$header" = config.h ] && continue
		used=$(rank "$header")
		if [ "$used" -eq 0 ] || [ ! -f "$header" ]; then
			backwards="$backwards$f includes $header, which names no layer's file
"
		elif [ "$used" -gt "$own" ]; then
			backwards="$backwards$f includes $header, a later layer
"
		elif [ "$own" -ge 5 ] && [ "$own" -le 7 ] && [ "$used" -ge 5 ] && [ "$used" -ne "$own" ]; then
			backwards="$backwards$f includes $header, another frontend
"
		fi
	done
done
check "each folder includes only its own and earlier layers (base, store, core, flow, then a frontend)" [ -z "$backwards" ]
[ -z "$backwards" ] || diag "$backwards"

# shellcheck disable=SC2086
curses_outside=$(curses_users $sources |
	grep -vE '^ui/curses/' || true)
check "no file outside src/ui/curses includes curses, form, menu or terminfo" [ -z "$curses_outside" ]
[ -z "$curses_outside" ] || diag "$curses_outside"

# The SQL words that begin a statement, inside a C string, and any use
# of SQLite's own functions.
# shellcheck disable=SC2086
sql_outside=$(sql_lines $sources |
	grep -vE '^store/' || true)
check "no SQL and no sqlite3 call outside src/store" [ -z "$sql_outside" ]
[ -z "$sql_outside" ] || diag "$sql_outside"

# A file a newcomer can read through: split it by concern when it grows.
long=$(for f in $sources; do
	n=$(wc -l < "$f")
	[ "$n" -gt 800 ] && echo "$f: $n lines"
done)
check "no source file is longer than 800 lines" [ -z "$long" ]
[ -z "$long" ] || diag "$long"

# The checks themselves can fail: a planted include and statement are found.
planted=$(mktemp -d) || exit 1
trap 'rm -rf "$planted"' EXIT
printf '#include <curses.h>\nstatic const char *q = "SELECT 1";\n' > "$planted/planted.c"
check "a planted curses include is found" [ -n "$(curses_users "$planted/planted.c")" ]
check "a planted SQL statement is found" [ -n "$(sql_lines "$planted/planted.c")" ]
tap_finish
