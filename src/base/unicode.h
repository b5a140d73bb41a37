/* SPDX-License-Identifier: MIT */
/* What the program asks of libunistring beyond its functions: two
 * normalization forms, which are the library's data (UNINORM_NFD), and
 * the general categories it tests. nextgen-wizard loads the library after
 * its start screen (base/lazy.h) and finds the forms through
 * base/lazy_unistring.c; everything else links the library and takes
 * them from base/unicode_forms.c. */
#ifndef NGW_UNICODE_H
#define NGW_UNICODE_H

#include <stdbool.h>
#include <unictype.h>
#include <uninorm.h>

uninorm_t unicode_nfd(void);
uninorm_t unicode_nfkd(void);

/* A combining mark (an accent written after its letter in NFD). Asked
 * of the category by its mask: UC_CATEGORY_M is the library's data. */
static inline bool unicode_is_mark(ucs4_t c)
{
	return (uc_general_category(c).bitmask & UC_CATEGORY_MASK_M) != 0;
}

/* Half of a UTF-16 surrogate pair: never a character of its own. */
static inline bool unicode_is_surrogate(ucs4_t c)
{
	return (uc_general_category(c).bitmask & UC_CATEGORY_MASK_Cs) != 0;
}

#endif
