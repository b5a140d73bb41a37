/* SPDX-License-Identifier: MIT */
/* The full-screen curses frontend (ncursesw, formw, menuw). */
#ifndef NGW_UI_CURSES_H
#define NGW_UI_CURSES_H

#include <stdbool.h>
#include <stddef.h>

#include "flow/frontend.h"

struct curses_ui;

/* Starts curses on the terminal; NULL with a sentence in err when the
 * terminal cannot be used. */
struct curses_ui *curses_ui_open(bool kiosk, char *err, size_t err_size);
/* Ends curses and leaves the terminal as it was. */
void curses_ui_close(struct curses_ui *ui);

extern const struct frontend curses_frontend;

#endif
