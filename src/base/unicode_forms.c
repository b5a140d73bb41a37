/* SPDX-License-Identifier: MIT */
/* libunistring's normalization forms, for every program that links the
 * library (base/unicode.h). nextgen-wizard defines these two functions
 * in base/lazy_unistring.c instead, so the linker never takes this file
 * from libcore.a for it: keep nothing else here. */
#include <config.h>

#include "base/unicode.h"

uninorm_t unicode_nfd(void)
{
	return UNINORM_NFD;
}

uninorm_t unicode_nfkd(void)
{
	return UNINORM_NFKD;
}
