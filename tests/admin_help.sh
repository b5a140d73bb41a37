#!/bin/sh
# SPDX-License-Identifier: MIT
# nextgen-admin's help and its manual page tell the same commands and
# settings, as the program's own tables hold them (--list-commands and
# --list-settings print the tables): every command's synopsis is in
# --help (its group's for a group's command), in its own --help and in
# nextgen-admin(1); every setting is in set --help and in the page with
# its range and its default.
. "${srcdir:-.}/tests/tap.sh"

command -v groff >/dev/null 2>&1 || skip_all "groff is not installed"
admin_page="$TOP_BUILDDIR/doc/nextgen-admin.1"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-admin-help-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT
export LC_ALL=C LANGUAGE=

# flat: standard input on one line, blanks squeezed, lower case: a
# synopsis reads the same wherever a line was broken, and a page's
# placeholders are lower-case italics where --help has capitals.
flat() { tr '\n\t' '  ' | tr -s ' ' | tr '[:upper:]' '[:lower:]'; }

# The page on lines long enough for a paragraph, not hyphenated.
LC_ALL=C.UTF-8 groff -t -man -Tutf8 -rLL=2000n -rHY=0 "$admin_page" 2>/dev/null | col -bx |
	sed 's/‐/-/g' | flat > "$work_dir/page"
"$ADMIN" --list-commands > "$work_dir/commands"
# Tabs as unit separators: read keeps an empty field (no range) then.
"$ADMIN" --list-settings | tr '\t' '\037' > "$work_dir/settings"
"$ADMIN" --help | flat > "$work_dir/help"

plan 7
check "the commands' table has commands" [ "$(wc -l < "$work_dir/commands")" -ge 20 ]
check "the settings' table has settings" [ "$(wc -l < "$work_dir/settings")" -ge 8 ]

no_help="" no_own_help="" no_page="" no_name=""
while IFS='	' read -r synopsis summary; do
	name=${synopsis%% *}
	wanted=$(printf '%s' "$synopsis" | flat)
	grep -qF -- " $name " "$work_dir/help" || no_name="$no_name $name"
	"$ADMIN" "$name" --help | flat > "$work_dir/own"
	grep -qF -- "$wanted" "$work_dir/own" || no_own_help="$no_own_help [$synopsis]"
	grep -qF -- "$wanted" "$work_dir/page" || no_page="$no_page [$synopsis]"
	# A command of nextgen-admin's own is listed in --help with its summary.
	if grep -qF -- "$(printf '%s' "$synopsis" | flat)" "$work_dir/help"; then
		grep -qF -- "$(printf '%s' "$summary" | flat)" "$work_dir/help" ||
			no_help="$no_help [$synopsis: $summary]"
	fi
done < "$work_dir/commands"
check "every command is named in nextgen-admin --help (missing:$no_name)" [ -z "$no_name" ]
check "every command's --help shows its synopsis (missing:$no_own_help)" [ -z "$no_own_help" ]
check "every command is in nextgen-admin(1) with the same synopsis (missing:$no_page)" [ -z "$no_page" ]
check "--help lists each command with its one-line help (missing:$no_help)" [ -z "$no_help" ]

# Each setting: "set NAME VALUES" in set --help and in the page, and in
# the page's entry for it "(MIN to MAX; default D)" or "(default D)".
"$ADMIN" set --help | flat > "$work_dir/set_help"
wrong=""
unit=$(printf '\037')
while IFS=$unit read -r name values range fallback; do
	tag=$(printf 'set %s %s' "$name" "$values" | flat | sed 's/ $//')
	said=$(printf '%s' "${range:+$range; }default $fallback" | flat)
	grep -qF -- "$(printf '  %s %s' "$name" "$values" | flat | sed 's/ $//')" "$work_dir/set_help" ||
		wrong="$wrong [$name not in set --help]"
	entry=$(awk -v tag="$tag " '{
		at = index($0, tag); if (at == 0) exit
		rest = substr($0, at + length(tag))
		next_tag = index(rest, " set "); if (next_tag > 0) rest = substr(rest, 1, next_tag)
		print rest }' "$work_dir/page")
	case $entry in
	"") wrong="$wrong [$tag not in the page]" ;;
	*"($said)"*) ;;
	*) wrong="$wrong [$tag: no ($said)]" ;;
	esac
done < "$work_dir/settings"
check "every setting is in set --help and nextgen-admin(1) with its range and default (wrong:$wrong)" [ -z "$wrong" ]
tap_finish
