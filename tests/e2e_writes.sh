#!/bin/sh
# SPDX-License-Identifier: MIT
# Over SSH each write to the terminal can travel as a packet of its own,
# with its own headers and its own wait: whatever a key changes on the
# screen, from a moved highlight to a whole new screen, must reach the
# terminal in one write. Counted by strace: the wizard's write calls on
# the terminal (standard output); the database's are pwrite calls on its
# own files (a new screen is written to the room's table).
. "${srcdir:-.}/tests/tap.sh"
command -v strace > /dev/null 2>&1 || skip_all "strace is not installed"
strace -qq -o /dev/null true 2> /dev/null || skip_all "strace cannot trace here (ptrace is not allowed)"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 9
trace="$work_dir/trace"
# (LeakSanitizer cannot run under ptrace: a sanitizer build's leak check
# is left to the other tests.)
cat > "$work_dir/traced-wizard" << EOT
#!/bin/sh
ASAN_OPTIONS="\${ASAN_OPTIONS:+\$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
exec strace -qq -e trace=write -e signal=none -o '$trace' '$WIZARD' "\$@"
EOT
chmod +x "$work_dir/traced-wizard"
WIZARD="$work_dir/traced-wizard" start_wizard

write_calls() { grep -c '^write(1,' "$trace" 2>/dev/null; }

# settled_write_calls: the count once nothing more has been written for
# 300 ms.
settled_write_calls() {
	previous=$(write_calls) tries=0
	while [ $tries -lt 50 ]; do
		sleep 0.3
		current=$(write_calls)
		[ "$current" = "$previous" ] && break
		previous=$current
		tries=$((tries + 1))
	done
	echo "$current"
}

# one_write DESCRIPTION TEXT KEYS...: after the keys, TEXT is on the
# screen and the wizard wrote to the terminal once, and once more when
# the window's title changes with the screen (set title_changes=1: the
# title goes out through stdio, which curses' own buffer does not share).
one_write() {
	description=$1 text=$2
	shift 2
	expected=$((1 + ${title_changes:-0}))
	title_changes=0
	before=$(settled_write_calls)
	keys "$@"
	if ! wait_for "$text"; then
		fail "$description" "expected: $text" "screen was:" "$(screen)"
		return
	fi
	after=$(settled_write_calls)
	if [ -n "$before" ] && [ "$((after - before))" -eq "$expected" ]; then ok "$description"
	else fail "$description" "write calls: ${before:-unreadable} before, ${after:-unreadable} after"; fi
}

if [ "$(write_calls)" = "" ] || [ "$(write_calls)" -eq 0 ]; then
	fail "the wizard's write calls can be counted" "strace wrote no write call to $trace"
else
	ok "the wizard's write calls can be counted"
fi
one_write "Down moves the highlight in one write" "> 2  Link my CM/ECF account" Down
one_write "Up moves it back in one write" "> 1  Upgrade my PACER account" Up
one_write "the help screen comes in one write" "Help: NextGen CM/ECF practice wizard" 6
one_write "Esc brings the start screen back in one write" "> 1  Upgrade my PACER account" Escape
title_changes=1
one_write "the login screen comes in one write, its window title in one more" "Manage My Account Login" 1
type_text ja123
one_write "a typed character is one write" "ja1234" -l 4
one_write "Tab to the next field is one write" "Password *:" Tab
title_changes=1
one_write "Esc back to the start screen is one write, its window title one more" "> 1  Upgrade my PACER account" Escape
tap_finish
