/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "ui/curses/ui_text.h"

int draw_text(WINDOW *win, int y, int x, const char *s, int max_cols)
{
	int used = 0;
	size_t fits = 0; /* the bytes of the characters that fit, added at once */
	while (s[fits] != '\0' && used < max_cols) {
		size_t n;
		int c = char_columns(s + fits, &n);
		if (used + c > max_cols)
			break;
		used += c;
		fits += n;
	}
	wmove(win, y, x);
	if (fits > 0)
		waddnstr(win, s, (int)fits);
	return used;
}
