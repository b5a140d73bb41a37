#include <config.h>

#include "ui_lines.h"

#include <stdlib.h>
#include <string.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include "help.h"
#include "i18n.h"
#include "notices.h"
#include "util.h"
#include "wrap.h"

static void print_heading(FILE *out, const struct flow *flow)
{
	const struct screen_spec *spec = flow->screen;
	fprintf(out, "\n== %s ==\n", _(flow_title(flow)));
	char note[FLOW_MESSAGE_MAX];
	flow_practice_note(flow, FLOW_NOTE_FULL, note, sizeof note);
	if (note[0] != '\0')
		fprintf(out, "%s\n", note);
	if (spec->tabs == NULL)
		return;
	int count = 0;
	while (spec->tabs[count] != NULL)
		count++;
	if (spec->tabs_are_steps) {
		/* "Step 2 of 3: Address" */
		fprintf(out, _("Step %d of %d:"), spec->tab_index + 1, count);
		fprintf(out, " %s\n", _(spec->tabs[spec->tab_index]));
	} else {
		fprintf(out, "%s\n", _(spec->tabs[spec->tab_index]));
	}
}

void lines_print_screen(FILE *out, const struct flow *flow)
{
	const struct screen_spec *spec = flow->screen;
	print_heading(out, flow);
	fprintf(out, "%s\n", flow_banner());
	if (spec->intro != NULL)
		fprintf(out, "%s\n", _(spec->intro));
	for (size_t i = 0; i < flow->n_lines; i++)
		fprintf(out, "%s: %s\n", _(flow->lines[i].label), flow->lines[i].value);
	for (size_t i = 0; i < flow->n_paragraphs; i++)
		fprintf(out, "%s\n", _(flow->paragraphs[i]));
	for (size_t i = 0; i < flow->n_notices; i++) {
		char text[1024];
		const struct notice *n = notice_get(flow->notices[i]);
		notice_format(flow->notices[i], &flow->court, 0, text, sizeof text);
		fprintf(out, _("Court notice: %s\n"), text);
		if (n->adaptation != NULL)
			fprintf(out, "%s\n", _(n->adaptation));
	}
	if (flow->message_kind == MESSAGE_ERROR && flow->error_field < 0)
		fprintf(out, _("Error: %s\n"), flow->message);
	else if (flow->message_kind == MESSAGE_INFO)
		fprintf(out, "%s\n", flow->message);
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

void lines_print_help(FILE *out, const struct flow *flow)
{
	char *title = xasprintf(_("Help: %s"), _(flow_title(flow)));
	lines_print_wrapped(out, title);
	free(title);
	char *text = help_text(flow);
	lines_print_wrapped(out, text);
	free(text);
	lines_print_wrapped(out, _("At any prompt: back, help or quit."));
}

char *lines_field_prompt(const struct flow *flow, int i)
{
	const struct field_spec *f = &flow->screen->fields[i];
	const char *value = flow->values[flow->screen->id][i];
	bool secret = f->kind == FIELD_PASSWORD || f->secret;
	const char *rule = f->choices != CHOICES_NONE
				   ? (f->required ? _("required, choose from list; type ? for the list")
						  : _("choose from list; type ? for the list"))
				   : (f->required ? _("required") : _("optional"));
	if (secret || value[0] == '\0')
		return xasprintf("%s (%s): ", _(f->label), rule);
	return xasprintf("%s (%s) [%s]: ", _(f->label), rule, value);
}
