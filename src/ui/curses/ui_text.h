/* SPDX-License-Identifier: MIT */
/* Text for the terminal: drawing UTF-8 clipped to a width (and the
 * wrapping of wrap.h). Curses frontend only. */
#ifndef NGW_UI_TEXT_H
#define NGW_UI_TEXT_H

#include <curses.h>
#include <stddef.h>

#include "base/wrap.h"

/* Draws s at (y, x) in at most max_cols columns; returns columns used. */
int draw_text(WINDOW *win, int y, int x, const char *s, int max_cols);

#endif
