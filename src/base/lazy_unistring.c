/* SPDX-License-Identifier: MIT */
/* Every function of libunistring that nextgen-wizard calls, and the two
 * normalization forms it uses, loaded at their first use, after the
 * start screen is painted (base/lazy.h). The compiler holds each
 * definition to the library's header. */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "base/lazy.h"
#include "base/unicode.h"

static struct lazy_library unistring = { UNISTRING_SONAME, NULL };

void lazy_open_base_libraries(void)
{
	lazy_open(&unistring);
}

/* ---- the normalization forms (data of the library) ------------------------ */

uninorm_t unicode_nfd(void)
{
	static uninorm_t found;
	if (found == NULL)
		found = lazy_function(&unistring, "uninorm_nfd");
	return found;
}

uninorm_t unicode_nfkd(void)
{
	static uninorm_t found;
	if (found == NULL)
		found = lazy_function(&unistring, "uninorm_nfkd");
	return found;
}

/* ---- functions ------------------------------------------------------------ */

LAZY_FUNCTION(unistring, const uint8_t *, u8_check, (const uint8_t *s, size_t n), (s, n))
LAZY_FUNCTION(unistring, int, u8_mbtouc_aux, (ucs4_t * puc, const uint8_t *s, size_t n), (puc, s, n))
LAZY_FUNCTION(unistring, int, u8_mbtoucr, (ucs4_t * puc, const uint8_t *s, size_t n), (puc, s, n))
LAZY_FUNCTION(unistring, uint8_t *, u8_casefold,
	      (const uint8_t *s, size_t n, const char *iso639_language, uninorm_t nf, uint8_t *resultbuf,
	       size_t *lengthp),
	      (s, n, iso639_language, nf, resultbuf, lengthp))
LAZY_FUNCTION(unistring, int, u8_casecmp,
	      (const uint8_t *s1, size_t n1, const uint8_t *s2, size_t n2, const char *iso639_language,
	       uninorm_t nf, int *resultp),
	      (s1, n1, s2, n2, iso639_language, nf, resultp))
LAZY_FUNCTION(unistring, uint8_t *, u8_normalize,
	      (uninorm_t nf, const uint8_t *s, size_t n, uint8_t *resultbuf, size_t *lengthp),
	      (nf, s, n, resultbuf, lengthp))
LAZY_FUNCTION(unistring, uc_general_category_t, uc_general_category, (ucs4_t uc), (uc))
LAZY_FUNCTION(unistring, bool, uc_is_alpha, (ucs4_t uc), (uc))
LAZY_FUNCTION(unistring, bool, uc_is_cntrl, (ucs4_t uc), (uc))
