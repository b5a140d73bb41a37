/* SPDX-License-Identifier: MIT */
/* Text wrapped by display columns (not bytes), for every frontend and
 * for pages written to files. */
#ifndef NGW_WRAP_H
#define NGW_WRAP_H

#include <stddef.h>

struct wrapped {
	char **lines;
	size_t count;
};

/* Wraps text at width columns, breaking at spaces where it can and at
 * every '\n'. */
void wrap_text(const char *text, int width, struct wrapped *out);
void wrapped_free(struct wrapped *w);
/* Width in columns of the UTF-8 character at s; its byte length in *len
 * (a broken byte counts as one column). */
int char_columns(const char *s, size_t *len);

#endif
