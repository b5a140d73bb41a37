/* SPDX-License-Identifier: MIT */
/* Every function of the form library that the full screen calls, loaded
 * at the first form (base/lazy.h): the start screen is a menu. */
#include <config.h>

#include <form.h>

#include "base/lazy.h"

static struct lazy_library formw = { FORMW_SONAME, NULL };

void lazy_open_curses_libraries(void)
{
	lazy_open(&formw);
}

LAZY_FUNCTION(formw, FIELD *, new_field, (int rows, int cols, int top, int left, int offscreen, int buffers),
	      (rows, cols, top, left, offscreen, buffers))
LAZY_FUNCTION(formw, int, free_field, (FIELD * field), (field))
LAZY_FUNCTION(formw, int, field_info,
	      (const FIELD *field, int *rows, int *cols, int *top, int *left, int *offscreen, int *buffers),
	      (field, rows, cols, top, left, offscreen, buffers))
LAZY_FUNCTION(formw, int, set_max_field, (FIELD * field, int max), (field, max))
LAZY_FUNCTION(formw, int, set_field_back, (FIELD * field, chtype attributes), (field, attributes))
LAZY_FUNCTION(formw, int, set_field_buffer, (FIELD * field, int buffer, const char *value),
	      (field, buffer, value))
LAZY_FUNCTION(formw, int, field_opts_off, (FIELD * field, Field_Options options), (field, options))
LAZY_FUNCTION(formw, char *, field_buffer, (const FIELD *field, int buffer), (field, buffer))
LAZY_FUNCTION(formw, FORM *, new_form, (FIELD * *fields), (fields))
LAZY_FUNCTION(formw, int, free_form, (FORM * form), (form))
LAZY_FUNCTION(formw, int, set_form_win, (FORM * form, WINDOW *win), (form, win))
LAZY_FUNCTION(formw, int, set_form_sub, (FORM * form, WINDOW *sub), (form, sub))
LAZY_FUNCTION(formw, int, set_current_field, (FORM * form, FIELD *field), (form, field))
LAZY_FUNCTION(formw, int, post_form, (FORM * form), (form))
LAZY_FUNCTION(formw, int, unpost_form, (FORM * form), (form))
LAZY_FUNCTION(formw, int, pos_form_cursor, (FORM * form), (form))
LAZY_FUNCTION(formw, int, form_driver, (FORM * form, int request), (form, request))
LAZY_FUNCTION(formw, int, form_driver_w, (FORM * form, int type, wchar_t c), (form, type, c))
