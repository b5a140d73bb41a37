/* SPDX-License-Identifier: MIT */
/* The help of a screen, built once for every frontend: what the screen
 * is for, what to type in each field, the questions people asked there
 * with their answers, who can help, and the courts' original English
 * wording of any warning shown translated. */
#ifndef NGW_HELP_H
#define NGW_HELP_H

#include "flow/faq.h"
#include "flow/flow.h"
#include "store/store.h"

/* The current screen's help as paragraphs separated by blank lines;
 * the caller frees it. */
char *help_text(const struct flow *flow);
/* text with the numbers it names ("{link-tries}") written in, from the
 * constants the rules use; frees text and returns the new one. */
char *help_fill_numbers(char *text);
/* The PACER Service Center's telephone, e-mail and hours (translated). */
const char *help_psc_contact(void);
/* The court's CM/ECF help desk, or where to find it; the caller frees it. */
char *help_court_contact(const struct court *court);
/* "Who can help:" with a line for the PACER Service Center and one for
 * the court's help desk, as asked; the caller frees it. */
char *help_contacts(bool psc, bool court_desk, const struct court *court);

#endif
