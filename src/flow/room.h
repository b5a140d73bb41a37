/* SPDX-License-Identifier: MIT */
/* The room as a trainer reads it (room.c). */
#ifndef NGW_ROOM_H
#define NGW_ROOM_H

#include <stdbool.h>
#include <stddef.h>

#include "store/store.h"

/* One row of the room as a person reads it. */
struct room_line {
	bool connected;
	const char *state; /* connected, dropped, left, never */
	char where[256]; /* terminal, and host when not this one */
	char screen[128]; /* the screen's title */
	char step[32]; /* "Upgrade 2/3", "Linked"... */
	int idle_seconds; /* -1 when not connected */
	char idle[16];
	int failures;
	bool stuck;
};

/* An account's multifactor authentication in a word or two, for the room
 * and the class report: "-" in the 2021 era for an account without any
 * (no app, backup code, skip or rule set); else "enrolled" (an app or a
 * backup code left), "skipped N" (not enrolled, the prompt skipped N
 * times), "required" (not enrolled, no skip) or "off". */
void room_mfa_word(const struct mfa_state *mfa, int era, char *out, size_t size);

/* The part of the flow a screen (by name) belongs to: "upgrade", "link"
 * or "". */
const char *room_step_of_screen(const char *screen);
/* Where a trainee is, in words ("Upgrade 2/3", "Linking", "Linked"...):
 * done as the account says, else the screen a session is on. */
void room_step_words(const char *screen, bool upgraded, bool linked, char *out, size_t size);

/* row as a person reads it, now being the time (seconds since the
 * epoch). */
void room_describe(const struct room_row *row, long long now, struct room_line *out);

#endif
