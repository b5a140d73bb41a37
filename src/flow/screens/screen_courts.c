/* SPDX-License-Identifier: MIT */
/* Look up a court: the catalogue as a list, and one court's details. */
#include <config.h>

#include "flow/screens.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/courts.h"
#include "core/dates.h"

static const struct action_spec list_actions[] = {
	{ "choose", N_("Show"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static const struct action_spec detail_actions[] = {
	{ "open", N_("Document Filing System"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

/* "canb   Feb 16, 2021   U.S. Bankruptcy Court, ...": the id first, so
 * typing it jumps to the court, and the date (in words, short, so the
 * names keep their districts at 80 columns) before the long name, so a
 * narrow window cuts the name rather than the date. Dates are padded to
 * the longest of the list. */
static char *court_summary(const struct court *court, int date_width)
{
	char date[64];
	dates_short_words(court->nextgen_date, date, sizeof date);
	int used = text_columns(date);
	return xasprintf("%-6s %s%*s  %s", court->id, date, date_width > used ? date_width - used : 0, "",
			 court->name);
}

static void court_list_load(struct flow *flow)
{
	char **items = xcalloc(flow->n_courts, sizeof *items);
	int date_width = 0;
	for (size_t i = 0; i < flow->n_courts; i++) {
		char date[64];
		dates_short_words(flow->courts[i].nextgen_date, date, sizeof date);
		if (text_columns(date) > date_width)
			date_width = text_columns(date);
	}
	for (size_t i = 0; i < flow->n_courts; i++)
		items[i] = court_summary(&flow->courts[i], date_width);
	flow_set_items(flow, items, flow->n_courts);
}

static enum screen_id court_list_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_START;
	int chosen = flow->item[SCREEN_COURT_LIST];
	if (action_is(action, "choose") && chosen >= 0 && (size_t)chosen < flow->n_courts) {
		flow->court = flow->courts[chosen];
		return SCREEN_COURT_DETAIL;
	}
	return SCREEN_COURT_LIST;
}

static void court_detail_load(struct flow *flow)
{
	const struct court *court = &flow->court;
	char date[64];
	bool live = court_is_live(court, flow->today);
	court_format_date(court->nextgen_date, date, sizeof date);
	flow_add_line(flow, N_("Court"), court->name);
	flow_add_line(flow, N_("Court id"), court->id);
	flow_add_line(flow, N_("Type"), court_type_label(court->type));
	flow_add_line(flow, N_("CM/ECF"), live ? _("NextGen CM/ECF") : _("CurrentGen CM/ECF"));
	flow_add_line(flow, N_("NextGen date"), date);
	flow_add_line(flow, N_("CM/ECF help desk"),
		      court->help_desk[0] != '\0' ? court->help_desk : _("see the court's web site"));
	if (!live) {
		flow_add_notice(flow, N9_NOT_BEFORE_GO_LIVE);
		flow_add_notice(flow, N11_DEADLINE);
	}
	if (court->outage_start[0] != '\0')
		flow_add_notice(flow, N12_OUTAGE);
	flow_add_notice(flow, N10_ONE_TIME);
	flow_add_notice(flow, N22_REGISTER_PER_COURT);
}

static enum screen_id court_detail_submit(struct flow *flow, const struct action_spec *action)
{
	(void)flow;
	if (action_is(action, "open"))
		return SCREEN_COURT_LOGIN;
	return action_is(action, "back") ? SCREEN_COURT_LIST : SCREEN_COURT_DETAIL;
}

const struct screen_spec screen_court_list = {
	.id = SCREEN_COURT_LIST,
	.name = "court-list",
	.kind = SCREEN_LIST,
	.title = N_("Court CM/ECF Lookup"),
	.intro = N_("Each court with the day it moved to NextGen CM/ECF. Type a court's id (such as "
		    "canb) or part of its name to narrow the list, then choose a court to see its "
		    "details."),
	.actions = list_actions,
	.n_actions = COUNT_OF(list_actions),
	.help = N_("The courts and the day each moved to NextGen CM/ECF. The details of a court say "
		   "whether it is on NextGen CM/ECF yet (by the practice date, if your trainer set "
		   "one).\n\n"
		   "Linking is possible only in a court that is live on NextGen. A court not yet on "
		   "NextGen keeps its own CM/ECF login until it converts."),
	.load = court_list_load,
	.submit = court_list_submit,
};

const struct screen_spec screen_court_detail = {
	.id = SCREEN_COURT_DETAIL,
	.name = "court-detail",
	.kind = SCREEN_INFO,
	.title = N_("Court details"),
	.actions = detail_actions,
	.n_actions = COUNT_OF(detail_actions),
	.help = N_("One court's CM/ECF version and its NextGen date, with the court's own warnings "
		   "about linking. Document Filing System opens the court's login; Back returns to "
		   "the list."),
	.load = court_detail_load,
	.submit = court_detail_submit,
};
