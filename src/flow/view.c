/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/view.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/notices.h"
#include "flow/field_check.h"
#include "flow/help.h"

/* A translated text with the placeholders filled, freed with the view. */
static char *filled(struct view *view, const char *text)
{
	return key_words_fill(text, view->keys);
}

static const char *kept(struct view *view, char *text)
{
	if (view->n_owned < sizeof view->owned / sizeof view->owned[0]) {
		view->owned[view->n_owned++] = text;
		return text;
	}
	free(text);
	return "";
}

static void add_block(struct view *view, enum block_kind kind, const char *label, char *text, bool after_gap)
{
	view->blocks = xreallocarray(view->blocks, view->n_blocks + 1, sizeof *view->blocks);
	view->blocks[view->n_blocks++] = (struct view_block){ kind, label, text, after_gap, NULL, 0, 0 };
}

static bool any_required(const struct flow *flow, const struct screen_spec *spec)
{
	for (size_t i = 0; i < spec->n_fields; i++)
		if (flow_field_required(flow, spec, i))
			return true;
	return false;
}

/* The court's notices from first to last, each with what it means here. */
static void add_notices(struct view *view, const struct flow *flow, size_t first, size_t last, bool *any)
{
	for (size_t i = first; i < last; i++) {
		char text[1024];
		notice_format(flow->notices[i], &flow->court, 0, text, sizeof text);
		add_block(view, BLOCK_NOTICE, NULL, xstrdup(text), *any);
		const struct notice *n = notice_get(flow->notices[i]);
		if (n->adaptation != NULL)
			add_block(view, BLOCK_ADAPTATION, NULL, filled(view, _(n->adaptation)), false);
		*any = true;
	}
}

/* The body, in the one order every frontend shows it: the step, the
 * intro, the picture, the lines, the court's leading notices, the paragraphs, the
 * screen's warning, the court's other notices. */
static void build_body(struct view *view, const struct flow *flow)
{
	const struct screen_spec *spec = flow->screen;
	bool any = false;
	if (view->n_tabs > 0)
		add_block(view, BLOCK_STEP, NULL, xstrdup(""), false);
	if (spec->intro != NULL) {
		add_block(view, BLOCK_TEXT, NULL, filled(view, _(spec->intro)), false);
		any = true;
	}
	if (flow->picture != NULL) {
		add_block(view, BLOCK_PICTURE, NULL, xstrdup(flow->picture), any);
		struct view_block *b = &view->blocks[view->n_blocks - 1];
		b->ascii = xstrdup(flow->picture_ascii);
		b->columns = flow->picture_columns;
		b->ascii_columns = flow->picture_ascii_columns;
		any = true;
	}
	for (size_t i = 0; i < flow->n_lines; i++) {
		add_block(view, BLOCK_LINE, _(flow->lines[i].label), xstrdup(flow->lines[i].value),
			  any && i == 0);
		any = true;
	}
	add_notices(view, flow, 0, flow->n_leading_notices, &any);
	for (size_t i = 0; i < flow->n_paragraphs; i++) {
		add_block(view, BLOCK_TEXT, NULL, filled(view, _(flow->paragraphs[i])), any);
		any = true;
	}
	if (flow->warning != NULL) {
		add_block(view, BLOCK_WARNING, NULL, filled(view, _(flow->warning)), any);
		any = true;
	}
	add_notices(view, flow, flow->n_leading_notices, flow->n_notices, &any);
	if (spec->n_fields > 0 && any_required(flow, spec))
		add_block(view, BLOCK_REQUIRED, NULL, xstrdup(_("* Required Information")), false);
}

static void build_fields(struct view *view, struct flow *flow)
{
	const struct screen_spec *spec = flow->screen;
	const struct form_values *form = flow_form(flow, spec);
	view->n_fields = (int)spec->n_fields;
	for (int i = 0; i < view->n_fields; i++) {
		const struct field_spec *f = &spec->fields[i];
		struct view_field *vf = &view->fields[i];
		vf->spec = f;
		vf->label = _(f->label);
		vf->value = form != NULL ? form->value[i] : "";
		vf->error = flow->field_errors[i][0] != '\0' ? kept(view, filled(view, flow->field_errors[i]))
							     : "";
		vf->checked = vf->error[0] != '\0' ? xstrdup(vf->value) : NULL;
		vf->secret = f->kind == FIELD_PASSWORD || f->secret;
		vf->list = f->choices != CHOICES_NONE;
		vf->required = flow_field_required(flow, spec, (size_t)i);
	}
}

static void build_actions(struct view *view, const struct flow *flow)
{
	const struct screen_spec *spec = flow->screen;
	view->default_action = view->back_action = -1;
	for (size_t i = 0; i < spec->n_actions && view->n_actions < FLOW_MAX_ACTIONS; i++) {
		if (!flow_action_visible(flow, i))
			continue;
		const struct action_spec *a = &spec->actions[i];
		if ((a->flags & ACTION_DEFAULT) && view->default_action < 0)
			view->default_action = view->n_actions;
		if ((a->flags & ACTION_BACK) && view->back_action < 0)
			view->back_action = view->n_actions;
		if (a->flags & ACTION_PERMANENT)
			view->permanent = true;
		view->actions[view->n_actions++] = (struct view_action){ a, _(a->label) };
	}
}

/* Back, or else the first action that commits nothing. */
static int safe_action(const struct view *view)
{
	if (view->back_action >= 0)
		return view->back_action;
	for (int i = 0; i < view->n_actions; i++)
		if (!(view->actions[i].spec->flags & ACTION_PERMANENT))
			return i;
	return -1;
}

/* A remembered place, or where the screen starts: the field a check
 * found wrong; on a screen with a permanent action the safe choice when
 * it warns, else the first field, never the permanent button; else the
 * first field, or the main button. */
void view_focus(const struct view *view, int *field, int *action)
{
	const struct flow *flow = view->flow;
	int remembered = flow->focus[view->spec->id];
	*field = *action = -1;
	if (remembered < 0 && flow->error_field >= 0 && flow->error_field < view->n_fields) {
		*field = flow->error_field;
		return;
	}
	if (remembered >= 0 && remembered < view->n_fields) {
		*field = remembered;
		return;
	}
	/* A permanent button is never where a screen starts, even remembered. */
	if (remembered >= view->n_fields && (size_t)(remembered - view->n_fields) < view->spec->n_actions &&
	    !(view->spec->actions[remembered - view->n_fields].flags & ACTION_PERMANENT)) {
		*action = view_action_index(view, &view->spec->actions[remembered - view->n_fields]);
		if (*action >= 0)
			return;
	}
	/* A menu or a list starts on itself. */
	if (view->spec->kind == SCREEN_MENU || view->spec->kind == SCREEN_LIST)
		return;
	if (view->permanent && (flow->warning != NULL || view->n_fields == 0))
		*action = safe_action(view);
	else if (view->n_fields > 0)
		*field = 0;
	else
		*action = view->default_action >= 0 ? view->default_action : safe_action(view);
}

int view_item(const struct view *view)
{
	return view->flow->item[view->spec->id];
}

void view_build(struct view *view, struct flow *flow, const struct key_words *keys)
{
	memset(view, 0, sizeof *view);
	const struct screen_spec *spec = flow->screen;
	view->flow = flow;
	view->keys = keys;
	view->spec = spec;
	/* The field a check found wrong gets the focus once, as the screen
	 * comes back with the error; a later layout (a resize, help closed)
	 * keeps the focus where the person has moved it since. */
	if (flow->error_field >= 0 && (size_t)flow->error_field < spec->n_fields)
		flow->focus[spec->id] = flow->error_field;
	view->title = _(flow_title(flow));
	for (int i = 0; spec->tabs != NULL && i < VIEW_MAX_TABS && spec->tabs[i] != NULL; i++)
		view->tabs[view->n_tabs++] = _(spec->tabs[i]);
	view->tab_index = spec->tab_index;
	view->tabs_are_steps = spec->tabs_are_steps;
	build_body(view, flow);
	build_fields(view, flow);
	build_actions(view, flow);
	view->message_kind = flow->message_kind;
	view->message = flow->message_kind == MESSAGE_NONE ? "" : kept(view, filled(view, flow->message));
	view->error_field = flow->error_field;
	view->items = flow->items;
	view->n_items = flow->n_items;
	view->has_live_note = spec->live_note != NULL;
}

void view_free(struct view *view)
{
	for (size_t i = 0; i < view->n_blocks; i++) {
		/* A picture, and the lines beside it, may show a key. */
		wipe_memory(view->blocks[i].text, strlen(view->blocks[i].text));
		free(view->blocks[i].text);
		if (view->blocks[i].ascii != NULL)
			wipe_memory(view->blocks[i].ascii, strlen(view->blocks[i].ascii));
		free(view->blocks[i].ascii);
	}
	free(view->blocks);
	for (size_t i = 0; i < view->n_owned; i++)
		free(view->owned[i]);
	for (int i = 0; i < view->n_fields; i++) {
		if (view->fields[i].checked == NULL)
			continue;
		/* It may be a password as typed. */
		wipe_memory(view->fields[i].checked, strlen(view->fields[i].checked));
		free(view->fields[i].checked);
	}
	memset(view, 0, sizeof *view);
}

const struct choice *view_choices(const struct view *view, int field, size_t *count)
{
	return flow_choices(view->flow, field, count);
}

bool view_complete_choice(const struct view *view, int field, const char *typed, char *out, size_t size)
{
	return flow_complete_choice(view->flow, field, typed, out, size);
}

const char *view_choice_starting(const struct view *view, int field, const char *prefix)
{
	size_t count;
	const struct choice *entries = view_choices(view, field, &count);
	const struct choice *found = choices_first_starting(entries, count, prefix);
	return found != NULL ? choices_label(found) : NULL;
}

char *view_help(const struct view *view)
{
	char *text = help_text(view->flow);
	char *done = key_words_fill(text, view->keys);
	free(text);
	return done;
}

void view_live_note(const struct view *view, char *out, size_t size)
{
	out[0] = '\0';
	if (view->spec->live_note != NULL)
		view->spec->live_note(view->flow, out, size);
}

void view_practice_note(const struct view *view, int detail, char *out, size_t size)
{
	flow_practice_note(view->flow, detail, out, size);
}

int view_action_index(const struct view *view, const struct action_spec *action)
{
	for (int i = 0; i < view->n_actions; i++)
		if (view->actions[i].spec == action)
			return i;
	return -1;
}
