#!/bin/sh
# SPDX-License-Identifier: MIT
# Two sessions on one account, outside a kiosk (a trainee's own account
# over SSH): the second is never offered what the first is typing while
# the first is alive. Once the first has ended, by a hang-up or killed
# outright, the account's next login is offered its draft.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"

# second_login: another session logs in as John, through an answers
# file; prints the screens it reached.
second_login() {
	printf '%s\n' 'start = upgrade' 'pacer-login.username = ja1234' \
		'pacer-login.password = Legacy!2013' 'pacer-login = login' > "$work_dir/second.answers"
	"$WIZARD" --db "$database" --answers "$work_dir/second.answers" 2>&1 | sed -n 's/^Screen: //p'
}
# wizard_pid: the wizard running in the terminal.
wizard_pid() { pgrep -P "$(tmux_cmd display -p -t wizard '#{pane_pid}')" -f nextgen-wizard | head -n 1; }
drafted() { [ "$(sqlite3 "$database" "SELECT count(*) FROM drafts WHERE value = '$1'")" -ge 1 ]; }

plan 10
"$ADMIN" --db "$database" init > /dev/null
start_wizard
to_person_tab ja1234 'Legacy!2013'
fill "Middle Name" "Quentinus"
keys Tab
wait_for "Last Name"
sleep 0.3
check "the first session's typing is drafted" drafted Quentinus
second_login > "$work_dir/screens"
check "a second session on the same account goes to the account" grep -qx account "$work_dir/screens"
if grep -qx draft-offer "$work_dir/screens"; then fail "and is not offered the first one's draft"; else ok "and is not offered the first one's draft"; fi

# The first session's line hangs up.
kill -HUP "$(wizard_pid)"
if wait_exit && [ "$(pane_status)" = 0 ]; then ok "a hang-up ends the first session cleanly"; else fail "a hang-up ends the first session cleanly" "$(screen)"; fi
second_login > "$work_dir/screens"
check "the next login is offered the draft" grep -qx draft-offer "$work_dir/screens"

# Taken up by a new session, then that session is killed outright: its
# mark cannot be taken away, but it dies with the process.
start_wizard
pacer_login ja1234 'Legacy!2013'
expect "a new session is offered it too" "You have an unfinished upgrade from"
keys Enter
expect_line "and takes it up" 'Middle Name: \[Quentinus'
keys C-u
type_text "Quintus"
keys Tab
wait_for "Last Name"
sleep 0.3
second_login > "$work_dir/screens"
if grep -qx draft-offer "$work_dir/screens"; then fail "while it lives, nobody else is offered it"; else ok "while it lives, nobody else is offered it"; fi
kill -KILL "$(wizard_pid)"
wait_exit
second_login > "$work_dir/screens"
check "once it is killed, the next login is offered its draft" grep -qx draft-offer "$work_dir/screens"
check "with what it typed last" drafted Quintus
tap_finish
