#!/bin/sh
# SPDX-License-Identifier: MIT
# Every kind of terminal the wizard meets: it reads the same on each, with
# no colour needed (NO_COLOR, a monochrome vt100) and no stray escape
# sequences (which a screen reader would read out as text). The text of
# the screens is the same everywhere: nothing is said by colour alone.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

terms="xterm xterm-256color screen tmux-256color linux vt220 vt100"
plan 25

# capture_two: the start screen and the login form, as text.
capture_two() {
	wait_for "1  Upgrade my PACER account" || return 1
	screen > "$1.start"
	keys 1
	wait_for "Username *:" || return 1
	screen > "$1.login"
}

for term in $terms; do
	WIZARD_TERM=$term start_wizard
	if capture_two "$work_dir/$term"; then ok "TERM=$term: the start screen and the login form"; else fail "TERM=$term: the start screen and the login form" "$(screen)"; fi
	y=$(tmux_cmd display -p -t wizard '#{cursor_y}')
	row=$(screen | sed -n "$((y + 1))p")
	case $row in *"Username *:"*) ok "TERM=$term: the cursor is on the username field" ;;
	*) fail "TERM=$term: the cursor is on the username field" "its row: $row" ;; esac
	if cat "$work_dir/$term.start" "$work_dir/$term.login" | grep -qE '\[\?|;1H|'"$(printf '\033')"; then
		fail "TERM=$term: no escape sequence left as text"
	else
		ok "TERM=$term: no escape sequence left as text"
	fi
done
export NO_COLOR=1
WIZARD_TERM=vt100 start_wizard
capture_two "$work_dir/mono"
unset NO_COLOR
check "NO_COLOR on a vt100 reads the same as xterm-256color: the start screen" cmp -s "$work_dir/mono.start" "$work_dir/xterm-256color.start"
BOLD_OR_REVERSE=$(tmux_cmd capture-pane -e -p -t wizard | grep -c "$(printf '\033')\[[0-9;]*[17]m")
check "the focus and the banner show in monochrome (bold or reverse video)" [ "$BOLD_OR_REVERSE" -gt 0 ]
# A menu's current item: its mark and number reversed, its text plain (a
# reversed bar as wide as the longest item cost a Down 95 bytes).
WIZARD_TERM=vt100 start_wizard
esc=$(printf '\033')
current=$(tmux_cmd capture-pane -e -p -t wizard | grep 'Upgrade my PACER account')
case $current in *"$esc[7m> 1$esc[0m"*"  Upgrade my PACER account") ok "a menu's current item shows \"> 1\" reversed, its text plain" ;;
*) fail "a menu's current item shows \"> 1\" reversed, its text plain" "its row: $current" ;; esac
# Line drawing on a vt100 in a UTF-8 locale: Unicode lines, never the
# letters of the alternate character set (lqqk).
with_passphrase
WIZARD_TERM=vt100 start_wizard --kiosk --idle 2
advance_clock 3
wait_for "No key was pressed"
if screen | grep -qE 'lqqq|qqqk|mqqq'; then fail "boxes are drawn with lines on a vt100" "$(screen)"; else ok "boxes are drawn with lines on a vt100"; fi
tap_finish
