/* SPDX-License-Identifier: MIT */
/* "Get ready": four questions answered in place give the person's own
 * list of steps with their court's dates, which can be saved to a file. */
#include <config.h>

#include "flow/screens.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "flow/checklist.h"
#include "flow/field_check.h"

static const struct field_spec checklist_fields[] = {
	{
		.id = "individual",
		.label = N_("Is your PACER account your own, not shared by your firm?"),
		.kind = FIELD_TEXT,
		.width = 10,
		.max_length = 10,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("Yes or No. A firm's shared account is not enough to e-file."),
		.choices = CHOICES_YES_NO,
	},
	{
		.id = "legacy",
		.label = N_("Was it made before August 11, 2014 (a 6-character username)?"),
		.kind = FIELD_TEXT,
		.width = 10,
		.max_length = 10,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("Yes, No or Not sure."),
		.choices = CHOICES_YES_NO_UNSURE,
	},
	{
		.id = "ecf-login",
		.label = N_("Do you know your CM/ECF login and password for the court?"),
		.kind = FIELD_TEXT,
		.width = 10,
		.max_length = 10,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("Yes or No: the old login the court gave you, not the PACER one."),
		.choices = CHOICES_YES_NO,
	},
	{
		.id = "court",
		.label = N_("Which court?"),
		.kind = FIELD_TEXT,
		.width = 30,
		.max_length = 80,
		.required = true,
		.check = CHECK_CHOICE,
		.example = N_("Its id, such as canb, or the start of its name."),
		.choices = CHOICES_COURT,
	},
};

static const struct action_spec checklist_actions[] = {
	{ "make", N_("Make my list"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
};

/* The stored value of a yes/no field its check found: "yes", "no" or
 * "unsure". */
static const char *answer(struct flow *flow, const char *field, enum choice_list list)
{
	size_t count;
	const struct choice *entries = choices_get(list, NULL, &count);
	const struct choice *found = choices_find(entries, count, flow_value(flow, field));
	return found != NULL ? found->value : "";
}

static struct form_values *checklist_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->checklist.form;
}

void checklist_wipe_answers(struct flow *flow)
{
	form_wipe(&flow->checklist.form);
}

static enum screen_id checklist_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_START;
	if (flow_check_form(flow, &screen_checklist) > 0 ||
	    !flow_choose_court(flow, flow_value(flow, "court")))
		return SCREEN_CHECKLIST;
	const char *individual = answer(flow, "individual", CHOICES_YES_NO);
	const char *legacy = answer(flow, "legacy", CHOICES_YES_NO_UNSURE);
	const char *ecf = answer(flow, "ecf-login", CHOICES_YES_NO);
	struct checklist_answers answers = {
		.individual_account = strcmp(individual, "yes") == 0,
		.legacy = strcmp(legacy, "yes") == 0  ? 1
			  : strcmp(legacy, "no") == 0 ? 0
						      : -1,
		.knows_ecf_login = strcmp(ecf, "yes") == 0,
		.court = &flow->court,
		.today = flow->today,
		.era_2025 = flow->era >= 2025,
	};
	checklist_build(&answers, &flow->checklist.list);
	return SCREEN_CHECKLIST_RESULT;
}

const struct screen_spec screen_checklist = {
	.id = SCREEN_CHECKLIST,
	.name = "checklist",
	.kind = SCREEN_FORM,
	.title = N_("Get ready: my checklist"),
	.intro = N_("Four questions give your own list of steps, with your court's dates."),
	.fields = checklist_fields,
	.n_fields = COUNT_OF(checklist_fields),
	.actions = checklist_actions,
	.n_actions = COUNT_OF(checklist_actions),
	.help = N_("Answer each question and choose Make my list. {show-list} The list says what to "
		   "do first and by when, from your court's NextGen date."),
	.submit = checklist_submit,
	.form = checklist_form,
};

static const struct action_spec result_actions[] = {
	{ "save", N_("Save to a file"), 0 },
	{ "done", N_("Done"), ACTION_DEFAULT | ACTION_BACK },
};

static void result_load(struct flow *flow)
{
	flow->title = N_("My NextGen CM/ECF checklist");
	/* A public terminal's files are not the patron's to take away. */
	if (flow->kiosk)
		flow_hide_action(flow, "save");
	flow->n_paragraphs = 0;
	for (int i = 0; i < flow->checklist.list.count; i++) {
		char *step = xasprintf("%d. %s", i + 1, flow->checklist.list.steps[i]);
		copy_text(flow->checklist.lines[i], sizeof flow->checklist.lines[i], step);
		free(step);
		flow_add_paragraph(flow, flow->checklist.lines[i]);
	}
}

static char *checklist_path(void)
{
	const char *home = getenv("HOME");
	return xasprintf("%s/nextgen-wizard-checklist.txt", home && home[0] == '/' ? home : ".");
}

static void save(struct flow *flow)
{
	char *path = checklist_path();
	FILE *out = fopen(path, "we");
	bool ok = out != NULL && checklist_write(&flow->checklist.list, &flow->court, NULL, out);
	if (out != NULL && fclose(out) != 0)
		ok = false;
	char message[FLOW_MESSAGE_MAX];
	if (ok)
		snprintf(message, sizeof message, _("Saved to %s."), path);
	else
		snprintf(message, sizeof message, _("Could not save to %s: %s."), path, strerror(errno));
	if (ok)
		flow_info(flow, message);
	else
		flow_error(flow, NULL, message);
	free(path);
}

static enum screen_id result_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "save") && !flow->kiosk) {
		save(flow);
		return SCREEN_CHECKLIST_RESULT;
	}
	return SCREEN_START;
}

const struct screen_spec screen_checklist_result = {
	.id = SCREEN_CHECKLIST_RESULT,
	.name = "checklist-result",
	.kind = SCREEN_INFO,
	.title = N_("My NextGen CM/ECF checklist"),
	.actions = result_actions,
	.n_actions = COUNT_OF(result_actions),
	.help = N_("Your steps, in order. Save to a file writes them to a text file in your home "
		   "folder, to print or keep."),
	.load = result_load,
	.submit = result_submit,
};
