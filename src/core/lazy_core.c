/* SPDX-License-Identifier: MIT */
/* Every function of libxcrypt, liboath and libqrencode that
 * nextgen-wizard calls, loaded at its first call, after the start screen
 * is painted (base/lazy.h). The compiler holds each definition to its
 * library's header. */
#include <config.h>

#include <crypt.h>
#include <oath.h>
#include <qrencode.h>
#include <stddef.h>

#include "base/lazy.h"

static struct lazy_library xcrypt = { CRYPT_SONAME, NULL };
static struct lazy_library oath = { OATH_SONAME, NULL };
static struct lazy_library qrencode = { QRENCODE_SONAME, NULL };

void lazy_open_core_libraries(void)
{
	lazy_open(&xcrypt);
	lazy_open(&oath);
	lazy_open(&qrencode);
}

/* ---- libxcrypt --------------------------------------------------------------- */

LAZY_FUNCTION(xcrypt, char *, crypt_rn, (const char *phrase, const char *setting, void *data, int size),
	      (phrase, setting, data, size))
LAZY_FUNCTION(xcrypt, char *, crypt_gensalt_ra,
	      (const char *prefix, unsigned long count, const char *rbytes, int nrbytes),
	      (prefix, count, rbytes, nrbytes))

/* ---- liboath ----------------------------------------------------------------- */

LAZY_FUNCTION(oath, int, oath_init, (void), ())
LAZY_FUNCTION(oath, int, oath_base32_decode, (const char *in, size_t inlen, char **out, size_t *outlen),
	      (in, inlen, out, outlen))
LAZY_FUNCTION(oath, int, oath_base32_encode, (const char *in, size_t inlen, char **out, size_t *outlen),
	      (in, inlen, out, outlen))
LAZY_FUNCTION(oath, int, oath_totp_generate,
	      (const char *secret, size_t secret_length, time_t now, unsigned time_step_size,
	       time_t start_offset, unsigned digits, char *output_otp),
	      (secret, secret_length, now, time_step_size, start_offset, digits, output_otp))
LAZY_FUNCTION(oath, int, oath_totp_validate2,
	      (const char *secret, size_t secret_length, time_t now, unsigned time_step_size,
	       time_t start_offset, size_t window, int *otp_pos, const char *otp),
	      (secret, secret_length, now, time_step_size, start_offset, window, otp_pos, otp))

/* ---- libqrencode ------------------------------------------------------------- */

LAZY_FUNCTION(qrencode, QRcode *, QRcode_encodeString8bit, (const char *string, int version, QRecLevel level),
	      (string, version, level))
LAZY_PROCEDURE(qrencode, QRcode_free, (QRcode * code), (code))
