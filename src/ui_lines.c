#include <config.h>

#include "ui_lines.h"

#include <stdlib.h>
#include <string.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include "i18n.h"
#include "notices.h"
#include "util.h"
#include "wrap.h"

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
		break;	/* each prompt says whether its field is required */
	case BLOCK_TEXT:
	case BLOCK_WARNING:
	case BLOCK_ADAPTATION:
		fprintf(out, "%s\n", b->text);
		break;
	}
}

void lines_print_screen(FILE *out, const struct view *view)
{
	print_heading(out, view);
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
static int line_width(FILE *out)
{
	struct winsize size;
	int fd = fileno(out);
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
	wrap_text(text, line_width(out), &w);
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
	lines_print_wrapped(out, can_quit ? _("At any prompt: back, help or quit.")
					  : _("At any prompt: back or help."));
}

char *lines_field_prompt(const struct view *view, int i)
{
	const struct view_field *f = &view->fields[i];
	bool required = f->spec->required;
	const char *rule = f->list ? (required ? _("required, choose from list; type ? for the list")
					       : _("choose from list; type ? for the list"))
			   : f->secret ? (required ? _("required; typing is hidden")
					       : _("optional; typing is hidden"))
				   : (required ? _("required") : _("optional"));
	if (f->secret || f->value[0] == '\0')
		return xasprintf("%s (%s): ", f->label, rule);
	return xasprintf("%s (%s) [%s]: ", f->label, rule, f->value);
}
