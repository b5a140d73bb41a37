#!/bin/sh
# SPDX-License-Identifier: MIT
# The Debian package, as a court's administrator gets it: built from a
# clean copy of the tree with dpkg-buildpackage, lintian with no error
# and no warning, then installed into a throw-away Debian 12 root
# (debootstrap; a root kept in $PACKAGE_ROOT_CACHE is reused) where the
# installed programs run: the group and folder for shared use exist, a
# trainer of the group makes the class database in that folder, creates
# a class and reads its report, and a trainee's answers file upgrades and
# links, both with no --db once /etc/nextgen-wizard.conf names the
# shared database (doc/deploy.md's recipe); their audit rows reach the
# system log, escaped. Needs root, dpkg-dev, debhelper, lintian and debootstrap (make
# check-package; CI runs it).
. "$TOP_SRCDIR/tests/tap.sh"

[ "$(id -u)" -eq 0 ] || skip_all "needs root (debootstrap, chroot)"
for tool in dpkg-buildpackage dh lintian debootstrap git; do
	command -v "$tool" > /dev/null 2>&1 || skip_all "$tool is not installed"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ngw-package-XXXXXX") || exit 1
root="$work/root"
cleanup() {
	umount "$root/proc" 2> /dev/null
	rm -rf "$work"
}
trap cleanup EXIT

planned=17
plan $planned

# ---- the package -------------------------------------------------------------
git clone --quiet "$TOP_SRCDIR" "$work/nextgen-wizard" || exit 1
# The tests ran already; the package is what is looked at here.
(cd "$work/nextgen-wizard" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b) > "$work/build.log" 2>&1
arch=$(dpkg --print-architecture)
check "dpkg-buildpackage -us -uc -b builds the package from a clean copy" [ -f "$work/nextgen-wizard_"*"_$arch.deb" ] ||
	{ tail -n 30 "$work/build.log" | sed 's/^/# /'; tap_finish; exit 1; }
deb=$(ls "$work/nextgen-wizard_"*"_$arch.deb")
# (Run as root it says so on its standard error; that is not a finding.)
lintian --fail-on error,warning "$work"/nextgen-wizard_*.changes > "$work/lintian.log" 2> "$work/lintian.err"
check "lintian finds no error and no warning" [ $? -eq 0 ]
sed 's/^/# /' "$work/lintian.log"
contents=$(dpkg-deb -c "$deb")
missing=""
for file in usr/bin/nextgen-wizard usr/bin/nextgen-admin usr/share/man/man1/nextgen-wizard.1.gz \
	usr/share/man/man1/nextgen-admin.1.gz usr/share/locale/es/LC_MESSAGES/nextgen-wizard.mo \
	usr/share/nextgen-wizard/courts.tsv usr/share/nextgen-wizard/demo.scenario \
	usr/share/doc/nextgen-wizard/copyright usr/share/doc/nextgen-wizard/README.gz \
	usr/share/doc/nextgen-wizard/deploy.md.gz usr/share/doc/nextgen-wizard/examples/nextgen-kiosk \
	usr/share/doc/nextgen-wizard/examples/getty-autologin.conf usr/lib/sysusers.d/nextgen-wizard.conf \
	usr/share/doc/nextgen-wizard/examples/hushlogin usr/share/doc/nextgen-wizard/examples/sysctl-nextgen-kiosk.conf \
	usr/share/doc/nextgen-wizard/examples/logind-nextgen-kiosk.conf \
	usr/lib/tmpfiles.d/nextgen-wizard.conf etc/nextgen-wizard.conf; do
	case $contents in *" ./$file"*) ;; *) missing="$missing $file" ;; esac
done
check "it holds the programs, pages, catalogues, docs and deploy files (missing:$missing)" [ -z "$missing" ]

# ---- a fresh Debian 12 -------------------------------------------------------
cache=${PACKAGE_ROOT_CACHE:-}
if [ -n "$cache" ] && [ -f "$cache" ]; then
	mkdir -p "$root" && tar -C "$root" -xf "$cache"
else
	# A root kept only when it was made whole.
	if debootstrap --variant=minbase bookworm "$root" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" \
		> "$work/debootstrap.log" 2>&1; then
		[ -z "$cache" ] || tar -C "$root" -cf "$cache" .
	else
		tail -n 20 "$work/debootstrap.log" | sed 's/^/# /'
	fi
fi
check "a Debian 12 root to install into" [ -x "$root/usr/bin/apt-get" ]
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/nextgen-wizard.deb"
inside() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
inside sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
	/tmp/nextgen-wizard.deb' > "$work/install.log" 2>&1
installed() { inside dpkg-query -W nextgen-wizard > /dev/null 2>&1; }
check "apt installs it with its dependencies" installed ||
	tail -n 20 "$work/install.log" | sed 's/^/# /'
group_exists() { inside getent group nextgen > /dev/null; }
check "the group nextgen exists" group_exists
check "/var/lib/nextgen-wizard is the group's, setgid 2770" \
	[ "$(inside stat -c '%a %U %G' /var/lib/nextgen-wizard)" = "2770 root nextgen" ]

# ---- a trainer and a trainee of the group --------------------------------------
inside useradd --create-home --groups nextgen trainer
inside useradd --create-home --groups nextgen trainee
as() { user=$1; shift; chroot --userspec="$user:$user" --groups=nextgen "$root" /usr/bin/env -i \
	HOME="/home/$user" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
# The recipe: the configuration file names the shared database.
inside sed -i 's|^#database = |database = |' /etc/nextgen-wizard.conf
db=/var/lib/nextgen-wizard/class.db
as trainer nextgen-admin init > "$work/out" 2>&1
check "a trainer of the group makes the class database in the shared folder, with no --db" [ -f "$root$db" ] ||
	sed 's/^/# /' "$work/out"
check "the group's to read and write: 0660, group nextgen" \
	[ "$(inside stat -c '%a %G' "$db")" = "660 nextgen" ]
as trainer nextgen-admin class create --name spring --count 3 --court canb --slips /tmp/slips \
	> "$work/out" 2>&1
check "and creates a class" grep -q "Class spring: 3 trainees" "$work/out" || sed 's/^/# /' "$work/out"
cp "$TOP_SRCDIR/tests/data/john-upgrade-link.answers" "$root/tmp/john.answers"
# The system log: what stands at the root's /dev/log gets what syslog(3) sends.
"$TOP_BUILDDIR/tests/log_listener" "$root/dev/log" "$work/syslog" &
listener=$!
tries=100
until [ -S "$root/dev/log" ] || [ $tries -eq 0 ]; do sleep 0.05; tries=$((tries - 1)); done
chmod 0666 "$root/dev/log"
as trainee nextgen-wizard --answers /tmp/john.answers > "$work/out" 2>&1
check "a trainee of the group upgrades and links on the shared database, with no --db" \
	grep -q "successfully linked" "$work/out" || tail -n 10 "$work/out" | sed 's/^/# /'
# A wrong login from an SSH client whose address carries a terminal's
# control sequence (the environment is the caller's to set).
printf 'start = upgrade\npacer-login.username = nosuchuser1\npacer-login.password = Wrong!1\npacer-login = login\n' \
	> "$root/tmp/wrong.answers"
as trainee SSH_CLIENT="$(printf '10.0.0.9\033[2J 50000 22')" nextgen-wizard --answers /tmp/wrong.answers \
	> "$work/out" 2>&1
# The common slip: a password typed into the username field.
printf 'start = upgrade\npacer-login.username = Legacy!2013\npacer-login.password = ja1234\npacer-login = login\n' \
	> "$root/tmp/slip.answers"
as trainee nextgen-wizard --answers /tmp/slip.answers > "$work/out" 2>&1
sleep 0.2
kill "$listener"
wait "$listener"
host=$(inside hostname)
check "the upgrade reaches the system log (user.info), with the host" \
	grep -qE '^<14>.*nextgen-wizard\[[0-9]+\]: event="upgrade" outcome="success" user="jattorney2021" court="" terminal="[^"]*" host="'"$host"'"$' \
	"$work/syslog" || sed 's/^/# /' "$work/syslog"
refused_login_logged() {
	grep -q '^<85>.*nextgen-wizard\[[0-9]*\]: event="login" outcome="wrong username or password" user="nosuchuser1" court="" terminal="ssh 10.0.0.9\\e\[2J"' \
		"$work/syslog"
}
check "a refused login as authpriv.notice, the typed control sequence escaped" refused_login_logged
no_control_character() { ! grep -q "$(printf '\033')" "$work/syslog"; }
check "no control character reaches the log" no_control_character
no_secret() { ! grep -qE 'Legacy!2013|Linked!2021|Wrong!1|Beetle|Canb!Ecf2019' "$work/syslog"; }
check "nor a password, even one typed as a username" no_secret
as trainer nextgen-admin class report --name spring > "$work/out" 2>&1
check "after which the trainer still reads the class's report" grep -q "3 trainees" "$work/out" ||
	sed 's/^/# /' "$work/out"
as trainee nextgen-wizard --lang es --db /home/trainee/own.db --answers /tmp/john.answers > "$work/out" 2>&1
check "and speaks Spanish with the installed catalogue" grep -q "PRÁCTICA" "$work/out" ||
	tail -n 10 "$work/out" | sed 's/^/# /'
# Run by make, not by automake's TAP driver: the count is checked here.
[ "$tap_count" -eq "$planned" ] || fail "as many points as planned ($tap_count of $planned)"
tap_finish
