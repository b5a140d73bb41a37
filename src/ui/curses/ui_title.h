/* SPDX-License-Identifier: MIT */
/* The terminal window's title names the screen (Section 508, 2.4.2 "Page
 * Titled"), where the terminal has a title: a terminfo "tsl" that starts
 * an OSC sequence, or the xterm-like "XT" flag. The title the person had
 * is pushed on the terminal's title stack and comes back at the end. */
#ifndef NGW_UI_TITLE_H
#define NGW_UI_TITLE_H

#include "flow/view.h"

/* After newterm: learns whether the terminal has a title, saves it. */
void ui_title_start(void);
/* The title for view, sent with the next refresh when it changed. */
void ui_title_show(const struct view *view);
/* Before endwin: the person's own title back. */
void ui_title_finish(void);

#endif
