# The way to every screen of the wizard from the start screen, as a person
# would press the keys: $routes has a line "SCREEN|WAY THERE|TEXT THAT SAYS
# IT IS THERE" for each screen. Sourced after tap.sh and tmux_lib.sh.

# The list entries the routes choose, by the words they start with; a
# walk in Spanish sets its own (tests/e2e_small_all.sh).
: "${pick_pet:=What was the name of your f}" "${pick_city:=In what city were}"
: "${pick_car:=What was your first}" "${pick_mother:=What is your mother}"
: "${pick_attorney:=Attorney}"

type_fields() { for text in "$@"; do type_text "$text"; keys Tab; done; }
to_account() { pacer_login ja1234 'Legacy!2013' && wait_for "Account Type: Legacy"; }
to_account_tab() { to_account && keys $1 Enter; }
to_person() { to_person_tab ja1234 'Legacy!2013'; }
to_address() { to_address_tab ja1234 'Legacy!2013'; }
to_security() {
	to_address || return 1
	keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Enter
	wait_for "Step 3 of 3"
}
to_security_filled() {
	to_security || return 1
	type_fields jattorney2021 'Linked!2021' 'Linked!2021' "$pick_pet" "Rex the dog" \
		"$pick_city" Fresno "$pick_car"
	type_text Corolla
	keys Enter
}
to_forgot_password() { keys 1 && wait_for "Manage My Account Login" && keys BTab BTab Enter; }
to_forgot_questions() {
	to_forgot_password && wait_for "Forgot Your Password?" || return 1
	type_fields maria.gonzalez@example.com
	type_text mgonzalez2016
	keys Enter
}
to_forgot_new() {
	to_forgot_questions && wait_for "Security Questions" || return 1
	type_fields canela fresno
	type_text corolla
	keys Enter
}
to_forgot_username() { keys 1 && wait_for "Manage My Account Login" && keys BTab Enter; }
to_court_list() { keys 3; }
to_court_main() { court_login canb chrisdoe2019 'Upgraded!2019' && wait_for "[ Utilities ]"; }
to_utilities() { to_court_main && keys Enter && wait_for "[Your Account]"; }
to_link() { to_utilities && keys 1 && wait_for "CM/ECF login *:"; }
to_link_confirm() {
	to_link || return 1
	type_fields cdoe
	type_text 'Canb!Ecf2017'
	keys Enter
}
to_link_fallback() {
	to_link || return 1
	for attempt in 1 2 3; do
		wait_for "CM/ECF login *:" || return 1
		keys C-u
		type_fields cdoe
		type_text "Wrong!$attempt"
		keys Enter
		sleep 0.3
	done
}
to_register() {
	keys 1 && wait_for "Manage My Account Login" && keys BTab BTab BTab Enter &&
		wait_for "Creating an individual" && keys Enter && wait_for "Register for a PACER Account"
}
to_register_payment() {
	to_register || return 1
	keys Tab
	type_fields Rosa
	keys Tab
	type_fields Parks
	keys Tab
	type_fields 02/04/1983
	type_text "$pick_attorney"
	keys Enter
	wait_for "Step 2 of 3" || return 1
	keys Tab Tab
	type_fields "1 Main Street"
	keys Tab
	type_fields Fresno Cal Fres 93721
	keys Tab
	type_fields "(559) 555-0177"
	type_text rosa.parks@example.com
	keys Enter
	wait_for "Step 3 of 3" || return 1
	type_fields rparks1983 'Practice!2021' 'Practice!2021' "$pick_car" Tercel \
		"$pick_city" Fresno "$pick_mother"
	type_text Lopez
	keys Enter
	commit Submit
}
to_register_policies() { to_register_payment && wait_for "Add a payment method later" && keys Enter; }
to_efile_form() { to_link_fallback && wait_for "Linking did not work" && keys Enter; }
to_efile_confirm() {
	to_efile_form && wait_for "Bar number" || return 1
	type_text 123456
	keys Tab
	type_text CA
	keys Tab Tab Tab
	wait_for "California" && keys Enter
}
to_checklist_result() {
	keys 4 && wait_for "Get ready" || return 1
	type_fields y n y
	type_text canb
	keys Enter
}
to_draft_offer() {
	to_address || return 1
	keys Tab Tab Tab Tab
	keys C-u
	type_text Oakland
	keys Tab Escape
	sleep 0.3
	keys Escape Escape Escape
	wait_for "Upgrade my PACER account" || return 1
	keys Escape
	pacer_login ja1234 'Legacy!2013'
}

# SCREEN | WAY THERE | TEXT THAT SAYS IT IS THERE
routes='start|true|Upgrade my PACER account
pacer-login|keys 1|Manage My Account Login
account|to_account|Account Type: Legacy
account-settings|to_account_tab Tab|Change Password
account-maintenance|to_account_tab "Tab Tab"|[Maintenance]
account-payments|to_account_tab "Tab Tab Tab"|[Payments]
account-usage|to_account_tab "Tab Tab Tab Tab"|[Usage]
account-item|to_account_tab "Tab Tab Tab" && wait_for "[Payments]" && keys Enter|One-Time
upgrade-prompt|to_account_tab Tab && wait_for "Change Password" && keys 2|prompted to upgrade
upgrade-person|to_person|Step 1 of 3
upgrade-address|to_address|Step 2 of 3
upgrade-security|to_security|Step 3 of 3
upgrade-complete|to_security_filled && commit Submit|now upgraded
draft-offer|to_draft_offer|Unfinished upgrade
need-account|to_register_need|Creating an individual
register|to_register|Register for a PACER Account
register-policies|to_register_policies|[ I Agree ]
register-done|to_register_policies && wait_for "[ I Agree ]" && keys BTab && commit "I Agree"|has been created
forgot-password|to_forgot_password|Forgot Your Password?
forgot-questions|to_forgot_questions|Security Questions
forgot-new-password|to_forgot_new|Reset PACER Password
forgot-done|to_forgot_new && wait_for "Reset PACER Password" && type_fields Reset!2021x && type_text Reset!2021x && keys Enter && commit Submit|Password Changed
forgot-username|to_forgot_username|Forgot User Name?
forgot-username-done|to_forgot_username && wait_for "Forgot User Name?" && type_fields chris.doe@example.com && type_text 6056789 && keys Enter|chrisdoe2019
link-court|keys 2|Which court
link-steps|keys 2 && wait_for "Which court" && keys BTab Enter|Link my CM/ECF account
court-list|to_court_list|Court CM/ECF Lookup
court-detail|to_court_list && wait_for "Court CM/ECF Lookup" && type_text canb && keys Enter|Court details
court-login|keys 2 && wait_for "Which court" && type_text canb && keys Enter|PACER LOGIN
court-main|to_court_main|[ Utilities ]
court-utilities|to_utilities|[Your Account]
court-item|to_utilities && keys 2|Exemption
link|to_link|CM/ECF login *:
link-confirm|to_link_confirm|Do you want to link these accounts?
link-success|to_link_confirm && wait_for "Do you want to link" && keys BTab && commit Submit|successfully linked
link-fallback|to_link_fallback|Linking did not work
checklist|keys 4|Get ready
checklist-result|to_checklist_result|My NextGen CM/ECF checklist
trouble|keys 5|Choose what you saw
trouble-answer|keys 5 && wait_for "Choose what you saw" && keys Enter && wait_for "Which username" && keys Enter|Likely cause
register-payment|to_register_payment|Add a payment method later
efile-form|to_efile_form|Type of filer
efile-confirm|to_efile_confirm|Check the request'
to_register_need() { keys 1 && wait_for "Manage My Account Login" && keys BTab BTab BTab Enter; }
