#!/bin/sh
# SPDX-License-Identifier: MIT
# John Attorney's whole flow in Spanish, as a new user would do it: he
# chooses Español on the start screen, upgrades his legacy account through
# the three tabs and links his old CM/ECF account at the court, keyboard
# only, in a real 80x24 terminal. Dates are Spanish too.
. "${srcdir:-.}/tests/tap.sh"
. "${srcdir:-.}/tests/tmux_lib.sh"

plan 22
start_wizard
wait_for "7  Español"
keys 7
expect "Español on the start screen switches at once" "1  Actualizar mi cuenta de PACER"
expect "the banner too" "SISTEMA DE PRÁCTICA"
expect_line "and the way back is offered in English" '7  English'
keys 1
wait_for "Usuario *:"
type_text ja1234
keys Tab
type_text 'Legacy!2013'
keys Enter
expect "the account screen is in Spanish" "Tipo de cuenta: Cuenta de PACER antigua (Legacy)"
keys Enter
expect "the Person tab, with its step" "Paso 1 de 3:  [Datos personales] | Dirección | Seguridad"
expect_line "the name is pre-filled" 'Nombre \*: \[John'
# Fields and buttons found by their Spanish labels.
walk_language=es
fill "Date of Birth" "03/14/2030"
press Next
expect_joined "a date in the future is refused in Spanish" "Fecha de nacimiento: La fecha de nacimiento"
keys C-u
type_text "03/14/1970"
fill "User Type" Attorney
press Next
expect "Siguiente moves to the Address tab" "Paso 2 de 3:  Datos personales | [Dirección] | Seguridad"
press Next
expect "and to the Security tab" "Paso 3 de 3:  Datos personales | Dirección | [Seguridad]"
fill_security_tab jattorney2021 'Linked!2021'
commit Enviar
expect "the upgrade completes in Spanish" "Su cuenta de PACER ya está actualizada."
keys Enter
expect "the account is upgraded" "Tipo de cuenta: Cuenta de PACER actualizada"
keys Escape
wait_for "1  Actualizar mi cuenta de PACER"
keys 2
wait_for "Tribunal *:"
type_text canb
keys Enter
expect "the court's login is in Spanish" "INICIO DE SESIÓN DE PACER (PACER LOGIN)"
type_text jattorney2021
keys Tab
type_text 'Linked!2021'
keys Enter
expect "the court's main screen" "[ Utilidades ]"
keys Enter
wait_for "[Su cuenta]"
keys 1
expect "the Link screen" "Usuario de CM/ECF *:"
type_text jattorney
keys Tab
type_text 'Canb!Ecf2019'
keys Enter
expect "the confirm screen asks in Spanish" "¿Desea vincular estas cuentas?"
expect_line "with both names" '^ *PACER: John Attorney$'
keys BTab
commit Enviar
expect_joined "the court's success message in Spanish" "Vinculó su cuenta correctamente"
keys Enter
expect "the welcome screen has Bankruptcy (Bancarrota)" "[ Bancarrota ]"
expect "and Adversary (Contencioso)" "[ Contencioso ]"
keys Escape
wait_for "1  Actualizar mi cuenta de PACER"
keys 3
wait_for "canb"
type_text canb
keys Enter
expect "dates are Spanish: 16 de febrero de 2021" "16 de febrero de 2021"
keys Escape Escape
wait_for "7  English"
keys 7
expect "English comes back as easily" "1  Upgrade my PACER account"
expect "and the banner with it" "PRACTICE SYSTEM"
tap_finish
