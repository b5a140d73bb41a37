/* SPDX-License-Identifier: MIT */
/* Small helpers shared by every layer: allocation that cannot fail
 * silently, string copies that respect UTF-8, and wiping of secrets. */
#ifndef NGW_UTIL_H
#define NGW_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The room for a sentence that says why something failed: the buffer a
 * caller passes as (char *err, size_t err_size), HACKING "Errors". */
#define ERROR_MAX 512

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xreallocarray(void *p, size_t count, size_t size);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Copies src into dst (size bytes), cutting at a UTF-8 character
 * boundary if it does not fit; always NUL-terminates. */
void copy_text(char *dst, size_t size, const char *src);

/* copy_text for what a person typed, whatever the frontend let through:
 * each byte that is not UTF-8 and each control character (C0, DEL, C1)
 * becomes U+FFFD, so nothing of the kind is kept, stored or shown, and a
 * name's check still refuses it. */
void copy_typed_text(char *dst, size_t size, const char *src);

/* Removes leading and trailing blanks in place; returns s. */
char *trim_blanks(char *s);

/* Overwrites memory that held a secret so it cannot linger. */
void wipe_memory(void *p, size_t n);
/* Wipes a heap string holding a secret, then frees it. */
void free_secret(char *s);

/* Number of terminal columns the UTF-8 string occupies. */
int text_columns(const char *s);
/* A CSV field (RFC 4180: quoted, quotes doubled), then a comma, or the
 * end of the row when last. Control characters and backslashes are
 * escaped as in escape_text (a quote is doubled instead), and a field
 * that a spreadsheet would take for a formula (starting with =, +, - or
 * @) starts with an apostrophe. */
void write_csv_field(FILE *out, const char *text, bool last);
/* Before a CSV file for Excel, which otherwise takes it for Latin-1. */
#define UTF8_BYTE_ORDER_MARK "\xef\xbb\xbf"

/* text for a log or a terminal line: the escape character as \e, every
 * other control character (C0, DEL) as \xHH, C1 and the marks that turn
 * the text's direction as \uHHHH, each byte that is not UTF-8 as U+FFFD,
 * a quote and a backslash with a backslash before them; cut at a whole
 * piece to fit size. */
void escape_text(const char *text, char *out, size_t size);
/* escape_text for a terminal, where a quote means nothing: left as is. */
void escape_for_terminal(const char *text, char *out, size_t size);

/* Current real (wall-clock) time as "YYYY-MM-DD HH:MM:SS" in UTC. */
void now_timestamp(char out[20]);
/* Today's real date here, "YYYY-MM-DD". */
void local_date(char out[11]);

#endif
