/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka.h needs the four above first. */
#include <cmocka.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/ascii.h"

static void assert_ascii(const char *from, const char *expected)
{
	char *got = ascii_transliterate(from);
	assert_string_equal(got, expected);
	for (const unsigned char *c = (const unsigned char *)got; *c != '\0'; c++)
		assert_true(*c < 0x80);
	free(got);
}

static void spanish_stays_readable(void)
{
	assert_ascii("José Núñez Peña", "Jose Nunez Pena");
	assert_ascii("¿Qué salió mal? ¡Listo!", "Que salio mal? Listo!");
	assert_ascii("Contraseña", "Contrasena");
	/* é typed as e and a combining accent. */
	assert_ascii("Jose\xcc\x81", "Jose");
}

static void punctuation_has_ascii_forms(void **state)
{
	(void)state;
	spanish_stays_readable();
	assert_ascii("PRACTICE SYSTEM — not the real PACER", "PRACTICE SYSTEM - not the real PACER");
	assert_ascii("2020–2021", "2020-2021");
	assert_ascii("“Inactive,” it says", "\"Inactive,\" it says");
	assert_ascii("the court’s", "the court's");
	assert_ascii("more…", "more...");
	assert_ascii("40×12", "40x12");
	assert_ascii("Łukasz Müller, Straße", "Lukasz Muller, Strasse");
	assert_ascii("法院", "??");
	assert_ascii("plain ASCII stays", "plain ASCII stays");
}

static void translations_are_turned_once(void **state)
{
	(void)state;
	setlocale(LC_ALL, "C.UTF-8");
	ascii_decide();
	assert_false(ascii_only());
	const char *text = "Contraseña — Núñez";
	assert_ptr_equal(ascii_for_terminal(text), text);

	setlocale(LC_ALL, "C");
	ascii_decide();
	assert_true(ascii_only());
	const char *first = ascii_for_terminal(text);
	assert_string_equal(first, "Contrasena - Nunez");
	assert_ptr_equal(ascii_for_terminal(text), first);
	/* A buffer whose words change is turned by its words. */
	char buffer[32] = "Años";
	assert_string_equal(ascii_for_terminal(buffer), "Anos");
	strcpy(buffer, "Días");
	assert_string_equal(ascii_for_terminal(buffer), "Dias");
	setlocale(LC_ALL, "C.UTF-8");
	ascii_decide();
}

static void a_stream_writes_ascii_even_when_a_character_is_split(void **state)
{
	(void)state;
	char *text = NULL;
	size_t size = 0;
	FILE *memory = open_memstream(&text, &size);
	assert_non_null(memory);
	FILE *stream = ascii_stream_open(memory);
	assert_non_null(stream);
	/* "é" is C3 A9: its two bytes come in two writes. */
	fputs("Jos\xc3", stream);
	fflush(stream);
	fputs("\xa9 Núñez — ¿listo?\n", stream);
	assert_int_equal(fclose(stream), 0);
	assert_int_equal(fclose(memory), 0);
	assert_string_equal(text, "Jose Nunez - listo?\n");
	free(text);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(punctuation_has_ascii_forms),
		cmocka_unit_test(translations_are_turned_once),
		cmocka_unit_test(a_stream_writes_ascii_even_when_a_character_is_split),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
