#!/bin/sh
# Help on every screen of the wizard: reached by the keys a person would
# press, F1 opens the screen's own help and Esc brings back the same
# screen. On every third screen the window shrinks to 40x12 (a zoomed
# font) before F1, and grows back after Esc.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

# A checklist saved on the way goes to the scratch folder.
export HOME="$work_dir/home"
mkdir -p "$HOME"
template="$work_dir/template.db"
"$ADMIN" --db "$template" init > /dev/null || exit 1
. "${srcdir:-.}/tests/routes_lib.sh"

printf '%s\n' "$routes" > "$work_dir/routes"
plan "$(wc -l < "$work_dir/routes")"
index=0
while IFS='|' read -r name way marker <&3; do
	index=$((index + 1))
	rm -f "$database" "$database-wal" "$database-shm"
	cp "$template" "$database"
	start_wizard
	if ! eval "$way" || ! wait_for "$marker"; then
		fail "$name: reached" "the way there did not end on \"$marker\"; the screen was:" "$(screen)"
		continue
	fi
	size=""
	if [ $((index % 3)) -eq 0 ]; then
		size=small
		tmux_cmd resize-window -t wizard -x 40 -y 12
		sleep 0.2
	fi
	keys F1
	if ! wait_for "Help: "; then
		fail "$name: F1 opens its help${size:+ at 40x12}" "$(screen)"
		continue
	fi
	keys Escape
	wait_gone "Help: "
	[ -n "$size" ] && tmux_cmd resize-window -t wizard -x 80 -y 24
	if wait_gone "Help: " && wait_for "$marker"; then
		ok "$name: F1 opens its help and Esc closes it${size:+ at 40x12}"
	else
		fail "$name: Esc closes the help${size:+ at 40x12}" "$(screen)"
	fi
done 3< "$work_dir/routes"
tap_finish
