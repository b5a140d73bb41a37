/* SPDX-License-Identifier: MIT */
/* The full-screen curses frontend (ncursesw, formw, menuw). */
#ifndef NGW_UI_CURSES_H
#define NGW_UI_CURSES_H

#include <stdbool.h>
#include <stddef.h>

#include "flow/frontend.h"
#include "flow/view.h"

struct curses_ui;

/* Starts curses on the terminal; NULL with a sentence in err when the
 * terminal cannot be used. */
struct curses_ui *curses_ui_open(bool kiosk, char *err, size_t err_size);
/* Paints view, a menu screen (the start screen), reading no key: the
 * first screen goes out while the database is still being opened; the
 * session's own first paint then sends only what differs. */
void curses_ui_paint_first(struct curses_ui *ui, const struct view *view);
/* A kiosk known only once the database was read: the keys that would
 * send a signal become keys, as curses_ui_open(true) makes them. */
void curses_ui_lock_down(struct curses_ui *ui);
/* The terminal as it was before, whatever the program was doing: for a
 * library that cannot be loaded (base/lazy.h). Nothing when the full
 * screen was never started. */
void curses_ui_give_terminal_back(void);
/* Ends curses and leaves the terminal as it was. */
void curses_ui_close(struct curses_ui *ui);

extern const struct frontend curses_frontend;

#endif
