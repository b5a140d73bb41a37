#!/bin/sh
# SPDX-License-Identifier: MIT
# The language and terminal a person's environment asks for: a Spanish
# locale that was never generated on this machine (es_US.UTF-8 on a fresh
# Debian) still gives Spanish screens; LANGUAGE comes first, as gettext
# has it; English otherwise. A terminal that is not UTF-8 (LANG=C) gets
# nothing but ASCII, from every frontend, the person's own words too. A
# terminal type the system does not know is answered with the way to the
# line-by-line version (--plain).
. "${srcdir:-.}/tests/tap.sh"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-lang-XXXXXX") || exit 1
trap 'rm -rf "$work_dir"' EXIT

# start_screen VARIABLE=VALUE...: the plain start screen in that environment.
start_screen() {
	printf 'q\n' | env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$@" \
		"$WIZARD" --plain --db "$work_dir/lang.db" 2>&1 | tr '\n' ' '
}
spanish='Escriba el n[uú]mero de su elecci[oó]n'
english='Type the number of your choice'

plan 15
check "the start screen says \"$english\" in English" \
	sh -c "printf 'q\n' | \"$WIZARD\" --plain --db '$work_dir/lang.db' 2>&1 | tr '\n' ' ' | grep -q '$english'"
for locale in LANG=es_US.UTF-8 LC_ALL=es_ES.UTF-8 LC_MESSAGES=es_MX.UTF-8 LANGUAGE=es LANG=es_PR; do
	if locale -a 2>/dev/null | grep -qi "^${locale#*=}\$"; then
		note="installed"
	else
		note="not installed here"
	fi
	out=$(start_screen "$locale")
	if printf '%s\n' "$out" | grep -qE "$spanish"; then
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

# high_bytes FILE: the lines of FILE holding a byte of 0x80 or more.
high_bytes() { LC_ALL=C grep -n '[^ -~[:cntrl:]]' "$1" | head -n 3; }
# ascii_only DESCRIPTION FILE: a TAP point that FILE is ASCII.
ascii_only() {
	found=$(high_bytes "$2")
	if [ -z "$found" ]; then ok "$1"; else fail "$1" "$found"; fi
}

printf '7\nquit\n' | env -u LANGUAGE -u LC_ALL LANG=C "$WIZARD" --plain --db "$work_dir/lang.db" \
	> "$work_dir/plain-c.out" 2>&1
ascii_only "LANG=C: the plain start screens, English then Spanish, are ASCII" "$work_dir/plain-c.out"
check "and the Spanish one reads without its accents" \
	sh -c "tr '\n' ' ' < '$work_dir/plain-c.out' | grep -q 'Escriba el numero de su eleccion'"

# John's upgrade and link typed with his accents (José Núñez Peña): the
# answers frontend repeats them in ASCII; in UTF-8 they stay.
env -u LANGUAGE -u LC_ALL LANG=C "$WIZARD" --db "$work_dir/tour-c.db" \
	--answers "$TOP_SRCDIR/tests/data/tour.answers" > "$work_dir/tour-c.out" 2>&1
ascii_only "LANG=C: the whole answers tour is ASCII" "$work_dir/tour-c.out"
check "and José Núñez Peña is written Jose Nunez Pena" \
	sh -c "grep -q '^first = Jose\$' '$work_dir/tour-c.out' && grep -q '^last = Nunez Pena\$' '$work_dir/tour-c.out'"

# The full screen through script(1), keys given a moment each: Español,
# the login screen, back, quit.
if command -v script >/dev/null 2>&1; then
	(sleep 1; printf 7; sleep 0.7; printf 1; sleep 0.7; printf '\033'; sleep 0.7; printf 8; sleep 0.7) |
		env -u LANGUAGE -u LC_ALL LANG=C TERM=xterm script -qefc \
		"'$WIZARD' --db '$work_dir/lang.db'" "$work_dir/curses-c.out" > /dev/null 2>&1
	if grep -q 'Iniciar sesion' "$work_dir/curses-c.out"; then
		ascii_only "LANG=C: the full screen's bytes, English and Spanish, are ASCII" \
			"$work_dir/curses-c.out"
	else
		fail "LANG=C: the full screen's bytes, English and Spanish, are ASCII" \
			"the Spanish login screen never came"
	fi
else
	ok "# SKIP script(1) is not installed"
fi

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
