/* SPDX-License-Identifier: MIT */
/* The answers frontend: the wizard with no person at the keyboard. Each
 * visit to a screen takes its lines from the file in order:
 *     upgrade-person.birth-date = 03/14/1970
 *     upgrade-person = next
 * that is "screen.field = value" lines, then "screen = action";
 * "screen = help" prints the screen's help. Lines starting with # are
 * comments. Secrets are never echoed. */
#include <config.h>

#include "ui/lines/ui_answers.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "flow/session.h"
#include "ui/lines/ui_lines.h"

struct answers_ui {
	FILE *in, *out;
	char *path;
	unsigned long line_number;
	char *held; /* a line read ahead, for the next screen */
};

struct answers_ui *answers_ui_open(const char *path, FILE *out, char *err, size_t err_size)
{
	FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "re");
	if (in == NULL) {
		snprintf(err, err_size, _("Cannot read %s: %s."), path, strerror(errno));
		return NULL;
	}
	struct answers_ui *ui = xcalloc(1, sizeof *ui);
	ui->in = in;
	ui->out = out;
	ui->path = xstrdup(path);
	return ui;
}

void answers_ui_close(struct answers_ui *ui)
{
	if (ui == NULL)
		return;
	if (ui->in != stdin)
		fclose(ui->in);
	free_secret(ui->held);
	free(ui->path);
	free(ui);
}

/* The next line that says something; NULL at the end of the file. */
static char *next_line(struct answers_ui *ui)
{
	if (ui->held != NULL) {
		char *line = ui->held;
		ui->held = NULL;
		return line;
	}
	char *line = NULL;
	size_t cap = 0;
	/* What the screens said is out before the next answer is waited for:
	 * a script answering from a FIFO reads it first (the e-mailed code).
	 * A write that fails is said when the output is closed. */
	(void)fflush(NULL);
	while (getline(&line, &cap, ui->in) >= 0) {
		ui->line_number++;
		trim_blanks(line);
		if (line[0] != '\0' && line[0] != '#')
			return line;
	}
	wipe_memory(line, cap);
	free(line);
	return NULL;
}

static enum ui_result fail(struct answers_ui *ui, const char *fmt, const char *a, const char *b)
{
	fprintf(ui->out, "%s:%lu: ", ui->path, ui->line_number);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	fprintf(ui->out, fmt, a, b);
#pragma GCC diagnostic pop
	fputc('\n', ui->out);
	return UI_FAILED;
}

static int field_index_of(const struct view *view, const char *id)
{
	for (int i = 0; i < view->n_fields; i++)
		if (strcmp(view->fields[i].spec->id, id) == 0)
			return i;
	return -1;
}

/* "item = canb" on a list screen: the first item that starts so. */
static bool choose_item(struct session *session, const struct view *view, const char *value)
{
	for (size_t i = 0; i < view->n_items; i++) {
		if (strncmp(view->items[i], value, strlen(value)) == 0) {
			session_choose_item(session, (int)i);
			return true;
		}
	}
	return false;
}

static void print_errors(struct answers_ui *ui, const struct view *view)
{
	if (view->message_kind != MESSAGE_ERROR)
		return;
	if (view->error_field >= 0)
		fprintf(ui->out, _("Error: %s\n"), view->message);
	for (int i = 0; i < view->n_fields; i++)
		if (view->fields[i].error[0] != '\0' && i != view->error_field)
			fprintf(ui->out, _("Error: %s\n"), view->fields[i].error);
}

/* "Actions: Query | Reports | Utilities": what the screen offers. */
static void print_actions(struct answers_ui *ui, const struct view *view)
{
	const char *separator = "";
	fputs(_("Actions:"), ui->out);
	for (int i = 0; i < view->n_actions; i++) {
		fprintf(ui->out, "%s %s (%s)", separator, view->actions[i].label, view->actions[i].spec->id);
		separator = " |";
	}
	fputc('\n', ui->out);
}

/* The visible action with that id, or NULL. */
static const struct action_spec *action_named(const struct view *view, const char *id)
{
	for (int i = 0; i < view->n_actions; i++)
		if (strcmp(view->actions[i].spec->id, id) == 0)
			return view->actions[i].spec;
	return NULL;
}

enum applied {
	APPLIED_VALUE,
	APPLIED_ACTION,
	APPLIED_ERROR
};

/* One "key = value" line for the current screen. */
static enum applied apply(struct answers_ui *ui, struct session *session, const struct view *view, char *key,
			  const char *value, const struct action_spec **action)
{
	const char *screen = view->spec->name;
	char *dot = strchr(key, '.');
	if (dot == NULL && strcmp(value, "help") == 0) {
		/* Any screen's help, as a person would ask for it; the answers
		 * go on with the same screen. */
		lines_print_help(ui->out, view, session_may_quit(session));
		*action = NULL;
		return APPLIED_VALUE;
	}
	if (dot == NULL) {
		const char *why;
		*action = action_named(view, value);
		if (*action == NULL) {
			fail(ui, _("the screen %s has no action \"%s\"."), screen, value);
			return APPLIED_ERROR;
		}
		/* A line of the file names its action: a deliberate choice. */
		(void)session_may_commit(session, *action, COMMIT_BY_NAME, &why);
		fprintf(ui->out, "-> %s\n", _((*action)->label));
		return APPLIED_ACTION;
	}
	const char *field = dot + 1;
	if (view->spec->kind == SCREEN_LIST && strcmp(field, "item") == 0) {
		if (!choose_item(session, view, value)) {
			fail(ui, _("no item of %s starts with \"%s\"."), screen, value);
			return APPLIED_ERROR;
		}
		fprintf(ui->out, "%s = %s\n", field, value);
		return APPLIED_VALUE;
	}
	int i = field_index_of(view, field);
	if (i < 0) {
		fail(ui, _("the screen %s has no field \"%s\"."), screen, field);
		return APPLIED_ERROR;
	}
	session_field_left(session, i, value);
	/* As kept: what the file held may not be text for a terminal. */
	char kept[FLOW_VALUE_MAX];
	copy_typed_text(kept, sizeof kept, value);
	fprintf(ui->out, "%s = %s\n", field, view->fields[i].secret ? _("(not shown)") : kept);
	return APPLIED_VALUE;
}

static enum ui_result answers_present(void *data, struct session *session, const struct view *view,
				      const struct action_spec **action)
{
	struct answers_ui *ui = data;
	const char *screen = view->spec->name;
	lines_print_screen(ui->out, view, true);
	/* The name an answers file uses for this screen. */
	fprintf(ui->out, _("Screen: %s\n"), screen);
	print_errors(ui, view);
	print_actions(ui, view);
	*action = NULL;
	for (;;) {
		/* What this screen said is out before the disk is written. */
		fflush(ui->out);
		const char *said = session_before_wait(session);
		if (said != NULL)
			fprintf(ui->out, "%s\n", said);
		char *line = next_line(ui);
		if (line == NULL) {
			fprintf(ui->out, _("The answers end at the screen %s.\n"), screen);
			return UI_END;
		}
		char *eq = strchr(line, '=');
		if (eq == NULL) {
			enum ui_result r = fail(ui,
						_("expected screen.field = value or screen = action, not "
						  "\"%s\"%s."),
						line, "");
			free_secret(line);
			return r;
		}
		*eq = '\0';
		char *key = trim_blanks(line), *value = trim_blanks(eq + 1);
		size_t screen_len = strcspn(key, ".");
		if (strlen(screen) != screen_len || strncmp(key, screen, screen_len) != 0) {
			enum ui_result r =
				view->message_kind == MESSAGE_ERROR
					? fail(ui, _("the wizard stayed at %s: %s"), screen, view->message)
					: fail(ui,
					       _("the wizard is at the screen %s; this answer is for another one (%s)."),
					       screen, key);
			free_secret(line);
			return r;
		}
		enum applied applied = apply(ui, session, view, key, value, action);
		free_secret(line);
		if (applied == APPLIED_ACTION)
			return UI_ACTION;
		if (applied == APPLIED_ERROR)
			return UI_FAILED;
	}
}

/* A file of answers presses no key: every placeholder goes. */
static const struct key_words answers_keys = { { NULL } };

const struct frontend answers_frontend = {
	.name = "answers",
	.lines = true,
	.keys = &answers_keys,
	.present = answers_present,
};
