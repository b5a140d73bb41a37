# SPDX-License-Identifier: MIT
# The ways to the wizard's screens, as a person would press the keys: the
# one library of routes, sourced by tmux_lib.sh. Fields and buttons are
# found by their labels on the screen, not by counted Tabs.
#
# $walks lists every screen: "SCREEN|STEP FROM THE SCREEN ABOVE|TEXT THAT
# SAYS IT IS THERE"; a line "--" starts a new session (a new wizard on a
# fresh database). walk_screens visits them in that many sessions;
# $routes has, for each screen, the whole way there from the start screen
# ("SCREEN|WAY THERE|TEXT"; a walk's line may give a shorter one), for a
# test that needs each screen fresh.

# The list entries the routes choose, by the words they start with; a
# walk in Spanish sets its own (tests/e2e_small_all.sh), and walk_language.
: "${pick_pet:=What was the name of your f}" "${pick_city:=In what city were}"
: "${pick_car:=What was your first}" "${pick_mother:=What is your mother}"
: "${pick_attorney:=Attorney}"

# label_of LABEL: the label as the wizard shows it in walk_language.
label_of() {
	if [ -n "${walk_language:-}" ]; then
		TEXTDOMAINDIR="$NEXTGEN_WIZARD_LOCALEDIR" LANGUAGE="$walk_language" LANG=C.UTF-8 \
			gettext -d nextgen-wizard "$1"
	else
		printf '%s' "$1"
	fi
}

# screen_and_cursor: the screen, then a line with the cursor's column and
# row, read by one tmux command.
screen_and_cursor() {
	tmux_cmd capture-pane -p -t wizard \; display -p -t wizard '#{cursor_x} #{cursor_y}' 2>/dev/null
}

# focused LABEL [SCREEN_AND_CURSOR]: the focus is on the button, link or
# field labelled LABEL (a field's label is what stands before its ": [",
# without the " *").
focused() {
	seen=${2:-$(screen_and_cursor)}
	at=${seen##*"$newline"}
	x=${at% *}
	# The cursor's row cut at the cursor, in characters, one per line.
	parts=$(printf '%s\n' "$seen" | sed -nE "$((${at#* } + 1)){s/^(.{$x})(.*)\$/\\1\\n\\2/;p;q}")
	label=${parts%%"$newline"*}
	at=${parts#*"$newline"}
	case $at in "$1 ]"* | "$1]"* | "$1 |"*) return 0 ;; esac
	[ "${at%"${at##*[! ]}"}" = "$1" ] && return 0
	label=${label%: \[*}
	label=${label% \*}
	label=${label##*  }
	[ "$label" = "$1" ]
}
newline='
'

# focus_on LABEL: Tab until the button, link or field labelled LABEL has
# the focus, each Tab once the cursor has moved from the last one.
focus_on() {
	wanted=$(label_of "$1")
	seen=$(screen_and_cursor)
	tries=0
	until focused "$wanted" "$seen"; do
		[ $tries -lt 40 ] || return 1
		where=${seen##*"$newline"}
		keys Tab
		moves=0
		while seen=$(screen_and_cursor); [ "${seen##*"$newline"}" = "$where" ]; do
			# Tab does not move the focus here: no such label.
			[ $moves -lt 50 ] || return 1
			sleep 0.02
			moves=$((moves + 1))
		done
		tries=$((tries + 1))
	done
}

# press LABEL: the button or link labelled LABEL, chosen with Enter.
press() { focus_on "$1" && keys Enter; }

# fill LABEL TEXT: TEXT typed into the field labelled LABEL.
fill() { focus_on "$1" && type_text "$2"; }

# back N: Esc N times, each once the screen has changed with the last.
back() {
	count=0
	while [ $count -lt "$1" ]; do
		before=$(screen)
		keys Escape
		tries=0
		while [ "$(screen)" = "$before" ] && [ $tries -lt 100 ]; do
			sleep 0.02
			tries=$((tries + 1))
		done
		[ "$(screen)" != "$before" ] || return 1
		count=$((count + 1))
	done
	settled_screen
}

type_fields() { for text in "$@"; do type_text "$text"; keys Tab; done; }

# submit_login USERNAME PASSWORD: on a login screen, the username (the one
# typed last time is kept, with the cursor after it) and password sent.
submit_login() {
	keys C-u
	type_text "$1"
	keys Tab
	type_text "$2"
	keys Enter
}

# pacer_login USERNAME PASSWORD: from the start screen, a submitted
# Manage My Account login.
pacer_login() {
	keys 1
	wait_for "Manage My Account Login" || return 1
	submit_login "$1" "$2"
}

# to_person_tab USERNAME PASSWORD: from the start screen, a legacy
# account's login and Upgrade, up to its Person tab.
to_person_tab() {
	pacer_login "$1" "$2" && wait_for "Account Type: Legacy PACER Account" &&
		keys Enter && wait_for "Step 1 of 3"
}

# type_birth_and_user_type: on the Person tab, the date of birth and the
# user type typed (the cursor left on the user type).
type_birth_and_user_type() {
	fill "Date of Birth" "03/14/1970" && fill "User Type" "$pick_attorney"
}

# to_address_tab USERNAME PASSWORD: on to the Address tab.
to_address_tab() {
	to_person_tab "$1" "$2" || return 1
	type_birth_and_user_type
	keys Enter
	wait_for "Step 2 of 3"
}

# to_security_tab USERNAME PASSWORD: on to the Security tab.
to_security_tab() {
	to_address_tab "$1" "$2" && press Next && wait_for "Step 3 of 3"
}

# fill_security_tab USERNAME PASSWORD: the Security tab filled in (the
# answers Rex the dog, Fresno and Corolla), Enter after the last answer;
# in two halves for a test that looks at the screen between them.
fill_security_tab() { fill_security_logins "$1" "$2" && fill_security_answers; }
fill_security_logins() {
	fill "New Username" "$1" && fill "New Password" "$2" && fill "Confirm Password" "$2"
}
fill_security_answers() {
	fill "Security Question 1" "$pick_pet" && fill "Answer 1" "Rex the dog" &&
		fill "Security Question 2" "$pick_city" && fill "Answer 2" Fresno &&
		fill "Security Question 3" "$pick_car" && fill "Answer 3" Corolla && keys Enter
}

# court_login COURT USERNAME PASSWORD: from the start screen to a
# submitted login at the court's Document Filing System.
court_login() {
	keys 2
	wait_for "Which court's Document" || return 1
	type_text "$1"
	keys Enter
	# Its Client Code field: a court before go-live shows no PACER LOGIN.
	wait_for "Client Code:" || return 1
	submit_login "$2" "$3"
}

# link_account LOGIN PASSWORD: from the court's main screen (Utilities has
# the focus), Utilities, Link, and the old CM/ECF login submitted.
link_account() {
	wait_for "[ Utilities ]" || return 1
	keys Enter
	wait_for "[Your Account]" || return 1
	keys 1
	wait_for "CM/ECF login *:" || return 1
	type_text "$1"
	keys Tab
	type_text "$2"
	keys Enter
}

# ---- the steps of the walks ----------------------------------------------

to_account() { pacer_login ja1234 'Legacy!2013' && wait_for "Account Type: Legacy"; }
to_person() { to_person_tab ja1234 'Legacy!2013'; }
to_address() { to_address_tab ja1234 'Legacy!2013'; }
to_security() { to_security_tab ja1234 'Legacy!2013'; }
to_security_filled() { to_security && fill_security_tab jattorney2021 'Linked!2021'; }
# An address changed and left, the upgrade left, and John back: his draft.
leave_a_draft() {
	focus_on City && keys C-u && type_text Oakland && keys Tab && back 3 &&
		wait_for "Upgrade my PACER account" && pacer_login ja1234 'Legacy!2013'
}
fill_register_tabs() {
	fill "First Name" Rosa && fill "Last Name" Parks && fill "Date of Birth" 02/04/1983 &&
		fill "User Type" "$pick_attorney" && keys Enter && wait_for "Step 2 of 3" &&
		fill Address "1 Main Street" && fill City Fresno && fill State Cal && fill County Fres &&
		fill "ZIP Code" 93721 && fill Phone "(559) 555-0177" && fill Email rosa.parks@example.com &&
		keys Enter && wait_for "Step 3 of 3" &&
		fill "New Username" rparks1983 && fill "New Password" 'Practice!2021' &&
		fill "Confirm Password" 'Practice!2021' && fill "Security Question 1" "$pick_car" &&
		fill "Answer 1" Tercel && fill "Security Question 2" "$pick_city" && fill "Answer 2" Fresno &&
		fill "Security Question 3" "$pick_mother" && fill "Answer 3" Lopez && keys Enter
}
forgot_username() { fill Email chris.doe@example.com && fill "Account Number" 6056789 && keys Enter; }
forgot_questions() { fill Email maria.gonzalez@example.com && fill Username mgonzalez2016 && keys Enter; }
forgot_answers() { type_fields canela fresno && type_text corolla && keys Enter; }
forgot_reset() { type_fields Reset!2021x && type_text Reset!2021x && keys Enter && commit Submit; }
to_court_main() { court_login canb chrisdoe2019 'Upgraded!2019' && wait_for "[ Utilities ]"; }
link_confirm() { fill "CM/ECF login" cdoe && fill "CM/ECF password" 'Canb!Ecf2017' && keys Enter; }
to_link_fallback() {
	to_court_main && keys Enter && wait_for "[Your Account]" && keys 1 || return 1
	for attempt in 1 2 3; do
		wait_for "CM/ECF login *:" || return 1
		keys C-u
		type_fields cdoe
		type_text "Wrong!$attempt"
		keys Enter
		sleep 0.3
	done
}
efile_confirm() {
	fill "Bar number" 123456 && fill "Bar state" CA && focus_on Next && wait_for "California" &&
		keys Enter
}
checklist_answers() { type_fields y n y && type_text canb && keys Enter; }

# SCREEN | STEP FROM THE SCREEN ABOVE | TEXT THAT SAYS IT IS THERE [| THE
# WAY FROM THE START SCREEN, where it is shorter than the walk's]
walks='start|true|Upgrade my PACER account
pacer-login|keys 1|Manage My Account Login
account|submit_login ja1234 Legacy!2013|Account Type: Legacy
account-settings|press Settings|Change Password
upgrade-prompt|keys 2|prompted to upgrade
account-maintenance|back 2 && press Maintenance|[Maintenance]|to_account && press Maintenance
account-payments|back 1 && press Payments|[Payments]|to_account && press Payments
account-item|keys Enter|One-Time
account-usage|back 2 && press Usage|[Usage]|to_account && press Usage
--
upgrade-person|to_person|Step 1 of 3
upgrade-address|type_birth_and_user_type && keys Enter|Step 2 of 3
draft-offer|leave_a_draft|Unfinished upgrade
upgrade-security|keys Enter && wait_for "Step 2 of 3" && press Next|Step 3 of 3|to_security
upgrade-complete|fill_security_tab jattorney2021 Linked!2021 && commit Submit|now upgraded
--
need-account|keys 1 && wait_for "Manage My Account Login" && press "Need an Account?"|Creating an individual
register|keys Enter|Register for a PACER Account
register-payment|fill_register_tabs && commit Submit|Add a payment method later
register-policies|keys Enter|[ I Agree ]
register-done|keys BTab && commit "I Agree"|has been created
--
forgot-username|keys 1 && wait_for "Manage My Account Login" && press "Forgot User Name?"|Forgot User Name?
forgot-username-done|forgot_username|chrisdoe2019
forgot-password|back 1 && press "Forgot Your Password?"|Forgot Your Password?|keys 1 && wait_for "Manage My Account Login" && press "Forgot Your Password?"
forgot-questions|forgot_questions|Security Questions
forgot-new-password|forgot_answers|Reset PACER Password
forgot-done|forgot_reset|Password Changed
--
court-list|keys 3|Court CM/ECF Lookup
court-detail|type_text canb && keys Enter|Court details
checklist|back 2 && keys 4|Get ready|keys 4
checklist-result|checklist_answers|My NextGen CM/ECF checklist
trouble|back 1 && keys 5|Choose what you saw|keys 5
trouble-answer|keys Enter && wait_for "Which username" && keys Enter|Likely cause
--
link-court|keys 2|Which court
link-steps|press "What are the steps?"|Before filing on NextGen CM/ECF
--
court-login|keys 2 && wait_for "Which court" && type_text canb && keys Enter|PACER LOGIN
court-main|submit_login chrisdoe2019 Upgraded!2019|[ Utilities ]
court-utilities|keys Enter|[Your Account]
court-item|keys 2|Exemption
link|back 1 && keys 1|CM/ECF login *:|to_court_main && keys Enter && wait_for "[Your Account]" && keys 1
link-confirm|link_confirm|Do you want to link these accounts?
link-success|keys BTab && commit Submit|successfully linked
--
link-fallback|to_link_fallback|Linking did not work
efile-form|keys Enter|Type of filer
efile-confirm|efile_confirm|Check the request'

# The whole way to each screen from the start screen, from the walks.
routes=$(printf '%s\n' "$walks" | awk -F'|' '
	$1 == "--" { way = ""; next }
	{
		whole = ($4 != "") ? $4 : (way == "") ? $2 : way " && " $2
		print $1 "|" whole "|" $3
		way = whole " && wait_for \"" $3 "\""
	}')

# go_to SCREEN: from the start screen to SCREEN by its whole way, true
# once it is there.
go_to() {
	way=$(printf '%s\n' "$routes" | awk -F'|' -v n="$1" '$1 == n { print $2 "|" $3; exit }')
	[ -n "$way" ] && eval "${way%|*}" && wait_for "${way##*|}"
}

# walk_screens VISIT START...: every screen of $walks reached, then VISIT
# SCREEN TEXT called there (true when it leaves the screen as it found
# it; $walk_index says which screen of the walks it is, from 1); each
# session starts with START... on a copy of $template. The sessions run
# at once, each in a terminal of its own (tmux_lib.sh's apart). A screen
# not reached is a TAP failure, and the next is reached by its whole way
# in a new session.
walk_screens() {
	visit=$1
	shift
	whole_ways="$work_dir/whole_ways"
	printf '%s\n' "$routes" > "$whole_ways"
	walk_files="$work_dir/walk-$(date +%s%N)"
	printf '%s\n' "$walks" | awk -v files="$walk_files" '
		BEGIN { session = 1 }
		$0 == "--" { session++; next }
		{ print ++screens "|" $0 > (files "." session) }'
	session=1
	while [ -f "$walk_files.$session" ]; do
		apart walk_session "$visit" "$walk_files.$session" "$@"
		session=$((session + 1))
	done
	apart_join
}

# walk_session VISIT WALK START...: one session of walk_screens, along
# the screens of the file WALK.
walk_session() {
	visit=$1
	walk=$2
	shift 2
	in_session=false
	walk_start=true
	while IFS='|' read -r walk_index name step marker _ <&3; do
		if ! $in_session; then
			rm -f "$database" "$database-wal" "$database-shm"
			cp "$template" "$database"
			"$@"
			in_session=true
			# A walk broken off goes on from the start screen.
			$walk_start || step=$(awk -F'|' -v n="$name" '$1 == n { print $2; exit }' "$whole_ways")
		fi
		walk_start=false
		if ! eval "$step" || ! wait_for "$marker"; then
			fail "$name: reached" "the way there did not end on \"$marker\"; the screen was:" "$(screen)"
			in_session=false
			continue
		fi
		"$visit" "$name" "$marker" || in_session=false
	done 3< "$walk"
}
