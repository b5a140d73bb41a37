/* The help of a screen, built once for every frontend: what the screen
 * is for, what to type in each field, the questions people asked there
 * with their answers, who can help, and the courts' original English
 * wording of any warning shown translated. */
#ifndef NGW_HELP_H
#define NGW_HELP_H

#include "faq.h"
#include "flow.h"
#include "store.h"

/* The current screen's help as paragraphs separated by blank lines;
 * the caller frees it. */
char *help_text(const struct flow *flow);
/* The PACER Service Center's telephone, e-mail and hours (translated). */
const char *help_psc_contact(void);
/* The court's CM/ECF help desk, or where to find it; the caller frees it. */
char *help_court_contact(const struct court *court);
/* "Who can help" for an answer that says whom to call: one line each,
 * the court's only when a court is chosen; the caller frees it. */
char *help_contacts(enum faq_contact contact, const struct court *court);

#endif
