#!/bin/sh
# The README's screen captures, taken from the real wizard in a real
# 80x24 terminal (tmux), walking John Attorney's upgrade and link with the
# keyboard as a person would. The practice date is fixed, so the same
# program gives the same captures.
#
#   doc/captures.sh [--check] [WIZARD]
#
# writes the captures into README between its "captures" marker lines, or
# with --check only says (exit 1) whether README is out of date. WIZARD
# is the built program (default: src/nextgen-wizard).
set -u
check=no
[ "${1:-}" = --check ] && { check=yes; shift; }
top=$(cd "$(dirname "$0")/.." && pwd)
wizard=${1:-$top/src/nextgen-wizard}
readme=$top/README
command -v tmux >/dev/null 2>&1 || { echo "captures.sh: tmux is not installed" >&2; exit 2; }
[ -x "$wizard" ] || { echo "captures.sh: no program at $wizard; build first" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-captures-XXXXXX") || exit 2
socket=$work/tmux.sock
trap 'tmux -S "$socket" kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT

keys() { tmux -S "$socket" send-keys -t captures "$@"; }
type_text() { tmux -S "$socket" send-keys -t captures -l "$1"; }
screen() { tmux -S "$socket" capture-pane -p -t captures; }
# commit LABEL: Enter on a permanent button once the cursor is on it and
# the wizard's clock (a file here) says the screen was quiet long enough.
commit() {
	tries=0
	until [ $tries -ge 200 ]; do
		x=$(tmux -S "$socket" display -p -t captures '#{cursor_x}')
		y=$(tmux -S "$socket" display -p -t captures '#{cursor_y}')
		screen | sed -n "$((y + 1))p" | cut -c$((x + 1))- | grep -qF -- "$1" && break
		sleep 0.05
		tries=$((tries + 1))
	done
	clock=$(( $(cat "$work/clock") + 2 ))
	echo "$clock" > "$work/clock"
	keys Enter
}
wait_for() {
	tries=0
	while ! screen | grep -qF -- "$1"; do
		tries=$((tries + 1))
		if [ $tries -gt 200 ]; then
			echo "captures.sh: \"$1\" never came; the screen was:" >&2
			screen >&2
			exit 2
		fi
		sleep 0.05
	done
}

# capture TITLE: the screen as it is now, framed, into the captures file.
capture() {
	# The screen is read once it has settled: the same twice in a row.
	screen > "$work/before"
	while sleep 0.2 && screen > "$work/now" && ! cmp -s "$work/before" "$work/now"; do
		mv "$work/now" "$work/before"
	done
	{
		printf '%s\n\n' "$1"
		printf '    +%s+\n' "$(printf '%080d' 0 | tr 0 -)"
		# Padded by characters, not bytes: the banner has a dash of three.
		while IFS= read -r line; do
			width=$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)
			printf "    |%s%$((80 - width))s|\n" "$line" ""
		done < "$work/now"
		printf '    +%s+\n\n' "$(printf '%080d' 0 | tr 0 -)"
	} >> "$work/captures"
}

printf 'set-option -g status off\n' > "$work/tmux.conf"
echo 0 > "$work/clock"
tmux -S "$socket" -f "$work/tmux.conf" new-session -d -x 80 -y 24 -s captures -- \
	env LANG=C.UTF-8 TERM=xterm-256color NEXTGEN_WIZARD_DATADIR="$top/data" \
	NEXTGEN_WIZARD_TEST_CLOCK="$work/clock" \
	NEXTGEN_WIZARD_LOCALEDIR="${NEXTGEN_WIZARD_LOCALEDIR:-$top/locale}" "$wizard" --db "$work/wizard.db" --as-of 2021-03-01
: > "$work/captures"

wait_for "Upgrade my PACER account"
capture "The start screen:"
keys 1
wait_for "Manage My Account Login"
type_text ja1234
keys Tab
type_text 'Legacy!2013'
wait_for "Username *: [ja1234"
capture "Manage My Account: the password shows a star for each character, never itself."
keys Enter
wait_for "Account Type: Legacy PACER Account"
capture "John's legacy account, with the notice PACER showed:"
keys Enter
wait_for "Step 1 of 3"
capture "The Upgrade's Person tab, filled from the account:"
i=0; while [ $i -lt 5 ]; do keys Tab; i=$((i + 1)); done
type_text 03/14/1970
keys Tab Space
wait_for "-- Commercial --"
keys Down Down Down Down Down Down Down Down Down Down Enter
keys Tab Enter
wait_for "Step 2 of 3"
i=0; while [ $i -lt 11 ]; do keys Tab; i=$((i + 1)); done
keys Enter
wait_for "Step 3 of 3"
for text in jattorney2021 'Linked!2021' 'Linked!2021' "What was the name of your f" "Rex the dog" \
	"In what city were" Fresno "What was your first" Corolla; do
	type_text "$text"
	keys Tab
done
keys BTab
wait_for "the same in both fields"
capture "The Security tab: the password rules met so far, as they are typed."
keys Enter
commit Submit
wait_for "Your PACER account is now upgraded."
capture "Upgrade Complete, in PACER's words:"
keys Enter
wait_for "Account Type: Upgraded PACER Account"
keys Escape
wait_for "You have logged out"
keys 2
wait_for "Which court's Document"
type_text canb
keys Enter
wait_for "PACER LOGIN"
keys C-u
type_text jattorney2021
keys Tab
type_text 'Linked!2021'
keys Enter
wait_for "[ Utilities ]"
keys Enter
wait_for "[Your Account]"
keys 1
wait_for "CM/ECF login *:"
type_text jattorney
keys Tab
type_text 'Canb!Ecf2019'
wait_for "CM/ECF login *: [jattorney"
capture "At the court: Utilities, \"Link a CM/ECF account to my PACER account\":"
keys Enter
wait_for "Do you want to link these accounts?"
capture "The confirmation, with both names:"
keys BTab
commit Submit
wait_for "You have successfully linked"
keys Enter
wait_for "[ Adversary ]"
capture "Linked: the court's filing menus appear."

# README: everything up to the begin marker, the captures, the end marker on.
begin='-- begin captures (doc/captures.sh writes them; do not edit by hand) --'
end='-- end captures --'
grep -qxF -- "$begin" "$readme" && grep -qxF -- "$end" "$readme" ||
	{ echo "captures.sh: README has no capture markers" >&2; exit 2; }
awk -v begin="$begin" -v end="$end" -v file="$work/captures" '
	$0 == begin { print; print ""; while ((getline line < file) > 0) print line; skip = 1; next }
	$0 == end { skip = 0 }
	!skip { print }' "$readme" > "$work/README"
if [ $check = yes ]; then
	if cmp -s "$readme" "$work/README"; then
		echo "README's captures are up to date."
		exit 0
	fi
	diff -u "$readme" "$work/README" | head -40
	echo "README's captures are out of date: run doc/captures.sh" >&2
	exit 1
fi
cp "$work/README" "$readme"
echo "Wrote the captures into README."
