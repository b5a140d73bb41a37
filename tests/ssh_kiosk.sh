#!/bin/sh
# SPDX-License-Identifier: MIT
# The wizard over a real OpenSSH connection, set up as doc/sshd_config.example
# says: a throwaway sshd on a loopback port whose ForceCommand runs the
# wizard and nothing else. A person logs in with ssh -tt, types on the
# Person tab, and the connection drops: the wizard ends (SIGHUP), the
# draft is in the database, and the next login offers it back. Ctrl-Z
# does nothing: no shell could bring the wizard back.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

sshd_bin=$(command -v sshd || echo /usr/sbin/sshd)
[ -x "$sshd_bin" ] && command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 ||
	skip_all "OpenSSH (openssh-server, openssh-client) is not installed"
command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 is not installed"
# sshd running as root wants its privilege separation folder, which the
# ssh service makes at boot.
if [ "$(id -u)" -eq 0 ] && [ ! -d /run/sshd ]; then mkdir -p /run/sshd && chmod 0755 /run/sshd; fi

ssh_dir="$work_dir/ssh"
mkdir -p "$ssh_dir" && chmod 0700 "$ssh_dir"
ssh-keygen -q -t ed25519 -N '' -f "$ssh_dir/host_key" &&
ssh-keygen -q -t ed25519 -N '' -f "$ssh_dir/user_key" &&
cp "$ssh_dir/user_key.pub" "$ssh_dir/authorized_keys" || skip_all "ssh-keygen failed"

start_sshd() {
	port=$1
	{
		printf 'Port %s\nListenAddress 127.0.0.1\nHostKey %s\nPidFile %s\n' \
			"$port" "$ssh_dir/host_key" "$ssh_dir/sshd.pid"
		printf 'AuthorizedKeysFile %s\nPubkeyAuthentication yes\n' "$ssh_dir/authorized_keys"
		printf 'PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n'
		# The example as documented, for this user and this database; the
		# wizard from the build tree instead of the installed one.
		sed -e "s|USER|$(id -un)|" -e "s|DATABASE|$database|" \
		    -e "s|ForceCommand nextgen-wizard|ForceCommand env NEXTGEN_WIZARD_DATADIR=$NEXTGEN_WIZARD_DATADIR $WIZARD|" \
		    "$TOP_SRCDIR/doc/sshd_config.example"
	} > "$ssh_dir/sshd_config"
	"$sshd_bin" -D -e -f "$ssh_dir/sshd_config" > "$ssh_dir/sshd.log" 2>&1 &
	sshd_pid=$!
	for _ in $(seq 1 50); do
		grep -q "Server listening" "$ssh_dir/sshd.log" 2>/dev/null && return 0
		kill -0 $sshd_pid 2>/dev/null || return 1
		sleep 0.1
	done
	return 1
}
stop_sshd() { [ -n "${sshd_pid:-}" ] && kill "$sshd_pid" 2>/dev/null; }
trap 'stop_sshd; cleanup' EXIT

port=$(( 20000 + $$ % 20000 ))
started=no
for _ in 1 2 3 4 5; do
	if start_sshd $port; then started=yes; break; fi
	port=$((port + 1))
done
[ $started = yes ] || skip_all "sshd does not start here: $(tail -1 "$ssh_dir/sshd.log")"

plan 8
"$ADMIN" --db "$database" init > /dev/null
tmux_cmd kill-server >/dev/null 2>&1
printf 'set-option -g remain-on-exit on\nset-option -g status off\n' > "$work_dir/tmux.conf"
tmux -S "$socket" -f "$work_dir/tmux.conf" new-session -d -x 80 -y 24 -s wizard -- \
	env TERM=tmux-256color ssh -tt -i "$ssh_dir/user_key" -o StrictHostKeyChecking=no \
	-o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -p "$port" "$(id -un)@127.0.0.1"
expect "ssh -tt reaches the wizard, and only the wizard" "PRACTICE SYSTEM"
keys C-z
sleep 0.5
keys Down
expect_line "Ctrl-Z leaves the wizard running (no shell to come back to)" '> 2  Link my CM/ECF account'
keys Up
pacer_login ja1234 'Legacy!2013'
expect "the login screen works over SSH" "Account Type: Legacy PACER Account"
keys Enter
wait_for "Step 1 of 3"
type_birth_and_user_type
keys Tab
sleep 0.5

# The connection drops: the client is killed outright.
pkill -KILL -f "ssh -tt -i $ssh_dir/user_key" 
gone=no
for _ in $(seq 1 100); do
	pgrep -f "nextgen-wizard --db $database" >/dev/null || { gone=yes; break; }
	sleep 0.1
done
check "the wizard on the server ends when the connection drops" [ $gone = yes ]
saved=$(sqlite3 "$database" "SELECT group_concat(field || '=' || value, ' ') FROM drafts
	WHERE field IN ('birth-date', 'user-type') ORDER BY field")
check "the typed fields were kept as a draft ($saved)" [ "$saved" = "birth-date=03/14/1970 user-type=Attorney" ]

start_wizard
pacer_login ja1234 'Legacy!2013'
expect "the next login offers it back" "You have an unfinished upgrade from"
keys Enter
expect_line "with the date typed over SSH" 'Date of Birth \*: \[03/14/1970'
check "the database passes integrity_check" [ "$(sqlite3 "$database" 'PRAGMA integrity_check')" = ok ]
tap_finish
