/* SPDX-License-Identifier: MIT */
/* Text for a terminal that is not UTF-8 (LANG=C, or a Latin-1 locale):
 * nothing but ASCII goes out. Accents are dropped ("Núñez" is "Nunez"),
 * dashes and quotes become their ASCII forms, and "¿" and "¡" go, so
 * Spanish stays readable. */
#ifndef NGW_ASCII_H
#define NGW_ASCII_H

#include <stdbool.h>
#include <stdio.h>

/* Decides, from the character set of the locale in use (after setlocale),
 * whether output must be ASCII. */
void ascii_decide(void);
/* True when the terminal's character set is not UTF-8. */
bool ascii_only(void);
/* text (UTF-8) as ASCII; the caller frees it. */
char *ascii_transliterate(const char *text);
/* text itself when the terminal takes UTF-8, else its ASCII form, kept
 * for the life of the program: for the translations, a fixed set. */
const char *ascii_for_terminal(const char *text) __attribute__((format_arg(1)));
/* A stream that writes to `to` in ASCII (for the line-by-line
 * frontends); NULL when it cannot be made. fclose does not close `to`. */
FILE *ascii_stream_open(FILE *to);

#endif
