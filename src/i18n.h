/* Translation macros: every string a person reads goes through _(). */
#ifndef NGW_I18N_H
#define NGW_I18N_H

#include <libintl.h>

#define _(msgid) gettext(msgid)
/* Marks a string for translation where it is stored, not where it is shown. */
#define N_(msgid) (msgid)

#endif
