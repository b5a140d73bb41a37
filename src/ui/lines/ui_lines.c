/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "ui/lines/ui_lines.h"

#include <stdlib.h>
#include <string.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/util.h"
#include "base/wrap.h"
#include "core/notices.h"

static void print_heading(FILE *out, const struct view *view)
{
	fprintf(out, "\n== %s ==\n", view->title);
	char note[FLOW_MESSAGE_MAX];
	view_practice_note(view, FLOW_NOTE_FULL, note, sizeof note);
	if (note[0] != '\0')
		fprintf(out, "%s\n", note);
}

/* "Step 2 of 3: Address", or the tab's name alone. */
static void print_step(FILE *out, const struct view *view)
{
	if (view->tabs_are_steps) {
		fprintf(out, _("Step %d of %d:"), view->tab_index + 1, view->n_tabs);
		fprintf(out, " %s\n", view->tabs[view->tab_index]);
	} else {
		fprintf(out, "%s\n", view->tabs[view->tab_index]);
	}
}

static void print_block(FILE *out, const struct view *view, const struct view_block *b)
{
	switch (b->kind) {
	case BLOCK_STEP:
		print_step(out, view);
		break;
	case BLOCK_LINE:
		fprintf(out, "%s: %s\n", b->label, b->text);
		break;
	case BLOCK_NOTICE:
		fprintf(out, _("Court notice: %s\n"), b->text);
		break;
	case BLOCK_REQUIRED:
		break; /* each prompt says whether its field is required */
	case BLOCK_PICTURE:
		/* A line at a time shows no picture: the key and the URI follow
		 * in words, for typing or pasting into an app. */
		fprintf(out, "%s\n",
			_("(On the full screen this is a QR code: type the Key below into "
			  "your authentication app, or paste the URI.)"));
		break;
	case BLOCK_TEXT:
	case BLOCK_WARNING:
	case BLOCK_ADAPTATION:
		fprintf(out, "%s\n", b->text);
		break;
	}
}

void lines_print_screen(FILE *out, const struct view *view, bool banner)
{
	print_heading(out, view);
	if (banner)
		fprintf(out, "%s\n", flow_banner());
	for (size_t i = 0; i < view->n_blocks; i++)
		print_block(out, view, &view->blocks[i]);
	if (view->message_kind == MESSAGE_ERROR && view->error_field < 0)
		fprintf(out, _("Error: %s\n"), view->message);
	else if (view->message_kind == MESSAGE_INFO)
		fprintf(out, "%s\n", view->message);
}

/* The columns a line may take: the terminal's, else $COLUMNS, else a
 * printer's 80; one less, so no terminal wraps a full line by itself. */
int lines_width(int fd)
{
	struct winsize size;
	/* A stream of ours (ASCII, wrapping) has no descriptor: it ends on
	 * standard output. */
	if (fd < 0)
		fd = STDOUT_FILENO;
	if (fd >= 0 && isatty(fd) && ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 1)
		return size.ws_col - 1;
	const char *columns = getenv("COLUMNS");
	char *end = NULL;
	long n = columns != NULL ? strtol(columns, &end, 10) : 0;
	if (columns != NULL && end != columns && *end == '\0' && n > 1 && n < 1000)
		return (int)n - 1;
	return 79;
}

void lines_print_wrapped(FILE *out, const char *text)
{
	struct wrapped w;
	wrap_text(text, lines_width(fileno(out)), &w);
	for (size_t i = 0; i < w.count; i++)
		fprintf(out, "%s\n", w.lines[i]);
	wrapped_free(&w);
}

void lines_print_help(FILE *out, const struct view *view, bool can_quit)
{
	char *title = xasprintf(_("Help: %s"), view->title);
	lines_print_wrapped(out, title);
	free(title);
	char *text = view_help(view);
	lines_print_wrapped(out, text);
	free(text);
	lines_print_wrapped(out, can_quit ? _("At any prompt: back, help, screen (the whole screen "
					      "again) or quit.")
					  : _("At any prompt: back, help or screen (the whole screen "
					      "again)."));
}

char *lines_field_prompt(const struct view *view, int i)
{
	const struct view_field *f = &view->fields[i];
	bool required = f->required;
	const char *rule = f->list     ? (required ? _("required, choose from list; type ? for the list")
						   : _("choose from list; type ? for the list"))
			   : f->secret ? (required ? _("required; typing is hidden")
						   : _("optional; typing is hidden"))
				       : (required ? _("required") : _("optional"));
	if (f->secret || f->value[0] == '\0')
		return xasprintf("%s (%s): ", f->label, rule);
	return xasprintf("%s (%s) [%s]: ", f->label, rule, f->value);
}

/* ---- a stream that wraps its lines at word boundaries ------------------ */

struct line_wrap {
	FILE *to;
	int width;
	int column; /* of the next character on the person's line */
	int spaces; /* blanks waiting for the next word */
	char word[LINE_WRAP_WORD_MAX];
	size_t word_bytes;
	int word_columns;
};

/* The blanks and the word waiting, on this line or, when they would pass
 * its end, at the start of the next (the blanks dropped). */
static bool say_word(struct line_wrap *w)
{
	if (w->column > 0 && w->word_bytes > 0 && w->column + w->spaces + w->word_columns > w->width) {
		if (fputc('\n', w->to) == EOF)
			return false;
		w->column = 0;
		w->spaces = 0;
	}
	for (; w->spaces > 0; w->spaces--, w->column++)
		if (fputc(' ', w->to) == EOF)
			return false;
	if (w->word_bytes > 0 && fwrite(w->word, 1, w->word_bytes, w->to) != w->word_bytes)
		return false;
	w->column += w->word_columns;
	w->word_bytes = 0;
	w->word_columns = 0;
	return true;
}

static ssize_t wrap_write(void *cookie, const char *buffer, size_t size)
{
	struct line_wrap *w = cookie;
	bool ok = true;
	for (size_t i = 0; ok && i < size; i++) {
		unsigned char c = (unsigned char)buffer[i];
		if (c == '\n') {
			ok = say_word(w) && fputc('\n', w->to) != EOF;
			w->column = 0;
			w->spaces = 0;
		} else if (c == ' ') {
			ok = w->word_bytes == 0 || say_word(w);
			w->spaces++;
		} else {
			if (w->word_bytes == sizeof w->word)
				ok = say_word(w);
			w->word[w->word_bytes++] = (char)c;
			/* A character's first byte takes a column; a bell none. */
			if ((c & 0xC0) != 0x80 && c >= 0x20)
				w->word_columns++;
		}
	}
	/* What was written is said now: a prompt waits for its answer. */
	ok = ok && say_word(w) && fflush(w->to) == 0;
	return ok ? (ssize_t)size : -1;
}

static int wrap_close(void *cookie)
{
	struct line_wrap *w = cookie;
	int status = fflush(w->to);
	free(w);
	return status == 0 ? 0 : EOF;
}

FILE *lines_wrap_open(FILE *to, int width, struct line_wrap **wrap)
{
	struct line_wrap *w = xcalloc(1, sizeof *w);
	w->to = to;
	w->width = width > 10 ? width : 10;
	cookie_io_functions_t functions = { .write = wrap_write, .close = wrap_close };
	FILE *stream = fopencookie(w, "w", functions);
	if (stream == NULL || setvbuf(stream, NULL, _IONBF, 0) != 0) {
		if (stream != NULL)
			fclose(stream);
		else
			free(w);
		return NULL;
	}
	*wrap = w;
	return stream;
}

void lines_wrap_line_ended(struct line_wrap *wrap)
{
	if (wrap != NULL) {
		wrap->column = 0;
		wrap->spaces = 0;
	}
}
