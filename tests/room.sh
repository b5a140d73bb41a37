#!/bin/sh
# SPDX-License-Identifier: MIT
# The trainer's view of the room, beside a trainee in a real terminal:
# room --once shows the trainee connected, on the screen and step where
# she is, idle for longer and longer; after three wrong CM/ECF passwords
# a trainee is marked stuck; after the terminal hangs up (SIGHUP) her
# session shows as dropped. class list shows the class; class delete
# and class reset wait for an empty room, and reset --force sends the
# connected trainee back to the start at her next action. The live view opens, refreshes, changes its
# order and what it shows, shows a trainee's events, and quits.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

admin() { "$ADMIN" --db "$database" "$@"; }
room_once() { admin room "$@" --once > "$work_dir/room" 2>&1; }
# row_of USERNAME: that trainee's row of the last room --once.
row_of() { grep -E "^[0-9-]+ +.* $1 " "$work_dir/room"; }
# idle_of USERNAME: her idle time in seconds.
idle_of() { row_of "$1" | grep -oE ' [0-9]+:[0-9]{2} ' | awk -F: '{ print $1 * 60 + $2 }'; }

plan 23
admin class create --name spring --count 2 --court canb --csv --slips "$work_dir/slips.csv" > /dev/null 2>&1
IFS=, read -r _ _ _ user pass _ _ _ _ << EOT
$(tr -d '"' < "$work_dir/slips.csv" | sed -n 2p)
EOT

start_wizard
wait_for "Upgrade my PACER account"
to_person_tab "$user" "$pass"
room_once --class spring
check "room --once shows the trainee connected, on the Upgrade's first tab" \
	sh -c "grep -E ' $user +connected .*Upgrade PACER Account +Upgrade 1/3 ' '$work_dir/room'" ||
	sed 's/^/# /' "$work_dir/room"
check "and her classmate, who never came" sh -c "grep -qE '^2 .* never ' '$work_dir/room'"
admin class list > "$work_dir/classes"
check "class list shows the class with its two trainees" grep -qE '^spring +canb +legacy +[0-9-]+ [0-9:]+ +- +2 +0 +0' "$work_dir/classes"
admin class delete --name spring --yes > /dev/null 2> "$work_dir/err"
check "class delete is refused while a trainee is connected" \
	sh -c "grep -q '1 trainee of spring is connected' '$work_dir/err' && '$ADMIN' --db '$database' class list | grep -q '^spring '"
admin class reset --name spring --yes > /dev/null 2> "$work_dir/err"
check "class reset is refused while a trainee is connected" grep -q "1 trainee of spring is connected" "$work_dir/err"
admin class reset --name spring --yes --force > "$work_dir/out" 2>&1
check "class reset --force resets the class" grep -q "Class spring: 2 trainees are back at the start." "$work_dir/out"
keys Escape
check "and the connected trainee's next action takes her back to the start, saying why" \
	wait_for "The trainer put your practice back at the start"
to_person_tab "$user" "$pass"
room_once --class spring
first_idle=$(idle_of "$user")
sleep 2
room_once --class spring
check "her idle time grows ($first_idle s, then $(idle_of "$user") s)" [ "$(idle_of "$user")" -gt "${first_idle:-99}" ]

# ---- the live view -----------------------------------------------------------------
tmux_cmd new-session -d -s room -x 80 -y 12 -- env LANG=C.UTF-8 TERM=tmux-256color \
	NEXTGEN_WIZARD_DATADIR="$NEXTGEN_WIZARD_DATADIR" NEXTGEN_WIZARD_CONFIG="$NEXTGEN_WIZARD_CONFIG" \
	"$ADMIN" --db "$database" room --class spring
room_screen() { tmux_cmd capture-pane -p -t room 2>/dev/null; }
room_wait() {
	tries=200
	until room_screen | grep -qF -- "$1" || [ $tries -eq 0 ]; do sleep 0.05; tries=$((tries - 1)); done
	[ $tries -gt 0 ]
}
check "the live view opens with the class and its trainees" room_wait "Room: class spring, 2 trainees: 1 connected"
check "at 80 columns it shows the step, idle time and wrong passwords" \
	sh -c "tmux -S '$socket' capture-pane -p -t room | grep -qE '^# +NAME +USERNAME +STATE +STEP +IDLE +FAILED'"
room_wait "Upgrade 1/3"
before=$(room_screen | grep -F "$user")
sleep 2.5
check "it refreshes on its own: the idle time moved" [ "$(room_screen | grep -F "$user")" != "$before" ]
tmux_cmd send-keys -t room s
check "s orders by name" room_wait "order (name)"
tmux_cmd send-keys -t room f
check "f shows only who is connected" sh -c "sleep 0.3; tmux -S '$socket' capture-pane -p -t room | grep -q 'show (connected)' &&
	! tmux -S '$socket' capture-pane -p -t room | grep -q ' never '"
tmux_cmd send-keys -t room Enter
check "Enter shows the trainee's recent events" room_wait "Recent events of"
tmux_cmd send-keys -t room x
room_wait "Room: class spring"
tmux_cmd send-keys -t room q
tries=100
until [ "$(tmux_cmd display -p -t room '#{pane_dead}' 2>/dev/null)" = 1 ] || [ $tries -eq 0 ]; do
	sleep 0.05
	tries=$((tries - 1))
done
check "q leaves the live view" [ $tries -gt 0 ]
tmux_cmd new-session -d -s small -x 40 -y 12 -- env LANG=C.UTF-8 TERM=tmux-256color \
	NEXTGEN_WIZARD_DATADIR="$NEXTGEN_WIZARD_DATADIR" NEXTGEN_WIZARD_CONFIG="$NEXTGEN_WIZARD_CONFIG" \
	"$ADMIN" --db "$database" room --class spring
small_layout() {
	tries=100
	until tmux_cmd capture-pane -p -t small | grep -qE '^NAME +STATE +STEP' || [ $tries -eq 0 ]; do
		sleep 0.05
		tries=$((tries - 1))
	done
	# each trainee on one row: nothing carried onto the next one
	tmux_cmd capture-pane -p -t small | grep -qE '^[^ ].* connected +Upgrade 1/'
}
check "at 40 columns it keeps to who, state and step, one row each" small_layout
# In the 2025 era the live view has an MFA column (in place of the
# username at 80 columns).
"$ADMIN" --db "$database" set era 2025 > /dev/null
tmux_cmd new-session -d -s era -x 80 -y 12 -- env LANG=C.UTF-8 TERM=tmux-256color \
	NEXTGEN_WIZARD_DATADIR="$NEXTGEN_WIZARD_DATADIR" NEXTGEN_WIZARD_CONFIG="$NEXTGEN_WIZARD_CONFIG" \
	"$ADMIN" --db "$database" room --class spring
mfa_column() {
	tries=100
	until tmux_cmd capture-pane -p -t era | grep -qE ' STEP +MFA +IDLE' || [ $tries -eq 0 ]; do
		sleep 0.05
		tries=$((tries - 1))
	done
	tmux_cmd capture-pane -p -t era | grep -qE ' Upgrade 1/3 +off +'
}
check "in the 2025 era the live view shows each trainee's MFA" mfa_column
tmux_cmd kill-session -t era
"$ADMIN" --db "$database" set era 2021 > /dev/null

# ---- stuck, then dropped -------------------------------------------------------------
# (A new terminal: the first one hangs up.)
start_wizard
wait_for "Upgrade my PACER account"
court_login canb chrisdoe2019 'Upgraded!2019'
link_account cdoe 'Wrong!1'
wait_for "Tries left"
for wrong in 'Wrong!2' 'Wrong!3'; do
	keys C-u
	type_text "cdoe"
	keys Tab
	type_text "$wrong"
	keys Enter
	sleep 0.3
done
wait_for "submit a new"
room_once
check "three wrong CM/ECF passwords mark the trainee stuck" sh -c "grep -E ' chrisdoe2019 +connected .* 3 +STUCK' '$work_dir/room'" ||
	sed 's/^/# /' "$work_dir/room"
stop_terminal
room_once --class spring
sed 's/^/# /' "$work_dir/room"
check "after the hang-up the first trainee's session is dropped" sh -c "grep -qE ' $user +dropped ' '$work_dir/room'" ||
	sed 's/^/# /' "$work_dir/room"
room_once
check "and so is Chris's, with no class named" sh -c "grep -qE ' chrisdoe2019 +dropped ' '$work_dir/room'"
# The classmate comes, upgrades, links and quits: a trainee who finished.
IFS=, read -r _ _ _ user2 pass2 _ login2 ecfpass2 _ << EOT
$(tr -d '"' < "$work_dir/slips.csv" | sed -n 3p)
EOT
. "${srcdir:-.}/tests/class_lib.sh"
upgrade_and_link_answers "$user2" "$pass2" trainee2x canb "$login2" "$ecfpass2" > "$work_dir/flow2.answers"
"$WIZARD" --db "$database" --answers "$work_dir/flow2.answers" > "$work_dir/flow2.out" 2>&1
room_once --class spring
check "a trainee who finished and quit has left, linked, still hers" \
	sh -c "grep -qE '^2 .* trainee2x +left .* Linked ' '$work_dir/room'"
admin class delete --name spring --yes > "$work_dir/out" 2>&1
check "once the room is empty, class delete takes the class and its trainees' accounts" \
	sh -c "grep -q 'Deleted the class spring and the accounts of its 2 trainees.' '$work_dir/out' &&
	! '$ADMIN' --db '$database' accounts | grep -q '^$user '"
admin room --class nosuch --once > /dev/null 2> "$work_dir/err"
check "a class that does not exist is named" grep -q "there is no class named nosuch" "$work_dir/err"
tap_finish
