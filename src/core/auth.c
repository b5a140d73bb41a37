/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/auth.h"

#include <crypt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "base/util.h"

/* crypt_data is 32 KiB: keep it off the stack of deep call chains. */
static struct crypt_data *new_crypt_data(void)
{
	return xcalloc(1, sizeof(struct crypt_data));
}

static void free_crypt_data(struct crypt_data *data)
{
	/* The buffers held the secret while hashing. */
	wipe_memory(data, sizeof *data);
	free(data);
}

/* yescrypt's cost 2: 2 MiB and a few milliseconds a hash. The default
 * (5) takes 16 MiB, which made a session's peak memory 22 MiB and a
 * training room of a hundred logins wait on hashing. These are practice
 * passwords (the banner says never to type a real one), and cost 2 is
 * still memory-hard. Hashes already stored keep the cost they were
 * made with. */
#define YESCRYPT_COST 2

bool auth_hash_secret(const char *secret, char out[AUTH_HASH_MAX])
{
	out[0] = '\0';
	char *salt = crypt_gensalt_ra("$y$", YESCRYPT_COST, NULL, 0);
	if (salt == NULL)
		return false;
	struct crypt_data *data = new_crypt_data();
	const char *hash = crypt_rn(secret, salt, data, (int)sizeof *data);
	bool ok = hash != NULL && hash[0] != '*' && strlen(hash) < AUTH_HASH_MAX;
	if (ok)
		copy_text(out, AUTH_HASH_MAX, hash);
	free_crypt_data(data);
	free(salt);
	return ok;
}

static bool equal_constant_time(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	unsigned char diff = la != lb;
	size_t n = la < lb ? la : lb;
	for (size_t i = 0; i < n; i++)
		diff |= (unsigned char)(a[i] ^ b[i]);
	return diff == 0;
}

bool auth_verify_secret(const char *secret, const char *stored_hash)
{
	if (stored_hash == NULL || stored_hash[0] != '$')
		return false;
	struct crypt_data *data = new_crypt_data();
	const char *hash = crypt_rn(secret, stored_hash, data, (int)sizeof *data);
	bool ok = hash != NULL && hash[0] != '*' && equal_constant_time(hash, stored_hash);
	free_crypt_data(data);
	return ok;
}

void auth_waste_verification(const char *secret)
{
	/* A fixed, valid yescrypt setting of the same cost as the hashes
	 * made here, so it takes as long; the result is thrown away. */
	static const char dummy[] =
		"$y$j85$pOMp80.z1xcWe61BokYci/$An9PLcfbA0yjLGXvAGePTJ1kebwhmLqfPAiPI2hSLGA";
	(void)auth_verify_secret(secret, dummy);
}

void auth_normalize_answer(const char *answer, char *out, size_t size)
{
	mbstate_t in_state, out_state;
	memset(&in_state, 0, sizeof in_state);
	memset(&out_state, 0, sizeof out_state);
	size_t used = 0, left = strlen(answer);
	bool pending_space = false;
	while (left > 0) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, answer, left, &in_state);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&in_state, 0, sizeof in_state);
			n = 1;
			wc = (unsigned char)*answer;
		}
		answer += n;
		left -= n;
		if (iswspace((wint_t)wc)) {
			pending_space = used > 0;
			continue;
		}
		char bytes[MB_LEN_MAX + 1];
		size_t len = 0;
		if (pending_space)
			bytes[len++] = ' ';
		size_t m = wcrtomb(bytes + len, (wchar_t)towlower((wint_t)wc), &out_state);
		len += m == (size_t)-1 ? 0 : m;
		if (used + len >= size)
			break;
		memcpy(out + used, bytes, len);
		used += len;
		pending_space = false;
	}
	if (size > 0)
		out[used < size ? used : size - 1] = '\0';
}
