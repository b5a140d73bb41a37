/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/mfa.h"

#include <oath.h>
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "base/util.h"

#define QUIET_ZONE 4

/* liboath asks for it once before use; it only sets up its own state. */
static bool oath_ready(void)
{
	static bool ready;
	if (!ready)
		ready = oath_init() == OATH_OK;
	return ready;
}

bool mfa_new_secret(char base32[MFA_BASE32_MAX])
{
	unsigned char key[MFA_SECRET_BYTES];
	char *text = NULL;
	size_t length = 0;
	bool ok = getrandom(key, sizeof key, 0) == (ssize_t)sizeof key && oath_ready() &&
		  oath_base32_encode((const char *)key, sizeof key, &text, &length) == OATH_OK &&
		  length < MFA_BASE32_MAX;
	wipe_memory(key, sizeof key);
	if (ok) {
		/* Apps and the URI take it without base32's padding. */
		text[strcspn(text, "=")] = '\0';
		copy_text(base32, MFA_BASE32_MAX, text);
	}
	if (text != NULL) {
		wipe_memory(text, length);
		free(text);
	}
	return ok;
}

void mfa_group_secret(const char *base32, char *out, size_t size)
{
	if (size == 0)
		return;
	size_t used = 0;
	for (size_t i = 0; base32[i] != '\0'; i++) {
		bool space = i > 0 && i % 4 == 0;
		if (used + space + 1 >= size)
			break;
		if (space)
			out[used++] = ' ';
		out[used++] = base32[i];
	}
	out[used] = '\0';
}

/* The URI's buffer, larger: the old one is wiped, as it holds the key. */
static void grow_wiped(char **buffer, size_t used, size_t *size, size_t need)
{
	size_t grown = 2 * need + 16;
	char *bigger = xmalloc(grown);
	memcpy(bigger, *buffer, used + 1);
	wipe_memory(*buffer, *size);
	free(*buffer);
	*buffer = bigger;
	*size = grown;
}

/* RFC 3986's unreserved characters stay; the rest as %HH. */
static void append_encoded(char **out, size_t *used, size_t *size, const char *text)
{
	for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++) {
		if (*used + 4 > *size)
			grow_wiped(out, *used, size, *used + 4);
		bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			     (*p >= '0' && *p <= '9') || strchr("-._~", *p) != NULL;
		*used += (size_t)(plain ? snprintf(*out + *used, *size - *used, "%c", *p)
					: snprintf(*out + *used, *size - *used, "%%%02X", *p));
	}
}

char *mfa_uri(const char *base32, const char *username)
{
	size_t size = 128, used = 0;
	char *uri = xmalloc(size);
	uri[0] = '\0';
	const char *const parts[][2] = {
		/* SHA-1, 6 digits and 30 seconds are the format's defaults:
		 * said, they would make the symbol too large for 80x24. */
		{ "otpauth://totp/", NULL }, { NULL, MFA_ISSUER }, { ":", NULL },        { NULL, username },
		{ "?secret=", NULL },        { NULL, base32 },     { "&issuer=", NULL }, { NULL, MFA_ISSUER },
	};
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (parts[i][0] != NULL) {
			size_t n = strlen(parts[i][0]);
			if (used + n + 1 > size)
				grow_wiped(&uri, used, &size, used + n + 1);
			memcpy(uri + used, parts[i][0], n + 1);
			used += n;
		} else {
			append_encoded(&uri, &used, &size, parts[i][1]);
		}
	}
	return uri;
}

long long mfa_step(time_t t)
{
	return (long long)t / MFA_STEP_SECONDS;
}

/* The key's bytes from base32 (spaces, as a person may type them, and
 * lower case allowed); NULL when it is none. */
static char *decode_secret(const char *base32, size_t *length)
{
	char clean[MFA_BASE32_MAX * 2];
	size_t n = 0;
	for (const char *p = base32; *p != '\0' && n + 1 < sizeof clean; p++)
		if (*p != ' ')
			clean[n++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
	while (n % 8 != 0 && n + 1 < sizeof clean)
		clean[n++] = '='; /* liboath reads whole groups */
	clean[n] = '\0';
	char *key = NULL;
	if (n == 0 || !oath_ready() || oath_base32_decode(clean, n, &key, length) != OATH_OK) {
		free(key);
		return NULL;
	}
	return key;
}

bool mfa_code_at(const char *base32, time_t t, char code[MFA_DIGITS + 1])
{
	size_t length = 0;
	char *key = decode_secret(base32, &length);
	bool ok = key != NULL &&
		  oath_totp_generate(key, length, t, MFA_STEP_SECONDS, OATH_TOTP_DEFAULT_START_TIME,
				     MFA_DIGITS, code) == OATH_OK;
	if (key != NULL) {
		wipe_memory(key, length);
		free(key);
	}
	return ok;
}

static bool six_digits(const char *code)
{
	for (int i = 0; i < MFA_DIGITS; i++)
		if (code[i] < '0' || code[i] > '9')
			return false;
	return code[MFA_DIGITS] == '\0';
}

enum mfa_check mfa_check_code(const char *base32, const char *code, time_t now, long long last_used,
			      long long *step)
{
	*step = 0;
	if (!six_digits(code))
		return MFA_WRONG;
	size_t length = 0;
	char *key = decode_secret(base32, &length);
	if (key == NULL)
		return MFA_WRONG;
	int position = 0;
	int found = oath_totp_validate2(key, length, now, MFA_STEP_SECONDS, OATH_TOTP_DEFAULT_START_TIME, 1,
					&position, code);
	wipe_memory(key, length);
	free(key);
	if (found < 0)
		return MFA_WRONG;
	*step = mfa_step(now) + position;
	return *step <= last_used ? MFA_REPLAYED : MFA_RIGHT;
}

/* The smallest symbol that holds text, at the lowest correction level:
 * the fewer the modules, the larger each on a terminal's cell. */
static QRcode *encode(const char *text)
{
	return QRcode_encodeString8bit(text, 0, QR_ECLEVEL_L);
}

static bool dark_at(const struct mfa_picture *p, int x, int y)
{
	return x >= 0 && y >= 0 && x < p->modules && y < p->modules && p->dark[y * p->modules + x];
}

static char *half_block_line(const struct mfa_picture *p, int y)
{
	/* Light is the foreground (a block), dark the background. */
	/* By top dark, bottom dark: both light, the top light (upper half
	 * block), the bottom light (lower half block), neither. */
	static const char *const cells[4] = { "\xe2\x96\x88", "\xe2\x96\x80", "\xe2\x96\x84", " " };
	char *line = xmalloc((size_t)p->modules * 3 + 1);
	size_t used = 0;
	for (int x = 0; x < p->modules; x++) {
		const char *cell = cells[dark_at(p, x, y) * 2 + dark_at(p, x, y + 1)];
		size_t n = strlen(cell);
		memcpy(line + used, cell, n);
		used += n;
	}
	line[used] = '\0';
	return line;
}

static char *ascii_line(const struct mfa_picture *p, int y)
{
	char *line = xmalloc((size_t)p->modules * 2 + 1);
	for (int x = 0; x < p->modules; x++)
		memcpy(line + (size_t)2 * (size_t)x, dark_at(p, x, y) ? "  " : "##", 2);
	line[(size_t)2 * (size_t)p->modules] = '\0';
	return line;
}

bool mfa_qr_picture(const char *text, bool ascii, struct mfa_picture *out)
{
	memset(out, 0, sizeof *out);
	QRcode *code = encode(text);
	if (code == NULL)
		return false;
	out->modules = code->width + 2 * QUIET_ZONE;
	out->dark = xcalloc((size_t)out->modules * (size_t)out->modules, 1);
	for (int y = 0; y < code->width; y++)
		for (int x = 0; x < code->width; x++)
			out->dark[(y + QUIET_ZONE) * out->modules + x + QUIET_ZONE] =
				code->data[y * code->width + x] & 1;
	/* The symbol encodes the key. */
	wipe_memory(code->data, (size_t)code->width * (size_t)code->width);
	QRcode_free(code);
	out->rows = ascii ? out->modules : (out->modules + 1) / 2;
	out->columns = ascii ? 2 * out->modules : out->modules;
	out->lines = xcalloc((size_t)out->rows, sizeof *out->lines);
	for (int r = 0; r < out->rows; r++)
		out->lines[r] = ascii ? ascii_line(out, r) : half_block_line(out, 2 * r);
	return true;
}

void mfa_picture_free(struct mfa_picture *picture)
{
	/* Lines and modules encode the key. */
	for (int r = 0; r < picture->rows; r++) {
		wipe_memory(picture->lines[r], strlen(picture->lines[r]));
		free(picture->lines[r]);
	}
	free(picture->lines);
	if (picture->dark != NULL)
		wipe_memory(picture->dark, (size_t)picture->modules * (size_t)picture->modules);
	free(picture->dark);
	memset(picture, 0, sizeof *picture);
}
