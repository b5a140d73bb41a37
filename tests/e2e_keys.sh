#!/bin/sh
# SPDX-License-Identifier: MIT
# Every key from every real terminal means what the person meant: for each
# TERM people use and each row of the wizard's own table of what terminals
# send (nextgen-wizard --key-sequences), the raw bytes go to a form, a menu
# and a text screen, and the key does what the README's key list says:
# the cursor moves, help opens, and nothing is ever typed into a field or
# leaves the screen unless the key says so. An unknown sequence (bracketed
# paste markers, ESC [ 9 9 ~, ESC [ ? 1 ~) is swallowed whole. (KEYS_TERMS=
# xterm narrows the terminals, for a quick look; KEYS_JOBS=1 tries one
# terminal at a time.)
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

terms=${KEYS_TERMS:-"xterm xterm-256color screen tmux-256color linux vt100 vt220"}
# PuTTY's own entry comes with Debian's ncurses-term.
if [ -z "${KEYS_TERMS:-}" ]; then
	if infocmp putty > /dev/null 2>&1; then terms="$terms putty"
	else echo "# putty is left out: no terminfo entry (Debian's ncurses-term has it)"; fi
fi
tables=$work_dir
"$WIZARD" --key-sequences > "$tables/sequences" || exit 1
# Keys, and the keypad's characters in application mode (one letter).
awk -F '\t' 'length($2) > 1' "$tables/sequences" > "$tables/keys"
awk -F '\t' 'length($2) == 1' "$tables/sequences" > "$tables/characters"
rows=$(wc -l < "$tables/keys")
characters=$(wc -l < "$tables/characters")
unknowns="1b5b3230307e 1b5b3230317e 1b5b39397e 1b5b3f317e"
wait_seconds=5

cursor() { tmux_cmd display -p -t wizard '#{cursor_x} #{cursor_y}'; }
# screen_and_cursor: both, read by one tmux command.
screen_and_cursor() {
	tmux_cmd capture-pane -p -t wizard \; display -p -t wizard '#{cursor_x} #{cursor_y}' 2>/dev/null
}
# settled: the screen and the cursor have stopped changing.
settled() {
	before=$(screen_and_cursor)
	while :; do
		sleep 0.04
		now=$(screen_and_cursor)
		[ "$now" = "$before" ] && return 0
		before=$now
	done
}
# send HEX: the bytes (hex, no spaces) as one write to the terminal.
send() {
	# shellcheck disable=SC2046
	tmux_cmd send-keys -t wizard -H $(printf '%s' "$1" | sed 's/../& /g')
	settled
}
spaced() { printf '%s' "$1" | sed 's/../& /g; s/ $//'; }
point() {
	if [ -z "$2" ]; then ok "$1"; else fail "$1: $2" "$(screen)"; fi
}
chosen_item() { screen | sed -n 's/^ *> \([0-9]\)  .*/\1/p'; }

# help_problem KEY TITLE: for F1, whether the help of TITLE opened; for
# any other key, that no help opened. Nothing is said when all is well;
# false when the key's own check is still to come.
help_problem() {
	if [ "$1" = F1 ]; then
		screen | grep -qF "Help: $2" || echo "no help"
		return 0
	fi
	screen | grep -qF "Help: " && { echo "opened the help"; return 0; }
	return 1
}

# from_start KEY: whether the key is tried with the cursor at the start
# of Username (where End, Right and Delete have something to do).
from_start() {
	case $1 in End | Right | Delete | Insert | PgUp | PgDn | F2 | F3 | F4 | F5) return 0 ;; esac
	return 1
}

# form_problem KEY: what the key did on the login form (Username holds
# ja1234, the cursor at its end, column 21 of row 6, or at its start,
# column 15, for the keys of from_start), in words; empty when it did
# what the key list says.
form_problem() {
	at=$(cursor)
	help_problem "$1" "Manage My Account Login" && return
	screen | grep -qF "Manage My Account Login" || { echo "left the screen"; return; }
	field=ja1234
	[ "$1" = Delete ] && field=a1234
	[ ${#1} = 1 ] && field="ja1234$1"
	screen | grep -qF "Username *: [$field " || { echo "the field is not $field"; return; }
	case $1 in
	Up | Shift-Tab) [ "${at#* }" != 6 ] || echo "the focus stayed in Username" ;;
	Down | Enter) [ "${at#* }" = 7 ] || echo "the focus is not on Password ($at)" ;;
	Left) [ "$at" = "20 6" ] || echo "the cursor is at $at" ;;
	Right) [ "$at" = "16 6" ] || echo "the cursor is at $at" ;;
	Home) [ "$at" = "15 6" ] || echo "the cursor is at $at" ;;
	End) [ "$at" = "21 6" ] || echo "the cursor is at $at" ;;
	?) [ "$at" = "22 6" ] || echo "the cursor is at $at" ;;
	*) if from_start "$1"; then [ "$at" = "15 6" ] || echo "the cursor moved to $at"
	   else [ "$at" = "21 6" ] || echo "the cursor moved to $at"; fi ;;
	esac
}
# back_to_username: the help closed, and the focus in Username with the
# cursor after its text (leaving a field and coming back puts it there).
back_to_username() {
	screen | grep -qF "Help: " && { keys Escape; settled; }
	screen | grep -qF "Manage My Account Login" || { keys 1; wait_for "Manage My Account Login"; }
	screen | grep -qE 'Username \*: \[ja1234 +\]$' || { keys C-u; type_text ja1234; settled; }
	# Ctrl-N goes round the fields, buttons and links to Username.
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		[ "$(cursor)" = "21 6" ] && return
		at=$(cursor)
		if [ "${at#* }" = 6 ]; then keys C-n C-p; else keys C-n; fi
		settled
	done
}

# menu_problem KEY: the same on the start menu, its third item chosen.
menu_problem() {
	help_problem "$1" "NextGen CM/ECF practice wizard" && return
	if [ "$1" = Enter ]; then
		screen | grep -qF "Court CM/ECF Lookup" || echo "did not choose the third item"
		return
	fi
	screen | grep -qF "6  Help" || { echo "left the menu"; return; }
	item=$(chosen_item)
	case $1 in
	Down) [ "$item" = 4 ] || echo "chose item $item" ;;
	Up) [ "$item" = 2 ] || echo "chose item $item" ;;
	Home | PgUp) [ "$item" = 1 ] || echo "chose item $item" ;;
	End | PgDn) [ "$item" = 9 ] || echo "chose item $item" ;;
	*) [ "$item" = 3 ] || echo "chose item $item" ;;
	esac
}
back_to_third_item() {
	screen | grep -qF "Help: " && { keys Escape; settled; }
	screen | grep -qF "6  Help" || { keys Escape; settled; }
	# Ctrl-N and Ctrl-P are Down and Up on any terminal.
	for _ in 1 2 3 4 5 6 7 8 9; do
		item=$(chosen_item)
		[ "$item" = 3 ] && break
		if [ "$item" -lt 3 ]; then keys C-n; else keys C-p; fi
		settled
	done
}

# text_problem KEY: the same on a text screen ("What are the steps?").
text_problem() {
	help_problem "$1" "Link my CM/ECF account" && return
	if [ "$1" = Enter ]; then
		# The focused button is the main one, Look up a court.
		screen | grep -qF "Court CM/ECF Lookup" || echo "did not choose Look up a court"
		return
	fi
	screen | grep -qF "[ Look up a court ]" || echo "left the screen"
}
to_text_screen() {
	for _ in 1 2 3; do
		screen | grep -qF "6  Help" && break
		keys Escape
		settled
	done
	keys 2
	wait_for "Which court"
	keys BTab Enter
	wait_for "[ Look up a court ]"
	settled
}
back_to_text() {
	screen | grep -qF "Help: " && { keys Escape; settled; }
	screen | grep -qF "[ Look up a court ]" || to_text_screen
}

plan $(( $(echo $terms | wc -w) * (3 * rows + characters + 2 * 4) + 2 ))

# The sequences people's terminals were seen to send are in the table:
# PuTTY's Home, End and F1 (ESC [ 1 ~, ESC [ 4 ~, ESC [ 1 1 ~), xterm's in
# both cursor modes, the Linux console's F1, vt100's PF1, Shift-Tab, and
# the editing keypad.
missing=""
for needed in "1b 5b 31 7e	Home" "1b 5b 34 7e	End" "1b 5b 31 31 7e	F1" "1b 5b 48	Home" \
	"1b 4f 48	Home" "1b 5b 46	End" "1b 4f 46	End" "1b 5b 5b 41	F1" "1b 4f 50	F1" \
	"1b 5b 5a	Shift-Tab" "1b 5b 33 7e	Delete" "1b 5b 35 7e	PgUp" "1b 5b 36 7e	PgDn" \
	"1b 4f 41	Up" "1b 5b 42	Down"; do
	grep -qF "$needed	" "$tables/sequences" || missing="$missing [$needed]"
done
if [ -z "$missing" ]; then ok "the table has the sequences real terminals send"
else fail "the table has the sequences real terminals send" "missing:$missing"; fi
try_keys() {
	term=$1
	WIZARD_TERM=$term start_wizard
	wait_for "6  Help"
	keys 1
	wait_for "Manage My Account Login"
	type_text ja1234
	settled
	while IFS="	" read -r bytes key sent_by; do
		if from_start "$key"; then keys Home; settled; fi
		send "$(printf '%s' "$bytes" | tr -d ' ')"
		point "$term: $key ($bytes) on a form" "$(form_problem "$key")"
		back_to_username
	done < "$tables/sequences"
	for unknown in $unknowns; do
		send "$unknown"
		point "$term: the unknown sequence $(spaced "$unknown") on a form is swallowed whole" \
			"$(form_problem Unknown)"
	done

	keys Escape
	wait_for "6  Help"
	back_to_third_item
	while IFS="	" read -r bytes key sent_by; do
		send "$(printf '%s' "$bytes" | tr -d ' ')"
		point "$term: $key ($bytes) on a menu" "$(menu_problem "$key")"
		back_to_third_item
	done < "$tables/keys"
	for unknown in $unknowns; do
		send "$unknown"
		point "$term: the unknown sequence $(spaced "$unknown") on a menu is swallowed whole" \
			"$(menu_problem Unknown)"
	done

	to_text_screen
	while IFS="	" read -r bytes key sent_by; do
		send "$(printf '%s' "$bytes" | tr -d ' ')"
		point "$term: $key ($bytes) on a text screen" "$(text_problem "$key")"
		back_to_text
	done < "$tables/keys"
	stop_terminal
}

# Each terminal in a wizard, a tmux server and a folder of its own, a few
# at once (KEYS_JOBS, 3): the points are waits for the screen to settle,
# not work. Their TAP points are numbered again in order.
jobs=${KEYS_JOBS:-3}
running=0
for term in $terms; do
	(
		work_dir="$tables/$term"
		mkdir -p "$work_dir"
		socket="$work_dir/tmux.sock"
		database="$work_dir/wizard.db"
		tap_count=0
		try_keys "$term" > "$work_dir/tap" 2>&1
		stop_terminal
	) &
	running=$((running + 1))
	if [ $running -ge "$jobs" ]; then
		wait
		running=0
	fi
done
wait
for term in $terms; do cat "$tables/$term/tap"; done |
	awk -v n="$tap_count" '/^(not )?ok [0-9]+/ { n++; sub(/ok [0-9]+/, "ok " n) } { print }' \
	> "$tables/points"
cat "$tables/points"
tap_count=$((tap_count + $(grep -cE '^(not )?ok ' "$tables/points")))
tap_failed=$((tap_failed + $(grep -c '^not ok ' "$tables/points")))

# An arrow split in two packets still arrives whole: the decoder waits for
# the rest of a sequence. The gap between two tmux commands is not the
# test's to decide on a loaded machine, so the wait is made long here
# (ESCDELAY, one second); how long a gap the shipped 45 ms survives (40 ms
# and more) is a time, measured by make bench.
ESCDELAY=1000 start_wizard
wait_for "6  Help"
tmux_cmd send-keys -t wizard -H 1b
sleep 0.01
tmux_cmd send-keys -t wizard -H 4f 42
expect_line "a Down arrow split in two packets still arrives whole" '> 2  Link my CM/ECF account'
tap_finish
