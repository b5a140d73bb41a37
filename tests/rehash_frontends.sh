#!/bin/sh
# SPDX-License-Identifier: MIT
# A password stored at a lower cost than libxcrypt's default is made again
# at the next right login, whichever frontend the person uses: the full
# screen, the plain lines through a pipe and an answers file. The demo is
# made at the suite's cost (1); the wizard then runs at the default cost.
. "${srcdir:-.}/tests/tap.sh"
command -v sqlite3 > /dev/null 2>&1 || skip_all "sqlite3 is not installed"
. "${srcdir:-.}/tests/tmux_lib.sh"
. "${srcdir:-.}/tests/routes_lib.sh"

plan 7
"$ADMIN" --db "$database" init > /dev/null
unset NEXTGEN_WIZARD_TEST_HASH_COST
# The cost of a stored password: "$y$" and its parameters.
cost_of() {
	sqlite3 "$database" "SELECT substr(password_hash, 1, instr(substr(password_hash, 4), '\$') + 3)
		FROM pacer_accounts WHERE username = '$1'"
}
suite_cost=$(cost_of mgonzalez2016)
check "the demo is made at the suite's cost 1" test "$suite_cost" = '$y$j75$'

printf 'start = upgrade\npacer-login.username = mgonzalez2016\npacer-login.password = Wrong!2016x\npacer-login = login\n' \
	> "$work_dir/wrong.answers"
"$WIZARD" --db "$database" --answers "$work_dir/wrong.answers" > "$work_dir/wrong.out" 2>&1
check "a wrong password changes no hash" test "$(cost_of mgonzalez2016)" = "$suite_cost"

printf 'start = upgrade\npacer-login.username = mgonzalez2016\npacer-login.password = Upgraded!2016\npacer-login = login\naccount = logout\nstart = quit\n' \
	> "$work_dir/right.answers"
"$WIZARD" --db "$database" --answers "$work_dir/right.answers" > "$work_dir/right.out" 2>&1
default_cost=$(cost_of mgonzalez2016)
check "answers: the right password makes it again at a higher cost" \
	sh -c "[ '$default_cost' != '$suite_cost' ] && grep -q 'logged out of Manage My Account' '$work_dir/right.out'"

printf '1\nchrisdoe2019\nUpgraded!2019\n\n' | env -u TERM "$WIZARD" --plain --db "$database" > "$work_dir/plain.out" 2>&1
check "plain lines through a pipe: made again, at the same cost" test "$(cost_of chrisdoe2019)" = "$default_cost"
check "and the plain session was logged in" grep -q "Log Out" "$work_dir/plain.out"

start_wizard
pacer_login kimlee2020 'Upgraded!2020'
check "the full screen: logged in" wait_for "Account Type"
check "and made again at the same cost" test "$(cost_of kimlee2020)" = "$default_cost"
tap_finish
