#!/bin/sh
# SPDX-License-Identifier: MIT
# Every screen at 40x12 (a font twice the size, Section 508 1.4.4), in
# English and in Spanish: reached by the keys a person would press at
# 80x24, the window then shrinks to 40x12; the screen must still be there,
# with no "make the window larger" and nothing cut that matters (the
# screen's own text is drawn, scrolled if need be). Spanish follows the
# same keys, its fields and buttons found by their Spanish labels; the
# text that says a step arrived is the English one, so there each step
# waits for the screen to settle instead. The screens are walked in a few
# sessions (tests/routes_lib.sh).
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

export HOME="$work_dir/home"
mkdir -p "$HOME"
template="$work_dir/template.db"
"$ADMIN" --db "$template" init > /dev/null || exit 1
languages=${SMALL_LANGUAGES:-"en es"}
plan $(( $(printf '%s\n' "$routes" | wc -l) * $(echo $languages | wc -w) ))

too_small='make the window larger|Agrande la ventana'
# small_screen SCREEN TEXT: the screen at 40x12, then back at 80x24.
small_screen() {
	before=$(screen | sed -n '2p' | sed 's/^ *//' | cut -c1-20)
	tmux_cmd resize-window -t wizard -x 40 -y 12
	sleep 0.3
	if screen | grep -qE "$too_small"; then
		fail "$language $1: works at 40x12" "$(screen)"
	elif ! screen | tr -s ' ' | grep -qF -- "$(printf '%s' "$before" | cut -c1-12)"; then
		fail "$language $1: keeps its title at 40x12 ($before)" "$(screen)"
	else
		ok "$language $1: works at 40x12"
	fi
	tmux_cmd resize-window -t wizard -x 80 -y 24
	settled_screen
}

# walk_in LANGUAGE: every screen in LANGUAGE.
walk_in() {
	language=$1
	if [ "$language" = es ]; then
		wait_settles=yes walk_language=es
		pick_pet="Como se llamaba" pick_city="En que ciudad" pick_car="Cual fue su primer"
		pick_mother="Cual es el apellido" pick_attorney=Abogado
		walk_screens small_screen start_wizard --lang es
	else
		walk_screens small_screen start_wizard
	fi
}
# Both languages at once, each walking its sessions at once.
for language in $languages; do apart walk_in "$language"; done
apart_join
tap_finish
