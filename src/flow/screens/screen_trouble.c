/* SPDX-License-Identifier: MIT */
/* "What went wrong?": the troubleshooting guide's questions and answers
 * (trouble.h holds the steps), opened from the start screen and from a
 * failed login or link. */
#include <config.h>

#include "flow/screens.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "base/util.h"
#include "flow/help.h"
#include "flow/trouble.h"

#define PATH_MAX_STEPS ((int)(sizeof((struct trouble_state *)0)->path / sizeof(int)))
_Static_assert(TROUBLE_MAX_FAQ <= 3, "trouble_state.questions holds three");

void trouble_note(struct flow *flow, enum screen_id screen, int step, const char *why)
{
	flow->trouble.hint = step;
	flow->trouble.hint_screen = screen;
	copy_text(flow->trouble.why, sizeof flow->trouble.why, why);
	trouble_offer(flow, screen);
}

void trouble_forget(struct flow *flow)
{
	flow->trouble.hint = TROUBLE_NONE;
	wipe_memory(flow->trouble.why, sizeof flow->trouble.why);
}

void trouble_offer(struct flow *flow, enum screen_id screen)
{
	if (flow->trouble.hint != TROUBLE_NONE && flow->trouble.hint_screen == screen)
		flow_show_action(flow, "trouble");
	else
		flow_hide_action(flow, "trouble");
}

static enum screen_id show_step(struct flow *flow, int step)
{
	flow->trouble.step = step;
	flow->item[SCREEN_TROUBLE] = 0;
	return trouble_is_question(step) ? SCREEN_TROUBLE : SCREEN_TROUBLE_ANSWER;
}

/* The guide's place (step, path, whether it opened at a hint) is set
 * here on every opening, so leaving it needs no tidying. */
enum screen_id trouble_open(struct flow *flow, enum screen_id from)
{
	flow->trouble.return_to = from;
	flow->trouble.depth = 0;
	flow->trouble.from_hint = flow->trouble.hint != TROUBLE_NONE && flow->trouble.hint_screen == from;
	return show_step(flow, flow->trouble.from_hint ? flow->trouble.hint : TROUBLE_WHAT);
}

/* Back: the previous question, or where the guide was opened. */
static enum screen_id step_back(struct flow *flow)
{
	if (flow->trouble.depth == 0)
		return flow->trouble.return_to;
	return show_step(flow, flow->trouble.path[--flow->trouble.depth]);
}

/* Opened after a failure: what happened comes first, in its words. */
static void show_what_happened(struct flow *flow)
{
	if (flow->trouble.from_hint && flow->trouble.depth == 0 && flow->trouble.why[0] != '\0')
		flow_add_paragraph(flow, flow->trouble.why);
}

/* ---- a question ------------------------------------------------------------ */

static const struct action_spec question_actions[] = {
	{ "choose", N_("Choose"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

static void question_load(struct flow *flow)
{
	const struct trouble_spec *spec = trouble_spec(flow->trouble.step);
	if (spec == NULL || spec->question == NULL)
		spec = trouble_spec(TROUBLE_WHAT);
	flow->title = spec->question;
	size_t n = trouble_choice_count(spec->step);
	char **items = xcalloc(n, sizeof *items);
	for (size_t i = 0; i < n; i++)
		items[i] = xstrdup(_(spec->choices[i].label));
	flow_set_items(flow, items, n);
	show_what_happened(flow);
}

static enum screen_id question_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return step_back(flow);
	int chosen = flow->item[SCREEN_TROUBLE];
	const struct trouble_spec *spec = trouble_spec(flow->trouble.step);
	if (spec == NULL || chosen < 0 || (size_t)chosen >= trouble_choice_count(spec->step))
		return SCREEN_TROUBLE;
	if (flow->trouble.depth < PATH_MAX_STEPS)
		flow->trouble.path[flow->trouble.depth++] = flow->trouble.step;
	return show_step(flow, spec->choices[chosen].next);
}

const struct screen_spec screen_trouble = {
	.id = SCREEN_TROUBLE,
	.name = "trouble",
	.kind = SCREEN_LIST,
	.title = N_("What went wrong?"),
	.intro = N_("Choose what you saw. A few questions lead to the likely cause and the next "
		    "step."),
	.actions = question_actions,
	.n_actions = COUNT_OF(question_actions),
	.help = N_("The troubleshooting guide: the problems e-filers met most when their court moved "
		   "to NextGen CM/ECF, as a few questions. Choose the answer that fits (or type part "
		   "of it); each path ends with the likely cause, the next step and who can help. Back "
		   "goes back one question, and from the first one back to where you were."),
	.load = question_load,
	.submit = question_submit,
};

/* ---- an answer --------------------------------------------------------------- */

static const struct action_spec answer_actions[] = {
	{ "go", N_("Go to the next step"), ACTION_DEFAULT },
	{ "again", N_("Something else went wrong"), 0 },
	{ "done", N_("Close the guide"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
};

static void answer_load(struct flow *flow)
{
	const struct trouble_spec *spec = trouble_spec(flow->trouble.step);
	if (spec == NULL || spec->question != NULL)
		return;
	flow->title = N_("What to do now");
	show_what_happened(flow);
	flow_add_paragraph(flow, spec->cause);
	flow_add_paragraph(flow, spec->next_step);
	for (int i = 0; i < TROUBLE_MAX_FAQ && spec->faq[i] != 0; i++) {
		const struct faq_item *item = faq_item(spec->faq[i]);
		/* Numbered as in the help, where answers refer to each other. */
		snprintf(flow->trouble.questions[i], sizeof flow->trouble.questions[i], _("Question %d: %s"),
			 item->number, _(item->question));
		flow_add_paragraph(flow, flow->trouble.questions[i]);
		flow_add_paragraph(flow, item->answer);
	}
	if (spec->contact != FAQ_CALL_NOBODY) {
		char *who = help_contacts(faq_calls_psc(spec->contact), faq_calls_court(spec->contact),
					  &flow->court);
		copy_text(flow->trouble.contacts, sizeof flow->trouble.contacts, who);
		free(who);
		flow_add_paragraph(flow, flow->trouble.contacts);
	}
	if (spec->go == SCREEN_COUNT)
		flow_hide_action(flow, "go");
}

/* Where the next step starts, as this person stands now. */
static enum screen_id next_step_screen(struct flow *flow, enum screen_id go)
{
	if (go == SCREEN_PACER_LOGIN) {
		flow->login.return_to = SCREEN_PACER_LOGIN;
		return flow->logged_in && !flow->visit.logged_in ? SCREEN_ACCOUNT : SCREEN_PACER_LOGIN;
	}
	if (go == SCREEN_LINK_COURT) {
		/* Already at a court: its Utilities hold the Link item, and its
		 * login is where a refused login starts again. */
		if (flow->visit.logged_in)
			return SCREEN_COURT_UTILITIES;
		if (flow->trouble.return_to == SCREEN_COURT_LOGIN)
			return SCREEN_COURT_LOGIN;
	}
	return go;
}

static enum screen_id answer_submit(struct flow *flow, const struct action_spec *action)
{
	const struct trouble_spec *spec = trouble_spec(flow->trouble.step);
	if (action_is(action, "back"))
		return step_back(flow);
	if (action_is(action, "again")) {
		flow->trouble.from_hint = false;
		flow->trouble.depth = 0;
		return show_step(flow, TROUBLE_WHAT);
	}
	if (action_is(action, "go") && spec != NULL && spec->go != SCREEN_COUNT)
		return next_step_screen(flow, spec->go);
	return flow->trouble.return_to;
}

const struct screen_spec screen_trouble_answer = {
	.id = SCREEN_TROUBLE_ANSWER,
	.name = "trouble-answer",
	.kind = SCREEN_INFO,
	.title = N_("What to do now"),
	.actions = answer_actions,
	.n_actions = COUNT_OF(answer_actions),
	.help = N_("The likely cause of what went wrong and the next step, with the questions other "
		   "e-filers asked about it. \"Go to the next step\" opens the screen where it starts "
		   "(when this practice has one); \"Something else went wrong\" starts the guide again; "
		   "\"Close the guide\" returns to where you were."),
	.load = answer_load,
	.submit = answer_submit,
};
