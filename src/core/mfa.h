/* SPDX-License-Identifier: MIT */
/* Multifactor authentication as PACER asks for it since 2025: a TOTP app
 * (RFC 6238: SHA-1, 6 digits, 30 seconds, so every common app works) and
 * the QR code that gives the app its key. The arithmetic is liboath's and
 * the QR code libqrencode's; this file holds what the practice adds: the
 * issuer that tells a practice entry from the real one, the key in groups
 * a person can type, the window and the replay rule, and the picture for
 * a terminal. */
#ifndef NGW_MFA_H
#define NGW_MFA_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define MFA_ISSUER "PACER practice"
/* 128 bits, RFC 4226's least: with 160 the URI needs a larger QR code
 * than 80x24 shows whole with its quiet zone. */
#define MFA_SECRET_BYTES 16
#define MFA_BASE32_MAX 40 /* 26 letters (no padding) and the NUL */
#define MFA_DIGITS 6
#define MFA_STEP_SECONDS 30

/* A new random key, in base32 (as apps take it and the store keeps it);
 * false when the system has no randomness to give. */
bool mfa_new_secret(char base32[MFA_BASE32_MAX]);
/* The key in groups of four letters, for typing into an app by hand. */
void mfa_group_secret(const char *base32, char *out, size_t size);
/* The otpauth:// URI an app reads from the QR code. Caller frees. */
char *mfa_uri(const char *base32, const char *username);
/* The 30-second step of time t. */
long long mfa_step(time_t t);
/* The passcode of the step of time t; false when the key is no base32. */
bool mfa_code_at(const char *base32, time_t t, char code[MFA_DIGITS + 1]);

enum mfa_check {
	MFA_RIGHT,
	MFA_WRONG,
	MFA_REPLAYED /* right, but of a step already used: typed twice */
};
/* Whether code is the passcode of the step of now, the one before or the
 * one after (a phone's clock a little off), of a step after last_used;
 * *step is the step it is of. */
enum mfa_check mfa_check_code(const char *base32, const char *code, time_t now, long long last_used,
			      long long *step);

/* A QR code as lines of a terminal: with half blocks, two rows of modules
 * a line, or (ascii) two characters a module, a line a row; with the
 * quiet zone of four modules a reader needs. A dark module is a space
 * and a light one a block, as on a terminal with light text on a dark
 * background; a frontend that draws dark on light reverses it. */
struct mfa_picture {
	int rows; /* lines */
	int columns; /* terminal columns of each */
	int modules; /* the symbol's width in modules, quiet zone included */
	unsigned char *dark; /* modules x modules, row by row: 1 for dark */
	char **lines;
};
bool mfa_qr_picture(const char *text, bool ascii, struct mfa_picture *out);
void mfa_picture_free(struct mfa_picture *picture);

#endif
