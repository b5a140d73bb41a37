#!/bin/bash
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
#
# Some 1,400 keys are tried, so each costs no process: one tmux client in
# control mode per terminal takes the commands and tells when the wizard
# writes (its %output lines), the screen is read once per key and looked
# at with the shell's own patterns. That is why this test is bash's.
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
nl=$'\n'

# control_start: a tmux client in control mode on the wizard's session,
# its replies read from CONTROL[0], commands written to CONTROL[1].
control_start() {
	coproc CONTROL { exec tmux -S "$socket" -C attach-session -t wizard 2> /dev/null; }
	control "display -p -t wizard ok" > /dev/null
}
# control COMMAND: runs it; its output in $reply (also printed when the
# caller wants it). A %output line on the way says the wizard wrote.
control() {
	printf '%s\n' "$1" >&"${CONTROL[1]}"
	reply="" in_block="" wrote=""
	while IFS= read -r -t "$wait_seconds" -u "${CONTROL[0]}" line; do
		case $line in
		%begin*) in_block=1 reply="" ;;
		%end* | %error*) [ -n "$in_block" ] && break ;;
		%output*) wrote=1 ;;
		%*) ;;
		*) [ -n "$in_block" ] && reply+="$line$nl" ;;
		esac
	done
}
# settled [SECONDS]: the wizard has written nothing for 60 ms (at most
# 3 s), after writing something within SECONDS (when the caller knows
# the key makes it write; by default 60 ms too).
settled() {
	IFS= read -r -t "${1:-0.06}" -u "${CONTROL[0]}" line || return 0
	quiet_tries=0
	while [ $quiet_tries -lt 50 ]; do
		IFS= read -r -t 0.06 -u "${CONTROL[0]}" line || return 0
		quiet_tries=$((quiet_tries + 1))
	done
}
# look: the screen in $scr and the cursor ("x y") in $at, read once.
look() {
	control "capture-pane -p -t wizard"
	scr=$reply
	control "display -p -t wizard '#{cursor_x} #{cursor_y}'"
	at=${reply%"$nl"}
}
on_screen() { [[ $scr == *"$1"* ]]; }
# press_keys KEYS...: keys that make the wizard write (they move the
# cursor or change the screen), and the screen once it is quiet.
press_keys() {
	control "send-keys -t wizard $*"
	if [ -n "$wrote" ]; then settled; else settled 1; fi
	look
}
# send HEX: the bytes (hex, no spaces) as one write to the terminal.
send() {
	hex=$1 spaced_hex=""
	while [ -n "$hex" ]; do
		spaced_hex+=" ${hex:0:2}"
		hex=${hex:2}
	done
	control "send-keys -t wizard -H$spaced_hex"
	settled
	look
}
spaced() { printf '%s' "$1" | sed 's/../& /g; s/ $//'; }
# judge DESCRIPTION CHECK KEY: a TAP point that CHECK (a function that
# says in $problem what went wrong) finds nothing wrong. A key a busy
# wizard has not answered yet gets a second look, up to a second later.
judge() {
	problem=""
	"$2" "$3"
	tries=0
	while [ -n "$problem" ] && [ $tries -lt 10 ]; do
		read -r -t 0.1 -u "${CONTROL[0]}" line
		settled
		look
		problem=""
		"$2" "$3"
		tries=$((tries + 1))
	done
	if [ -z "$problem" ]; then ok "$1"; else fail "$1: $problem" "$scr"; fi
}
chosen_item() {
	item=""
	[[ $nl$scr =~ $nl\ *\>\ ([0-9])\ \  ]] && item=${BASH_REMATCH[1]}
}

# help_problem KEY TITLE: for F1, whether the help of TITLE opened; for
# any other key, that no help opened. Nothing is said when all is well;
# false when the key's own check is still to come.
help_problem() {
	if [ "$1" = F1 ]; then
		on_screen "Help: $2" || problem="no help"
		return 0
	fi
	on_screen "Help: " && { problem="opened the help"; return 0; }
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
# column 15, for the keys of from_start), in words in $problem; empty
# when it did what the key list says.
form_problem() {
	help_problem "$1" "Manage My Account Login" && return
	on_screen "Manage My Account Login" || { problem="left the screen"; return; }
	field=ja1234
	[ "$1" = Delete ] && field=a1234
	[ ${#1} = 1 ] && field="ja1234$1"
	on_screen "Username *: [$field " || { problem="the field is not $field"; return; }
	expected=""
	case $1 in
	Up | Shift-Tab) [ "${at#* }" != 6 ] || problem="the focus stayed in Username" ;;
	Down | Enter) [ "${at#* }" = 7 ] || problem="the focus is not on Password ($at)" ;;
	Left) expected="20 6" ;;
	Right) expected="16 6" ;;
	Home) expected="15 6" ;;
	End) expected="21 6" ;;
	?) expected="22 6" ;;
	*) if from_start "$1"; then expected="15 6"; else expected="21 6"; fi ;;
	esac
	if [ -n "$expected" ] && [ "$at" != "$expected" ]; then
		case $1 in
		Left | Right | Home | End | ?) problem="the cursor is at $at" ;;
		*) problem="the cursor moved to $at" ;;
		esac
	fi
}
# back_to_username: the help closed, and the focus in Username with the
# cursor after its text (leaving a field and coming back puts it there).
back_to_username() {
	on_screen "Help: " && press_keys Escape
	if ! on_screen "Manage My Account Login"; then
		control "send-keys -t wizard 1"
		wait_until "Manage My Account Login"
	fi
	[[ $scr =~ Username\ \*:\ \[ja1234\ +\]$nl ]] || { press_keys C-u; press_keys -l ja1234; }
	# Ctrl-N goes round the fields, buttons and links to Username.
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		[ "$at" = "21 6" ] && return
		if [ "${at#* }" = 6 ]; then press_keys C-n C-p; else press_keys C-n; fi
	done
}
# wait_until TEXT: the screen has TEXT (looked at as the wizard writes).
wait_until() {
	for _ in $(seq 50); do
		settled
		look
		on_screen "$1" && return 0
		read -r -t 0.1 -u "${CONTROL[0]}" line
	done
	return 1
}

# menu_problem KEY: the same on the start menu, its third item chosen.
menu_problem() {
	help_problem "$1" "NextGen CM/ECF practice wizard" && return
	if [ "$1" = Enter ]; then
		on_screen "Court CM/ECF Lookup" || problem="did not choose the third item"
		return
	fi
	on_screen "6  Help" || { problem="left the menu"; return; }
	chosen_item
	case $1 in
	Down) [ "$item" = 4 ] || problem="chose item $item" ;;
	Up) [ "$item" = 2 ] || problem="chose item $item" ;;
	Home | PgUp) [ "$item" = 1 ] || problem="chose item $item" ;;
	End | PgDn) [ "$item" = 9 ] || problem="chose item $item" ;;
	*) [ "$item" = 3 ] || problem="chose item $item" ;;
	esac
}
back_to_third_item() {
	on_screen "Help: " && press_keys Escape
	on_screen "6  Help" || press_keys Escape
	# Ctrl-N and Ctrl-P are Down and Up on any terminal.
	for _ in 1 2 3 4 5 6 7 8 9; do
		chosen_item
		[ "$item" = 3 ] && break
		if [ "${item:-0}" -lt 3 ]; then press_keys C-n; else press_keys C-p; fi
	done
}

# text_problem KEY: the same on a text screen ("What are the steps?").
text_problem() {
	help_problem "$1" "Link my CM/ECF account" && return
	if [ "$1" = Enter ]; then
		# The focused button is the main one, Look up a court.
		on_screen "Court CM/ECF Lookup" || problem="did not choose Look up a court"
		return
	fi
	on_screen "[ Look up a court ]" || problem="left the screen"
}
to_text_screen() {
	for _ in 1 2 3; do
		on_screen "6  Help" && break
		press_keys Escape
	done
	control "send-keys -t wizard 2"
	wait_until "Which court"
	control "send-keys -t wizard BTab Enter"
	wait_until "[ Look up a court ]"
}
back_to_text() {
	on_screen "Help: " && press_keys Escape
	on_screen "[ Look up a court ]" || to_text_screen
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
	control_start
	control "send-keys -t wizard 1"
	wait_until "Manage My Account Login"
	press_keys -l ja1234
	while IFS="	" read -r bytes key sent_by; do
		if from_start "$key"; then press_keys Home; fi
		send "${bytes// /}"
		judge "$term: $key ($bytes) on a form" form_problem "$key"
		back_to_username
	done < "$tables/sequences"
	for unknown in $unknowns; do
		send "$unknown"
		judge "$term: the unknown sequence $(spaced "$unknown") on a form is swallowed whole" \
			form_problem Unknown
	done

	press_keys Escape
	wait_until "6  Help"
	back_to_third_item
	while IFS="	" read -r bytes key sent_by; do
		send "${bytes// /}"
		judge "$term: $key ($bytes) on a menu" menu_problem "$key"
		back_to_third_item
	done < "$tables/keys"
	for unknown in $unknowns; do
		send "$unknown"
		judge "$term: the unknown sequence $(spaced "$unknown") on a menu is swallowed whole" \
			menu_problem Unknown
	done

	to_text_screen
	while IFS="	" read -r bytes key sent_by; do
		send "${bytes// /}"
		judge "$term: $key ($bytes) on a text screen" text_problem "$key"
		back_to_text
	done < "$tables/keys"
	stop_terminal
}

# Each terminal in a wizard, a tmux server and a folder of its own, all
# at once (KEYS_JOBS says how many): the points are mostly waits for the
# wizard to be quiet.
APART_JOBS=${KEYS_JOBS:-8}
for term in $terms; do apart try_keys "$term"; done
apart_join

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
