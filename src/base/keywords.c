/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/keywords.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"

static const char *const names[KEY_WORD_COUNT] = {
	[KEY_WORD_SHOW_LIST] = "{show-list}",
	[KEY_WORD_SHOW_LIST_AGAIN] = "{show-list-again}",
	[KEY_WORD_REDRAW] = "{redraw}",
	[KEY_WORD_CHOOSE] = "{choose}",
	[KEY_WORD_KEEP_WORKING] = "{keep-working}",
};

static int placeholder_at(const char *p)
{
	for (int i = 0; i < KEY_WORD_COUNT; i++)
		if (strncmp(p, names[i], strlen(names[i])) == 0)
			return i;
	return -1;
}

char *key_words_fill(const char *text, const struct key_words *words)
{
	size_t cap = strlen(text) + 1, len = 0;
	char *out = xmalloc(cap);
	for (const char *p = text; *p != '\0';) {
		int word = *p == '{' ? placeholder_at(p) : -1;
		const char *add = p;
		size_t add_len = 1;
		if (word >= 0) {
			const char *msgid = words != NULL ? words->sentence[word] : NULL;
			add = msgid != NULL && msgid[0] != '\0' ? _(msgid) : "";
			add_len = strlen(add);
			p += strlen(names[word]);
			/* Nothing to say: the blank before it goes too. */
			if (add_len == 0 && len > 0 && out[len - 1] == ' ' && (*p == '\0' || *p == '\n'))
				len--;
			if (add_len == 0 && *p == ' ' &&
			    (len == 0 || out[len - 1] == '\n' || out[len - 1] == ' '))
				p++;
		} else {
			p++;
		}
		if (len + add_len + 1 > cap) {
			cap = (len + add_len + 1) * 2;
			out = xreallocarray(out, cap, 1);
		}
		memcpy(out + len, add, add_len);
		len += add_len;
	}
	out[len] = '\0';
	return out;
}
