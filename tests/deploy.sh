#!/bin/sh
# SPDX-License-Identifier: MIT
# doc/deploy.md's public terminal, as far as it can run without touching
# the machine's users and boot: the kiosk user's login shell
# (doc/deploy/nextgen-kiosk) started in a real terminal shows the kiosk's
# start screen and keeps Ctrl-C; staff leave with the passphrase. The
# getty drop-in logs in the user that deploy.md creates.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 10
"$ADMIN" --db "$database" init > /dev/null
printf 'Staff!Pass1\n' | "$ADMIN" --db "$database" set kiosk-passphrase > /dev/null 2>&1
# The shell runs "nextgen-wizard" from PATH, as an installed one would.
PATH="$(dirname "$WIZARD"):$PATH" NEXTGEN_KIOSK_DB="$database" \
	WIZARD="$TOP_SRCDIR/doc/deploy/nextgen-kiosk" start_wizard
expect "the kiosk user's shell shows the start screen" "1  Upgrade my PACER account"
if screen | grep -qF "Quit"; then fail "in kiosk mode: no Quit" "$(screen)"; else ok "in kiosk mode: no Quit"; fi
keys C-c
sleep 0.5
check "Ctrl-C does not end it" [ ! -s "$work_dir/status" ]
keys C-x
wait_for "Staff passphrase"
type_text 'Staff!Pass1'
keys Enter
if wait_exit && [ "$(pane_status)" = 0 ]; then ok "staff leave with the passphrase"; else fail "staff leave with the passphrase" "$(screen)"; fi

dropin="$TOP_SRCDIR/doc/deploy/getty-autologin.conf"
user=$(sed -n 's/.*--autologin \([^ ]*\) .*/\1/p' "$dropin")
check "the getty drop-in clears getty's ExecStart before giving its own" \
	sh -c "grep -qx 'ExecStart=' '$dropin' && grep -q '^ExecStart=-/sbin/agetty --autologin' '$dropin'"
check "it logs in the user deploy.md creates ($user), whose shell is the kiosk script" \
	grep -qE "useradd .*--shell /usr/local/sbin/nextgen-kiosk $user\$" "$TOP_SRCDIR/doc/deploy.md"

# The ways around the wizard closed: each file of doc/deploy is in the
# recipe, and the recipe does what its lines say.
unexplained=""
for file in "$TOP_SRCDIR"/doc/deploy/*; do
	grep -qF "$(basename "$file")" "$TOP_SRCDIR/doc/deploy.md" || unexplained="$unexplained $(basename "$file")"
done
check "every file of doc/deploy is in deploy.md's recipe (not:$unexplained)" [ -z "$unexplained" ]
check "the sysctl file turns the SysRq keys off" grep -qx 'kernel.sysrq = 0' "$TOP_SRCDIR/doc/deploy/sysctl-nextgen-kiosk.conf"
recipe=$(sed -n '/^\*\*Close the ways around the wizard/,/^\*\*Readable for low vision/p' "$TOP_SRCDIR/doc/deploy.md")
closed=""
for step in "systemctl mask ctrl-alt-del.target" "hushlogin ~nextgen-kiosk/.hushlogin" "/etc/sysctl.d/" \
	"/etc/systemd/logind.conf.d/" "grub-mkpasswd-pbkdf2" "BIOS"; do
	case $recipe in *"$step"*) ;; *) closed="$closed [$step]" ;; esac
done
check "the recipe masks Ctrl-Alt-Del, hushes login, and covers SysRq, the consoles and the boot (missing:$closed)" \
	[ -z "$closed" ]

# The accessibility recipe's packages (speech, braille, the mixer): the
# ones this Debian can install, as its apt-cache knows them.
packages=$(sed -n '/^\*\*Speech, braille and sound\*\*/,/^\*\*Leaving kiosk mode/p' "$TOP_SRCDIR/doc/deploy.md" |
	sed -n 's/^ *sudo apt-get install //p' | tr ' ' '\n' | sort -u | tr '\n' ' ')
packages=${packages% }
if ! command -v apt-cache >/dev/null 2>&1; then
	ok "# SKIP apt-cache is not here to ask for: $packages"
elif [ -z "$packages" ]; then
	fail "deploy.md names the accessibility packages" "no 'sudo apt-get install' line"
else
	missing=
	for package in $packages alsa-utils; do
		apt-cache show "$package" > /dev/null 2>&1 || missing="$missing $package"
	done
	check "the accessibility packages ($packages alsa-utils) are in this Debian${missing:+; missing:$missing}" \
		[ -z "$missing" ]
fi
tap_finish
