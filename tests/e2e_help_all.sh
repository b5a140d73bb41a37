#!/bin/sh
# SPDX-License-Identifier: MIT
# Help on every screen of the wizard: reached by the keys a person would
# press, F1 opens the screen's own help and Esc brings back the same
# screen. On every third screen the window shrinks to 40x12 (a zoomed
# font) before F1, and grows back after Esc. The screens are walked in a
# few sessions (tests/routes_lib.sh), each going on from the screen whose
# help was just closed.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

# A checklist saved on the way goes to the scratch folder.
export HOME="$work_dir/home"
mkdir -p "$HOME"
template="$work_dir/template.db"
"$ADMIN" --db "$template" init > /dev/null || exit 1

# check_help SCREEN TEXT: F1 and Esc there; true when the screen is back.
check_help() {
	size=""
	if [ $((walk_index % 3)) -eq 0 ]; then
		size=small
		tmux_cmd resize-window -t wizard -x 40 -y 12
		sleep 0.2
	fi
	keys F1
	if ! wait_for "Help: "; then
		fail "$1: F1 opens its help${size:+ at 40x12}" "$(screen)"
		return 1
	fi
	keys Escape
	wait_gone "Help: "
	[ -n "$size" ] && tmux_cmd resize-window -t wizard -x 80 -y 24
	if wait_gone "Help: " && wait_for "$2"; then
		ok "$1: F1 opens its help and Esc closes it${size:+ at 40x12}"
	else
		fail "$1: Esc closes the help${size:+ at 40x12}" "$(screen)"
		return 1
	fi
}

plan "$(printf '%s\n' "$routes" | wc -l)"
walk_screens check_help start_wizard
tap_finish
