/* SPDX-License-Identifier: MIT */
/* nextgen-admin room [--class NAME] [--once]: the trainer's view of the
 * room. */
#ifndef NGW_ADMIN_ROOM_H
#define NGW_ADMIN_ROOM_H

#include <stdbool.h>

#include "admin/admin_common.h"
#include "flow/room.h"

/* The table's heading and one row, on standard output; the MFA column
 * mfa_width wide (admin_mfa_width), as the era (a setting) shows it. */
void room_print_heading(int mfa_width);
void room_print_row(const struct room_row *row, const struct room_line *line, int era, int mfa_width);
/* The room printed once. */
int admin_room_once(struct store *store, const char *class_name);
/* The live view: the room of class_name ("": every session) until the
 * trainer quits; false after a sentence on standard error. A frontend
 * has it (ui/curses/ui_room.c); main wires it in. */
typedef bool (*room_view_function)(struct store *store, const char *class_name);
void admin_room_set_view(room_view_function view);
/* room's commands (show, the default). */
extern const struct admin_group admin_room_group;
/* call's words are those after "room"; returns the exit status. */
int admin_room_command(const struct admin_call *call);

#endif
