/* SPDX-License-Identifier: MIT */
/* The plain frontend: a conversation in lines on standard input and
 * output, for a screen reader, a braille display or a pipe. */
#ifndef NGW_UI_PLAIN_H
#define NGW_UI_PLAIN_H

#include <stdbool.h>
#include <stdio.h>

#include "flow/frontend.h"

extern const struct frontend plain_frontend;
struct plain_ui;
/* kiosk: the terminal's end-of-file key is turned off until close. */
struct plain_ui *plain_ui_open(int in_fd, FILE *out, bool kiosk);
void plain_ui_close(struct plain_ui *ui);

#endif
