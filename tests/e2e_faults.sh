#!/bin/sh
# SPDX-License-Identifier: MIT
# A storage fault in a real terminal: the database's folder is moved away
# while a person logs in. The screen says so in words, the typed username
# stays, and once the folder is back the same login works; the database
# passes integrity_check.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 6
command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
class="$work_dir/class"
start_wizard 80 24 --db "$class/wizard.db"
keys 1
wait_for "Manage My Account Login"
type_text "pr2010"
keys Tab
type_text "Inactive!2010"
mv "$class" "$class.moved"
keys Enter
expect_joined "the screen says the database was moved" "was moved or deleted while in use"
expect_line "the username typed is still there" 'Username \*: \[pr2010'
mv "$class.moved" "$class"
# The focus stays on the password, which is typed again as after any failure.
type_text "Inactive!2010"
keys Enter
expect "with the folder back, the same login works" "Account Type: Legacy PACER Account"
check "the database passes integrity_check" [ "$(sqlite3 "$class/wizard.db" 'PRAGMA integrity_check')" = ok ]
keys Escape
wait_for "Upgrade my PACER account"
keys 8
if wait_exit; then ok "the wizard ends normally"; else fail "the wizard ends normally" "$(screen)"; fi
check "with status 0" [ "$(pane_status)" = 0 ]
tap_finish
