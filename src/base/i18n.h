/* SPDX-License-Identifier: MIT */
/* Translation macros: every string a person reads goes through _(). */
#ifndef NGW_I18N_H
#define NGW_I18N_H

#include <libintl.h>

#include "base/ascii.h"

/* On a terminal that is not UTF-8, the words in ASCII (src/base/ascii.h). */
#define _(msgid) ascii_for_terminal(gettext(msgid))
#ifdef ngettext
#undef ngettext
#endif
#define ngettext(one, many, n) ascii_for_terminal(dngettext(NULL, (one), (many), (n)))
/* Marks a string for translation where it is stored, not where it is shown. */
#define N_(msgid) (msgid)

#endif
