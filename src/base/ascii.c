/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/ascii.h"

#include <langinfo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "base/unicode.h"
#include "base/util.h"

static bool ascii_terminal;

void ascii_decide(void)
{
	const char *codeset = nl_langinfo(CODESET);
	ascii_terminal = codeset == NULL || strcmp(codeset, "UTF-8") != 0;
}

bool ascii_only(void)
{
	return ascii_terminal;
}

/* The ASCII for a character that has no ASCII letter inside it after
 * decomposition: "" to leave it out, NULL when there is none. */
static const char *ascii_for(ucs4_t c)
{
	static const struct {
		ucs4_t from;
		const char *to;
	} table[] = {
		{ 0x00A0, " " },        { 0x00A1, "" },   { 0x00AB, "\"" },  { 0x00AD, "" },
		{ 0x00B0, " degrees" }, { 0x00B7, "." },  { 0x00BB, "\"" },  { 0x00BF, "" },
		{ 0x00C6, "AE" },       { 0x00D7, "x" },  { 0x00D8, "O" },   { 0x00DF, "ss" },
		{ 0x00E6, "ae" },       { 0x00F8, "o" },  { 0x0141, "L" },   { 0x0142, "l" },
		{ 0x0152, "OE" },       { 0x0153, "oe" }, { 0x2010, "-" },   { 0x2011, "-" },
		{ 0x2012, "-" },        { 0x2013, "-" },  { 0x2014, "-" },   { 0x2015, "-" },
		{ 0x2018, "'" },        { 0x2019, "'" },  { 0x201C, "\"" },  { 0x201D, "\"" },
		{ 0x201E, "\"" },       { 0x2022, "*" },  { 0x2026, "..." }, { 0x2190, "<-" },
		{ 0x2192, "->" },       { 0x2212, "-" },  { 0x2500, "-" },   { 0x2502, "|" },
		{ 0x2713, "v" },        { 0x2717, "x" },
	};
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].from == c)
			return table[i].to;
	return NULL;
}

char *ascii_transliterate(const char *text)
{
	size_t length = 0;
	/* Compatibility decomposition: "é" is "e" and a combining accent,
	 * the ligature "ﬁ" is "fi". */
	uint8_t *decomposed = u8_normalize(unicode_nfkd(), (const uint8_t *)text, strlen(text), NULL,
					   &length);
	if (decomposed == NULL)
		return xstrdup(text);
	char *out = xmalloc(length * 8 + 1);
	size_t used = 0;
	const uint8_t *at = decomposed, *end = decomposed + length;
	while (at < end) {
		ucs4_t c;
		int n = u8_mbtouc(&c, at, (size_t)(end - at));
		at += n;
		if (c < 0x80) {
			out[used++] = (char)c;
			continue;
		}
		if (unicode_is_mark(c))
			continue; /* the accent of a letter already written */
		const char *ascii = ascii_for(c);
		if (ascii == NULL)
			ascii = "?";
		size_t n_ascii = strlen(ascii);
		memcpy(out + used, ascii, n_ascii);
		used += n_ascii;
	}
	out[used] = '\0';
	free(decomposed);
	return out;
}

/* The translations' ASCII forms, by their words (a text given to gettext
 * may be a buffer whose words change): each text is turned once. */
#define KEPT_MAX 4096
static struct {
	char *text;
	char *ascii;
} kept[KEPT_MAX];

static size_t text_hash(const char *text)
{
	size_t hash = 5381;
	for (const unsigned char *c = (const unsigned char *)text; *c != '\0'; c++)
		hash = hash * 33 + *c;
	return hash;
}

const char *ascii_for_terminal(const char *text)
{
	if (!ascii_terminal || text == NULL)
		return text;
	size_t slot = text_hash(text) % KEPT_MAX;
	for (size_t tries = 0; tries < KEPT_MAX; tries++, slot = (slot + 1) % KEPT_MAX) {
		if (kept[slot].text == NULL) {
			kept[slot].text = xstrdup(text);
			kept[slot].ascii = ascii_transliterate(text);
			return kept[slot].ascii;
		}
		if (strcmp(kept[slot].text, text) == 0)
			return kept[slot].ascii;
	}
	/* More texts than the catalogue holds: the oldest answer stays valid
	 * for whoever holds it, so the text goes as it is. */
	return text;
}

/* A stream that hands what is written to it to another in ASCII. A
 * character whose bytes arrive in two writes waits for the rest. */
struct ascii_stream {
	FILE *to;
	char pending[4];
	size_t n_pending;
};

/* The bytes of text up to the last whole UTF-8 character. */
static size_t whole_characters(const char *text, size_t size)
{
	size_t start = size;
	while (start > 0 && size - start < 4 && ((unsigned char)text[start - 1] & 0xC0) == 0x80)
		start--;
	if (start == 0)
		return size;
	unsigned char lead = (unsigned char)text[start - 1];
	size_t needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
	return size - (start - 1) >= needed ? size : start - 1;
}

static ssize_t ascii_stream_write(void *cookie, const char *buffer, size_t size)
{
	struct ascii_stream *s = cookie;
	size_t total = s->n_pending + size;
	char *text = xmalloc(total + 1);
	memcpy(text, s->pending, s->n_pending);
	memcpy(text + s->n_pending, buffer, size);
	size_t whole = whole_characters(text, total);
	s->n_pending = total - whole;
	memcpy(s->pending, text + whole, s->n_pending);
	text[whole] = '\0';
	char *ascii = ascii_transliterate(text);
	size_t length = strlen(ascii);
	bool ok = fwrite(ascii, 1, length, s->to) == length && fflush(s->to) == 0;
	free(ascii);
	free(text);
	return ok ? (ssize_t)size : -1;
}

static int ascii_stream_close(void *cookie)
{
	struct ascii_stream *s = cookie;
	int status = fflush(s->to);
	free(s);
	return status == 0 ? 0 : EOF;
}

FILE *ascii_stream_open(FILE *to)
{
	struct ascii_stream *s = xcalloc(1, sizeof *s);
	s->to = to;
	cookie_io_functions_t functions = { .write = ascii_stream_write, .close = ascii_stream_close };
	FILE *stream = fopencookie(s, "w", functions);
	if (stream == NULL)
		free(s);
	return stream;
}
