/* SPDX-License-Identifier: MIT */
/* The start screen: what the wizard is for, and the way into each part. */
#include <config.h>

#include "flow/screens.h"

#include <string.h>

#include "base/i18n.h"
#include "base/language.h"

static const struct action_spec start_actions[] = {
	{ "upgrade", N_("Upgrade my PACER account"), ACTION_DEFAULT },
	{ "link", N_("Link my CM/ECF account"), 0 },
	{ "courts", N_("Look up a court"), 0 },
	{ "checklist", N_("Get ready: my checklist"), 0 },
	{ "trouble", N_("What went wrong? Troubleshooting"), 0 },
	{ "help", N_("Help"), ACTION_HELP },
	/* TRANSLATORS: the name of the OTHER language, in that language: the
	 * English screens offer "Español", the Spanish ones "English". */
	{ "language", N_("Español"), 0 },
	{ "quit", N_("Quit"), 0 },
	/* Section 508's alternate version: the same wizard in lines, for a
	 * screen reader or a braille display. Last, so that the numbers of
	 * the others stay. */
	{ "lines", N_("Screen reader mode (line by line)"), 0 },
	{ "full-screen", N_("Full screen mode"), 0 },
};

/* A public terminal has no Quit: only staff leave, with their passphrase. */
static void start_load(struct flow *flow)
{
	if (flow->era >= 2025)
		flow_add_paragraph(flow, N_("This practice is set to 2025's PACER: at login, the password "
					    "update PACER asked for in August 2025, and multifactor "
					    "authentication with an authentication app on your own "
					    "phone."));
	if (flow->kiosk)
		flow_hide_action(flow, "quit");
	if (flow->line_by_line)
		flow_hide_action(flow, "lines");
	if (!flow->line_by_line || !flow->full_screen_available)
		flow_hide_action(flow, "full-screen");
}

static enum screen_id start_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "upgrade"))
		return flow->logged_in ? SCREEN_ACCOUNT : SCREEN_PACER_LOGIN;
	if (action_is(action, "link"))
		return SCREEN_LINK_COURT;
	if (action_is(action, "courts"))
		return SCREEN_COURT_LIST;
	if (action_is(action, "checklist"))
		return SCREEN_CHECKLIST;
	if (action_is(action, "trouble"))
		return trouble_open(flow, SCREEN_START);
	if (action_is(action, "language")) {
		/* Everything typed stays: only the words on the screens change. */
		if (!language_set(strcmp(language_current(), "es") == 0 ? "en" : "es"))
			/* In both languages: the Spanish catalogue is what is missing. */
			flow_error(flow, NULL,
				   _("La traducción al español no está instalada en esta "
				     "computadora. (The Spanish translation is not "
				     "installed on this computer.)"));
		return SCREEN_START;
	}
	if (action_is(action, "lines"))
		return SCREEN_TO_LINES;
	if (action_is(action, "full-screen"))
		return SCREEN_TO_FULL_SCREEN;
	if (action_is(action, "quit") && !flow->kiosk)
		return SCREEN_QUIT;
	return SCREEN_START;
}

const struct screen_spec screen_start = {
	.id = SCREEN_START,
	.name = "start",
	.kind = SCREEN_MENU,
	.title = N_("NextGen CM/ECF practice wizard"),
	.intro = N_("Practise the two steps every e-filer took when a court moved to NextGen CM/ECF: "
		    "upgrade a legacy PACER account, then link the old CM/ECF e-filing account at the court. "
		    "{choose}"),
	.actions = start_actions,
	.n_actions = COUNT_OF(start_actions),
	.help = N_("This wizard lets you practise, safely, what the courts asked every e-filer to do "
		   "when they moved to NextGen CM/ECF.\n\n"
		   "1. Upgrade my PACER account: log in to Manage My Account with your practice PACER "
		   "username and password and look at your Account Type. A legacy account (made before "
		   "August 11, 2014, with a 6-character username) must be upgraded.\n\n"
		   "2. Link my CM/ECF account: at each court that has moved to NextGen CM/ECF, link your "
		   "old CM/ECF e-filing login to your upgraded PACER account, once.\n\n"
		   "3. Look up a court: see whether a court is on NextGen CM/ECF and since when.\n\n"
		   "4. Get ready: four questions give your own list of steps and dates.\n\n"
		   "5. What went wrong?: a few questions about what you saw lead to the likely cause "
		   "and the next step.\n\n"
		   "Nothing here talks to the real PACER. Use only the practice accounts your trainer "
		   "or the clerk's office gave you."),
	.help_notice = N23_PUBLIC_ACCESS,
	.load = start_load,
	.submit = start_submit,
};
