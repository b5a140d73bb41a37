/* SPDX-License-Identifier: MIT */
/* The wizard's screens, by id, in the order of screens/screens.def. */
#ifndef NGW_SCREEN_IDS_H
#define NGW_SCREEN_IDS_H

enum screen_id {
#define SCREEN(id, spec, file) SCREEN_##id,
#include "flow/screens/screens.def"
#undef SCREEN
	SCREEN_COUNT,
	SCREEN_QUIT = SCREEN_COUNT,
	/* Not screens: the session goes on in the other frontend. */
	SCREEN_TO_LINES,
	SCREEN_TO_FULL_SCREEN,
};

#endif
