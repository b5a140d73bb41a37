/* SPDX-License-Identifier: MIT */
/* nextgen-admin room's live view: the room, refreshed every two seconds,
 * until the trainer quits. */
#ifndef NGW_UI_ROOM_H
#define NGW_UI_ROOM_H

#include <stdbool.h>

#include "store/store.h"

/* The room of class_name ("": every session) on the terminal; false
 * after a sentence on standard error when the database cannot be read. */
bool ui_room_view(struct store *store, const char *class_name);

#endif
