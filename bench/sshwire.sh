#!/bin/sh
# SPDX-License-Identifier: MIT
# make bench over SSH: what the wizard and dialog cost on the wire when a
# person reaches them through OpenSSH, as on a public terminal's login.
#   sshwire.sh SRCDIR BUILDDIR RAWFILE [RUNS]   (RUNS empty: 1)
# Appends "NAME VALUE" lines to RAWFILE, as bench.sh's record does:
#   ssh.{wizard,dialog}.{first,char,menu_down}.{bytes,packets}
# Without sshd, ssh, ssh-keygen, ss or tmux it says so in one line,
# appends nothing and ends with 0: bench.sh goes on without the figures.
#
# A throwaway sshd listens on a free loopback port with a host key and an
# authorized user key made for this run (as tests/ssh_kiosk.sh does), and
# is killed at exit. ssh -tt runs in an 80x24 tmux pane with
# TERM=xterm-256color, with OpenSSH's built-in defaults (-F /dev/null:
# no compression, the cipher and IPQoS the two ends agree on by default);
# only the key, the host key check, logging and batch mode are set.
#
# What is counted: the TCP connection's counters on sshd's side, read
# with ss -ti (the kernel's tcp_info) before and after a step, once they
# have not moved for 250 ms:
#   bytes:   bytes_acked, the TCP payload from sshd to the client that the
#            client acknowledged: SSH packets with their length, padding
#            and MAC, retransmissions left out (none on loopback).
#   packets: data_segs_out, the TCP segments from sshd that carry payload.
#            Bare ACKs, which answer the client's keystroke packets and
#            are the same for both programs, are left out. sshd sends with
#            TCP_NODELAY on an interactive session, so a segment here is
#            one send of sshd; on loopback a segment may hold up to 64 KiB,
#            where an Ethernet link (MSS 1448) would cut a large screen
#            in several.
# The client's direction (keys, ACKs) is not counted.
# sshd sends what it has read from the terminal so far: writes of the
# program that come close together may go in one SSH packet or in
# several, each with its own 30-odd bytes of SSH framing, depending on
# how busy the machine is. Packets, and so bytes, vary from run to run
# for a program that writes a screen in several calls.
set -u
srcdir=$1 builddir=$2 rawfile=$3 runs=${4:-1}
. "$srcdir/bench/settle.sh"
wizard=$builddir/src/nextgen-wizard admin=$builddir/src/nextgen-admin
export NEXTGEN_WIZARD_DATADIR="$srcdir/data" NEXTGEN_WIZARD_LOCALEDIR="$builddir/locale"

no_figures() {
	echo "bench: no SSH wire figures: $*"
	exit 0
}
sshd_bin=$(command -v sshd || echo /usr/sbin/sshd)
[ -x "$sshd_bin" ] || no_figures "sshd is not installed (openssh-server)"
for tool in ssh ssh-keygen ss tmux; do
	command -v $tool > /dev/null 2>&1 || no_figures "$tool is not installed"
done
command -v dialog > /dev/null 2>&1 || no_figures "dialog is not installed"
# sshd running as root wants its privilege separation folder, which the
# ssh service makes at boot.
if [ "$(id -u)" -eq 0 ] && [ ! -d /run/sshd ]; then
	mkdir -p /run/sshd && chmod 0755 /run/sshd || no_figures "/run/sshd cannot be made"
fi

w=$(mktemp -d "${TMPDIR:-/tmp}/ngw-sshwire-XXXXXX") || no_figures "no temporary folder"
sock=$w/tmux.sock sshd_pid=""
trap 'tmux -S "$sock" kill-server > /dev/null 2>&1; [ -n "$sshd_pid" ] && kill "$sshd_pid" 2> /dev/null; rm -rf "$w"' EXIT
chmod 0700 "$w"
ssh-keygen -q -t ed25519 -N '' -f "$w/host_key" > /dev/null &&
	ssh-keygen -q -t ed25519 -N '' -f "$w/user_key" > /dev/null &&
	cp "$w/user_key.pub" "$w/authorized_keys" || no_figures "ssh-keygen failed"

# start_sshd PORT: sshd on 127.0.0.1:PORT, listening once it returns 0.
start_sshd() {
	printf 'Port %s\nListenAddress 127.0.0.1\nHostKey %s\nPidFile %s\nAuthorizedKeysFile %s\n' \
		"$1" "$w/host_key" "$w/sshd.pid" "$w/authorized_keys" > "$w/sshd_config"
	printf 'PubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n' \
		>> "$w/sshd_config"
	printf 'UsePAM no\nStrictModes no\nPrintMotd no\nPrintLastLog no\n' >> "$w/sshd_config"
	"$sshd_bin" -D -e -f "$w/sshd_config" > "$w/sshd.log" 2>&1 &
	sshd_pid=$!
	tries=0
	while [ $tries -lt 50 ]; do
		grep -q "Server listening" "$w/sshd.log" 2> /dev/null && return 0
		kill -0 "$sshd_pid" 2> /dev/null || break
		sleep 0.1
		tries=$((tries + 1))
	done
	kill "$sshd_pid" 2> /dev/null
	sshd_pid=""
	return 1
}

# A free high port: one nothing listens on, tried until sshd gets one.
port="" attempt=0
while [ -z "$port" ] && [ $attempt -lt 5 ]; do
	candidate=$((20000 + ($$ + attempt * 7919) % 40000))
	attempt=$((attempt + 1))
	[ -n "$(ss -tlnH "( sport = :$candidate )")" ] && continue
	start_sshd $candidate && port=$candidate
done
[ -n "$port" ] || no_figures "sshd does not start here: $(tail -n 1 "$w/sshd.log")"

printf 'set-option -g status off\nset-option -g remain-on-exit on\n' > "$w/tmux.conf"
tm() { tmux -S "$sock" "$@"; }
keys() { tm send-keys -t s "$@"; }
screen() { tm capture-pane -p -t s; }

# quote WORD: WORD for the remote login shell, single-quoted.
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# wire: "BYTES PACKETS" sent so far on the connection, sshd's side (see
# the top of this file); empty while there is no connection.
wire() {
	ss -tinH state established "( sport = :$port )" |
		awk '{ for (i = 1; i <= NF; i++) {
			if ($i ~ /^bytes_acked:/) { split($i, f, ":"); bytes = f[2] }
			if ($i ~ /^data_segs_out:/) { split($i, f, ":"); segs = f[2] }
		} }
		END { if (bytes != "") print bytes + 0, segs + 0 }'
}

# settle: waits until the counters have not moved for 250 ms (the program
# has drawn, sshd has sent it and the client has acknowledged it); sets
# bytes and packets.
settle() {
	settle_on wire
	bytes=${current%% *} packets=${current##* }
	[ -n "$bytes" ] || bytes=0 packets=0
}

# launch COMMAND...: a fresh 80x24 terminal logged in over ssh, whose
# remote command waits on a fifo and then becomes COMMAND. Returns with
# the session up and quiet, its counters in from_bytes and from_packets,
# and COMMAND started.
launch() {
	tm kill-server > /dev/null 2>&1
	while tm has-session > /dev/null 2>&1; do sleep 0.05; done
	# The previous connection must be gone: wire reads the only one.
	tries=0
	while [ -n "$(wire)" ] && [ $tries -lt 100 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
	rm -f "$sock" "$w/go" "$w/ready"
	mkfifo "$w/go"
	remote=""
	for word in env LANG=C.UTF-8 TERM=xterm-256color "$@"; do remote="$remote $(quote "$word")"; done
	tm -f "$w/tmux.conf" new-session -d -x 80 -y 24 -s s -- \
		env TERM=xterm-256color ssh -tt -F /dev/null -i "$w/user_key" -o IdentitiesOnly=yes \
		-o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
		-o LogLevel=ERROR -p "$port" "$(id -un)@127.0.0.1" \
		": > $(quote "$w/ready"); read x < $(quote "$w/go"); exec$remote"
	tries=0
	while [ ! -e "$w/ready" ] && [ $tries -lt 200 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
	[ -e "$w/ready" ] || return 1
	settle
	from_bytes=$bytes from_packets=$packets
	echo go > "$w/go"
}

record() { echo "$1 $2" >> "$w/raw"; }
# record_since NAME: the bytes and packets since from_bytes and
# from_packets, once the wire is quiet.
record_since() {
	settle
	record "$1.bytes" $((bytes - from_bytes))
	record "$1.packets" $((packets - from_packets))
}
# step NAME KEYS...: sends the keys and records what went on the wire.
step() {
	name=$1
	shift
	settle
	from_bytes=$bytes from_packets=$packets
	"$@"
	record_since "$name"
}
# type_ten NAME: ten characters typed one by one, each drawn before the
# next; records the mean of one, to a tenth.
type_ten() {
	settle
	from_bytes=$bytes from_packets=$packets
	for c in a b c d e f g h i j; do
		keys -l "$c"
		settle
	done
	record "$1.bytes" "$(echo $((bytes - from_bytes)) | awk '{ printf "%.1f", $1 / 10 }')"
	record "$1.packets" "$(echo $((packets - from_packets)) | awk '{ printf "%.1f", $1 / 10 }')"
}
# reached TEXT: the screen shows TEXT; otherwise the figures would be of
# something else, and the run gives none.
reached() {
	screen | grep -qF -- "$1" && return 0
	echo "bench: no SSH wire figures: \"$1\" was not reached over ssh; the screen was:"
	screen
	exit 0
}

wizard_run() {
	rm -f "$w/wizard.db"*
	"$admin" --db "$w/wizard.db" init > /dev/null || no_figures "nextgen-admin init failed"
	launch NEXTGEN_WIZARD_DATADIR="$NEXTGEN_WIZARD_DATADIR" NEXTGEN_WIZARD_LOCALEDIR="$NEXTGEN_WIZARD_LOCALEDIR" \
		"$wizard" --db "$w/wizard.db" || no_figures "the ssh session did not start"
	record_since ssh.wizard.first
	reached "> 1  "
	step ssh.wizard.menu_down keys Down
	reached "> 2  "
	keys Up
	keys 1
	settle
	reached "Manage My Account Login"
	type_ten ssh.wizard.char
	reached "abcdefghij"
}

dialog_run() {
	launch dialog --form "Upgrade PACER Account: Person" 20 70 7 \
		"Prefix:" 1 1 "" 1 18 30 0 "First Name *:" 2 1 "John" 2 18 30 0 \
		"Middle Name:" 3 1 "" 3 18 30 0 "Last Name *:" 4 1 "Attorney" 4 18 30 0 \
		"Suffix:" 5 1 "" 5 18 30 0 "Date of Birth *:" 6 1 "" 6 18 30 0 \
		"User Type *:" 7 1 "" 7 18 30 0 || no_figures "the ssh session did not start"
	record_since ssh.dialog.first
	reached "Date of Birth"
	# The Middle Name field, empty, as bench.sh types into.
	keys Down Down
	type_ten ssh.dialog.char
	reached "abcdefghij"
	launch dialog --menu "Your Account" 15 60 6 1 "Link a CM/ECF account to my PACER account" \
		2 "Change PACER Exemption Status" 3 "Maintain Your Login/Password" \
		4 "Change Client Code" 5 "Review Billing History" 6 "Back" ||
		no_figures "the ssh session did not start"
	settle
	reached "Review Billing History"
	step ssh.dialog.menu_down keys Down
}

echo "Measuring: $runs runs over ssh to a loopback sshd ($(ssh -V 2>&1 | cut -d, -f1))."
: > "$w/raw"
run=1
while [ $run -le "$runs" ]; do
	wizard_run
	dialog_run
	run=$((run + 1))
done
cat "$w/raw" >> "$rawfile"
