/* SPDX-License-Identifier: MIT */
/* Text the core writes never names a key: where a key matters ("press
 * Space in the empty field to see the list") it holds a placeholder, and
 * each frontend says what it stands for there, or nothing. */
#ifndef NGW_KEYWORDS_H
#define NGW_KEYWORDS_H

enum key_word {
	KEY_WORD_SHOW_LIST, /* {show-list}: how to see a list field's entries */
	KEY_WORD_SHOW_LIST_AGAIN, /* {show-list-again}: the same, the field not empty */
	KEY_WORD_REDRAW, /* {redraw}: how to redraw the screen */
	KEY_WORD_CHOOSE, /* {choose}: how to choose in a menu */
	KEY_WORD_KEEP_WORKING, /* {keep-working}: how to answer the idle warning */
	KEY_WORD_COUNT
};

/* One sentence (a msgid, or "" for nothing) per placeholder. */
struct key_words {
	const char *sentence[KEY_WORD_COUNT];
};

/* text (translated) with each placeholder replaced by words' sentence,
 * translated; the blanks a missing sentence leaves are closed up. NULL
 * words: every placeholder goes. A new string. */
char *key_words_fill(const char *text, const struct key_words *words);

#endif
