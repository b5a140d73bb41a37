/* Text for the terminal: wrapping by display columns (not bytes) and
 * drawing UTF-8 clipped to a width. Curses frontend only. */
#ifndef NGW_UI_TEXT_H
#define NGW_UI_TEXT_H

#include <curses.h>
#include <stddef.h>

struct wrapped {
	char **lines;
	size_t count;
};

/* Wraps text at width columns, breaking at spaces where it can and at
 * every '\n'. */
void wrap_text(const char *text, int width, struct wrapped *out);
void wrapped_free(struct wrapped *w);

/* Draws s at (y, x) in at most max_cols columns; returns columns used. */
int draw_text(WINDOW *win, int y, int x, const char *s, int max_cols);

#endif
