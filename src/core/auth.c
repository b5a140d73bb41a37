/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/auth.h"

#include <crypt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
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

/* The file the build puts beside the programs it builds (src/, tests/)
 * and make install never copies. */
#define TEST_HOOKS_MARK "nextgen-wizard-test-hooks"

/* Whether this program runs from a build tree: a file TEST_HOOKS_MARK
 * lies beside it. An installed program, wherever it was installed (a
 * prefix, a stow folder, a copy), has none: the test suite's cheaper
 * cost is never taken there, so a variable left in a kiosk's
 * environment cannot cheapen its hashes. When it cannot be told, it is
 * not a build tree. */
static bool in_build_tree(void)
{
	static int built = -1;
	if (built >= 0)
		return built;
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
	path[n > 0 ? n : 0] = '\0';
	char *slash = strrchr(path, '/');
	built = 0;
	if (slash != NULL && (size_t)(slash + 1 - path) + sizeof TEST_HOOKS_MARK <= sizeof path) {
		memcpy(slash + 1, TEST_HOOKS_MARK, sizeof TEST_HOOKS_MARK);
		built = access(path, F_OK) == 0;
	}
	return built;
}

/* libxcrypt's default yescrypt cost (0 asks for it: 16 MiB and tens of
 * milliseconds a hash today, and more as the library raises it). People
 * type real passwords into practice systems whatever the banner says,
 * and a database copied off a public terminal must stay expensive to
 * crack. The test suite alone may ask for less (NEXTGEN_WIZARD_TEST_HASH_COST),
 * in the build tree: under valgrind and the sanitizers a default-cost
 * hash takes seconds. */
static unsigned long hash_cost(void)
{
	const char *test_cost = getenv("NEXTGEN_WIZARD_TEST_HASH_COST");
	if (test_cost == NULL || test_cost[0] < '1' || test_cost[0] > '9' || test_cost[1] != '\0' ||
	    !in_build_tree())
		return 0;
	return (unsigned long)(test_cost[0] - '0');
}

/* A fresh "$y$<params>$<salt>" setting at the current cost. */
static char *new_setting(void)
{
	return crypt_gensalt_ra("$y$", hash_cost(), NULL, 0);
}

bool auth_hash_secret(const char *secret, char out[AUTH_HASH_MAX])
{
	out[0] = '\0';
	char *salt = new_setting();
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

/* A character of crypt's base-64 alphabet ("./0-9A-Za-z"), or -1. */
static int base64_value(char c)
{
	static const char alphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	const char *at = c != '\0' ? strchr(alphabet, c) : NULL;
	return at != NULL ? (int)(at - alphabet) : -1;
}

/* What the memory of a yescrypt hash or setting says of its cost. */
enum {
	NOT_YESCRYPT = 0,
	YESCRYPT_UNREAD = 1
};

/* The memory a yescrypt hash or setting asks for, in units of 128
 * bytes (N times r), read from "$y$" + flavour, log2 N and r, each one
 * character when under 48 (libxcrypt writes every cost it makes so);
 * YESCRYPT_UNREAD for parameters beyond (set by hand, far above any
 * default), NOT_YESCRYPT for anything else. */
static unsigned long long yescrypt_memory(const char *hash)
{
	if (strnlen(hash, 6) < 6 || strncmp(hash, "$y$", 3) != 0)
		return NOT_YESCRYPT;
	int flavour = base64_value(hash[3]), log2_n = base64_value(hash[4]), r = base64_value(hash[5]);
	if (flavour < 0 || log2_n < 0 || r < 0)
		return NOT_YESCRYPT;
	if (flavour > 47 || log2_n > 47 || r > 47)
		return YESCRYPT_UNREAD;
	/* Each is written less its least value, 1. */
	return (unsigned long long)(r + 1) << (log2_n + 1);
}

bool auth_hash_is_current(const char *stored_hash)
{
	char *setting = new_setting();
	if (setting == NULL)
		return true; /* nothing better to make it again with */
	unsigned long long wanted = yescrypt_memory(setting);
	free(setting);
	unsigned long long stored = yescrypt_memory(stored_hash);
	/* Another method, or less memory than a new hash: weaker. A higher
	 * cost (a test's, or one set by hand) is kept, and so is every hash
	 * when the library's own setting cannot be read so. */
	if (wanted <= YESCRYPT_UNREAD || stored == YESCRYPT_UNREAD)
		return true;
	return stored >= wanted;
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

bool auth_rehash_stale(const char *secret, const char *stored_hash, char fresh[AUTH_HASH_MAX])
{
	fresh[0] = '\0';
	if (auth_hash_is_current(stored_hash))
		return false;
	if (auth_hash_secret(secret, fresh))
		return true;
	fresh[0] = '\0';
	return false;
}

void auth_waste_verification(const char *secret)
{
	/* A setting of the current cost takes as long as checking a stored
	 * hash; the result is thrown away. */
	char *setting = new_setting();
	if (setting == NULL)
		return;
	(void)auth_verify_secret(secret, setting);
	free(setting);
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
