#!/bin/sh
# SPDX-License-Identifier: MIT
# Keystroke fuzzing of the curses frontend: the real wizard in a real
# terminal (tmux) is taken to each screen by the keys a person would
# press, then given a random stream there: printable text, UTF-8 whole
# and broken, control keys, Tab, Shift-Tab, Enter, Esc, arrows, F-keys,
# escape sequences cut in half, bursts of paste, and resizes to random
# sizes down to tiny ones. Every other screen runs as a kiosk, where
# Ctrl-Z, Ctrl-C and Ctrl-\ are keys too.
# Passes when the wizard never crashes (nor reports a sanitizer error),
# still answers Ctrl-L within a second, and the database passes
# integrity_check. The seed is printed: FUZZ_SEED=N replays a run.
#   FUZZ_KEYS_SECONDS  seconds of random keys per screen (default 1)
#   FUZZ_TOTAL_SECONDS or this many seconds shared out between the screens
#   FUZZ_SAMPLE        how many screens, chosen by the seed (default: 8
#                      under make check, every screen under make fuzz or
#                      with FUZZ_TOTAL_SECONDS or FUZZ_SCREENS; 0 is all)
#   FUZZ_SEED          the seed (default: the clock)
#   FUZZ_SCREENS       only the screens whose names match this regex
#   FUZZ_DEBUG         on a missed redraw, what the program last wrote
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
# A checklist saved by the random keys goes to the scratch folder.
export HOME="$work_dir/home"
mkdir -p "$HOME"
seconds=${FUZZ_KEYS_SECONDS:-1}
seed=${FUZZ_SEED:-$(date +%s)}
template="$work_dir/template.db"
"$ADMIN" --db "$template" init > /dev/null || exit 1
# Half the screens are tried at a kiosk, which needs a staff passphrase.
printf 'Staff!Pass1\n' | "$ADMIN" --db "$template" set kiosk-passphrase > /dev/null 2>&1 || exit 1
sqlite3 "$template" 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null


# ---- the random stream ------------------------------------------------

# chunk N KIOSK: N random keys as hex bytes for tmux send-keys -H.
chunk_number=0
chunk() {
	chunk_number=$((chunk_number + 1))
	awk -v seed="$((seed + chunk_number))" -v n="$1" -v kiosk="$2" 'BEGIN {
		srand(seed)
		split("09 0d 1b 7f|1b 5b 5a|1b 5b 41|1b 5b 42|1b 5b 43|1b 5b 44|1b 4f 41|1b 4f 42|1b 4f 43|1b 4f 44|1b 5b 48|1b 5b 46|1b 5b 35 7e|1b 5b 36 7e|1b 4f 50|1b 4f 51|1b 4f 52|1b 4f 53|1b 5b 31 35 7e|1b 5b 33 7e|1b 5b 32 30 7e", keys, "|")
		split("c3 a9|c3 b1|e2 80 94|f0 9f 98 80|d0 96|e4 b8 ad|cc 81", utf8, "|")
		split("c3|80|e2 80|ff|fe|f8 88 80 80 80|c0 af|ed a0 80", broken, "|")
		split("1b 5b|1b 4f|1b 5b 31|1b 5b 31 35|1b", cut, "|")
		out = ""
		for (i = 0; i < n; i++) {
			r = rand()
			if (r < 0.30) {
				len = 1 + int(rand() * 6)
				for (j = 0; j < len; j++) out = out sprintf(" %02x", 32 + int(rand() * 95))
			} else if (r < 0.55) {
				out = out " " keys[1 + int(rand() * 21)]
			} else if (r < 0.65) {
				out = out " " utf8[1 + int(rand() * 7)]
			} else if (r < 0.72) {
				out = out " " broken[1 + int(rand() * 8)]
			} else if (r < 0.80) {
				out = out " " cut[1 + int(rand() * 5)]
			} else if (r < 0.95) {
				c = 1 + int(rand() * 31)
				# Outside a kiosk Ctrl-Z stops the program as in any
				# shell; Ctrl-X is the staff key, kept for kiosks.
				if (!kiosk && c == 26) c = 12
				out = out sprintf(" %02x", c)
			} else {
				len = 20 + int(rand() * 60)
				for (j = 0; j < len; j++) out = out sprintf(" %02x", 32 + int(rand() * 95))
			}
		}
		print out
	}'
}

# random BELOW: a number from 0 to BELOW-1, from the seed.
random_number=0
random() {
	random_number=$((random_number + 1))
	awk -v seed="$((seed * 7 + random_number))" -v below="$1" 'BEGIN { srand(seed); print int(rand() * below) }'
}


sent=0 covered=0 quits=0
problems=""
echo "# seed $seed (FUZZ_SEED=$seed replays it)"
# Numbered as in the full list, so a replay of one screen is the same.
printf '%s\n' "$routes" | awk '{ print NR "|" $0 }' | grep -E "^[0-9]+\|(${FUZZ_SCREENS:-.*})\|" \
	> "$work_dir/routes"
# A short run fuzzes a sample of the screens, another one for each seed.
sample=${FUZZ_SAMPLE:-8}
[ -n "${FUZZ_TOTAL_SECONDS:-}${FUZZ_SCREENS:-}" ] && sample=${FUZZ_SAMPLE:-0}
if [ "$sample" -gt 0 ]; then
	awk -v seed="$seed" 'BEGIN { srand(seed) } { print rand() "\t" $0 }' "$work_dir/routes" |
		sort -n | head -n "$sample" | cut -f2- | sort -t'|' -k1,1n > "$work_dir/sample"
	mv "$work_dir/sample" "$work_dir/routes"
fi
screen_count=$(wc -l < "$work_dir/routes")
if [ -n "${FUZZ_TOTAL_SECONDS:-}" ]; then
	seconds=$((FUZZ_TOTAL_SECONDS / screen_count))
	[ "$seconds" -ge 1 ] || seconds=1
fi
echo "# $seconds s of keys on each of $screen_count screens"
plan "$screen_count"
# answers_a_line: in the plain lines (a "== Title ==" heading on the
# screen), an empty line is answered within a second.
answers_a_line() {
	screen | grep -q '^== .* ==$' && output_grows_after Enter
}

while IFS='|' read -r index name way marker <&3; do
	kiosk=$((index % 2))
	chunk_number=$((index * 100000))
	random_number=$((index * 100000))
	rm -f "$database" "$database-wal" "$database-shm"
	cp "$template" "$database"
	if [ $kiosk -eq 1 ]; then start_wizard --kiosk; else start_wizard; fi
	watch_output
	wait_for "Upgrade my PACER account"
	if ! eval "$way" || ! wait_for "$marker"; then
		fail "$name: reached" "the way there did not end on \"$marker\"; the screen was:" "$(screen)"
		continue
	fi
	covered=$((covered + 1))
	problem=""
	deadline=$(( $(date +%s) + seconds ))
	while [ "$(date +%s)" -lt "$deadline" ]; do
		# shellcheck disable=SC2046
		last_chunk=$(chunk 12 $kiosk)
		# shellcheck disable=SC2086
		keys -H $last_chunk
		sent=$((sent + 12))
		if [ "$(random 8)" -eq 0 ]; then
			tmux_cmd resize-window -t wizard -x "$((4 + $(random 120)))" -y "$((2 + $(random 40)))"
		fi
		if [ -s "$work_dir/status" ]; then
			break
		fi
	done
	sleep 0.2
	if [ -s "$work_dir/status" ]; then
		status=$(pane_status)
		if [ "$status" = 0 ] && [ $kiosk -eq 0 ]; then
			quits=$((quits + 1))	# the keys chose Quit or Leave: allowed
		else
			problem="the wizard ended with status $status"
		fi
	else
		tmux_cmd resize-window -t wizard -x 80 -y 24
		# The keys may have chosen Screen reader mode: lines answer a
		# line, not Ctrl-L.
		if ! answers_redraw && ! answers_a_line; then
			problem="no redraw within a second of Ctrl-L (the last keys: $last_chunk)"
			[ -n "${FUZZ_DEBUG:-}" ] && { sleep 2; answers_redraw && problem="$problem (a second Ctrl-L was answered)"; tail -c 300 "$work_dir/pipe" | od -c | tail -8; }
		fi
	fi
	integrity=$(sqlite3 "$database" 'PRAGMA integrity_check' 2>&1)
	[ "$integrity" = ok ] || problem="$problem; integrity_check: $integrity"
	if ls "$TOP_BUILDDIR"/sanitizer-reports/* > /dev/null 2>&1; then
		problem="$problem; a sanitizer report: $(cat "$TOP_BUILDDIR"/sanitizer-reports/* | head -5)"
	fi
	if [ -z "$problem" ]; then
		ok "$name: fuzzed$( [ $kiosk -eq 1 ] && echo ' (kiosk)')"
	else
		fail "$name: fuzzed$( [ $kiosk -eq 1 ] && echo ' (kiosk)')" "$problem" \
			"replay: FUZZ_SEED=$seed FUZZ_KEYS_SECONDS=$seconds FUZZ_SCREENS=$name" \
			"the screen was:" "$(screen)"
	fi
done 3< "$work_dir/routes"
echo "# $sent random keys on $covered screens ($quits runs ended by a chosen Quit); seed $seed"
tap_finish
