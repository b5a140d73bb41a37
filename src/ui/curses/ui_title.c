/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "ui/curses/ui_title.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>

#include "base/i18n.h"
#include "base/util.h"

/* xterm's title stack (XTWINOPS 22 and 23, the title only), which tmux,
 * PuTTY, VTE and Windows Terminal keep too. */
#define TITLE_PUSH "\033[22;2t"
#define TITLE_POP "\033[23;2t"

static const char *title_start, *title_end; /* NULL: no title */
static char *shown; /* the title last sent */

/* A capability's string, or NULL when the entry lacks it. */
static const char *capability(const char *name)
{
	const char *value = tigetstr(name);
	/* terminfo's documented answer for a name that is no string capability */
	bool absent = value == (const char *)-1; /* NOLINT(performance-no-int-to-ptr) */
	return value == NULL || absent ? NULL : value;
}

void ui_title_start(void)
{
	const char *tsl = capability("tsl"), *fsl = capability("fsl");
	/* Some old terminals' tsl moves the cursor to a status line of the
	 * screen: only an OSC is a window's title. */
	if (tsl != NULL && fsl != NULL && strncmp(tsl, "\033]", 2) == 0) {
		title_start = tsl;
		title_end = fsl;
	} else if (tigetflag("XT") > 0) {
		title_start = "\033]2;";
		title_end = "\007";
	}
	if (title_start != NULL)
		putp(TITLE_PUSH);
}

/* The words of the title: "Step 2 of 3: Address - Upgrade ..." on a step,
 * the screen's title elsewhere; control characters left out, and "$<"
 * broken, which putp would read as a delay. */
static char *title_text(const struct view *view)
{
	char *text;
	if (view->tabs_are_steps && view->n_tabs > 0) {
		char *step = xasprintf(_("Step %d of %d:"), view->tab_index + 1, view->n_tabs);
		text = xasprintf("%s %s - %s", step, view->tabs[view->tab_index], view->title);
		free(step);
	} else {
		text = xstrdup(view->title);
	}
	char *to = text;
	for (const char *from = text; *from != '\0'; from++) {
		unsigned char c = (unsigned char)*from;
		if (c < 0x20 || c == 0x7f || (c == '<' && to > text && to[-1] == '$'))
			continue;
		*to++ = *from;
	}
	*to = '\0';
	return text;
}

void ui_title_show(const struct view *view)
{
	if (title_start == NULL)
		return;
	char *text = title_text(view);
	if (shown != NULL && strcmp(shown, text) == 0) {
		free(text);
		return;
	}
	/* putp writes through stdio, which curses' own output does not: the
	 * title goes out now, in a write of its own just before the screen's
	 * (a title is a nicety: a failure to send it is not told). */
	putp(title_start);
	putp(text);
	putp(title_end);
	(void)fflush(stdout);
	free(shown);
	shown = text;
}

void ui_title_finish(void)
{
	if (title_start == NULL)
		return;
	putp(TITLE_POP);
	(void)fflush(stdout);
	free(shown);
	shown = NULL;
	title_start = title_end = NULL;
}
