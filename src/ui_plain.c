/* The plain frontend: the wizard as a conversation of lines, for screen
 * readers, braille displays, TERM=dumb and pipes. No cursor movement, no
 * colour, no screen clearing; passwords are read without echo. */
#include <config.h>

#include "ui_lines.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"

struct plain_ui {
	FILE *in, *out;
};

enum word { WORD_NONE, WORD_BACK, WORD_HELP, WORD_QUIT };

struct plain_ui *plain_ui_open(FILE *in, FILE *out)
{
	struct plain_ui *ui = xcalloc(1, sizeof *ui);
	ui->in = in;
	ui->out = out;
	return ui;
}

void plain_ui_close(struct plain_ui *ui)
{
	free(ui);
}

/* One line of input without its newline; NULL at the end of input. A
 * secret is read with the terminal's echo off. */
static char *read_line(struct plain_ui *ui, bool secret)
{
	struct termios saved, quiet;
	int fd = fileno(ui->in);
	bool hide = secret && isatty(fd) && tcgetattr(fd, &saved) == 0;
	if (hide) {
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(fd, TCSAFLUSH, &quiet);
	}
	fflush(ui->out);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, ui->in);
	if (hide) {
		tcsetattr(fd, TCSAFLUSH, &saved);
		fputc('\n', ui->out);
	}
	if (n < 0) {
		/* At the end of input the buffer holds no string to measure. */
		wipe_memory(line, cap);
		free(line);
		return NULL;
	}
	line[strcspn(line, "\r\n")] = '\0';
	return line;
}

static enum word special_word(const char *line)
{
	static const struct {
		const char *word;
		enum word meaning;
	} words[] = {
		{ N_("back"), WORD_BACK }, { N_("help"), WORD_HELP }, { N_("quit"), WORD_QUIT },
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(line, words[i].word) == 0 || strcmp(line, _(words[i].word)) == 0)
			return words[i].meaning;
	return WORD_NONE;
}

/* The visible actions, numbered from 1; returns how many. */
static int print_actions(FILE *out, const struct flow *flow, const struct action_spec **numbered)
{
	int n = 0;
	for (size_t i = 0; i < flow->screen->n_actions; i++) {
		if (!flow_action_visible(flow, i))
			continue;
		numbered[n++] = &flow->screen->actions[i];
		fprintf(out, "%d. %s\n", n, _(flow->screen->actions[i].label));
	}
	return n;
}

static int number_in(const char *line, int most)
{
	char *end;
	long n = strtol(line, &end, 10);
	return line[0] != '\0' && *end == '\0' && n >= 1 && n <= most ? (int)n : 0;
}

/* Asks for one of the screen's actions; Enter takes the default. */
static enum ui_result choose_action(struct plain_ui *ui, struct flow *flow,
				    const struct action_spec **action)
{
	const struct action_spec *numbered[FLOW_MAX_ACTIONS];
	for (;;) {
		int n = print_actions(ui->out, flow, numbered);
		const struct action_spec *def = flow_default_action(flow);
		if (def != NULL)
			fprintf(ui->out, _("Choose a number, or press Enter for %s (back, help, quit): "),
				_(def->label));
		else
			fprintf(ui->out, _("Choose a number (back, help, quit): "));
		char *line = read_line(ui, false);
		if (line == NULL)
			return UI_QUIT;
		enum word word = special_word(line);
		int chosen = number_in(line, n);
		bool empty = line[0] == '\0';
		free(line);
		if (word == WORD_QUIT)
			return UI_QUIT;
		if (word == WORD_HELP) {
			lines_print_help(ui->out, flow);
			continue;
		}
		*action = word == WORD_BACK ? flow_back_action(flow) : empty ? def : chosen ? numbered[chosen - 1] : NULL;
		if (*action != NULL && ((*action)->flags & ACTION_HELP)) {
			lines_print_help(ui->out, flow);
			continue;
		}
		if (*action != NULL)
			return UI_ACTION;
		fprintf(ui->out, _("Type a number from 1 to %d.\n"), n);
	}
}

static void print_choices(FILE *out, const struct flow *flow, int field)
{
	size_t count;
	const struct choice *entries = flow_choices(flow, field, &count);
	int n = 0;
	for (size_t i = 0; i < count; i++) {
		if (entries[i].heading)
			fprintf(out, "-- %s --\n", _(entries[i].value));
		else
			fprintf(out, "%d. %s\n", ++n, entries[i].label ? _(entries[i].label) : entries[i].value);
	}
}

/* A number typed at a list field stands for that entry of the list. */
static bool choice_by_number(const struct flow *flow, int field, const char *line, char *out,
			     size_t size)
{
	size_t count;
	const struct choice *entries = flow_choices(flow, field, &count);
	int wanted = number_in(line, (int)count), n = 0;
	for (size_t i = 0; wanted > 0 && i < count; i++) {
		if (!entries[i].heading && ++n == wanted) {
			copy_text(out, size, entries[i].label ? _(entries[i].label) : entries[i].value);
			return true;
		}
	}
	return false;
}

/* Asks one field; false with *result set when the person leaves. */
static bool ask_field(struct plain_ui *ui, struct flow *flow, int i, enum ui_result *result,
		      const struct action_spec **action)
{
	const struct field_spec *f = &flow->screen->fields[i];
	char *value = flow->values[flow->screen->id][i];
	for (;;) {
		if (flow->field_errors[i][0] != '\0')
			fprintf(ui->out, _("Error: %s\n"), flow->field_errors[i]);
		char *prompt = lines_field_prompt(flow, i);
		fputs(prompt, ui->out);
		free(prompt);
		char *line = read_line(ui, f->kind == FIELD_PASSWORD);
		if (line == NULL) {
			*result = UI_QUIT;
			return false;
		}
		enum word word = special_word(line);
		if (word == WORD_QUIT || word == WORD_BACK) {
			free_secret(line);
			*action = word == WORD_BACK ? flow_back_action(flow) : NULL;
			*result = word == WORD_QUIT || *action == NULL ? UI_QUIT : UI_ACTION;
			return false;
		}
		if (word == WORD_HELP || (strcmp(line, "?") == 0 && f->choices != CHOICES_NONE)) {
			if (word == WORD_HELP)
				lines_print_help(ui->out, flow);
			else
				print_choices(ui->out, flow, i);
			free(line);
			continue;
		}
		char chosen[FLOW_VALUE_MAX];
		if (f->choices != CHOICES_NONE && choice_by_number(flow, i, line, chosen, sizeof chosen))
			copy_text(value, FLOW_VALUE_MAX, chosen);
		else if (line[0] != '\0' || f->kind == FIELD_PASSWORD || f->secret)
			copy_text(value, FLOW_VALUE_MAX, trim_blanks(line));
		free_secret(line);
		return true;
	}
}

static enum ui_result run_form(struct plain_ui *ui, struct flow *flow, const struct action_spec **action)
{
	bool any_field_error = false;
	for (int i = 0; i < (int)flow->screen->n_fields; i++)
		any_field_error = any_field_error || flow->field_errors[i][0] != '\0';
	if (flow->message_kind == MESSAGE_ERROR && !any_field_error && flow->error_field >= 0)
		fprintf(ui->out, _("Error: %s\n"), flow->message);
	for (int i = 0; i < (int)flow->screen->n_fields; i++) {
		/* After a check, only the fields it found wrong are asked again. */
		if (any_field_error && flow->field_errors[i][0] == '\0')
			continue;
		enum ui_result result = UI_ACTION;
		if (!ask_field(ui, flow, i, &result, action))
			return result;
	}
	if (flow->screen->live_note != NULL) {
		char note[FLOW_MESSAGE_MAX];
		flow->screen->live_note(flow, note, sizeof note);
		fprintf(ui->out, "%s\n", note);
	}
	return choose_action(ui, flow, action);
}

static enum ui_result run_list(struct plain_ui *ui, struct flow *flow, const struct action_spec **action)
{
	char filter[FLOW_VALUE_MAX] = "";
	for (;;) {
		for (size_t i = 0; i < flow->n_items; i++)
			if (filter[0] == '\0' || strcasestr(flow->items[i], filter) != NULL)
				fprintf(ui->out, "%zu. %s\n", i + 1, flow->items[i]);
		fprintf(ui->out, _("Type a number, or words to narrow the list (back, help, quit): "));
		char *line = read_line(ui, false);
		if (line == NULL)
			return UI_QUIT;
		enum word word = special_word(line);
		int chosen = number_in(line, (int)flow->n_items);
		if (word == WORD_NONE && !chosen)
			copy_text(filter, sizeof filter, line);
		free(line);
		if (word == WORD_QUIT)
			return UI_QUIT;
		if (word == WORD_HELP)
			lines_print_help(ui->out, flow);
		if (word == WORD_BACK && (*action = flow_back_action(flow)) != NULL)
			return UI_ACTION;
		if (chosen) {
			flow->item[flow->screen->id] = chosen - 1;
			*action = flow_default_action(flow);
			return UI_ACTION;
		}
	}
}

static enum ui_result plain_present(void *data, struct flow *flow, const struct action_spec **action)
{
	struct plain_ui *ui = data;
	lines_print_screen(ui->out, flow);
	*action = NULL;
	switch (flow->screen->kind) {
	case SCREEN_FORM:
		return run_form(ui, flow, action);
	case SCREEN_LIST:
		return run_list(ui, flow, action);
	case SCREEN_MENU:
	case SCREEN_INFO:
		break;
	}
	return choose_action(ui, flow, action);
}

const struct frontend plain_frontend = {
	.name = "plain",
	.present = plain_present,
};
