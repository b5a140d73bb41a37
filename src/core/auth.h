/* SPDX-License-Identifier: MIT */
/* Secrets: hashed with crypt(3) yescrypt, compared without leaking
 * timing, wiped after use. Nothing here stores or prints a secret. */
#ifndef NGW_AUTH_H
#define NGW_AUTH_H

#include <stdbool.h>
#include <stddef.h>

#define AUTH_HASH_MAX 128

/* Hashes secret into out (a "$y$..." string). Returns false if the
 * system's crypt library refused. */
bool auth_hash_secret(const char *secret, char out[AUTH_HASH_MAX]);

/* True when secret matches the stored hash. */
bool auth_verify_secret(const char *secret, const char *stored_hash);

/* False when stored_hash was made at a lower cost (less memory) than a
 * new hash would be, or by another method: made again from the secret at
 * the next successful check, it then costs what today's default costs. */
bool auth_hash_is_current(const char *stored_hash);

/* For a secret just found right: a new hash of it into fresh when
 * stored_hash is not current, and true; false (fresh empty) when it is
 * current or hashing failed, and the old hash stays. */
bool auth_rehash_stale(const char *secret, const char *stored_hash, char fresh[AUTH_HASH_MAX]);

/* Spends the same time as a real verification, so that a username that
 * does not exist cannot be told apart from a wrong password by timing. */
void auth_waste_verification(const char *secret);

/* A security answer as it is hashed and checked: blanks trimmed and
 * squeezed, letters in lower case, so "  Fresno " matches "fresno". */
void auth_normalize_answer(const char *answer, char *out, size_t size);

#endif
