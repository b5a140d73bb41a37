/* SPDX-License-Identifier: MIT */
/* Frontends that speak in lines (plain, answers): a screen written as
 * text, in the order the curses frontend shows it, with no terminal
 * control at all. */
#ifndef NGW_UI_LINES_H
#define NGW_UI_LINES_H

#include <stdio.h>

#include "flow/frontend.h"
#include "flow/view.h"

/* The heading, the banner when asked for, the view's blocks and the
 * screen's message. */
void lines_print_screen(FILE *out, const struct view *view, bool banner);
/* The screen's help, wrapped to the width of the terminal, and the
 * words every prompt takes (quit only where the person may leave). */
void lines_print_help(FILE *out, const struct view *view, bool can_quit);
/* text with its words wrapped to the terminal's width (80 on paper). */
void lines_print_wrapped(FILE *out, const char *text);
/* The columns a line on fd may take: the terminal's width, else COLUMNS,
 * else 80; less one. */
int lines_width(int fd);

/* A stream that writes to `to` with its lines wrapped at word boundaries
 * to width columns (a screen reader then never reads a word split in
 * two); each write is said at once. NULL when it cannot be made. */
#define LINE_WRAP_WORD_MAX 256
struct line_wrap;
FILE *lines_wrap_open(FILE *to, int width, struct line_wrap **wrap);
/* The person's Enter, echoed by the terminal, began a new line. */
void lines_wrap_line_ended(struct line_wrap *wrap);
/* A field's prompt: "County (required, choose from list; type ? for the
 * list) [Alameda]: ". Secrets never show their value. */
char *lines_field_prompt(const struct view *view, int field);

#endif
