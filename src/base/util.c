/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/util.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistr.h>
#include <wchar.h>

static void out_of_memory(void)
{
	/* Nothing sensible can be done without memory; say so and stop.
	 * Every allocation of the program goes through the x functions, so
	 * no caller checks for NULL (HACKING, "Errors"). */
	fputs("nextgen-wizard: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

void *xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

void *xreallocarray(void *p, size_t count, size_t size)
{
	if (size != 0 && count > SIZE_MAX / size)
		out_of_memory();
	size_t bytes = count * size;
	void *grown = realloc(p, bytes != 0 ? bytes : 1);
	if (grown == NULL)
		out_of_memory();
	return grown;
}

char *xstrdup(const char *s)
{
	char *copy = strdup(s);
	if (copy == NULL)
		out_of_memory();
	return copy;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	va_start(ap, fmt);
	int n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
		out_of_memory();
	return s;
}

void copy_text(char *dst, size_t size, const char *src)
{
	if (size == 0)
		return;
	size_t len = strlen(src);
	if (len >= size) {
		len = size - 1;
		/* Step back over continuation bytes so no character is cut. */
		while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
			len--;
	}
	memcpy(dst, src, len);
	dst[len] = '\0';
}

void copy_typed_text(char *dst, size_t size, const char *src)
{
	static const char replacement[] = "\xef\xbf\xbd"; /* U+FFFD */
	const uint8_t *p = (const uint8_t *)src;
	size_t left = strlen(src), used = 0;
	if (size == 0)
		return;
	while (left > 0) {
		ucs4_t c;
		int length = u8_mbtoucr(&c, p, left);
		const char *piece = (const char *)p;
		size_t piece_length = length > 0 ? (size_t)length : 0;
		/* Not UTF-8 (one byte), or a control character: shown as what
		 * it is, so a check refuses it in a name and nothing of it acts. */
		bool control = length > 0 && (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0));
		if (length < 0 || control) {
			piece = replacement;
			piece_length = sizeof replacement - 1;
			length = length < 0 ? 1 : length;
		}
		if (used + piece_length >= size)
			break;
		memcpy(dst + used, piece, piece_length);
		used += piece_length;
		p += length;
		left -= (size_t)length;
	}
	dst[used] = '\0';
}

char *trim_blanks(char *s)
{
	char *start = s;
	while (*start == ' ' || *start == '\t' || *start == '\n' || *start == '\r')
		start++;
	size_t len = strlen(start);
	while (len > 0 && (start[len - 1] == ' ' || start[len - 1] == '\t' || start[len - 1] == '\n' ||
			   start[len - 1] == '\r'))
		len--;
	memmove(s, start, len);
	s[len] = '\0';
	return s;
}

void wipe_memory(void *p, size_t n)
{
	if (p != NULL)
		explicit_bzero(p, n);
}

void free_secret(char *s)
{
	if (s == NULL)
		return;
	wipe_memory(s, strlen(s));
	free(s);
}

int text_columns(const char *s)
{
	mbstate_t state;
	memset(&state, 0, sizeof state);
	int cols = 0;
	size_t left = strlen(s);
	while (left > 0) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, s, left, &state);
		if (n == (size_t)-1 || n == (size_t)-2) {
			/* Invalid byte: count it as one column and resynchronise. */
			memset(&state, 0, sizeof state);
			n = 1;
			cols++;
		} else {
			if (n == 0)
				break;
			int w = wcwidth(wc);
			cols += w > 0 ? w : 0;
		}
		s += n;
		left -= n;
	}
	return cols;
}

void now_timestamp(char out[20])
{
	time_t t = time(NULL);
	struct tm tm;
	if (gmtime_r(&t, &tm) == NULL || strftime(out, 20, "%Y-%m-%d %H:%M:%S", &tm) == 0)
		copy_text(out, 20, "1970-01-01 00:00:00");
}

void local_date(char out[11])
{
	time_t t = time(NULL);
	struct tm tm;
	if (localtime_r(&t, &tm) == NULL || strftime(out, 11, "%Y-%m-%d", &tm) == 0)
		copy_text(out, 11, "1970-01-01");
}

/* The characters that turn the direction of what follows (U+202E makes
 * "exe.txt" read "txt.exe"): what a line shows is not what it holds. */
static bool is_direction_mark(ucs4_t c)
{
	return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
	       (c >= 0x2066 && c <= 0x2069);
}

/* One character of escape_text at p (n bytes left) into piece; how many
 * bytes it took. */
static int escape_one(const uint8_t *p, size_t n, bool quotes, char piece[12])
{
	ucs4_t c;
	int length = u8_mbtoucr(&c, p, n);
	if (length < 0) { /* not UTF-8: a replacement character, as a terminal shows it */
		snprintf(piece, 12, "%s", "\xef\xbf\xbd");
		return 1;
	}
	if (c == 0x1b)
		snprintf(piece, 12, "%s", "\\e"); /* the escape that starts a terminal's sequences */
	else if (c < 0x20 || c == 0x7f)
		snprintf(piece, 12, "\\x%02x", (unsigned)c);
	else if ((c >= 0x80 && c < 0xa0) || is_direction_mark(c))
		snprintf(piece, 12, "\\u%04x", (unsigned)c);
	else if ((c == '"' && quotes) || c == '\\')
		snprintf(piece, 12, "\\%c", (int)c);
	else
		snprintf(piece, 12, "%.*s", length, (const char *)p);
	return length;
}

void write_csv_field(FILE *out, const char *text, bool last)
{
	fputc('"', out);
	/* A spreadsheet runs a cell that starts so as a formula. */
	if (text[0] != '\0' && strchr("=+-@\t\r", text[0]) != NULL)
		fputc('\'', out);
	const uint8_t *p = (const uint8_t *)text;
	size_t left = strlen(text);
	while (left > 0) {
		char piece[12];
		int taken = *p == '"' || *p == '\\' ? 1 : escape_one(p, left, false, piece);
		if (*p == '"')
			fputs("\"\"", out);
		else if (*p == '\\')
			fputs("\\\\", out); /* typed "\x1b" stays told from an escape */
		else
			fputs(piece, out);
		p += taken;
		left -= (size_t)taken;
	}
	fputs(last ? "\"\n" : "\",", out);
}

static void escape_into(const char *text, bool quotes, char *out, size_t size)
{
	const uint8_t *p = (const uint8_t *)text;
	size_t left = strlen(text), used = 0;
	while (left > 0) {
		char piece[12];
		int taken = escape_one(p, left, quotes, piece);
		size_t length = strlen(piece);
		if (used + length >= size)
			break;
		memcpy(out + used, piece, length);
		used += length;
		p += taken;
		left -= (size_t)taken;
	}
	if (size > 0)
		out[used] = '\0';
}

void escape_text(const char *text, char *out, size_t size)
{
	escape_into(text, true, out, size);
}

void escape_for_terminal(const char *text, char *out, size_t size)
{
	escape_into(text, false, out, size);
}
