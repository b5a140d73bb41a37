# SPDX-License-Identifier: MIT
# make bench: sourced by bench.sh and sshwire.sh.
# settle_on COMMAND...: runs COMMAND every 50 ms until it has printed the
# same line (not empty) five times running, 250 ms without a change, or
# 20 s have passed; that last line is left in current.
settle_on() {
	previous="" stable=0 tries=0 current=""
	while [ $tries -lt 400 ]; do
		sleep 0.05
		tries=$((tries + 1))
		current=$("$@")
		if [ -n "$current" ] && [ "$current" = "$previous" ]; then
			stable=$((stable + 1))
			[ $stable -ge 5 ] && break
		else
			stable=0
			previous=$current
		fi
	done
}
