#!/bin/sh
# The language and terminal a person's environment asks for: a Spanish
# locale that was never generated on this machine (es_US.UTF-8 on a fresh
# Debian) still gives Spanish screens; LANGUAGE comes first, as gettext
# has it; English otherwise. A terminal type the system does not know is
# answered with the way to the line-by-line version (--plain).
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-lang-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT

# start_screen VARIABLE=VALUE...: the plain start screen in that environment.
start_screen() {
	printf 'q\n' | env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$@" \
		"$WIZARD" --plain --db "$work_dir/lang.db" 2>&1
}
spanish='Escriba el número de su elección'
english='Type the number of your choice'

plan 10
check "the start screen says \"$english\" in English" \
	sh -c "printf 'q\n' | \"$WIZARD\" --plain --db '$work_dir/lang.db' 2>&1 | grep -q '$english'"
for locale in LANG=es_US.UTF-8 LC_ALL=es_ES.UTF-8 LC_MESSAGES=es_MX.UTF-8 LANGUAGE=es LANG=es_PR; do
	if locale -a 2>/dev/null | grep -qi "^${locale#*=}\$"; then
		note="installed"
	else
		note="not installed here"
	fi
	out=$(start_screen "$locale")
	if printf '%s\n' "$out" | grep -q "$spanish"; then
		ok "$locale ($note) gives Spanish"
	else
		fail "$locale ($note) gives Spanish" "$(printf '%s\n' "$out" | head -n 5)"
	fi
done
out=$(start_screen LANGUAGE=en LANG=es_US.UTF-8)
check "LANGUAGE=en comes before LANG=es_US.UTF-8" sh -c "printf '%s\n' \"\$1\" | grep -q '$english'" _ "$out"
out=$(start_screen LANG=fr_FR.UTF-8)
check "a language without a translation (fr_FR) gives English" \
	sh -c "printf '%s\n' \"\$1\" | grep -q '$english'" _ "$out"

# An unknown terminal type: a terminal is needed for the full screen, so
# script(1) gives it one.
if command -v script >/dev/null 2>&1; then
	out=$(TERM=no-such-terminal script -qec "'$WIZARD' --db '$work_dir/lang.db'" /dev/null 2>&1 < /dev/null)
	status=$?
	check "an unknown TERM stops the full screen with a failure status" [ "$status" -ne 0 ]
	if printf '%s\n' "$out" | grep -q -- '--plain'; then
		ok "and its message names --plain"
	else
		fail "and its message names --plain" "$out"
	fi
else
	ok "# SKIP script(1) is not installed"
	ok "# SKIP script(1) is not installed"
fi
