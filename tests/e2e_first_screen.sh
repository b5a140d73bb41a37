#!/bin/sh
# SPDX-License-Identifier: MIT
# The start screen needs no database: it is on the terminal before the
# database is opened, checked and configured (issue 27), and with the
# settings' defaults the session's own first paint, once the database is
# open, sends nothing more. Nor does it wait for the libraries it does
# not use (SQLite, libxcrypt, liboath, libqrencode, libunistring, the
# form library):
# they are loaded after it (src/base/lazy.h), and one that cannot be is
# said in a sentence. Seen by strace: the order of the wizard's openat
# and write calls.
. "${srcdir:-.}/tests/tap.sh"
command -v strace > /dev/null 2>&1 || skip_all "strace is not installed"
strace -qq -o /dev/null true 2> /dev/null || skip_all "strace cannot trace here (ptrace is not allowed)"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 8
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
sqlite_loaded=$(line_of '^openat(.*/libsqlite3\.so')
check "SQLite was loaded after the start screen was written" before "$first_write" "$sqlite_loaded"
late=""
for library in libcrypt liboath libqrencode libunistring libformw; do
	loaded=$(line_of "^openat(.*/$library\\.so")
	[ -z "$loaded" ] || before "$first_write" "$loaded" || late="$late $library"
done
check "nor is libxcrypt, liboath, libqrencode, libunistring or the form library loaded before it${late:+ ($late)}" \
	[ -z "$late" ]
keys 8
wait_for_status() {
	tries=0
	while [ ! -s "$work_dir/status" ] && [ $tries -lt 50 ]; do sleep 0.1; tries=$((tries + 1)); done
}
wait_for_status
check "the first key is acted on: 8 quits, status 0" [ "$(cat "$work_dir/status" 2> /dev/null)" = 0 ]

# A library that cannot be loaded: a sentence, and the program ends.
mkdir -p "$work_dir/broken"
: > "$work_dir/broken/libsqlite3.so.0"
printf '8\n' | LD_LIBRARY_PATH="$work_dir/broken" "$WIZARD" --plain --db "$database" \
	> "$work_dir/broken.out" 2> "$work_dir/broken.err"
status=$?
check "a library that cannot be loaded ends the wizard (status $status)" [ "$status" -ne 0 ]
check "saying which, and what to do" grep -q "the library libsqlite3.so.0 could not be used.*reinstall the package" \
	"$work_dir/broken.err"
tap_finish
