/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/help.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/cmecf.h"
#include "core/notices.h"
#include "core/validate.h"

/* The numbers help texts name, from the constants the rules use, so a
 * text never says one number while the check holds another. Each is
 * more than one: the words around it stay plural. */
static const struct {
	const char *placeholder;
	int value;
} help_numbers[] = {
	{ "{link-tries}", LINK_TRIES },
	{ "{username-min}", USERNAME_MIN_CHARS },
	{ "{username-max}", USERNAME_MAX_CHARS },
	{ "{answer-min}", ANSWER_MIN_CHARS },
	{ "{client-code-max}", CLIENT_CODE_MAX_CHARS },
	{ "{password-2025-min}", PASSWORD_2025_MIN_CHARS },
	{ "{password-max}", PASSWORD_MAX_CHARS },
};

/* text with every from replaced by to, freeing text. */
static char *replace_all(char *text, const char *from, const char *to)
{
	char *at = strstr(text, from);
	while (at != NULL) {
		size_t before = (size_t)(at - text);
		char *done = xasprintf("%.*s%s%s", (int)before, text, to, at + strlen(from));
		free(text);
		text = done;
		at = strstr(text + before + strlen(to), from);
	}
	return text;
}

char *help_fill_numbers(char *text)
{
	for (size_t i = 0; i < sizeof help_numbers / sizeof help_numbers[0]; i++) {
		char number[16];
		snprintf(number, sizeof number, "%d", help_numbers[i].value);
		text = replace_all(text, help_numbers[i].placeholder, number);
	}
	return text;
}

const char *help_psc_contact(void)
{
	return _("PACER Service Center (PACER accounts, logins, the upgrade): (800) 676-6856, "
		 "pacer@psc.uscourts.gov, 8 a.m. to 6 p.m. Central Time, Monday to Friday.");
}

char *help_court_contact(const struct court *court)
{
	if (court->help_desk[0] != '\0')
		return xasprintf(_("The court's CM/ECF help desk (your old CM/ECF login, linking): %s."),
				 court->help_desk);
	return xstrdup(_("The court's CM/ECF help desk (your old CM/ECF login, linking): see the "
			 "court's web site."));
}

char *help_contacts(bool psc, bool court_desk, const struct court *court)
{
	char *desk = court_desk ? help_court_contact(court) : NULL;
	char *text = xasprintf("%s%s%s%s%s", _("Who can help:"), psc ? "\n- " : "",
			       psc ? help_psc_contact() : "", desk ? "\n- " : "", desk ? desk : "");
	free(desk);
	return text;
}

/* text + separator + more, freeing text. */
static char *append(char *text, const char *separator, const char *more)
{
	char *grown = xasprintf("%s%s%s", text, separator, more);
	free(text);
	return grown;
}

static char *append_faq(char *text, const struct flow *flow)
{
	enum screen_id screen = flow->screen->id;
	bool any = false, psc = false, desk = false;
	for (int n = 1; n <= FAQ_COUNT; n++) {
		const struct faq_item *item = faq_item(n);
		if (!faq_on_screen(item, screen))
			continue;
		if (!any)
			text = append(text, "\n\n", _("Questions people asked here:"));
		any = true;
		char *qa = xasprintf("%d. %s\n%s", item->number, _(item->question), _(item->answer));
		text = append(text, "\n\n", qa);
		free(qa);
		psc = psc || faq_calls_psc(item->contact);
		desk = desk || faq_calls_court(item->contact);
	}
	if (psc || desk) {
		char *who = help_contacts(psc, desk, &flow->court);
		text = append(text, "\n\n", who);
		free(who);
	}
	return text;
}

static char *append_original_notices(char *text, const struct flow *flow)
{
	for (size_t i = 0; i < flow->n_notices; i++) {
		const struct notice *n = notice_get(flow->notices[i]);
		if (strcmp(_(n->text), n->text) == 0)
			continue; /* already shown in English */
		char original[1024];
		notice_format(flow->notices[i], &flow->court, 1, original, sizeof original);
		char *wording = xasprintf("%s (%s):\n%s", _("The court's original wording"), n->source,
					  original);
		text = append(text, "\n\n", wording);
		free(wording);
	}
	return text;
}

char *help_text(const struct flow *flow)
{
	const struct screen_spec *spec = flow->screen;
	/* The screen's own text first: a small window may have cut it. */
	char *text = spec->intro ? xasprintf("%s\n\n%s", _(spec->intro), _(spec->help))
				 : xstrdup(_(spec->help));
	if (spec->help_notice != NOTICE_NONE) {
		char notice[1024];
		notice_format(spec->help_notice, &flow->court, 0, notice, sizeof notice);
		text = append(text, "\n\n", notice);
	}
	for (size_t i = 0; i < spec->n_fields; i++) {
		if (spec->fields[i].example == NULL)
			continue;
		char *example = xasprintf("%s: %s", _(spec->fields[i].label), _(spec->fields[i].example));
		text = append(text, "\n\n", example);
		free(example);
	}
	text = append_faq(text, flow);
	return help_fill_numbers(append_original_notices(text, flow));
}
