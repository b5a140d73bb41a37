/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "ui/curses/ui_text.h"

int draw_text(WINDOW *win, int y, int x, const char *s, int max_cols)
{
	int used = 0;
	wmove(win, y, x);
	while (*s && used < max_cols) {
		size_t n;
		int c = char_columns(s, &n);
		if (used + c > max_cols)
			break;
		waddnstr(win, s, (int)n);
		used += c;
		s += n;
	}
	return used;
}
