#!/bin/sh
# SPDX-License-Identifier: MIT
# The manual pages: clean under groff's and man's warnings, and true to
# the programs: every option of nextgen-wizard --help and every command of
# nextgen-admin --help is in its page.
. "${srcdir:-.}/tests/tap.sh"

command -v groff >/dev/null 2>&1 || skip_all "groff is not installed"
wizard_page="$TOP_BUILDDIR/doc/nextgen-wizard.1"
admin_page="$TOP_BUILDDIR/doc/nextgen-admin.1"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-man-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT

# lint PAGE: no warning from groff -ww (tables too), nor from man.
lint() {
	LC_ALL=C.UTF-8 groff -ww -t -man -Tutf8 -z "$1" > "$work_dir/warnings" 2>&1
	if command -v man >/dev/null 2>&1; then
		MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$1" 2>> "$work_dir/warnings" > /dev/null
	fi
	[ ! -s "$work_dir/warnings" ] || { sed 's/^/# /' "$work_dir/warnings"; return 1; }
}

# rendered PAGE: the page as plain text, hyphens as typed.
rendered() { LC_ALL=C.UTF-8 groff -t -man -Tutf8 "$1" 2>/dev/null | col -bx | sed 's/‐/-/g'; }

# wide PAGE: rendered on a line long enough that no path is broken.
wide() { LC_ALL=C.UTF-8 groff -t -man -Tutf8 -rLL=400n "$1" 2>/dev/null | col -bx | sed 's/‐/-/g'; }

# A prefix as long as distcheck's is longer than a line of the page: the
# data folder, as the build wrote it into the page, three times over.
awk '/^\.I .*\/courts\.tsv$/ || /^\.I .*\/demo\.scenario$/ {
	folder = substr($2, 3); sub(/\/[^\/]*$/, "", folder)
	file = $2; sub(/.*\//, "", file)
	print ".I \\%" folder folder folder "/" file; next }
{ print }' "$wizard_page" > "$work_dir/long.1"
long_folder="$PKGDATADIR_EXPECTED$PKGDATADIR_EXPECTED$PKGDATADIR_EXPECTED"

plan 8
check "nextgen-wizard(1) renders without a warning" lint "$wizard_page"
check "nextgen-admin(1) renders without a warning" lint "$admin_page"
wide "$wizard_page" > "$work_dir/wide.txt"
check "nextgen-wizard(1) names the installed data folder" grep -qF "$PKGDATADIR_EXPECTED/courts.tsv" "$work_dir/wide.txt"
check "a data folder longer than a line renders without a warning" lint "$work_dir/long.1"
wide "$work_dir/long.1" > "$work_dir/long.txt"
check "a data folder longer than a line is shown whole (${#long_folder} characters)" \
	grep -qF "$long_folder/courts.tsv" "$work_dir/long.txt"

rendered "$wizard_page" > "$work_dir/wizard.txt"
missing=""
for option in $("$WIZARD" --help | grep -oE '^  --[a-z-]+' | tr -d ' '); do
	grep -qF -- "$option" "$work_dir/wizard.txt" || missing="$missing $option"
done
check "every option of nextgen-wizard --help is in its page (missing:$missing)" [ -z "$missing" ]

rendered "$admin_page" > "$work_dir/admin.txt"
missing=""
for command in init demo accounts courts set load scenario audit class account; do
	grep -qE "^ +$command( |$)" "$work_dir/admin.txt" || missing="$missing $command"
done
check "every command of nextgen-admin is in its page (missing:$missing)" [ -z "$missing" ]

# Every setting that "set --help" lists has its own entry.
missing=""
for setting in $("$ADMIN" set --help | sed -n 's/^  \([a-z-]*\) .*/\1/p'); do
	grep -qE "^ +set $setting" "$work_dir/admin.txt" || missing="$missing $setting"
done
check "every setting is in nextgen-admin(1) (missing:$missing)" [ -z "$missing" ]
tap_finish
