/* SPDX-License-Identifier: MIT */
/* The plain frontend: the wizard as a conversation of lines, for screen
 * readers, braille displays, TERM=dumb and pipes. No cursor movement, no
 * colour, no screen clearing; passwords are read without echo. It keeps
 * every rule of a session as the full screen does (session.h): the idle
 * warning as a line and the reset, a draft at each field answered, a
 * permanent action only by its number or name, no quit at a kiosk. */
#include <config.h>

#include "ui/lines/ui_plain.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/signals.h"
#include "base/util.h"
#include "flow/session.h"
#include "ui/lines/ui_lines.h"

#define LINE_MAX_BYTES 4096
#define CTRL_X "\x18"

struct plain_ui {
	int in;
	FILE *to; /* what plain_ui_open was given */
	FILE *out; /* to, with its lines wrapped to the width */
	struct line_wrap *wrap;
	bool banner_said; /* the banner comes once, and after a reset */
	const struct screen_spec *last_screen; /* the screen said last, */
	int last_tab; /* and its tab */
	bool tty;
	bool restore_mode; /* the terminal's mode was changed */
	struct termios mode; /* as it was */
	char buffer[LINE_MAX_BYTES];
	size_t have; /* bytes read and not yet taken */
	bool ended; /* the input has no more */
};

enum word {
	WORD_NONE,
	WORD_BACK,
	WORD_HELP,
	WORD_QUIT,
	WORD_SCREEN,
	WORD_STAFF
};

enum line_result {
	LINE_OK, /* *line holds what was typed */
	LINE_END, /* no more input, or the line hung up */
	LINE_QUIT, /* Ctrl-C */
	LINE_RESET, /* the idle time ran out after the warning */
};

/* On a terminal, Ctrl-S would stop the output (XON/XOFF) and Ctrl-O
 * throw it away until pressed again: to a person the wizard would seem
 * frozen, as the full screen knows too. At a kiosk, Ctrl-D is a key like
 * any other, not the end of input (which would end the patron's
 * session); the staff leave with Ctrl-X and the passphrase. */
static void set_terminal_keys(struct plain_ui *ui, bool kiosk)
{
	struct termios mode;
	if (!ui->tty || tcgetattr(ui->in, &ui->mode) != 0)
		return;
	mode = ui->mode;
	mode.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
#ifdef VDISCARD
	mode.c_cc[VDISCARD] = _POSIX_VDISABLE;
#endif
	if (kiosk)
		mode.c_cc[VEOF] = _POSIX_VDISABLE;
	ui->restore_mode = tcsetattr(ui->in, TCSANOW, &mode) == 0;
}

struct plain_ui *plain_ui_open(int in_fd, FILE *out, bool kiosk)
{
	struct plain_ui *ui = xcalloc(1, sizeof *ui);
	ui->in = in_fd;
	ui->to = out;
	int out_fd = fileno(out) >= 0 ? fileno(out) : STDOUT_FILENO;
	ui->out = lines_wrap_open(out, lines_width(out_fd), &ui->wrap);
	if (ui->out == NULL) {
		ui->out = out; /* unwrapped lines are still the whole screen */
		ui->wrap = NULL;
	}
	ui->tty = isatty(in_fd) != 0;
	set_terminal_keys(ui, kiosk);
	return ui;
}

void plain_ui_close(struct plain_ui *ui)
{
	if (ui == NULL)
		return;
	if (ui->restore_mode)
		tcsetattr(ui->in, TCSANOW, &ui->mode);
	if (ui->out != ui->to)
		(void)fclose(ui->out); /* to stays open; what failed was said */
	wipe_memory(ui->buffer, sizeof ui->buffer);
	free(ui);
}

/* Control keys a terminal put in the line (Ctrl-S, Ctrl-O, an arrow's
 * escape) are not words; Ctrl-X, the staff's key, and Tab stay. */
static void drop_control_characters(char *line)
{
	char *to = line;
	for (const char *from = line; *from != '\0'; from++) {
		unsigned char c = (unsigned char)*from;
		if ((c < 0x20 && c != '\t' && c != 0x18) || c == 0x7f)
			continue;
		*to++ = *from;
	}
	*to = '\0';
}

/* A whole line from what was read, without its end; NULL when none. */
static char *take_line(struct plain_ui *ui)
{
	char *newline = memchr(ui->buffer, '\n', ui->have);
	bool whole = newline != NULL || ui->have == sizeof ui->buffer || (ui->ended && ui->have > 0);
	if (!whole)
		return NULL;
	size_t len = newline != NULL ? (size_t)(newline - ui->buffer) : ui->have;
	size_t used = newline != NULL ? len + 1 : len;
	char *line = xmalloc(len + 1);
	memcpy(line, ui->buffer, len);
	line[len] = '\0';
	line[strcspn(line, "\r")] = '\0';
	drop_control_characters(line);
	memmove(ui->buffer, ui->buffer + used, ui->have - used);
	wipe_memory(ui->buffer + ui->have - used, used);
	ui->have -= used;
	return line;
}

/* The idle warning, once, as a line (and a bell on a terminal). */
static void warn_idle(struct plain_ui *ui, struct session *session, const char *prompt)
{
	char *text = session_idle_text(session);
	fputc('\n', ui->out);
	if (ui->tty)
		fputc('\a', ui->out);
	lines_print_wrapped(ui->out, text);
	free(text);
	fputs(prompt, ui->out);
	fflush(ui->out);
}

/* One line; the prompt is said again after an idle warning. A secret
 * is read with the terminal's echo off. */
static enum line_result read_line(struct plain_ui *ui, struct session *session, const char *prompt,
				  bool secret, char **line)
{
	struct termios saved, quiet;
	bool hide = secret && ui->tty && tcgetattr(ui->in, &saved) == 0;
	if (hide) {
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(ui->in, TCSAFLUSH, &quiet);
	}
	fputs(prompt, ui->out);
	fflush(ui->out);
	const char *said = session_before_wait(session);
	if (said != NULL) {
		fprintf(ui->out, "\n%s\n%s", said, prompt);
		fflush(ui->out);
	}
	enum line_result result = LINE_END;
	bool warned = false;
	for (;;) {
		if ((*line = take_line(ui)) != NULL) {
			session_key(session);
			/* A terminal echoed the line and its Enter. */
			if (ui->tty)
				lines_wrap_line_ended(ui->wrap);
			/* An empty line after the warning only asked for more time. */
			if (warned && (*line)[0] == '\0') {
				free(*line);
				*line = NULL;
				warned = false;
				fputs(prompt, ui->out);
				fflush(ui->out);
				continue;
			}
			result = LINE_OK;
			break;
		}
		if (ui->ended || signals_stop_requested())
			break;
		if (signals_take_interrupt()) {
			result = LINE_QUIT;
			break;
		}
		struct pollfd p = { .fd = ui->in, .events = POLLIN };
		int ready = poll(&p, 1, session_wait_ms(session));
		if (ready == 0) {
			enum idle_state idle = session_tick(session);
			if (idle == IDLE_WARN) {
				warn_idle(ui, session, prompt);
				warned = true;
			}
			if (idle == IDLE_RESET) {
				result = LINE_RESET;
				break;
			}
			continue;
		}
		if (ready < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		ssize_t n = read(ui->in, ui->buffer + ui->have, sizeof ui->buffer - ui->have);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			ui->ended = true;
		else
			ui->have += (size_t)n;
	}
	if (hide) {
		tcsetattr(ui->in, TCSAFLUSH, &saved);
		fputc('\n', ui->out);
	}
	return result;
}

static enum word special_word(const char *line)
{
	static const struct {
		const char *word;
		enum word meaning;
	} words[] = {
		{ N_("back"), WORD_BACK },
		{ N_("help"), WORD_HELP },
		{ N_("quit"), WORD_QUIT },
		/* TRANSLATORS: the word that says the whole screen again. */
		{ N_("screen"), WORD_SCREEN },
	};
	if (strcmp(line, CTRL_X) == 0)
		return WORD_STAFF;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(line, words[i].word) == 0 || strcmp(line, _(words[i].word)) == 0)
			return words[i].meaning;
	return WORD_NONE;
}

/* "back, help, quit", or without quit where there is none. */
static const char *words_hint(const struct session *session)
{
	return session_may_quit(session) ? _("back, help, quit") : _("back, help");
}

static int number_in(const char *line, int most)
{
	char *end;
	long n = strtol(line, &end, 10);
	return line[0] != '\0' && *end == '\0' && n >= 1 && n <= most ? (int)n : 0;
}

/* What a line says beyond a value, or WORD_NONE. The result is set when
 * the screen ends here (back, quit, staff leaving, the end). */
static bool handle_word(struct plain_ui *ui, struct session *session, const struct view *view, enum word word,
			enum ui_result *result, const struct action_spec **action)
{
	switch (word) {
	case WORD_NONE:
		return false;
	case WORD_HELP:
		lines_print_help(ui->out, view, session_may_quit(session));
		return true;
	case WORD_QUIT:
		*result = UI_QUIT;
		return true;
	case WORD_SCREEN:
		lines_print_screen(ui->out, view, true);
		return true;
	case WORD_BACK:
		if (view->back_action >= 0) {
			*action = view->actions[view->back_action].spec;
			*result = UI_ACTION;
		}
		return true;
	case WORD_STAFF: {
		if (session_may_quit(session))
			return true; /* not a kiosk: Ctrl-X means nothing */
		char *typed = NULL;
		const char *why = NULL;
		enum line_result r = LINE_OK;
		if (session_staff_wait(session) == 0)
			r = read_line(ui, session, _("Staff passphrase (an empty line cancels): "), true,
				      &typed);
		if (r == LINE_OK && (typed == NULL || typed[0] != '\0')) {
			if (session_staff_exit(session, typed ? typed : "", &why) == STAFF_LEAVE)
				*result = UI_STAFF_LEFT;
			else
				fprintf(ui->out, "%s\n", why);
		}
		free_secret(typed);
		if (r == LINE_END)
			*result = UI_END;
		else if (r == LINE_RESET)
			*result = UI_IDLE;
		return true;
	}
	}
	return false;
}

static enum ui_result line_ended(enum line_result r)
{
	return r == LINE_QUIT ? UI_QUIT : r == LINE_RESET ? UI_IDLE : UI_END;
}

/* The visible actions, numbered from 1. */
static void print_actions(FILE *out, const struct view *view)
{
	for (int i = 0; i < view->n_actions; i++)
		fprintf(out, "%d. %s\n", i + 1, view->actions[i].label);
}

/* The action a line names: its number, its label or its id. */
static int named_action(const struct view *view, const char *line)
{
	int n = number_in(line, view->n_actions);
	if (n > 0)
		return n - 1;
	for (int i = 0; line[0] != '\0' && i < view->n_actions; i++)
		if (strcasecmp(line, view->actions[i].label) == 0 ||
		    strcasecmp(line, view->actions[i].spec->id) == 0)
			return i;
	return -1;
}

static char *action_prompt(const struct session *session, const struct view *view)
{
	const struct view_action *def = view->default_action >= 0 ? &view->actions[view->default_action]
								  : NULL;
	if (def != NULL && (def->spec->flags & ACTION_PERMANENT))
		/* TRANSLATORS: the last %s is "back, help" or "back, help, quit". */
		return xasprintf(_("%s cannot be undone: type its number or its name to do it; an "
				   "empty line does nothing (%s): "),
				 def->label, words_hint(session));
	if (def != NULL)
		return xasprintf(_("Choose a number, or press Enter for %s (%s): "), def->label,
				 words_hint(session));
	return xasprintf(_("Choose a number (%s): "), words_hint(session));
}

/* Asks for one of the screen's actions; an empty line takes the default
 * unless it is permanent. */
static enum ui_result choose_action(struct plain_ui *ui, struct session *session, const struct view *view,
				    const struct action_spec **action)
{
	for (;;) {
		print_actions(ui->out, view);
		char *prompt = action_prompt(session, view);
		char *line = NULL;
		/* On a terminal, a line that names a permanent action counts once
		 * the person had a moment with the prompt (not typed ahead). */
		session_permanent_focus(session, view->permanent);
		enum line_result r = read_line(ui, session, prompt, false, &line);
		free(prompt);
		if (r != LINE_OK)
			return line_ended(r);
		enum word word = special_word(trim_blanks(line));
		int chosen = word == WORD_NONE ? named_action(view, line) : -1;
		bool empty = line[0] == '\0';
		free(line);
		enum ui_result result = UI_ACTION;
		*action = NULL;
		if (handle_word(ui, session, view, word, &result, action)) {
			if (*action != NULL || result != UI_ACTION)
				return result;
			continue;
		}
		enum commit_by how = ui->tty ? COMMIT_BY_KEY : COMMIT_BY_NAME;
		if (empty && view->default_action >= 0) {
			chosen = view->default_action;
			how = COMMIT_BY_DEFAULT;
		}
		if (chosen < 0) {
			fprintf(ui->out, _("Type a number from 1 to %d.\n"), view->n_actions);
			continue;
		}
		const struct action_spec *a = view->actions[chosen].spec;
		const char *why;
		if (a->flags & ACTION_HELP) {
			lines_print_help(ui->out, view, session_may_quit(session));
		} else if (session_may_commit(session, a, how, &why)) {
			*action = a;
			return UI_ACTION;
		} else {
			lines_print_wrapped(ui->out, why);
		}
	}
}

static void print_choices(FILE *out, const struct view *view, int field)
{
	size_t count;
	const struct choice *entries = view_choices(view, field, &count);
	int n = 0, total = 0;
	for (size_t i = 0; i < count; i++)
		total += !entries[i].heading;
	fprintf(out, "%s:\n", view->fields[field].label);
	for (size_t i = 0; i < count; i++) {
		if (entries[i].heading)
			fprintf(out, "-- %s --\n", _(entries[i].value));
		else
			/* TRANSLATORS: "3 of 50: Arizona", an entry of a list. */
			fprintf(out, _("%d of %d: %s\n"), ++n, total,
				entries[i].label ? _(entries[i].label) : entries[i].value);
	}
}

/* A number typed at a list field stands for that entry of the list. */
static bool choice_by_number(const struct view *view, int field, const char *line, char *out, size_t size)
{
	size_t count;
	const struct choice *entries = view_choices(view, field, &count);
	int wanted = number_in(line, (int)count), n = 0;
	for (size_t i = 0; wanted > 0 && i < count; i++) {
		if (!entries[i].heading && ++n == wanted) {
			copy_text(out, size, entries[i].label ? _(entries[i].label) : entries[i].value);
			return true;
		}
	}
	return false;
}

/* Asks one field, and tells the session its answer (kept, and drafted):
 * a line that drops after it loses nothing of it. False with *result
 * set when the screen ends here. */
static bool ask_field(struct plain_ui *ui, struct session *session, const struct view *view, int i,
		      enum ui_result *result, const struct action_spec **action)
{
	const struct view_field *f = &view->fields[i];
	for (;;) {
		if (f->error[0] != '\0')
			/* TRANSLATORS: a field's label, then what is wrong with it. */
			fprintf(ui->out, _("Error: %s: %s\n"), f->label, f->error);
		char *prompt = lines_field_prompt(view, i);
		char *line = NULL;
		enum line_result r = read_line(ui, session, prompt, f->secret, &line);
		free(prompt);
		if (r != LINE_OK) {
			*result = line_ended(r);
			return false;
		}
		enum word word = special_word(line);
		if (word != WORD_NONE || (strcmp(line, "?") == 0 && f->list)) {
			free_secret(line);
			*result = UI_ACTION;
			*action = NULL;
			if (word == WORD_NONE) {
				print_choices(ui->out, view, i);
				continue;
			}
			handle_word(ui, session, view, word, result, action);
			if (*action != NULL || *result != UI_ACTION)
				return false;
			continue;
		}
		char chosen[FLOW_VALUE_MAX];
		if (f->list && choice_by_number(view, i, line, chosen, sizeof chosen))
			session_field_left(session, i, chosen);
		else if (line[0] != '\0' || f->secret)
			session_field_left(session, i, trim_blanks(line));
		else
			session_field_left(session, i, f->value);
		free_secret(line);
		return true;
	}
}

static enum ui_result run_form(struct plain_ui *ui, struct session *session, const struct view *view,
			       const struct action_spec **action)
{
	int field_errors = 0;
	for (int i = 0; i < view->n_fields; i++)
		field_errors += view->fields[i].error[0] != '\0';
	bool any_field_error = field_errors > 0;
	if (field_errors > 1)
		fprintf(ui->out, ngettext("%d error.\n", "%d errors.\n", field_errors), field_errors);
	if (view->message_kind == MESSAGE_ERROR && !any_field_error && view->error_field >= 0)
		fprintf(ui->out, _("Error: %s\n"), view->message);
	for (int i = 0; i < view->n_fields; i++) {
		/* After a check, only the fields it found wrong are asked again. */
		if (any_field_error && view->fields[i].error[0] == '\0')
			continue;
		enum ui_result result = UI_ACTION;
		if (!ask_field(ui, session, view, i, &result, action))
			return result;
	}
	if (view->has_live_note) {
		char note[FLOW_MESSAGE_MAX];
		view_live_note(view, note, sizeof note);
		lines_print_wrapped(ui->out, note);
	}
	return choose_action(ui, session, view, action);
}

static enum ui_result run_list(struct plain_ui *ui, struct session *session, const struct view *view,
			       const struct action_spec **action)
{
	char filter[FLOW_VALUE_MAX] = "";
	for (;;) {
		for (size_t i = 0; i < view->n_items; i++)
			if (filter[0] == '\0' || strcasestr(view->items[i], filter) != NULL)
				fprintf(ui->out, _("%d of %d: %s\n"), (int)i + 1, (int)view->n_items,
					view->items[i]);
		char *prompt = xasprintf(_("Type a number, or words to narrow the list (%s): "),
					 words_hint(session));
		char *line = NULL;
		enum line_result r = read_line(ui, session, prompt, false, &line);
		free(prompt);
		if (r != LINE_OK)
			return line_ended(r);
		enum word word = special_word(line);
		int chosen = number_in(line, (int)view->n_items);
		if (word == WORD_NONE && !chosen)
			copy_text(filter, sizeof filter, line);
		free(line);
		enum ui_result result = UI_ACTION;
		*action = NULL;
		if (handle_word(ui, session, view, word, &result, action)) {
			if (*action != NULL || result != UI_ACTION)
				return result;
			continue;
		}
		const char *why;
		if (chosen && view->default_action >= 0 &&
		    session_may_commit(session, view->actions[view->default_action].spec, COMMIT_BY_NAME,
				       &why)) {
			session_choose_item(session, chosen - 1);
			*action = view->actions[view->default_action].spec;
			return UI_ACTION;
		}
	}
}

/* After the reset, a line that nobody can miss between two patrons. */
static void print_reset(struct plain_ui *ui)
{
	fputs("\n========================================\n", ui->out);
}

static enum ui_result plain_present(void *data, struct session *session, const struct view *view,
				    const struct action_spec **action)
{
	struct plain_ui *ui = data;
	/* Lines typed ahead on a terminal before a permanent step appeared
	 * were meant for the screen before. */
	if (view->permanent && ui->tty) {
		tcflush(ui->in, TCIFLUSH);
		wipe_memory(ui->buffer, ui->have);
		ui->have = 0;
	}
	bool same_screen = view->spec == ui->last_screen && view->tab_index == ui->last_tab;
	ui->last_screen = view->spec;
	ui->last_tab = view->tab_index;
	if (same_screen && view->message_kind == MESSAGE_ERROR) {
		/* The screen was just said: only what is wrong, and how to hear
		 * the rest again. */
		fputc('\n', ui->out);
		if (view->error_field < 0)
			fprintf(ui->out, _("Error: %s\n"), view->message);
		fputs(_("(Type screen to hear the whole screen again.)\n"), ui->out);
	} else {
		lines_print_screen(ui->out, view, !ui->banner_said);
		ui->banner_said = true;
	}
	*action = NULL;
	enum ui_result result;
	switch (view->spec->kind) {
	case SCREEN_FORM:
		result = run_form(ui, session, view, action);
		break;
	case SCREEN_LIST:
		result = run_list(ui, session, view, action);
		break;
	case SCREEN_MENU:
	case SCREEN_INFO:
	default:
		result = choose_action(ui, session, view, action);
		break;
	}
	if (result == UI_IDLE) {
		print_reset(ui);
		ui->banner_said = false; /* the next person's first screen */
		ui->last_screen = NULL;
	}
	fflush(ui->out);
	return result;
}

/* What the core's key placeholders stand for in a conversation. */
static const struct key_words plain_keys = { {
	[KEY_WORD_SHOW_LIST] = N_("Type ? to see the list."),
	[KEY_WORD_SHOW_LIST_AGAIN] = N_("Type ? to see the list."),
	[KEY_WORD_REDRAW] = "",
	[KEY_WORD_CHOOSE] = N_("Type the number of your choice."),
	[KEY_WORD_KEEP_WORKING] = N_("Press Enter to keep working."),
} };

const struct frontend plain_frontend = {
	.name = "plain",
	.lines = true,
	.keys = &plain_keys,
	.present = plain_present,
};
