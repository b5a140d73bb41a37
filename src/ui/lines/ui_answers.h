/* SPDX-License-Identifier: MIT */
/* The answers frontend: a whole walk from a file of answers (tests,
 * demonstrations), one line a field or choice. */
#ifndef NGW_UI_ANSWERS_H
#define NGW_UI_ANSWERS_H

#include <stdbool.h>
#include <stdio.h>

#include "flow/frontend.h"

extern const struct frontend answers_frontend;
struct answers_ui;
struct answers_ui *answers_ui_open(const char *path, FILE *out, char *err, size_t err_size);
void answers_ui_close(struct answers_ui *ui);

#endif
