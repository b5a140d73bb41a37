#!/bin/sh
# SPDX-License-Identifier: MIT
# Spanish stays complete: every string marked for translation in the
# sources has a Spanish translation, none fuzzy, and the catalogue is valid;
# a translation keeps the key placeholders ({show-list}) of its original,
# which each frontend fills with its own words.
. "${srcdir:-.}/tests/tap.sh"

command -v xgettext >/dev/null 2>&1 || skip_all "gettext is not installed"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-po-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT

plan 4
cd "$TOP_SRCDIR" || exit 1
xgettext --keyword=_ --keyword=N_ --keyword=ngettext:1,2 --from-code=UTF-8 --files-from=po/POTFILES.in \
	-o "$work_dir/current.pot" 2>"$work_dir/err"
check "the sources' strings can be extracted" [ -s "$work_dir/current.pot" ]
missing=$(grep -rlE --include=*.c '_\(|N_\(' src | sort | while read -r f; do grep -qxF "$f" po/POTFILES.in || echo "$f"; done)
check "every source file with strings is in po/POTFILES.in" [ -z "$missing" ]
if msgcmp po/es.po "$work_dir/current.pot" > "$work_dir/cmp" 2>&1 &&
   stats=$(msgfmt --check --statistics -o /dev/null po/es.po 2>&1) &&
   ! printf '%s' "$stats" | grep -qE 'untranslated|fuzzy'; then
	ok "po/es.po translates every string, none fuzzy ($stats)"
else
	fail "po/es.po translates every string, none fuzzy" "$(head -20 "$work_dir/cmp")" "$stats"
fi
# placeholders LINE: the {word} placeholders of a quoted po line, sorted.
lost=$(msgcat --no-wrap po/es.po | awk '
	function marks(line,   out, rest) {
		out = ""; rest = line
		while (match(rest, /\{[a-z-]+\}/)) {
			out = out " " substr(rest, RSTART, RLENGTH)
			rest = substr(rest, RSTART + RLENGTH)
		}
		return out
	}
	/^msgid / { id = marks($0) }
	/^msgstr/ { if (marks($0) != id) print FNR ": " $0 }')
if [ -z "$lost" ]; then ok "every translation keeps its key placeholders"; else fail "every translation keeps its key placeholders" "$lost"; fi
tap_finish
