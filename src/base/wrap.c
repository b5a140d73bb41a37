/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/wrap.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/util.h"

static void push_line(struct wrapped *w, const char *start, size_t len)
{
	w->lines = xreallocarray(w->lines, w->count + 1, sizeof *w->lines);
	char *line = xmalloc(len + 1);
	memcpy(line, start, len);
	line[len] = '\0';
	w->lines[w->count++] = line;
}

int char_columns(const char *s, size_t *len)
{
	/* ASCII is a column a byte (a control character too, as below):
	 * the text of every screen is measured at each paint. */
	if ((unsigned char)*s < 0x80) {
		*len = 1;
		return 1;
	}
	mbstate_t state;
	memset(&state, 0, sizeof state);
	wchar_t wc;
	size_t n = mbrtowc(&wc, s, strnlen(s, MB_LEN_MAX), &state);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		*len = 1;
		return 1;
	}
	*len = n;
	int cols = wcwidth(wc);
	return cols < 0 ? 1 : cols;
}

static void wrap_paragraph(const char *p, size_t plen, int width, struct wrapped *out)
{
	if (plen == 0) {
		push_line(out, "", 0);
		return;
	}
	const char *end = p + plen;
	while (p < end) {
		const char *q = p, *last_space = NULL;
		int cols = 0;
		while (q < end) {
			size_t n;
			int c = char_columns(q, &n);
			if (cols + c > width)
				break;
			if (*q == ' ')
				last_space = q;
			cols += c;
			q += n;
		}
		if (q < end && last_space != NULL && last_space > p)
			q = last_space;
		else if (q == p) {
			size_t n;
			char_columns(q, &n); /* a character wider than the line */
			q += n;
		}
		push_line(out, p, (size_t)(q - p));
		p = q;
		while (p < end && *p == ' ')
			p++;
	}
}

void wrap_text(const char *text, int width, struct wrapped *out)
{
	out->lines = NULL;
	out->count = 0;
	if (width < 1)
		width = 1;
	const char *p = text;
	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		wrap_paragraph(p, len, width, out);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

void wrapped_free(struct wrapped *w)
{
	for (size_t i = 0; i < w->count; i++)
		free(w->lines[i]);
	free(w->lines);
	w->lines = NULL;
	w->count = 0;
}
