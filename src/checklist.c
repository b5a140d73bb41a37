#include <config.h>

#include "checklist.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "courts.h"
#include "i18n.h"
#include "notices.h"
#include "util.h"

static void add_step(struct checklist *list, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void add_step(struct checklist *list, const char *fmt, ...)
{
	if (list->count == CHECKLIST_MAX_STEPS)
		return;
	va_list ap;
	va_start(ap, fmt);
	/* The analyzer misses va_start above on this path. */
	vsnprintf(list->steps[list->count++], sizeof list->steps[0], fmt, ap);	/* NOLINT(clang-analyzer-valist.Uninitialized) */
	va_end(ap);
}

static void add_court_steps(const struct checklist_answers *a, struct checklist *list)
{
	char live[64], deadline[256];
	const struct court *court = a->court;
	court_format_date(court->nextgen_date, live, sizeof live);
	if (court_is_live(court, a->today))
		add_step(list, _("%s is on NextGen CM/ECF since %s: you can link now."), court->name, live);
	else
		add_step(list, _("%s moves to NextGen CM/ECF on %s. Linking is possible only from that day."),
			 court->name, live);
	notice_format(N11_DEADLINE, court, 0, deadline, sizeof deadline);
	add_step(list, "%s", deadline);
	if (court->outage_start[0] != '\0') {
		char outage[256];
		notice_format(N12_OUTAGE, court, 0, outage, sizeof outage);
		add_step(list, "%s", outage);
	}
	add_step(list, _("At %s: log in to its Document Filing System with your upgraded PACER "
			 "account, choose Utilities, then \"Link a CM/ECF account to my PACER account\", "
			 "type your old CM/ECF login and password, and confirm."),
		 court->id);
}

void checklist_build(const struct checklist_answers *a, struct checklist *list)
{
	memset(list, 0, sizeof *list);
	if (!a->individual_account)
		add_step(list, "%s %s", _(notice_get(N1_INDIVIDUAL_ACCOUNT)->text),
			 _("Register your own account first: it is free (Manage My Account login, Need an "
			   "Account?)."));
	if (a->legacy == 1)
		add_step(list, _("Upgrade your legacy PACER account (Manage My Account, Upgrade): Person, "
				 "Address and Security tabs. Afterwards use the new username."));
	else if (a->legacy == -1)
		add_step(list, _("Log in to Manage My Account and look at the Account Type. If it says "
				 "\"Legacy PACER Account\", upgrade it before linking."));
	if (!a->knows_ecf_login)
		add_step(list, _("Find your current CM/ECF login and password for this court. If you "
				 "forgot them, the court's CM/ECF help desk resets them; PACER cannot."));
	if (a->court != NULL)
		add_court_steps(a, list);
}

#define PAGE_COLUMNS 80

/* text after prefix, its words wrapped at PAGE_COLUMNS, the lines after
 * the first indented as far as the prefix: a page any printer takes. */
static void write_wrapped(FILE *out, const char *prefix, const char *text)
{
	int indent = text_columns(prefix), used = indent;
	fputs(prefix, out);
	char *copy = xstrdup(text), *save = NULL;
	bool first = true;
	for (char *word = strtok_r(copy, " ", &save); word != NULL; word = strtok_r(NULL, " ", &save)) {
		int width = text_columns(word);
		if (!first && used + 1 + width > PAGE_COLUMNS) {
			fprintf(out, "\n%*s", indent, "");
			used = indent;
			first = true;
		}
		if (!first) {
			fputc(' ', out);
			used++;
		}
		fputs(word, out);
		used += width;
		first = false;
	}
	fputc('\n', out);
	free(copy);
}

bool checklist_write(const struct checklist *list, const struct court *court, FILE *out)
{
	fprintf(out, "%s\n", _("My NextGen CM/ECF checklist"));
	if (court != NULL) {
		char *heading = xasprintf("%s (%s)", court->name, court->id);
		write_wrapped(out, "", heading);
		free(heading);
	}
	fputc('\n', out);
	for (int i = 0; i < list->count; i++) {
		char number[16];
		snprintf(number, sizeof number, "%d. ", i + 1);
		write_wrapped(out, number, list->steps[i]);
	}
	fprintf(out, "\n%s\n", _("Who can help"));
	write_wrapped(out, "- ", _("PACER Service Center (PACER accounts, logins, the upgrade): "
				   "(800) 676-6856, pacer@psc.uscourts.gov, 8 a.m. to 6 p.m. "
				   "Central Time, Monday to Friday."));
	if (court != NULL) {
		char *desk = court->help_desk[0] != '\0'
			? xasprintf(_("The court's CM/ECF help desk (your old CM/ECF login, linking): %s."),
				    court->help_desk)
			: xstrdup(_("The court's CM/ECF help desk (your old CM/ECF login, linking): "
				    "see the court's web site."));
		write_wrapped(out, "- ", desk);
		free(desk);
	}
	fputc('\n', out);
	write_wrapped(out, "", _("(Printed from the nextgen-wizard practice system: nothing was "
				 "sent to PACER or to the court.)"));
	return !ferror(out);
}
