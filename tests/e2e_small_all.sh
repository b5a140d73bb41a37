#!/bin/sh
# Every screen at 40x12 (a font twice the size, Section 508 1.4.4), in
# English and in Spanish: reached by the keys a person would press at
# 80x24, the window then shrinks to 40x12; the screen must still be there,
# with no "make the window larger" and nothing cut that matters (the
# screen's own text is drawn, scrolled if need be). Spanish follows the
# same keys; the text that says a step arrived is the English one, so
# there each step waits for the screen to settle instead.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

export HOME="$work_dir/home"
mkdir -p "$HOME"
template="$work_dir/template.db"
"$ADMIN" --db "$template" init > /dev/null || exit 1
. "${srcdir:-.}/tests/routes_lib.sh"
printf '%s\n' "$routes" | grep -v '^$' > "$work_dir/routes"
languages=${SMALL_LANGUAGES:-"en es"}
plan $(( $(wc -l < "$work_dir/routes") * $(echo $languages | wc -w) ))

too_small='make the window larger|Agrande la ventana'
for language in $languages; do
	while IFS='|' read -r name way marker <&3; do
		rm -f "$database" "$database-wal" "$database-shm"
		cp "$template" "$database"
		if [ "$language" = es ]; then
			wait_settles=yes
			start_wizard --lang es
			pick_pet="Como se llamaba" pick_city="En que ciudad" pick_car="Cual fue su primer"
			pick_mother="Cual es el apellido" pick_attorney=Abogado
		else
			pick_pet="What was the name of your f" pick_city="In what city were"
			pick_car="What was your first" pick_mother="What is your mother"
			pick_attorney=Attorney
			start_wizard
		fi
		reached=true
		eval "$way" || reached=false
		wait_for "$marker" || reached=false
		wait_settles=
		if ! $reached; then
			fail "$language $name: reached" "the way there did not end on \"$marker\":" "$(screen)"
			continue
		fi
		before=$(screen | sed -n '2p' | sed 's/^ *//' | cut -c1-20)
		tmux_cmd resize-window -t wizard -x 40 -y 12
		sleep 0.3
		if screen | grep -qE "$too_small"; then
			fail "$language $name: works at 40x12" "$(screen)"
		elif ! screen | tr -s ' ' | grep -qF -- "$(printf '%s' "$before" | cut -c1-12)"; then
			fail "$language $name: keeps its title at 40x12 ($before)" "$(screen)"
		else
			ok "$language $name: works at 40x12"
		fi
	done 3< "$work_dir/routes"
done
tap_finish
