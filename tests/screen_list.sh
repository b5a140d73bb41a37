#!/bin/sh
# SPDX-License-Identifier: MIT
# The screens come from one list, src/flow/screens/screens.def: the C side
# includes it, and the build's lists of files (screens.am, po/POTFILES.in)
# are made from it by make_lists.sh. This holds the list and those files
# together, so that adding a screen is its own file and one line.
. "$TOP_SRCDIR/tests/tap.sh"
cd "$TOP_SRCDIR" || exit 1

screens=src/flow/screens
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-screens-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT

diag() { printf '%s\n' "$1" | sed '/^$/d; s/^/# /'; }

# code_lines DEF: the list as the compiler reads it, comments blanked.
code_lines() {
	awk '{
		rest = $0; code = ""
		while (rest != "") {
			if (in_comment) {
				end = index(rest, "*/")
				if (!end) { rest = ""; break }
				rest = substr(rest, end + 2); in_comment = 0
			} else {
				start = index(rest, "/*")
				if (!start) { code = code rest; break }
				code = code substr(rest, 1, start - 1)
				rest = substr(rest, start + 2); in_comment = 1
			}
		}
		print code
	}' "$1"
}

# entries DEF: "ID spec file" for each SCREEN line.
entries() {
	code_lines "$1" |
		sed -n 's/^SCREEN(\([^,]*\),[[:space:]]*\([^,]*\),[[:space:]]*\([^)]*\))$/\1 \2 \3/p'
}

# malformed DEF: lines that are not SCREEN(ID, spec, file.c), and SCREEN
# lines that make_lists.sh reads but the compiler does not (in a comment).
malformed() {
	code_lines "$1" | grep -vE '^[[:space:]]*$' |
		grep -vE '^SCREEN\([A-Z][A-Z0-9_]*, screen_[a-z0-9_]+, screen_[a-z0-9_]+\.c\)$'
	grep '^SCREEN(' "$1" | while IFS= read -r line; do
		code_lines "$1" | grep -qxF "$line" || echo "in a comment: $line"
	done
}

# duplicates DEF: the ids or specs named more than once.
duplicates() {
	entries "$1" | awk '{ print $1; print $2 }' | sort | uniq -d
}

# misnamed DEF: the specs not named screen_ and their id in lower case.
misnamed() {
	entries "$1" | while read -r id spec file; do
		expected=screen_$(printf '%s' "$id" | tr '[:upper:]' '[:lower:]')
		[ "$spec" = "$expected" ] || echo "$id is $spec, not $expected"
	done
}

# undefined DEF DIR: the specs whose file (under DIR) does not define them.
undefined() {
	entries "$1" | while read -r id spec file; do
		grep -qE "^const struct screen_spec $spec( =|\$)" "$2/$file" 2>/dev/null ||
			echo "$file does not define $spec (SCREEN_$id)"
	done
}

# unlisted DEF DIR: screen files under DIR, and the specs they define,
# that the list does not name.
unlisted() {
	listed=$(entries "$1")
	for path in "$2"/screen_*.c; do
		[ -e "$path" ] || continue
		file=${path##*/}
		printf '%s\n' "$listed" | awk -v f="$file" '$3 == f { found = 1 } END { exit !found }' ||
			echo "$file holds no listed screen"
		for spec in $(sed -n 's/^const struct screen_spec \(screen_[a-z0-9_]*\)\( =.*\)\{0,1\}$/\1/p' "$path"); do
			printf '%s\n' "$listed" | awk -v s="$spec" '$2 == s { found = 1 } END { exit !found }' ||
				echo "$file defines $spec, which is not listed"
		done
	done
}

# stale SRCDIR: the made lists that differ from what make_lists.sh makes
# of SRCDIR's screens.def now.
stale() {
	rm -rf "$work_dir/made"
	if ! sh "$screens/make_lists.sh" "$1" "$work_dir/made" 2>"$work_dir/made.err"; then
		cat "$work_dir/made.err"
		return
	fi
	for made in "$screens/screens.am" po/POTFILES.in; do
		diff -u "$1/$made" "$work_dir/made/$made" || true
	done
}

# makefile_uses_list: Makefile.am includes screens.am and builds its files.
makefile_uses_list() {
	grep -qx "include $screens/screens.am" Makefile.am || return 1
	# shellcheck disable=SC2016 # the make variable, as Makefile.am writes it
	grep -qx '	$(SCREEN_SOURCES)' Makefile.am
}

# none DESCRIPTION FOUND: ok when nothing was found, else what was.
none() {
	if [ -z "$2" ]; then ok "$1"; else fail "$1" "$2"; fi
}

def=$screens/screens.def
plan 12

none "every line of screens.def is SCREEN(ID, spec, file.c) outside a comment" "$(malformed "$def")"
none "every SCREEN_ id and spec is named once" "$(duplicates "$def")"
none "every spec is screen_ and its id in lower case" "$(misnamed "$def")"
none "every file the list names exists and defines its screens" "$(undefined "$def" "$screens")"
none "every screen_*.c and every spec in them is in the list" "$(unlisted "$def" "$screens")"
none "screens.am and po/POTFILES.in are up to date (run ./bootstrap)" "$(stale .)"

check "Makefile.am includes screens.am and builds SCREEN_SOURCES" makefile_uses_list

# The checks themselves can fail: a planted list, screen file and stale
# list are found.
planted=$work_dir/planted
planted_def=$planted/$screens/screens.def
mkdir -p "$planted/$screens" "$planted/po"
cp "$def" "$screens/screens.am" "$planted/$screens/"
cp po/POTFILES.in "$planted/po/"
cat >> "$planted_def" <<'EOF'
SCREEN(START, screen_begin, screen_nowhere.c)
SCREEN(Lower, screen_lower, screen_start.c)
/*
SCREEN(COMMENTED, screen_commented, screen_start.c)
*/
EOF
printf 'const struct screen_spec screen_extra = {\n' > "$planted/$screens/screen_extra.c"
# found_lines PATTERN: how many lines of $found match PATTERN.
found_lines() { printf '%s\n' "$found" | grep -cE "$1"; }
found=$(malformed "$planted_def")
check "a planted malformed line and a commented one are found" [ "$(found_lines 'Lower|COMMENTED')" -eq 2 ]
found=$(duplicates "$planted_def")
check "a planted second START is found" [ "$found" = START ]
found=$(misnamed "$planted_def")
check "a planted misnamed spec is found" [ "$found" = "START is screen_begin, not screen_start" ]
found=$(undefined "$planted_def" "$screens"; unlisted "$planted_def" "$planted/$screens")
check "a planted missing file and an unlisted one are found" [ "$(found_lines 'screen_nowhere\.c|screen_extra\.c')" -eq 3 ]
found=$(stale "$planted")
check "a list made before a planted line is stale" [ "$(found_lines '^\+.*screen_nowhere\.c')" -eq 2 ]
tap_finish
