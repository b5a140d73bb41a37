# SPDX-License-Identifier: MIT
# make bench: the table and the JSON file from the raw figures
# ("name value" lines), medians over the runs with min and max.
function sort_values(name,    i, j, t, n) {
	n = count[name]
	for (i = 1; i <= n; i++) sorted[i] = values[name, i]
	for (i = 2; i <= n; i++) {
		t = sorted[i]
		for (j = i - 1; j >= 1 && sorted[j] > t; j--) sorted[j + 1] = sorted[j]
		sorted[j + 1] = t
	}
	return n
}
function median(name,    n) {
	n = sort_values(name)
	if (n == 0) return ""
	return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
}
function lo(name) { return sort_values(name) ? sorted[1] : "" }
function hi(name,    n) { n = sort_values(name); return n ? sorted[n] : "" }
function spread(name) {
	if (count[name] == 0) return "-"
	return sprintf("%s (%s-%s)", median(name), lo(name), hi(name))
}
function ratio(a, b) { return (b + 0 > 0 && a != "") ? sprintf("%.2f", a / b) : "-" }
# A row: the figure, its realistic ideal (ideal_name, bytes) and the
# ratio, the goal as words ("<= 1.3x", "<= 40"), dialog's and the ratio;
# key: the figure's name in the JSON file when it is not name (a figure
# shown twice, beside two others).
function row(label, name, ideal_name, other_name, goal, key,    m, f, o) {
	m = median(name)
	f = ideal_name != "" ? median(ideal_name) : ""
	o = other_name != "" ? median(other_name) : ""
	printf "%-40s %-18s %-6s %-6s %-8s %-18s %s\n", label, spread(name), (f == "" ? "-" : f), \
		ratio(m, f), (goal == "" ? "-" : goal), (other_name == "" ? "-" : spread(other_name)), ratio(m, o)
	json = json sprintf("%s    \"%s\": {\"median\": %s, \"min\": %s, \"max\": %s%s%s}", \
		(json == "" ? "" : ",\n"), key == "" ? name : key, m == "" ? "null" : m, lo(name) == "" ? "null" : lo(name), \
		hi(name) == "" ? "null" : hi(name), \
		f == "" ? "" : ", \"ideal\": " f, o == "" ? "" : ", \"dialog\": " o)
}
# The first screen's goal: no slower than dialog's, both forms, in the
# same run.
function first_goal(wizard, form, menu,    r_form, r_menu) {
	if (wizard == "" || form + 0 <= 0 || menu + 0 <= 0)
		return
	r_form = wizard / form; r_menu = wizard / menu
	printf "%-40s %.2f x dialog --form, %.2f x dialog --menu (goal <= 1.00: %s)\n", \
		"  first complete screen against its goal", r_form, r_menu, \
		(r_form <= 1 && r_menu <= 1) ? "met" : "not met"
	first_screen_goal = sprintf("  \"first_screen_goal\": {\"form_ratio\": %.2f, \"menu_ratio\": %.2f, \"goal\": 1.00},\n", \
		r_form, r_menu)
}
function met(ok) { return ok ? "met" : "not met" }
{ count[$1]++; values[$1, count[$1]] = $2 + 0 }
END {
	# Key-to-screen times inside the program.
	nk = 0
	while ((getline line < keys) > 0) key[++nk] = line + 0
	for (i = 2; i <= nk; i++) {
		t = key[i]
		for (j = i - 1; j >= 1 && key[j] > t; j--) key[j + 1] = key[j]
		key[j + 1] = t
	}
	key_median = nk ? key[int((nk + 1) / 2)] : 0
	key_p99 = nk ? key[int(nk * 0.99 + 0.999) > nk ? nk : int(nk * 0.99 + 0.999)] : 0

	printf "nextgen-wizard make bench, %s, %d cores, %d runs and %d more first screens (median (min-max))\n\n", \
		date, cores, runs, starts
	printf "%-40s %-18s %-6s %-6s %-8s %-18s %s\n", "figure", "wizard", "ideal", "/ideal", "goal", "dialog", "/dialog"
	row("first complete screen, ms (--form)", "wizard.first.ms", "", "dialog.first.ms", "<= 1.00x")
	row("first complete screen, ms (--menu)", "wizard.first.ms", "", "dialog.first_menu.ms", "<= 1.00x", \
		"wizard.first_vs_menu.ms")
	first_goal(median("wizard.first.ms"), median("dialog.first.ms"), median("dialog.first_menu.ms"))
	row("the same, a year's audit log, ms", "wizard.first_year.ms", "", "dialog.first.ms")
	row("first screen, bytes", "wizard.first.bytes", "wizard.first.ideal", "")
	row("Person tab first paint, bytes", "wizard.to_person.bytes", "wizard.to_person.ideal", "dialog.first.bytes", "<= 1.3x")
	row("typed character in a field, bytes", "wizard.char.bytes", "wizard.char.ideal", "dialog.char.bytes", "<= 2")
	row("Tab to the next field, bytes", "wizard.tab.bytes", "wizard.tab.ideal", "dialog.tab.bytes")
	row("a validation error appears, bytes", "wizard.error.bytes", "wizard.error.ideal", "")
	row("menu: Down, bytes", "wizard.menu_down.bytes", "wizard.menu_down.ideal", "dialog.menu_down.bytes", "<= 40")
	row("start -> MMA login, bytes", "wizard.to_login.bytes", "wizard.to_login.ideal", "", "<= 1.3x")
	row("Person -> Address, bytes", "wizard.person_to_address.bytes", "wizard.person_to_address.ideal", "", "<= 1.3x")
	row("Address -> Security, bytes", "wizard.address_to_security.bytes", "wizard.address_to_security.ideal", "", "<= 1.3x")
	row("Security -> Upgrade Complete, bytes", "wizard.security_to_complete.bytes", "wizard.security_to_complete.ideal", "", "<= 1.3x")
	row("court main -> Utilities, bytes", "wizard.main_to_utilities.bytes", "wizard.main_to_utilities.ideal", "dialog.menu.bytes", "<= 1.3x")
	row("Utilities -> Link, bytes", "wizard.utilities_to_link.bytes", "wizard.utilities_to_link.ideal", "", "<= 1.3x")
	row("Link -> Confirm, bytes", "wizard.link_to_confirm.bytes", "wizard.link_to_confirm.ideal", "", "<= 1.3x")
	row("Confirm -> linked, bytes", "wizard.confirm_to_success.bytes", "wizard.confirm_to_success.ideal", "", "<= 1.3x")
	row("linked -> welcome with menus, bytes", "wizard.success_to_welcome.bytes", "wizard.success_to_welcome.ideal", "", "<= 1.3x")
	# Write calls: the eight screen changes of the upgrade and the link
	# are pooled into one row.
	split("person_to_address address_to_security security_to_complete main_to_utilities " \
		"utilities_to_link link_to_confirm confirm_to_success success_to_welcome", changes, " ")
	for (c in changes)
		for (i = 1; i <= count["wizard." changes[c] ".writes"]; i++)
			values["wizard.changes.writes", ++count["wizard.changes.writes"]] = \
				values["wizard." changes[c] ".writes", i]
	row("first screen, write calls", "wizard.first.writes", "", "dialog.first.writes")
	row("Person tab first paint, write calls", "wizard.to_person.writes", "", "dialog.first.writes")
	row("typed character, write calls", "wizard.char.writes", "", "dialog.char.writes")
	row("Tab to the next field, write calls", "wizard.tab.writes", "", "dialog.tab.writes")
	row("menu: Down, write calls", "wizard.menu_down.writes", "", "dialog.menu_down.writes")
	row("start -> MMA login, write calls", "wizard.to_login.writes", "", "")
	row("8 screen changes, write calls", "wizard.changes.writes", "", "")
	row("Esc acts after, ms", "wizard.esc.ms", "", "dialog.esc.ms", "<= 50")
	row("peak memory (RSS) outside hashing, KiB", "wizard.rss_outside.kib", "", "", "<= 8192")
	row("peak memory (RSS) of a session, KiB", "wizard.rss.kib", "", "")
	printf "%-40s %d ms (goal >= 40: %s)\n", "split arrow key whole up to a gap of", median("wizard.split_arrow.ms"), \
		met(median("wizard.split_arrow.ms") >= 40)
	printf "%-40s median %d us, 99th percentile %d us (%d keys; goal p99 <= 1000 us: %s)\n", \
		"key to screen inside the program", key_median, key_p99, nk, met(nk > 0 && key_p99 <= 1000)
	report0 = median("report.0.ms"); report200k = median("report.200000.ms")
	if (count["report.0.ms"] > 0)
		printf "%-40s %.1f ms with no audit row, %.1f ms with 200,000 (%.2fx; goal <= 2x)\n", \
			"class report, 30 trainees", report0, report200k, (report0 > 0 ? report200k / report0 : 0)
	if (count["ssh.wizard.first.bytes"] > 0) {
		printf "\nover SSH (loopback sshd), wire bytes and TCP packets a step (sshd to the client)\n"
		row("first screen, bytes", "ssh.wizard.first.bytes", "", "ssh.dialog.first.bytes")
		row("first screen, packets", "ssh.wizard.first.packets", "", "ssh.dialog.first.packets")
		row("typed character in a field, bytes", "ssh.wizard.char.bytes", "", "ssh.dialog.char.bytes")
		row("typed character in a field, packets", "ssh.wizard.char.packets", "", "ssh.dialog.char.packets")
		row("menu: Down, bytes", "ssh.wizard.menu_down.bytes", "", "ssh.dialog.menu_down.bytes")
		row("menu: Down, packets", "ssh.wizard.menu_down.packets", "", "ssh.dialog.menu_down.packets")
	} else
		printf "\nover SSH: not measured (see above)\n"
	flow_ms = 4 * hash + 3 * verify
	bound = flow_ms > 0 ? cores * 1000 / flow_ms : 0
	printf "\npassword hashing at the default cost (%s), one process alone: %.1f ms a hash, %.1f ms a check; %.0f ms a flow\n", \
		cost, hash, verify, flow_ms
	# The bound is taken again around each N's flows with every core
	# hashing at once, as in the flows ("bound then"); the share uses it.
	printf "-> at most %.1f flows/s on %d cores (the hashing bound); goal: >= 80 %% of it for 30 and 100 flows\n", \
		bound, cores
	# cores busy: the flows' processor time over the wall time of all the
	# cores; hashing of that: the share of it that was hashing. Their
	# product is the share of the bound (one flow can use one core only).
	# A flow's milliseconds asleep (a lock, the disk) and ready to run
	# but waiting for a core (the other flows, and other programs).
	printf "%-8s %-10s %-10s %-8s %-14s %-9s %-12s %-15s %-24s %s\n", "flows", "total ms", "flows/s", "errors", \
		"of hash bound", "goal", "cores busy", "hashing of it", "a flow slept/queued, ms", "bound then (all cores)"
	many = ""
	for (k = 1; k <= 4; k++) {
		n = k == 1 ? 1 : k == 2 ? 10 : k == 3 ? 30 : 100
		if (count["many." n ".ms"] == 0) continue
		ms = median("many." n ".ms"); errors = median("many." n ".errors"); cpu = median("many." n ".cpu_ms")
		# The bound taken around this N's flows, when there is one; one
		# flow hashes alone, as the first line's process did.
		flow_n = n > 1 && count["many." n ".hash_ms"] ? \
			4 * median("many." n ".hash_ms") + 3 * median("many." n ".verify_ms") : flow_ms
		bound_n = flow_n > 0 ? cores * 1000 / flow_n : 0
		rate = ms > 0 ? n * 1000 / ms : 0
		share = n == 1 ? (ms > 0 ? flow_n / ms : 0) : (bound_n > 0 ? rate / bound_n : 0)
		goal = n < 30 ? "-" : (share >= 0.8 && errors == 0 ? "met" : "not met")
		busy = ms > 0 ? cpu / (ms * (n == 1 ? 1 : cores)) : 0
		printf "%-8d %-10d %-10.2f %-8d %-14s %-9s %-12s %-15s %-24s %.1f/s\n", n, ms, rate, errors, \
			sprintf("%.0f %%", 100 * share), goal, sprintf("%.0f %%", 100 * busy), \
			(cpu > 0 ? sprintf("%.0f %%", 100 * n * flow_n / cpu) : "-"), \
			sprintf("%d/%d", median("many." n ".slept_ms"), median("many." n ".queued_ms")), bound_n
		many = many sprintf("%s    {\"flows\": %d, \"ms\": %d, \"per_second\": %.2f, \"errors\": %d, " \
			"\"cpu_ms\": %d, \"share_of_hash_bound\": %.3f, \"slept_ms_a_flow\": %d, " \
			"\"queued_ms_a_flow\": %d}", (many == "" ? "" : ",\n"), n, ms, rate, errors, cpu, share, \
			median("many." n ".slept_ms"), median("many." n ".queued_ms"))
	}
	printf "{\n  \"date\": \"%s\",\n  \"cores\": %d,\n  \"runs\": %d,\n  \"first_screen_starts\": %d,\n  \"figures\": {\n%s\n  },\n", \
		date, cores, runs, starts, json > results
	printf "%s", first_screen_goal > results
	printf "  \"key_to_screen_us\": {\"median\": %d, \"p99\": %d, \"keys\": %d},\n", key_median, key_p99, nk > results
	printf "  \"class_report_ms\": {\"audit_rows_0\": %.1f, \"audit_rows_200000\": %.1f},\n", report0, report200k > results
	printf "  \"hash_cost\": \"%s\",\n  \"hash_ms\": %.2f,\n  \"verify_ms\": %.2f,\n  \"many_flows\": [\n%s\n  ]\n}\n", \
		cost, hash, verify, many > results
	printf "\nThe same in %s.\n", results
}
