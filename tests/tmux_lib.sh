# SPDX-License-Identifier: MIT
# Drive the real wizard in a real terminal: a detached tmux server on a
# private socket, a fixed size, keys sent with send-keys and the screen
# read with capture-pane. Source tap.sh first.

command -v tmux >/dev/null 2>&1 || skip_all "tmux is not installed"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ngw-e2e-XXXXXX") || exit 1
socket="$work_dir/tmux.sock"
database="$work_dir/wizard.db"
wait_seconds=${E2E_WAIT_SECONDS:-10}

tmux_cmd() { tmux -S "$socket" "$@"; }

# stop_terminal: closes the terminal, then waits for the wizard and the
# shell around it to end (the shell outlives the hangup, and writes the
# status file once its wizard is gone: never into the next run's).
stop_terminal() {
	shell_pid=$(tmux_cmd display -p -t wizard '#{pane_pid}' 2>/dev/null)
	tmux_cmd kill-server >/dev/null 2>&1
	tries=0
	while [ -n "$shell_pid" ] && running "$shell_pid" && [ $tries -lt 200 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
	# A new server on the same socket must wait for the old one to be gone.
	tries=0
	while tmux_cmd has-session >/dev/null 2>&1 && [ $tries -lt 100 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
}

# running PID: the process is there and has not ended (an ended child
# of the killed server stays a zombie until init reaps it, which can
# take seconds).
running() {
	kill -0 "$1" 2>/dev/null || return 1
	[ -r "/proc/$1/stat" ] || return 0
	read -r _ _ state _ < "/proc/$1/stat" 2>/dev/null || return 1
	[ "$state" != Z ]
}

cleanup() {
	stop_terminal
	rm -rf "$work_dir"
}
trap cleanup EXIT

# start_wizard [COLS ROWS] [ARGS...]: starts the wizard on the test database
# (TERM is tmux-256color unless WIZARD_TERM says otherwise).
start_wizard() {
	cols=80
	rows=24
	case $1 in [0-9]*) cols=$1; rows=$2; shift 2 ;; esac
	stop_terminal
	rm -f "$socket"
	printf 'set-option -g remain-on-exit on\nset-option -g status off\n' > "$work_dir/tmux.conf"
	rm -f "$work_dir/status"
	clock_now=0
	echo 0 > "$work_dir/clock"
	# The exit status goes to a file: tmux may see the terminal close
	# before it learns the status. The shell ignores Ctrl-C and Ctrl-\, which are the
	# wizard's to answer, and the hangup when tmux goes: it outlives the
	# wizard, whose process group is not orphaned while it ends (a
	# sanitizer build's leak check at exit stops the process, and the
	# SIGCONT an orphaned group gets would leave it spinning for ever).
	tmux -S "$socket" -f "$work_dir/tmux.conf" new-session -d -x "$cols" -y "$rows" -s wizard -- \
		sh -c 'trap "" HUP INT QUIT; "$@"; echo $? > "$0"' "$work_dir/status" \
		env LANG=C.UTF-8 TERM="${WIZARD_TERM:-tmux-256color}" NEXTGEN_WIZARD_DATADIR="$NEXTGEN_WIZARD_DATADIR" \
		NEXTGEN_WIZARD_TEST_CLOCK="$work_dir/clock" \
		"$WIZARD" --db "$database" "$@"
	# The wizard's first screen must be there before keys are sent.
	wait_for_any "PRACTICE" "PRÁCTICA" "Please make the window" "Agrande la ventana" ||
		echo "# start_wizard: no first screen after $wait_seconds s"
}

screen() { tmux_cmd capture-pane -p -t wizard 2>/dev/null; }

# advance_clock SECONDS: the wizard's clock moves on, as if that much
# time had passed (the tests never wait for it).
advance_clock() {
	clock_now=$(( ${clock_now:-0} + $1 ))
	echo "$clock_now" > "$work_dir/clock"
}

# wait_for TEXT: true once TEXT is on the screen, false after the wait.
# With wait_settles set (a walk in a language whose words the test does
# not know), true once the screen has stopped changing instead.
wait_for() {
	if [ -n "${wait_settles:-}" ]; then
		settled_screen
		return 0
	fi
	wait_left=$((wait_seconds * 20))
	while [ $wait_left -gt 0 ]; do
		case $(screen) in *"$1"*) return 0 ;; esac
		sleep 0.05
		wait_left=$((wait_left - 1))
	done
	# Said in the log: a wait that ran out and was not a test's point
	# is a step that did not happen, and time lost.
	echo "# waited $wait_seconds s for \"$1\", in vain"
	return 1
}

# with_passphrase: the test database made if it is not there yet, with
# the staff passphrase Staff!Pass1 (a kiosk does not start without one).
with_passphrase() {
	[ -s "$database" ] || "$ADMIN" --db "$database" init > /dev/null
	printf 'Staff!Pass1\n' | "$ADMIN" --db "$database" set kiosk-passphrase > /dev/null 2>&1
}

# wait_for_any TEXT...: true once one of the TEXTs is on the screen.
wait_for_any() {
	wait_left=$((wait_seconds * 20))
	while [ $wait_left -gt 0 ]; do
		now=$(screen)
		for text in "$@"; do
			case $now in *"$text"*) return 0 ;; esac
		done
		sleep 0.05
		wait_left=$((wait_left - 1))
	done
	return 1
}

# settled_screen: once the screen is the same twice, 100 ms apart (at
# most 4 s).
settled_screen() {
	previous="" tries=0
	while [ $tries -lt 40 ]; do
		current=$(screen)
		[ -n "$current" ] && [ "$current" = "$previous" ] && return 0
		previous=$current
		sleep 0.1
		tries=$((tries + 1))
	done
}

# wait_gone TEXT: true once TEXT has left the screen.
wait_gone() {
	wait_left=$((wait_seconds * 20))
	while [ $wait_left -gt 0 ]; do
		case $(screen) in *"$1"*) ;; *) return 0 ;; esac
		sleep 0.05
		wait_left=$((wait_left - 1))
	done
	return 1
}

keys() { tmux_cmd send-keys -t wizard "$@"; }
type_text() { tmux_cmd send-keys -t wizard -l "$1"; }

pane_status() { cat "$work_dir/status" 2>/dev/null; }

wait_exit() {
	wait_left=$((wait_seconds * 20))
	while [ $wait_left -gt 0 ]; do
		wait_left=$((wait_left - 1))
		if [ -s "$work_dir/status" ]; then return 0; fi
		sleep 0.05
	done
	return 1
}

# expect DESCRIPTION TEXT: a TAP point that TEXT appears.
expect() {
	if wait_for "$2"; then ok "$1"; else fail "$1" "expected: $2" "screen was:" "$(screen)"; fi
}

# expect_line DESCRIPTION REGEX: a TAP point that a screen line matches.
expect_line() {
	wait_left=$((wait_seconds * 20))
	while [ $wait_left -gt 0 ]; do
		wait_left=$((wait_left - 1))
		if screen | grep -qE -- "$2"; then ok "$1"; return; fi
		sleep 0.05
	done
	fail "$1" "expected a line matching: $2" "screen was:" "$(screen)"
}

# watch_output: from now on, what the program writes is kept in
# $work_dir/pipe (tmux's pipe-pane).
watch_output() {
	: > "$work_dir/pipe"
	tmux_cmd pipe-pane -o -t wizard "cat >> '$work_dir/pipe'"
}

# answers_redraw: after Ctrl-L the program writes within a second (the
# screen was repainted). Needs watch_output.
answers_redraw() {
	sleep 0.3	# what was on its way is in first
	output_grows_after C-l
}

# output_grows_after KEYS...: the wizard writes something within a second
# of KEYS (watch_output's pipe grows).
output_grows_after() {
	before=$(wc -c < "$work_dir/pipe")
	keys "$@"
	tries=0
	while [ $tries -lt 20 ]; do
		sleep 0.05
		[ "$(wc -c < "$work_dir/pipe")" -gt "$before" ] && return 0
		tries=$((tries + 1))
	done
	return 1
}

# joined_has TEXT: TEXT is on the screen, even when wrapped over lines.
joined_has() { screen | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$1"; }

expect_joined() {
	wait_left=$((wait_seconds * 20))
	while [ $wait_left -gt 0 ]; do
		wait_left=$((wait_left - 1))
		if joined_has "$2"; then ok "$1"; return; fi
		sleep 0.05
	done
	fail "$1" "expected (across lines): $2" "screen was:" "$(screen)"
}

# cursor_line: the screen row the terminal's cursor is on.
cursor_line() {
	y=$(tmux_cmd display -p -t wizard '#{cursor_y}')
	screen | sed -n "$((y + 1))p"
}

# expect_cursor_on DESCRIPTION REGEX: a TAP point that the cursor's row
# matches (where a screen reader reads).
expect_cursor_on() {
	wait_left=$((wait_seconds * 20))
	while [ $wait_left -gt 0 ]; do
		wait_left=$((wait_left - 1))
		if cursor_line | grep -qE -- "$2"; then ok "$1"; return; fi
		sleep 0.05
	done
	fail "$1" "the cursor's row: $(cursor_line)" "screen was:" "$(screen)"
}

# cursor_text: the screen from the cursor to the end of its row.
cursor_text() {
	x=$(tmux_cmd display -p -t wizard '#{cursor_x}')
	cursor_line | sed -E "s/^.{$x}//"
}

# apart FUNCTION ARGS...: FUNCTION ARGS started in the background, with a
# terminal, a database and a folder of its own (the walks and key tests
# mostly wait for a screen, so a few go at once: APART_JOBS, 4); its TAP
# points kept. apart_join waits for them all and prints their points in
# the order they were started, numbered on.
apart_started=""
apart_running=0
apart_count=0
apart() {
	apart_count=$((apart_count + 1))
	apart_dir="$work_dir/apart-$apart_count"
	apart_started="$apart_started $apart_dir"
	mkdir -p "$apart_dir"
	(
		work_dir=$apart_dir
		# Parts it starts itself are its own to join.
		apart_started=""
		apart_running=0
		socket="$work_dir/tmux.sock"
		database="$work_dir/wizard.db"
		tap_count=0
		tap_failed=0
		"$@" > "$work_dir/tap" 2>&1
		stop_terminal
	) &
	apart_running=$((apart_running + 1))
	if [ $apart_running -ge "${APART_JOBS:-4}" ]; then
		wait
		apart_running=0
	fi
}
apart_join() {
	wait
	apart_running=0
	for dir in $apart_started; do cat "$dir/tap"; done |
		awk -v n="$tap_count" '/^(not )?ok [0-9]+/ { n++; sub(/ok [0-9]+/, "ok " n) } { print }' \
		> "$work_dir/apart.tap"
	cat "$work_dir/apart.tap"
	tap_count=$((tap_count + $(grep -cE '^(not )?ok ' "$work_dir/apart.tap")))
	tap_failed=$((tap_failed + $(grep -c '^not ok ' "$work_dir/apart.tap")))
	apart_started=""
}

# focused, focus_on, press and fill (a field or button found by its
# label) are in routes_lib.sh, sourced at the end.

# commit LABEL: Enter on a permanent action's button LABEL, once it has the
# focus and the screen has been quiet for the moment the wizard asks for
# (the clock moves on instead of a real wait).
commit() {
	wait_left=$((wait_seconds * 20))
	# (A walk in a language whose words the test does not know trusts
	# the keys that brought the focus there.)
	[ -n "${wait_settles:-}" ] && settled_screen
	until [ -n "${wait_settles:-}" ] || cursor_text | grep -qF -- "$1"; do
		[ $wait_left -gt 0 ] || return 1
		wait_left=$((wait_left - 1))
		sleep 0.05
	done
	advance_clock 2
	keys Enter
}

# The ways to the screens, by the keys a person would press.
. "${srcdir:-.}/tests/routes_lib.sh"
