/* SPDX-License-Identifier: MIT */
/* The live view of the room: one row per trainee, read again every two
 * seconds and drawn with curses, which sends only what changed (no
 * flicker, small over SSH). Keys: Up/Down choose a row, Enter shows that
 * trainee's recent events, s changes the order, f what is shown, r reads
 * now, q or Esc leaves. */
#include <config.h>

#include "ui/curses/ui_room.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/util.h"
#include "flow/room.h"

#define ROOM_REFRESH_MS 2000
#define ROOM_EVENTS 12

struct room_entry {
	struct room_row row;
	struct room_line line;
};

struct room_view {
	struct store *store;
	const char *class_name;
	struct room_entry *entries;
	size_t n, cap;
	int order; /* 0 class order, 1 name, 2 idle, 3 state */
	int shown; /* 0 all, 1 connected, 2 stuck */
	size_t chosen; /* among the rows shown */
	char chosen_username[STORE_TEXT_MAX]; /* the person chosen: rows move */
	size_t first_drawn; /* the row shown at the top, when they do not fit */
	long long now;
	bool room_mode; /* a class runs (class start) */
	int era; /* the setting: an MFA column from 2025 on */
	int room_idle; /* its idle wipe: 0 none, else seconds at the soonest */
};

static const char *const order_names[] = { N_("class order"), N_("name"), N_("idle"), N_("state") };
static const char *const shown_names[] = { N_("everyone"), N_("connected"), N_("stuck") };

static bool collect(const struct room_row *row, void *data)
{
	struct room_view *v = data;
	if (v->n == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 32;
		v->entries = xreallocarray(v->entries, v->cap, sizeof *v->entries);
	}
	struct room_entry *e = &v->entries[v->n++];
	e->row = *row;
	room_describe(row, v->now, &e->line);
	return true;
}

static int order_of(const struct room_view *v, const struct room_entry *a, const struct room_entry *b)
{
	switch (v->order) {
	case 1:
		return strcmp(a->row.name, b->row.name);
	case 2:
		return b->line.idle_seconds - a->line.idle_seconds;
	case 3:
		return strcmp(a->line.state, b->line.state);
	default:
		return a->row.position - b->row.position;
	}
}

/* A room is a class: an insertion sort is enough, and keeps the order
 * of equals (the class order) as it was. */
static void sort_entries(struct room_view *v)
{
	for (size_t i = 1; i < v->n; i++) {
		struct room_entry moved = v->entries[i];
		size_t j = i;
		for (; j > 0 && order_of(v, &v->entries[j - 1], &moved) > 0; j--)
			v->entries[j] = v->entries[j - 1];
		v->entries[j] = moved;
	}
}

static bool is_shown(const struct room_view *v, const struct room_entry *e);

/* The rows read again; the chosen person stays chosen wherever the new
 * order puts them. */
static bool read_room(struct room_view *v)
{
	v->n = 0;
	v->now = (long long)time(NULL);
	struct store_settings settings;
	if (!store_each_room_row(v->store, v->class_name, collect, v) ||
	    !store_room_mode(v->store, &v->room_mode, &v->room_idle) ||
	    !store_load_settings(v->store, &settings))
		return false;
	v->era = settings.era;
	sort_entries(v);
	size_t seen = 0;
	for (size_t i = 0; v->chosen_username[0] != '\0' && i < v->n; i++) {
		if (!is_shown(v, &v->entries[i]))
			continue;
		if (strcmp(v->entries[i].row.username, v->chosen_username) == 0) {
			v->chosen = seen;
			break;
		}
		seen++;
	}
	return true;
}

static bool is_shown(const struct room_view *v, const struct room_entry *e)
{
	return v->shown == 0 || (v->shown == 1 && e->line.connected) || (v->shown == 2 && e->line.stuck);
}

/* text cut, at a character's start, to at most width columns. */
static void cut_to_columns(char *text, int width)
{
	while (text_columns(text) > width && text[0] != '\0') {
		size_t end = strlen(text) - 1;
		while (end > 0 && ((unsigned char)text[end] & 0xC0) == 0x80)
			end--;
		text[end] = '\0';
	}
}

/* A line of the screen at row y, cut at its right edge: curses would
 * carry the rest onto the next row. */
static void put_line(int y, const char *text)
{
	char *line = xstrdup(text);
	cut_to_columns(line, COLS);
	mvaddstr(y, 0, line);
	clrtoeol();
	free(line);
}

/* text escaped, then cut or padded to width columns, added to line. */
static void add_cell(char *line, size_t size, const char *text, int width)
{
	char shown[4 * STORE_TEXT_MAX];
	escape_for_terminal(text, shown, sizeof shown);
	cut_to_columns(shown, width);
	size_t used = strlen(line);
	snprintf(line + used, size - used, "%s%*s ", shown, width - text_columns(shown), "");
}

/* The columns: #, name, username, state, terminal, screen, step, idle,
 * MFA (in the 2025 era), wrong passwords, stuck. Below 110 columns the
 * terminal and screen go (Enter tells more), so 80 columns hold what
 * matters, MFA instead of the username in 2025; below 80, the least a
 * trainer needs. */
#define ROOM_CELLS 11
static const int wide[] = { 3, 20, 14, 10, 12, 22, 12, 10, 6, 6, 8 };
static const int narrow[] = { 3, 17, 14, 10, 0, 0, 12, 0, 6, 6, 8 };
static const int narrow_2025[] = { 3, 17, 0, 10, 0, 0, 12, 10, 6, 6, 8 };
/* A window of 40 columns (low vision, 200 %): who, in what state, on
 * which step, stuck or not. */
static const int tiny[] = { 0, 11, 0, 9, 0, 0, 10, 0, 0, 0, 6 };

static void draw_row(int y, const char *const cells[ROOM_CELLS], int era, attr_t attributes)
{
	const int *widths = COLS >= 110 ? wide : COLS >= 80 ? (era >= 2025 ? narrow_2025 : narrow) : tiny;
	char line[1024] = "";
	for (size_t i = 0; i < ROOM_CELLS; i++)
		if (widths[i] > 0 && (i != 7 || era >= 2025))
			add_cell(line, sizeof line, cells[i], widths[i]);
	attrset(attributes);
	put_line(y, line);
	attrset(A_NORMAL);
}

static void draw_entry(int y, const struct room_entry *e, int era, bool chosen)
{
	char position[16], failures[16], mfa[64] = "-";
	snprintf(position, sizeof position, "%d", e->row.position);
	snprintf(failures, sizeof failures, "%d", e->line.failures);
	if (e->row.username[0] != '\0')
		room_mfa_word(&e->row.mfa, era, mfa, sizeof mfa);
	const char *cells[ROOM_CELLS] = { e->row.position > 0 ? position : "-",
					  e->row.name[0] ? e->row.name : "-",
					  e->row.username[0] ? e->row.username : "-",
					  e->line.state,
					  e->line.where,
					  e->line.screen,
					  e->line.step,
					  mfa,
					  e->line.idle,
					  failures,
					  e->line.stuck ? _("STUCK") : "" };
	draw_row(y, cells, era, (chosen ? A_REVERSE : A_NORMAL) | (e->line.stuck ? A_BOLD : A_NORMAL));
}

static void draw(struct room_view *v)
{
	int connected = 0, stuck = 0, rows = 0;
	for (size_t i = 0; i < v->n; i++) {
		connected += v->entries[i].line.connected;
		stuck += v->entries[i].line.stuck;
	}
	erase();
	char *title = v->class_name[0] ? xasprintf(_("Room: class %s, %zu trainees: %d connected, %d stuck"),
						   v->class_name, v->n, connected, stuck)
				       : xasprintf(_("Room: %zu sessions: %d connected, %d stuck"), v->n,
						   connected, stuck);
	if (v->room_mode) {
		/* The trainer sees that nobody's screen will be wiped while talking. */
		char *more = v->room_idle == 0 ? xasprintf(_("%s | running: no idle wipe"), title)
					       : xasprintf(_("%s | running: idle wipe %d min+"), title,
							   v->room_idle / 60);
		free(title);
		title = more;
	}
	attrset(A_BOLD);
	put_line(0, title);
	attrset(A_NORMAL);
	free(title);
	char *keys = xasprintf(_("q: leave  s: order (%s)  f: show (%s)  Enter: events  r: read now"),
			       _(order_names[v->order]), _(shown_names[v->shown]));
	put_line(1, keys);
	free(keys);
	const char *heads[ROOM_CELLS] = { "#",         _("NAME"), _("USERNAME"), _("STATE"), _("TERMINAL"),
					  _("SCREEN"), _("STEP"), _("MFA"),      _("IDLE"),  _("FAILED"),
					  "" };
	draw_row(3, heads, v->era, A_UNDERLINE);
	for (size_t i = 0; i < v->n; i++)
		rows += is_shown(v, &v->entries[i]);
	if (v->chosen >= (size_t)rows)
		v->chosen = rows > 0 ? (size_t)rows - 1 : 0;
	/* The chosen row stays in sight: the rows scroll. */
	size_t room_for = LINES > 5 ? (size_t)LINES - 4 : 1;
	if (v->chosen < v->first_drawn)
		v->first_drawn = v->chosen;
	else if (v->chosen >= v->first_drawn + room_for)
		v->first_drawn = v->chosen - room_for + 1;
	size_t seen = 0;
	for (size_t i = 0; i < v->n; i++) {
		if (!is_shown(v, &v->entries[i]))
			continue;
		if (seen >= v->first_drawn && seen < v->first_drawn + room_for)
			draw_entry(4 + (int)(seen - v->first_drawn), &v->entries[i], v->era,
				   seen == v->chosen);
		seen++;
	}
	if (rows == 0)
		put_line(4, _("Nobody to show."));
	refresh();
}

static const struct room_entry *chosen_entry(const struct room_view *v)
{
	size_t seen = 0;
	for (size_t i = 0; i < v->n; i++)
		if (is_shown(v, &v->entries[i]) && seen++ == v->chosen)
			return &v->entries[i];
	return NULL;
}

struct recent {
	struct audit_row rows[ROOM_EVENTS];
	size_t n; /* how many seen; the last ROOM_EVENTS are kept */
};

static bool keep_recent(const struct audit_row *row, void *data)
{
	struct recent *r = data;
	r->rows[r->n++ % ROOM_EVENTS] = *row;
	return true;
}

/* The chosen trainee's last events, until a key. */
static void show_events(struct room_view *v)
{
	const struct room_entry *e = chosen_entry(v);
	if (e == NULL || e->row.username[0] == '\0')
		return;
	struct recent *r = xcalloc(1, sizeof *r);
	struct audit_filter filter = { "", "", e->row.username, "" };
	erase();
	char *title = xasprintf(_("Recent events of %s (%s); any key goes back"), e->row.name,
				e->row.username);
	attrset(A_BOLD);
	put_line(0, title);
	attrset(A_NORMAL);
	free(title);
	if (!store_each_audit(v->store, &filter, keep_recent, r))
		put_line(2, store_error(v->store));
	size_t first = r->n > ROOM_EVENTS ? r->n - ROOM_EVENTS : 0;
	for (size_t i = first; i < r->n && (int)(2 + i - first) < LINES; i++) {
		const struct audit_row *row = &r->rows[i % ROOM_EVENTS];
		const char *cells[10] = { "", row->at, row->event, row->court_id, row->outcome, "", "",
					  "", "",      "" };
		char line[1024] = "";
		add_cell(line, sizeof line, cells[1], 19);
		add_cell(line, sizeof line, cells[2], 16);
		add_cell(line, sizeof line, cells[3][0] ? cells[3] : "-", 6);
		add_cell(line, sizeof line, cells[4], 40);
		put_line((int)(2 + i - first), line);
	}
	if (r->n == 0)
		put_line(2, _("No event yet."));
	free(r);
	refresh();
	timeout(-1);
	(void)getch();
	timeout(ROOM_REFRESH_MS);
}

static const struct room_entry *chosen_entry(const struct room_view *v);

/* One key: false when the trainer leaves. */
static bool take_key(struct room_view *v, int key)
{
	switch (key) {
	case 'q':
	case 'Q':
	case 27: /* Esc */
		return false;
	case KEY_UP:
	case 'k':
		if (v->chosen > 0)
			v->chosen--;
		break;
	case KEY_DOWN:
	case 'j':
		v->chosen++;
		break;
	case 's':
		v->order = (v->order + 1) % 4;
		break;
	case 'f':
		v->shown = (v->shown + 1) % 3;
		v->chosen = 0;
		break;
	case '\n':
	case '\r':
	case KEY_ENTER:
		show_events(v);
		break;
	default:
		break;
	}
	const struct room_entry *chosen = chosen_entry(v);
	copy_text(v->chosen_username, sizeof v->chosen_username, chosen != NULL ? chosen->row.username : "");
	return true;
}

bool ui_room_view(struct store *store, const char *class_name)
{
	struct room_view v = { .store = store, .class_name = class_name };
	if (!read_room(&v)) {
		fprintf(stderr, "nextgen-admin: %s\n", store_error(store));
		free(v.entries);
		return false;
	}
	if (initscr() == NULL) {
		free(v.entries);
		return false;
	}
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(50);
	curs_set(0);
	timeout(ROOM_REFRESH_MS);
	bool ok = true;
	for (;;) {
		draw(&v);
		int key = getch();
		if (key != ERR && !take_key(&v, key))
			break;
		if (!read_room(&v)) {
			ok = false;
			break;
		}
	}
	endwin();
	if (!ok)
		fprintf(stderr, "nextgen-admin: %s\n", store_error(store));
	free(v.entries);
	return ok;
}
