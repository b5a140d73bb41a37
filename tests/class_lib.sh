# SPDX-License-Identifier: MIT
# Classes of practice accounts and whole flows for the tests of many
# sessions: make_class DIR COUNT writes DIR/class.scenario with legacy
# PACER accounts tr0001.. (each with a CM/ECF account at canb) and, for
# each, DIR/trNNNN.answers: a whole upgrade and link through the answers
# frontend.

# upgrade_and_link_answers USERNAME PASSWORD NEW_USERNAME COURT ECF_LOGIN
# ECF_PASSWORD: an answers file for a whole upgrade (new password
# Linked!2021) and link, as a person would do them.
upgrade_and_link_answers() {
	cat <<EOT
start = upgrade
pacer-login.username = $1
pacer-login.password = $2
pacer-login = login
account = upgrade
upgrade-person.birth-date = 03/14/1970
upgrade-person.user-type = Attorney
upgrade-person = next
upgrade-address = next
upgrade-security.username = $3
upgrade-security.password = Linked!2021
upgrade-security.confirm = Linked!2021
upgrade-security.question1 = What was your first car?
upgrade-security.answer1 = Beetle
upgrade-security.question2 = In what city were you born?
upgrade-security.answer2 = Sacramento
upgrade-security.question3 = What was your childhood nickname?
upgrade-security.answer3 = Jackie
upgrade-security = submit
upgrade-complete = close
account = logout
start = link
link-court.court = $4
link-court = open
court-login.username = $3
court-login.password = Linked!2021
court-login = login
court-main = utilities
court-utilities = link
link.login = $5
link.password = $6
link = submit
link-confirm = submit
link-success = continue
court-main = logout
start = quit
EOT
}

# run_class_flows WIZARD DB DIR COUNT: the first COUNT flows that
# make_class wrote in DIR, all at once on DB; each one's output in
# DIR/trNNNN.out and its exit status in DIR/trNNNN.status.
run_class_flows() {
	flow=1
	while [ $flow -le "$4" ]; do
		id=$(printf '%04d' $flow)
		( "$1" --db "$2" --answers "$3/tr$id.answers" > "$3/tr$id.out" 2>&1
		  echo $? > "$3/tr$id.status" ) &
		flow=$((flow + 1))
	done
	wait
}

letter() { printf "\\$(printf '%03o' $((97 + $1)))"; }

make_class() {
	class_dir=$1
	count=$2
	scenario="$class_dir/class.scenario"
	: > "$scenario"
	i=1
	while [ $i -le $count ]; do
		n=$(printf '%04d' $i)
		surname="Train$(letter $(( (i - 1) / 26 )))$(letter $(( (i - 1) % 26 )))"
		cat >> "$scenario" <<-EOT
	[pacer]
	username = tr$n
	password = Legacy!2013
	account = 70$n
	kind = legacy
	created = 2012-01-01
	first = Sam
	last = $surname
	address = 1 Main Street
	city = Fresno
	state = CA
	county = Fresno
	zip = 93721
	phone = (559) 555-0100
	email = tr$n@example.com

	[ecf]
	court = canb
	login = ecf$n
	password = Canb!Ecf$n
	name = Sam $surname

	EOT
		upgrade_and_link_answers "tr$n" "Legacy!2013" "trainee$n" canb "ecf$n" "Canb!Ecf$n" \
			> "$class_dir/tr$n.answers"
		i=$((i + 1))
	done
}
