/* SPDX-License-Identifier: MIT */
/* The language the wizard speaks: English (the messages as written) or
 * Spanish (po/es.po). It starts from the environment (LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG) or --lang, and the start screen switches it. */
#ifndef NGW_LANGUAGE_H
#define NGW_LANGUAGE_H

#include <stdbool.h>

/* Remembers the language in use as the default, the one a kiosk goes
 * back to for the next patron. Call once, after setlocale. */
void language_remember_default(void);
/* "en" or "es"; false for any other code. */
bool language_set(const char *code);
/* The code of the language in use: "en" or "es". */
const char *language_current(void);
/* Spanish when the environment asks for it, even in a locale that is not
 * installed. Call once, after setlocale. */
void language_from_environment(void);
/* Back to the remembered default. */
void language_reset(void);

#endif
