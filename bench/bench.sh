#!/bin/sh
# SPDX-License-Identifier: MIT
# make bench: what a person on a slow SSH link and a full training room
# feel, measured on the real programs in an 80x24 xterm-256color terminal
# (tmux), beside dialog measured the same way in the same run.
#   bench.sh SRCDIR BUILDDIR RUNS RESULTS   (RUNS empty: 5; BENCH_FLOWS="1 10" for fewer flows)
# Bytes are counted with tmux's pipe-pane (everything the program
# writes); times come from the moment each write was read (stampcat).
# An "ideal" is the realistic ideal of a screen change (bench/idealbytes:
# the fewest bytes this terminal's own strings allow, an estimate).
set -u
srcdir=$1 builddir=$2 runs=${3:-5} results=$4
. "$srcdir/bench/settle.sh"
wizard=$builddir/src/nextgen-wizard admin=$builddir/src/nextgen-admin
stampcat=$builddir/bench/stampcat hashbench=$builddir/bench/hashbench gapsend=$builddir/bench/gapsend
idealbytes=$builddir/bench/idealbytes
export NEXTGEN_WIZARD_DATADIR="$srcdir/data" NEXTGEN_WIZARD_LOCALEDIR="$builddir/locale"

for tool in tmux sqlite3; do
	command -v $tool > /dev/null 2>&1 || { echo "bench: $tool is not installed" >&2; exit 2; }
done
if ! command -v dialog > /dev/null 2>&1; then
	echo "bench: installing dialog from Debian, to compare"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dialog > /dev/null ||
		{ echo "bench: dialog could not be installed" >&2; exit 2; }
fi

w=$(mktemp -d "${TMPDIR:-/tmp}/ngw-bench-XXXXXX") || exit 2
sock=$w/tmux.sock
trap 'tmux -S "$sock" kill-server > /dev/null 2>&1; rm -rf "$w"' EXIT
printf 'set-option -g status off\nset-option -g remain-on-exit on\n' > "$w/tmux.conf"
tm() { tmux -S "$sock" "$@"; }
keys() { tm send-keys -t b "$@"; }
type_text() { tm send-keys -t b -l "$1"; }
now_ns() { date +%s%N; }

# launch [NAME=VALUE]... COMMAND...: a fresh 80x24 terminal whose program
# starts only once pipe-pane is listening, so no byte is missed; start_ns
# is then.
launch() {
	tm kill-server > /dev/null 2>&1
	while tm has-session > /dev/null 2>&1; do sleep 0.05; done
	rm -f "$sock" "$w/go" "$w/out" "$w/times" "$w/keys.log"
	mkfifo "$w/go"
	tm -f "$w/tmux.conf" new-session -d -x 80 -y 24 -s b -- \
		sh -c 'read x < "$0"; exec "$@"' "$w/go" \
		env TERM=xterm-256color LANG=C.UTF-8 "$@"
	tm pipe-pane -t b "exec '$stampcat' '$w/out' '$w/times'"
	# The pane's shell becomes the program (exec), so this is its pid.
	pid=$(tm display -p -t b '#{pane_pid}')
	sleep 0.3
	: > "$w/times"
	start_ns=$(now_ns)
	echo go > "$w/go"
}

# settle: waits until nothing has been written for 250 ms; sets last_ns
# (when the last byte came) and total (bytes so far).
last_write() { tail -n 1 "$w/times" 2>/dev/null; }
settle() {
	settle_on last_write
	last_ns=${current%% *}
	total=${current##* }
	[ -n "$total" ] || total=0
}

screen() { tm capture-pane -p -t b; }

# write_calls: how many write calls the program has made (the kernel's
# count, /proc/PID/io): over SSH each write to the terminal can be a
# packet of its own. Database writes count too.
# The key log's line for each key (NEXTGEN_WIZARD_KEY_LOG, one write a
# key) is the bench's own and is left out.
write_calls() {
	calls=$(sed -n 's/^syscw: //p' "/proc/$pid/io" 2>/dev/null)
	logged=0
	[ -f "$w/keys.log" ] && logged=$(wc -l < "$w/keys.log")
	echo $((calls - logged))
}

# cells: the screen with its attributes and trailing blanks, and the
# cursor and window title (files NAME, NAME.cursor, NAME.title in $w).
cells() {
	tm capture-pane -p -e -N -t b > "$w/$1"
	tm display -p -t b '#{cursor_x},#{cursor_y}' > "$w/$1.cursor"
	tm display -p -t b '#{pane_title}' > "$w/$1.title"
}

# ideal_bytes BEFORE AFTER: the realistic ideal of the change between
# two cells captures: the fewest bytes bench/idealbytes finds with the
# terminal's own strings (cursor addressing to each changed run, the
# run's characters, one attribute change per attribute run, el or ed
# where rows became blank; the cursor left where the program left it,
# and the window title when it changed).
ideal_bytes() {
	set -- "$w/$1" "$w/$2"
	if cmp -s "$1.title" "$2.title"; then
		"$idealbytes" -f "$(cat "$1.cursor")" -t "$(cat "$2.cursor")" "$1" "$2"
	else
		"$idealbytes" -f "$(cat "$1.cursor")" -t "$(cat "$2.cursor")" -T "$(cat "$2.title")" "$1" "$2"
	fi
}

# step NAME KEYS...: sends the keys, waits, and records the bytes written
# and the realistic ideal under NAME.
step() {
	name=$1
	shift
	settle
	cells before
	from=$total writes_from=$(write_calls)
	"$@"
	settle
	cells after
	[ -n "${BENCH_DEBUG:-}" ] && { echo "== $name" >&2; screen >&2; }
	# BENCH_KEEP=DIR keeps each step's captures and the bytes written.
	if [ -n "${BENCH_KEEP:-}" ]; then
		mkdir -p "$BENCH_KEEP"
		for f in before before.cursor before.title after after.cursor after.title; do
			cp "$w/$f" "$BENCH_KEEP/$name.$f"
		done
		tail -c +$((from + 1)) "$w/out" | head -c $((total - from)) > "$BENCH_KEEP/$name.out"
	fi
	record "$name.bytes" $((total - from))
	record "$name.writes" $(($(write_calls) - writes_from))
	record "$name.ideal" "$(ideal_bytes before after)"
}

# reached TEXT: the screen shows TEXT, or the bench stops: a step that
# did not get where it should would measure something else.
reached() {
	screen | grep -qF -- "$1" && return 0
	echo "bench: the wizard did not reach \"$1\"; the screen was:" >&2
	screen >&2
	exit 1
}

# ctl_open, ctl COMMAND, ctl_close: tmux commands through one client kept
# connected (control mode), so that sending a key starts no process: the
# Esc latency and a split arrow's gap are then the program's and the
# sleep's, not tmux's own start-up (some 5 ms each time).
ctl_open() {
	rm -f "$w/ctl"
	mkfifo "$w/ctl"
	tm -C attach -t b < "$w/ctl" > /dev/null 2>&1 &
	exec 5> "$w/ctl"
}
ctl() { printf '%s\n' "$*" >&5; }
ctl_close() { exec 5>&-; }

# split_arrow_gaps: the largest gap, in ms, between an arrow key's ESC and
# the rest of it ("OB", as a slow link may deliver it in two packets)
# that still arrives as Down, trying 10, 20, 30, 40 and 45 ms; 0 when
# even 10 ms fails.
split_arrow_gaps() {
	largest=0
	for gap in 10 20 30 40 45; do
		"$gapsend" 5 "$gap" "send-keys -t b -H 1b" "send-keys -t b -H 4f 42"
		settle
		if screen | grep -q '> 2  Link my CM/ECF account'; then
			largest=$gap
			keys Up
			settle
		else
			# Read as Esc and two letters: whatever that did goes.
			keys Escape Escape
			settle
			break
		fi
	done
	echo "$largest"
}

# latency NAME KEYS...: milliseconds from sending the keys to the first
# byte the program writes back.
latency() {
	name=$1
	shift
	settle
	lines=$(wc -l < "$w/times")
	sent=$(now_ns)
	"$@"
	tries=0
	while [ "$(wc -l < "$w/times")" -le "$lines" ] && [ $tries -lt 200 ]; do
		sleep 0.002
		tries=$((tries + 1))
	done
	first=$(sed -n "$((lines + 1))p" "$w/times")
	record "$name.ms" $(( (${first%% *} - sent) / 1000000 ))
	settle
}

record() { echo "$1 $2" >> "$w/raw"; }
# ms_tenths FROM_NS TO_NS: the milliseconds between, to a tenth ("5.7"):
# whole milliseconds hid the difference between two first screens.
ms_tenths() { t=$(( ($2 - $1) / 100000 )); echo "$((t / 10)).$((t % 10))"; }

: > "$w/raw"
"$admin" --db "$w/template.db" init > /dev/null
sqlite3 "$w/template.db" 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null

type_each() { for c in a b c d e f g h i j; do keys -l "$c"; settle; done; }

# launch_wizard DB: the wizard on a fresh copy of DB. No env of its own:
# launch's one env sets these too, so the wizard's first screen is not
# charged an exec that dialog's is not.
launch_wizard() {
	rm -f "$w/wizard.db"*
	cp "$1" "$w/wizard.db"
	launch NEXTGEN_WIZARD_KEY_LOG="$w/keys.log" NEXTGEN_WIZARD_DATADIR="$NEXTGEN_WIZARD_DATADIR" \
		NEXTGEN_WIZARD_LOCALEDIR="$NEXTGEN_WIZARD_LOCALEDIR" "$wizard" --db "$w/wizard.db"
}

# Peak memory outside password hashing: yescrypt at the default cost
# maps 16 MiB for each hash and unmaps it after, so the session's peak is
# mostly one hash. The peak (VmHWM) is read before each step that hashes
# and set back to the present size (clear_refs 5) after it; the largest
# of the readings is the session's peak, the largest of those taken just
# before a hashing step or at the end is the peak outside hashing.
rss_peak() { sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status"; }
rss_note() {
	peak=$(rss_peak)
	[ "${peak:-0}" -gt "$rss_session" ] && rss_session=$peak
	[ "${peak:-0}" -gt "$rss_outside" ] && rss_outside=$peak
	:
}
rss_after_hashing() {
	peak=$(rss_peak)
	[ "${peak:-0}" -gt "$rss_session" ] && rss_session=$peak
	echo 5 > "/proc/$pid/clear_refs"
}

wizard_run() {
	rss_session=0 rss_outside=0
	launch_wizard "$w/template.db"
	settle
	record wizard.first.ms "$(ms_tenths "$start_ns" "$last_ns")"
	record wizard.first.bytes "$total"
	record wizard.first.writes "$(write_calls)"
	cells first
	record wizard.first.ideal "$("$idealbytes" -t "$(cat "$w/first.cursor")" /dev/null "$w/first")"
	# An arrow key split over two packets still arrives as one key:
	# ncurses waits ESCDELAY (45 ms) after an ESC for the rest.
	ctl_open
	record wizard.split_arrow.ms "$(split_arrow_gaps)"

	step wizard.menu_down keys Down
	keys Up
	step wizard.to_login keys 1
	type_text ja1234; keys Tab; type_text 'Legacy!2013'
	settle
	rss_note
	keys Enter
	settle
	rss_after_hashing
	step wizard.to_person keys Enter
	keys_before=$(wc -l < "$w/keys.log")
	step wizard.tab keys Tab
	keys Tab
	settle
	cells before
	from=$total writes_from=$(write_calls)
	type_each
	cells after
	record wizard.char.bytes $(( (total - from) / 10 ))
	record wizard.char.writes $(( ($(write_calls) - writes_from) / 10 ))
	record wizard.char.ideal $(( $(ideal_bytes before after) / 10 ))
	keys C-u Tab Tab Tab
	settle
	type_text 99/99/1970
	keys Tab
	type_text Attorney
	step wizard.error keys Enter
	keys_after=$(wc -l < "$w/keys.log")
	sed -n "$((keys_before + 1)),${keys_after}p" "$w/keys.log" >> "$w/key_times"
	keys C-u; type_text 03/14/1970; keys Tab
	step wizard.person_to_address keys Enter
	keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
	step wizard.address_to_security keys Enter
	for text in jattorney2021 'Linked!2021' 'Linked!2021' "What was the name of your f" "Rex the dog" \
		"In what city were" Fresno "What was your first"; do
		type_text "$text"; keys Tab
	done
	type_text Corolla
	keys Enter
	# Submit is permanent: Enter counts after a second of quiet with it
	# in focus (src/flow/session.h), as a person's deliberate press would.
	settle
	sleep 1.1
	rss_note
	step wizard.security_to_complete keys Enter
	rss_after_hashing
	reached "Your PACER account is now upgraded."
	keys Enter
	settle
	latency wizard.esc ctl send-keys -t b Escape
	ctl_close
	keys 2
	settle
	type_text canb; keys Enter; settle
	keys C-u; type_text jattorney2021; keys Tab; type_text 'Linked!2021'
	settle
	rss_note
	keys Enter
	settle
	rss_after_hashing
	step wizard.main_to_utilities keys Enter
	step wizard.utilities_to_link keys 1
	type_text jattorney; keys Tab; type_text 'Canb!Ecf2019'
	settle
	rss_note
	step wizard.link_to_confirm keys Enter
	rss_after_hashing
	# Confirm starts on Back; Submit is taken after a second of quiet.
	keys BTab
	settle
	sleep 1.1
	step wizard.confirm_to_success keys Enter
	reached "You have successfully linked your account."
	step wizard.success_to_welcome keys Enter
	reached "[ Adversary ]"
	rss_note
	record wizard.rss.kib "$rss_session"
	record wizard.rss_outside.kib "$rss_outside"
}

# dialog with the Person tab's fields, and with the Utilities items.
launch_dialog_form() {
	launch dialog --form "Upgrade PACER Account: Person" 20 70 7 \
		"Prefix:" 1 1 "" 1 18 30 0 "First Name *:" 2 1 "John" 2 18 30 0 \
		"Middle Name:" 3 1 "" 3 18 30 0 "Last Name *:" 4 1 "Attorney" 4 18 30 0 \
		"Suffix:" 5 1 "" 5 18 30 0 "Date of Birth *:" 6 1 "" 6 18 30 0 \
		"User Type *:" 7 1 "" 7 18 30 0
}

dialog_form_run() {
	launch_dialog_form
	settle
	record dialog.first.ms "$(ms_tenths "$start_ns" "$last_ns")"
	record dialog.first.bytes "$total"
	record dialog.first.writes "$(write_calls)"
	record dialog.first.floor "$(screen | tr -d ' \n' | wc -c)"
	step dialog.tab keys Down
	keys Down
	settle
	from=$total writes_from=$(write_calls)
	type_each
	record dialog.char.bytes $(( (total - from) / 10 ))
	record dialog.char.writes $(( ($(write_calls) - writes_from) / 10 ))
	ctl_open
	latency dialog.esc ctl send-keys -t b Escape
	ctl_close
}

launch_dialog_menu() {
	launch dialog --menu "Your Account" 15 60 6 1 "Link a CM/ECF account to my PACER account" \
		2 "Change PACER Exemption Status" 3 "Maintain Your Login/Password" \
		4 "Change Client Code" 5 "Review Billing History" 6 "Back"
}

dialog_menu_run() {
	launch_dialog_menu
	settle
	record dialog.first_menu.ms "$(ms_tenths "$start_ns" "$last_ns")"
	record dialog.menu.bytes "$total"
	step dialog.menu_down keys Down
}

# The first screen again on a database whose audit log holds a year of a
# busy public terminal (200,000 rows): a start must not read it through.
cp "$w/template.db" "$w/year.db"
sqlite3 "$w/year.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
	INSERT INTO audit_log (at, terminal, username, event, outcome)
	SELECT datetime('2021-01-01', '+' || (i / 500) || ' days'), 'tty1', 'patron', 'login', 'success' FROM n;
	PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
wizard_year_run() {
	launch_wizard "$w/year.db"
	settle
	record wizard.first_year.ms "$(ms_tenths "$start_ns" "$last_ns")"
}

echo "Measuring: $runs runs of the wizard and of dialog at 80x24 (xterm-256color)."
: > "$w/key_times"
run=1
while [ $run -le "$runs" ]; do
	wizard_run
	wizard_year_run
	dialog_form_run
	dialog_menu_run
	run=$((run + 1))
done

# A first screen takes a few milliseconds and varies more from one start
# to the next than between the programs: BENCH_STARTS (20) more starts
# of each, taking turns (the wizard, dialog --form, dialog --menu), join
# the runs' figures.
starts=${BENCH_STARTS-20}
echo "Measuring: $starts more first screens of each."
first_screen_ms() {
	settle
	record "$1" "$(ms_tenths "$start_ns" "$last_ns")"
}
start=1
while [ $start -le "$starts" ]; do
	launch_wizard "$w/template.db"
	first_screen_ms wizard.first.ms
	launch_dialog_form
	first_screen_ms dialog.first.ms
	launch_dialog_menu
	first_screen_ms dialog.first_menu.ms
	start=$((start + 1))
done
tm kill-server > /dev/null 2>&1

# ---- many flows at once on one database ---------------------------------

# bench/flowdriver starts the flows itself (posix_spawn, no shell per
# flow) and gives back the errors, the milliseconds from the first start
# to the last exit, and for the flows together their processor time, the
# time they waited for a core and the time they slept (a lock, the disk).
. "$srcdir/tests/class_lib.sh"
flowdriver=$builddir/bench/flowdriver
read -r hash_one verify_one hash_cost <<EOT
$("$hashbench" 20)
EOT
# A flow hashes a new password and three answers and verifies three
# passwords (PACER login, court login, old CM/ECF password).
cores=$(nproc)
# hash_on_all_cores: one hashbench on each core at once, a line each.
hash_on_all_cores() {
	core=1 hashers=""
	while [ $core -le "$cores" ]; do
		"$hashbench" 5 > "$w/hash.$core" &
		hashers="$hashers $!"
		core=$((core + 1))
	done
	# Only these: the bench may have other children still.
	for hasher in $hashers; do wait "$hasher"; done
	cat "$w"/hash.[0-9]*
	rm -f "$w"/hash.[0-9]*
}
# (make_class uses i and n of its own)
for flows in ${BENCH_FLOWS-1 10 30 100}; do
	make_class "$w" "$flows" > /dev/null
	rm -f "$w/many.db"*
	"$admin" --db "$w/many.db" init > /dev/null
	"$admin" --db "$w/many.db" load "$scenario" --yes > /dev/null
	# A hash's cost moves with what else the machine does (yescrypt
	# needs the memory bus, and costs more while the other cores hash
	# too, as they do in the flows): the bound is taken again just before
	# and just after each N with every core hashing, and the table uses
	# the mean.
	hash_on_all_cores > "$w/hash.before"
	read -r errors ms cpu_ms queued_ms slept_ms <<EOT
$("$flowdriver" "$wizard" "$w/many.db" "$w" "$flows")
EOT
	hash_on_all_cores | cat "$w/hash.before" - | awk -v n="$flows" \
		'{ h += $1; v += $2 } END { printf "many.%s.hash_ms %.2f\nmany.%s.verify_ms %.2f\n", n, h / NR, n, v / NR }' \
		>> "$w/raw"
	record "many.$flows.ms" "${ms:-0}"
	record "many.$flows.errors" "${errors:-$flows}"
	record "many.$flows.cpu_ms" "${cpu_ms:-0}"
	record "many.$flows.slept_ms" $(( ${slept_ms:-0} / flows ))
	record "many.$flows.queued_ms" $(( ${queued_ms:-0} / flows ))
	rm -f "$w"/tr*.answers "$w"/tr*.out
done

# ---- the class report, however long the audit log ----------------------

# 30 trainees, reported with an empty audit log and again after 200,000
# rows of the class's own usernames (the worst case for a report that
# would count them): each timed BENCH_REPORTS (20) times.
rm -f "$w/report.db"* "$w/report-slips.txt"
"$admin" --db "$w/report.db" init > /dev/null
"$admin" --db "$w/report.db" class create --name bench --count 30 --court canb \
	--slips "$w/report-slips.txt" 2> /dev/null
time_reports() {
	i=1
	while [ $i -le "${BENCH_REPORTS-20}" ]; do
		begin=$(now_ns)
		"$admin" --db "$w/report.db" class report --name bench > /dev/null
		end=$(now_ns)
		record "report.$1.ms" "$(ms_tenths "$begin" "$end")"
		i=$((i + 1))
	done
}
echo "Measuring: the class report of 30 trainees with 0 and 200,000 audit rows."
time_reports 0
sqlite3 "$w/report.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
	INSERT INTO audit_log (at, terminal, username, event, outcome)
	SELECT datetime('2021-01-01', '+' || (i / 500) || ' days'), 'tty1',
		(SELECT start_username FROM class_members WHERE position = 1 + i % 30), 'login',
		CASE i % 3 WHEN 0 THEN 'success' WHEN 1 THEN 'wrong username or password' ELSE 'locked' END FROM n;
	PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
time_reports 200000

# ---- over SSH ----------------------------------------------------------

# BENCH_KEEP=DIR keeps the time of every key counted too (key_times, in
# microseconds, in the order the keys were pressed).
[ -n "${BENCH_KEEP:-}" ] && cp "$w/key_times" "$BENCH_KEEP/key_times"

# Wire bytes and TCP packets through a loopback sshd (bench/sshwire.sh);
# without OpenSSH it says why and adds nothing.
sh "$srcdir/bench/sshwire.sh" "$srcdir" "$builddir" "$w/raw" "$runs"

awk -v hash="$hash_one" -v verify="$verify_one" -v cost="$hash_cost" -v cores="$cores" -v runs="$runs" -v starts="$starts" \
	-v date="$(date -u +%Y-%m-%dT%H:%M:%SZ)" -v results="$results" -v keys="$w/key_times" \
	-f "$srcdir/bench/report.awk" "$w/raw"
