#!/bin/sh
# SPDX-License-Identifier: MIT
# The start screen needs no database: it is on the terminal before the
# database is opened, checked and configured (issue 27), and with the
# settings' defaults the session's own first paint, once the database is
# open, sends nothing more. Seen by strace: the order of the wizard's
# openat and write calls.
. "${srcdir:-.}/tests/tap.sh"
command -v strace > /dev/null 2>&1 || skip_all "strace is not installed"
strace -qq -o /dev/null true 2> /dev/null || skip_all "strace cannot trace here (ptrace is not allowed)"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 4
trace="$work_dir/trace"
cat > "$work_dir/traced-wizard" << EOT
#!/bin/sh
ASAN_OPTIONS="\${ASAN_OPTIONS:+\$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
exec strace -qq -e trace=openat,write -e signal=none -o '$trace' '$WIZARD' "\$@"
EOT
chmod +x "$work_dir/traced-wizard"
"$ADMIN" --db "$database" init > /dev/null
WIZARD="$work_dir/traced-wizard" start_wizard
wait_for "Upgrade my PACER account"
# Until a key is read nothing more is to come; let the trace catch up.
sleep 0.5

line_of() { grep -n -- "$1" "$trace" | head -n 1 | cut -d: -f1; }
first_write=$(line_of '^write(1,')
last_write=$(grep -n '^write(1,' "$trace" | tail -n 1 | cut -d: -f1)
database_opened=$(line_of "^openat(.*/wizard.db\", O_RDWR")
# before A B: line A of the trace comes before line B (both found).
before() { [ -n "$1" ] && [ -n "$2" ] && [ "$1" -lt "$2" ]; }
check "the database was opened" [ -n "$database_opened" ]
check "the start screen was written before the database was opened" before "$first_write" "$database_opened"
check "with the defaults nothing was written to the terminal once it was open" \
	before "$last_write" "$database_opened"
keys 8
wait_for_status() {
	tries=0
	while [ ! -s "$work_dir/status" ] && [ $tries -lt 50 ]; do sleep 0.1; tries=$((tries + 1)); done
}
wait_for_status
check "the first key is acted on: 8 quits, status 0" [ "$(cat "$work_dir/status" 2> /dev/null)" = 0 ]
tap_finish
