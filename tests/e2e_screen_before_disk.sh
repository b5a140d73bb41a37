#!/bin/sh
# SPDX-License-Identifier: MIT
# The answer to a key reaches the terminal before the disk is touched:
# a field left, and the screen an action (Enter, Esc) was taken on, are
# drafted once the screen is out and before the next key is awaited
# (session_before_wait), so the person never waits on the
# database to see where the focus went (issue 27, key to screen). Seen by
# strace: the order of the wizard's writes to the terminal and to the
# database's log, in the full screen and in plain lines; and the draft is
# in the database while the wizard waits.
. "${srcdir:-.}/tests/tap.sh"
command -v strace > /dev/null 2>&1 || skip_all "strace is not installed"
strace -qq -o /dev/null true 2> /dev/null || skip_all "strace cannot trace here (ptrace is not allowed)"
command -v sqlite3 > /dev/null 2>&1 || skip_all "sqlite3 is not installed"
. "${srcdir:-.}/tests/tmux_lib.sh"
. "${srcdir:-.}/tests/routes_lib.sh"

plan 9
trace="$work_dir/trace"
cat > "$work_dir/traced-wizard" << EOT
#!/bin/sh
ASAN_OPTIONS="\${ASAN_OPTIONS:+\$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
exec strace -qq -y -f -s 8192 -e trace=write,pwrite64 -e signal=none -o '$trace' '$WIZARD' "\$@"
EOT
chmod +x "$work_dir/traced-wizard"
"$ADMIN" --db "$database" init > /dev/null

# after_mark FROM PATTERN: the first line after line FROM of the trace
# that matches PATTERN (empty: none).
after_mark() { tail -n +"$(($1 + 1))" "$trace" | grep -n -- "$2" | head -n 1 | cut -d: -f1; }
# trace_settles: the trace stops growing (strace writes it as it goes).
trace_settles() {
	size=-1 tries=0
	while [ "$(wc -l < "$trace")" != "$size" ] && [ $tries -lt 50 ]; do
		size=$(wc -l < "$trace")
		sleep 0.2
		tries=$((tries + 1))
	done
}
# before A B: line A of the trace comes before line B (both found).
before() { [ -n "$1" ] && [ -n "$2" ] && [ "$1" -lt "$2" ]; }
drafted() { [ "$(sqlite3 "$database" "SELECT count(*) FROM drafts WHERE value = '$1'")" -ge 1 ]; }
# after_key KEY TEXT TYPED: KEY pressed and TEXT on the screen; terminal
# and disk are then the trace's lines of the first write to the terminal
# and of the first write to the database's log holding TYPED after it.
after_key() {
	trace_settles
	mark=$(wc -l < "$trace")
	keys "$1"
	wait_for "$2" > /dev/null
	trace_settles
	terminal=$(after_mark "$mark" 'write(1<')
	disk=$(after_mark "$mark" "pwrite64([0-9]*<[^>]*-wal>.*$3")
}

# ---- the full screen ----------------------------------------------------------
WIZARD="$work_dir/traced-wizard" start_wizard
to_person_tab ja1234 'Legacy!2013'
focus_on "Middle Name"
type_text "Quincy"
after_key Tab "Last Name" Quincy
check "Tab out of a field: the screen is written" [ -n "$terminal" ]
check "and the draft is written to the database's log" [ -n "$disk" ]
check "the screen before the draft" before "$terminal" "$disk"
check "the draft is there while the wizard waits for the next key" drafted Quincy

# An action drafts the screen as it was when the key came (Esc here,
# the Back button, from inside the field), and writes that draft once
# the screen the action led to is out.
keys C-u
type_text "Wilhelmina"
after_key Escape "Account Type: Legacy PACER Account" Wilhelmina
check "Esc in a field: the screen it leads to is written" [ -n "$terminal" ]
check "the screen before the action's draft" before "$terminal" "$disk"
check "the action's draft holds the field as typed" drafted Wilhelmina
stop_terminal

# ---- plain lines through a pipe ----------------------------------------------
# The answer to the First Name line is the next prompt; the line's draft
# comes after it.
rm -f "$trace"
printf '1\nja1234\nLegacy!2013\n\n1\n\nAlvin\n' |
	env LANG=C.UTF-8 NEXTGEN_WIZARD_DATADIR="$NEXTGEN_WIZARD_DATADIR" \
		"$work_dir/traced-wizard" --plain --db "$database" > "$work_dir/plain.out" 2>&1
line_with() { grep -n -- "$1" "$trace" | head -n 1 | cut -d: -f1; }
prompt=$(line_with 'write(1<.*"Middle Name')
disk=$(line_with 'pwrite64([0-9]*<[^>]*-wal>.*Alvin')
check "plain: the prompt after First Name is written before its draft" before "$prompt" "$disk"
check "plain: the draft holds the line typed" drafted Alvin
tap_finish
