/* SPDX-License-Identifier: MIT */
/* The one place every screen of the curses frontend reads its keys: it
 * tells the session core of each key and of time passing with none, and
 * shows what the core decides (the idle warning, the reset, staff leaving
 * a kiosk); Ctrl-C outside a kiosk, and a terminal that went away. */
#include <config.h>

#include "ui/curses/ui_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "base/i18n.h"
#include "base/signals.h"
#include "base/util.h"
#include "ui/curses/ui_text.h"

#define CTRL(c) ((c)&0x1f)
#define PASSPHRASE_MAX 128

static struct session *session;
static char note_text[FLOW_MESSAGE_MAX];
static enum message_kind note_kind;

/* make bench: with NEXTGEN_WIZARD_KEY_LOG set, how long each key took,
 * from its read to the next read (the screen updated between), in
 * microseconds, one a line. */
static FILE *key_log;
static struct timespec key_read_at;
static bool key_pending;

static void log_key_time(void)
{
	if (key_log == NULL || !key_pending)
		return;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long long us = (long long)(now.tv_sec - key_read_at.tv_sec) * 1000000 +
		       (now.tv_nsec - key_read_at.tv_nsec) / 1000;
	fprintf(key_log, "%lld\n", us);
	fflush(key_log);
	key_pending = false;
}

static void note_key_read(void)
{
	if (key_log == NULL)
		return;
	clock_gettime(CLOCK_MONOTONIC, &key_read_at);
	key_pending = true;
}

void ui_watch_session(struct session *watched)
{
	session = watched;
	const char *path = getenv("NEXTGEN_WIZARD_KEY_LOG");
	if (key_log == NULL && path != NULL && path[0] == '/')
		key_log = fopen(path, "ae");
}

void ui_set_note(enum message_kind kind, const char *text)
{
	note_kind = text != NULL ? kind : MESSAGE_NONE;
	copy_text(note_text, sizeof note_text, text != NULL ? text : "");
}

bool ui_note(enum message_kind *kind, const char **text)
{
	*kind = note_kind;
	*text = note_text;
	return note_kind != MESSAGE_NONE;
}

/* How long the rest of a character's bytes may take to arrive. */
#define CONTINUATION_MS 200

static bool invalid_input; /* bytes that were not UTF-8 were dropped */

/* How many bytes a UTF-8 character starting with lead has; 0 when lead
 * cannot start one. */
static int utf8_length(int lead)
{
	if (lead >= 0xc2 && lead <= 0xdf)
		return 2;
	if (lead >= 0xe0 && lead <= 0xef)
		return 3;
	if (lead >= 0xf0 && lead <= 0xf4)
		return 4;
	return 0;
}

/* The rest of a character whose first byte is lead. Bytes that are not
 * UTF-8 are dropped (a following byte that starts something else is put
 * back): ncurses' own wget_wch would swallow the keys after them. */
static int finish_character(WINDOW *win, int lead, wint_t *wch)
{
	unsigned char bytes[4] = { (unsigned char)lead };
	int need = utf8_length(lead);
	if (need == 0) {
		invalid_input = true;
		return ERR;
	}
	wtimeout(win, CONTINUATION_MS);
	for (int have = 1; have < need; have++) {
		int next = wgetch(win);
		if (next == ERR || next < 0x80 || next > 0xbf) {
			if (next != ERR)
				ungetch(next);
			invalid_input = true;
			return ERR;
		}
		bytes[have] = (unsigned char)next;
	}
	mbstate_t state;
	memset(&state, 0, sizeof state);
	wchar_t wc;
	size_t n = mbrtowc(&wc, (const char *)bytes, (size_t)need, &state);
	if (n != (size_t)need) {
		invalid_input = true; /* overlong, a surrogate, beyond U+10FFFF */
		return ERR;
	}
	*wch = (wint_t)wc;
	return OK;
}

/* The rest of a sequence that starts with ESC. ncurses has decoded what
 * the terminal's terminfo entry knows, and waited ESCDELAY after a lone
 * ESC; a CSI or SS3 sequence that follows at once is one it did not know:
 * read whole (to its final byte; an SS3's one byte) and taken from the
 * table of what real terminals send, or swallowed. Never Esc and then
 * typed characters. */
static int finish_escape(WINDOW *win, wint_t *wch)
{
	wtimeout(win, 0);
	int first = wgetch(win);
	bool csi = first == '[', ss3 = first == 'O';
	/* Esc, then a key of its own (Esc and 1 typed fast): both count. The
	 * Linux console's Shift-Tab is ESC Tab. */
	if (!csi && !ss3 && first != '\t') {
		if (first != ERR)
			ungetch(first);
		*wch = 27;
		return OK;
	}
	char bytes[KEY_SEQUENCE_MAX + 1] = { (char)first };
	size_t len = 1;
	wtimeout(win, CONTINUATION_MS);
	while (csi || ss3) {
		int next = wgetch(win);
		if (next == ERR || next >= KEY_MIN)
			break; /* cut short: what came is swallowed */
		if (len < KEY_SEQUENCE_MAX)
			bytes[len++] = (char)next;
		else
			bytes[0] = '\0'; /* too long for any key: swallowed to its end */
		/* Parameters (ESC O 2 P is Shift-F1 on some terminals). */
		if (next >= 0x30 && next <= 0x3f)
			continue;
		/* The Linux console's F1 is ESC [ [ A: one byte more. */
		if (csi && len == 2 && next == '[')
			continue;
		/* rxvt ends a shifted key with $ (ESC [ 7 $ is Shift-Home). */
		if (next >= 0x40 || (csi && next == '$'))
			break;
	}
	bytes[len] = '\0';
	int key = keys_decode_sequence(bytes);
	*wch = (wint_t)key;
	/* The keypad's digits in application mode are characters. */
	return key < KEY_MIN ? OK : KEY_CODE_YES;
}

/* A key code the terminfo entry gave a name the screens do not know:
 * PuTTY's entry calls its Up arrow (ESC [ A) "scroll back", a vt220's
 * calls Home (ESC [ 1 ~) "Find"; the linux entry has ESC [ Z as a key of
 * its own. The bytes it stands for decide, as the terminal meant them. */
static int known_key(int code)
{
	switch (code) {
	case KEY_UP:
	case KEY_DOWN:
	case KEY_LEFT:
	case KEY_RIGHT:
	case KEY_HOME:
	case KEY_END:
	case KEY_IC:
	case KEY_DC:
	case KEY_PPAGE:
	case KEY_NPAGE:
	case KEY_BTAB:
	case KEY_ENTER:
	case KEY_BACKSPACE:
	case KEY_RESIZE:
		return code;
	default:
		break;
	}
	char *bytes = keybound(code, 0);
	int key = bytes != NULL && bytes[0] == 27 && bytes[1] != '\0' ? keys_decode_sequence(bytes + 1)
								      : KEY_IGNORED;
	free(bytes);
	/* vt100's entry names its keypad's 4 (ESC O t) F5, its 9 F0: a digit
	 * there is what the person pressed. A real F key stays one. */
	if (code >= KEY_F(0) && code <= KEY_F(12) && !(key < KEY_MIN))
		return code;
	return key;
}

/* A key (OK with a character, KEY_CODE_YES with a key code), or ERR
 * after timeout_ms (-1: wait for ever) or when what came was not UTF-8. */
static int get_key(WINDOW *win, int timeout_ms, wint_t *wch)
{
	wtimeout(win, timeout_ms);
	errno = 0;
	int c = wgetch(win);
	int rc = ERR;
	if (c >= KEY_MIN) {
		int key = known_key(c);
		*wch = (wint_t)key;
		/* The keypad's 0 named by terminfo is still a 0. */
		rc = key < KEY_MIN ? OK : KEY_CODE_YES;
	} else if (c >= 0x80 && c <= 0xff) {
		rc = finish_character(win, c, wch);
	} else if (c == 27) {
		rc = finish_escape(win, wch);
	} else if (c != ERR) {
		*wch = (wint_t)c;
		rc = OK;
	}
	wtimeout(win, -1);
	return rc;
}

/* The warning, said once in words with one bell (no ticking countdown,
 * which floods speech output): RUN_RELAYOUT when a key came in time,
 * RUN_IDLE when none did, RUN_LOST when the terminal went away. */
static enum run_result idle_warning(void)
{
	char *sentence = session_idle_text(session);
	int width = COLS - 4 < 60 ? COLS - 4 : 60;
	struct wrapped w;
	wrap_text(sentence, width - 4, &w);
	free(sentence);
	int height = (int)w.count + 2 < LINES ? (int)w.count + 2 : LINES;
	WINDOW *win = newwin(height, width, (LINES - height) / 2, (COLS - width) / 2);
	if (win != NULL) {
		keypad(win, TRUE);
		/* Wide line characters: drawn as Unicode in a UTF-8 locale whatever
		 * the terminal says of its alternate character set (a vt100 in
		 * tmux, say). */
		box_set(win, WACS_VLINE, WACS_HLINE);
		wattron(win, A_BOLD);
		for (int i = 0; i + 2 < height && (size_t)i < w.count; i++)
			draw_text(win, i + 1, 2, w.lines[i], width - 4);
		wattroff(win, A_BOLD);
		wmove(win, 1, 2);
	}
	wrapped_free(&w);
	/* Should the box not be made (out of memory), the bell alone warns;
	 * the time left is the same. */
	WINDOW *reader = win != NULL ? win : stdscr;
	beep();
	wrefresh(reader);
	enum run_result result = RUN_IDLE;
	for (int failures = 0; failures < 3;) {
		if (session_tick(session) == IDLE_RESET)
			break;
		int wait_ms = session_wait_ms(session);
		wint_t wch;
		long long asked = session_now_ms();
		int rc = get_key(reader, wait_ms, &wch);
		if (signals_stop_requested()) {
			result = RUN_LOST;
			break;
		}
		if (rc != ERR) {
			session_key(session);
			result = RUN_RELAYOUT; /* the key only asked for more time */
			break;
		}
		/* An answer long before the time was up, with no key: the
		 * terminal is gone. */
		if (errno != EINTR && wait_ms > 1000 && session_now_ms() - asked + 1000 < wait_ms)
			failures++;
	}
	if (result == RUN_IDLE && session_tick(session) != IDLE_RESET)
		result = RUN_LOST;
	if (win != NULL)
		delwin(win);
	touchwin(stdscr);
	return result;
}

/* What the session says when no key came within the wait: nothing
 * (RUN_ACTION: wait again), the warning (shown here), or the reset. */
static enum run_result after_wait(void)
{
	switch (session_tick(session)) {
	case IDLE_WARN:
		return idle_warning();
	case IDLE_RESET:
		return RUN_IDLE;
	case IDLE_ACTIVE:
		break;
	}
	return RUN_ACTION;
}

/* Whether a read that returned with no key had waited its whole time
 * (else the terminal is gone). */
static bool waited_out(int wait_ms, long long asked)
{
	return wait_ms >= 0 && session_now_ms() - asked + 50 >= wait_ms;
}

/* Ctrl-C: "Leave the wizard?" on the status line. RUN_QUIT to leave,
 * RUN_RELAYOUT to stay; the idle clock goes on meanwhile. */
static enum run_result confirm_leave(void)
{
	attron(A_REVERSE | A_BOLD);
	mvhline(LINES - 1, 0, ' ', COLS);
	draw_text(stdscr, LINES - 1, 1, _("Leave the wizard? Press y to leave, any other key to stay."),
		  COLS - 2);
	attroff(A_REVERSE | A_BOLD);
	refresh();
	/* Reads that fail at once, again and again: the terminal is gone. */
	for (int failures = 0; failures < 3;) {
		int wait_ms = session_wait_ms(session);
		long long asked = session_now_ms();
		wint_t wch;
		int rc = get_key(stdscr, wait_ms, &wch);
		if (signals_stop_requested())
			return RUN_LOST;
		if (rc != ERR) {
			session_key(session);
			/* TRANSLATORS: the keys that answer yes to "Leave the wizard?". */
			bool yes = rc == OK && wch < 128 && wch != 0 && strchr(_("yY"), (int)wch) != NULL;
			return yes ? RUN_QUIT : RUN_RELAYOUT;
		}
		if (errno == EINTR)
			continue;
		if (!waited_out(wait_ms, asked)) {
			failures++;
			continue;
		}
		enum run_result idle = after_wait();
		if (idle != RUN_ACTION)
			return idle;
	}
	return RUN_LOST;
}

/* Ctrl-X in a kiosk: the staff passphrase, typed unseen. RUN_STAFF_LEFT
 * to leave, RUN_RELAYOUT otherwise (with the reason in a note). */
static enum run_result staff_exit(void)
{
	char typed[PASSPHRASE_MAX] = "";
	size_t len = 0;
	bool entered = false;
	const char *why;
	if (session_staff_wait(session) > 0) {
		(void)session_staff_exit(session, "", &why);
		ui_set_note(MESSAGE_ERROR, why);
		return RUN_RELAYOUT;
	}
	attron(A_REVERSE | A_BOLD);
	mvhline(LINES - 1, 0, ' ', COLS);
	int used = draw_text(stdscr, LINES - 1, 1, _("Staff passphrase (Esc cancels):"), COLS - 3);
	attroff(A_REVERSE | A_BOLD);
	move(LINES - 1, used + 2 < COLS ? used + 2 : COLS - 1);
	refresh();
	enum run_result ended = RUN_RELAYOUT;
	for (;;) {
		wint_t wch;
		int wait_ms = session_wait_ms(session);
		long long asked = session_now_ms();
		int rc = get_key(stdscr, wait_ms, &wch);
		if (signals_stop_requested()) {
			ended = RUN_LOST;
			break;
		}
		if (rc == ERR) {
			if (errno == EINTR)
				continue;
			if (!waited_out(wait_ms, asked))
				break; /* back to the screen, which tells a lost terminal */
			/* Nobody finished typing: the idle time goes on as anywhere. */
			if (session_tick(session) == IDLE_ACTIVE)
				continue;
			ended = RUN_IDLE;
			break;
		}
		session_key(session);
		if (rc == KEY_CODE_YES)
			continue;
		if (wch == 27)
			break;
		if (wch == CTRL('l')) {
			clearok(curscr, TRUE);
			wrefresh(curscr);
			continue;
		}
		if (wch == '\n' || wch == '\r') {
			entered = true;
			break;
		}
		if ((wch == 127 || wch == 8) && len > 0)
			typed[--len] = '\0';
		else if (wch >= ' ' && wch < 127 && len + 1 < sizeof typed)
			typed[len++] = (char)wch;
	}
	enum staff_exit answer = entered ? session_staff_exit(session, typed, &why) : STAFF_WRONG;
	wipe_memory(typed, sizeof typed);
	if (ended == RUN_IDLE)
		/* The warning was due (or the reset): said as anywhere else. */
		return session_tick(session) == IDLE_RESET ? RUN_IDLE : idle_warning();
	if (ended != RUN_RELAYOUT)
		return ended;
	if (answer == STAFF_LEAVE)
		return RUN_STAFF_LEFT;
	if (entered)
		ui_set_note(MESSAGE_ERROR, why);
	return RUN_RELAYOUT;
}

/* Keys a kiosk swallows: they would be signals anywhere else. */
static bool kiosk_ignores(int code, bool function_key)
{
	return !function_key && (code == CTRL('c') || code == CTRL('z') || code == CTRL('\\'));
}

enum run_result read_key_in(WINDOW *win, int *code, bool *function_key)
{
	/* The screen is out: the last key's answer was seen first. */
	log_key_time();
	const char *said = session_before_wait(session);
	if (said != NULL) {
		ui_set_note(MESSAGE_INFO, said);
		return RUN_RELAYOUT;
	}
	/* A signal that came before the wait (Ctrl-\ while the database
	 * opened, right after the start screen was painted) would not end
	 * the read: it is seen now. */
	if (signals_stop_requested())
		return RUN_LOST;
	/* A blocking read only fails when the terminal is gone or a signal
	 * came; stop rather than spin (ncdu's "100% CPU on a lost terminal"). */
	for (int failures = 0; failures < 3;) {
		int wait_ms = session_wait_ms(session);
		wint_t wch;
		long long asked = session_now_ms();
		int rc = get_key(win, wait_ms, &wch);
		if (signals_stop_requested())
			return RUN_LOST;
		if (signals_take_interrupt())
			return confirm_leave();
		if (rc == ERR && invalid_input) {
			invalid_input = false;
			session_key(session);
			ui_set_note(MESSAGE_ERROR,
				    _("The terminal sent characters that are not UTF-8; they were left "
				      "out. Set the terminal to UTF-8 and type them again."));
			return RUN_RELAYOUT;
		}
		if (rc == ERR) {
			enum run_result idle = after_wait();
			if (idle != RUN_ACTION)
				return idle;
			if (errno != EINTR && !waited_out(wait_ms, asked))
				failures++;
			continue;
		}
		session_key(session);
		note_key_read();
		*code = (int)wch;
		*function_key = rc == KEY_CODE_YES;
		if (*function_key && wch == KEY_RESIZE)
			return RUN_RELAYOUT;
		/* Ctrl-L repaints the whole terminal here, so every screen,
		 * popup and question answers it the same way (a line noise
		 * or another program may have written over it). */
		if (key_command_for(*code, *function_key, false) == CMD_REDRAW) {
			clearok(curscr, TRUE);
			wrefresh(curscr);
			continue;
		}
		if (!session_may_quit(session)) {
			if (kiosk_ignores(*code, *function_key))
				continue;
			if (key_command_for(*code, *function_key, true) == CMD_STAFF_EXIT)
				return staff_exit();
		}
		return RUN_ACTION;
	}
	return RUN_LOST;
}

enum run_result read_key(int *code, bool *function_key)
{
	return read_key_in(stdscr, code, function_key);
}
