/* SPDX-License-Identifier: MIT */
/* idealbytes [-w COLS] [-f X,Y] [-t X,Y] [-T TITLE] BEFORE AFTER
 *
 * The realistic ideal of a screen change: an estimate of the fewest bytes
 * a renderer must send to an xterm-256color terminal to turn the screen
 * BEFORE into AFTER, both as `tmux capture-pane -p -e -N` prints them
 * (text with SGR sequences). For each run of changed cells it counts the
 * cheapest cursor addressing from where the last run ended (cup with its
 * real digits, hpa, vpa, the relative moves, cr, or rewriting the
 * unchanged cells between when that is shorter), the run's characters in
 * UTF-8, and the cheapest attribute change (sgr, sgr0, or the single
 * capabilities) wherever the attribute differs from the one in force. A
 * row whose rest became blank may be erased (el), blank cells in a row
 * erased in place (ech), and the screen's blank end (ed); clearing the
 * whole screen and drawing it anew is taken when it is cheaper. At the end
 * the attributes are normal again and the cursor is where AFTER has it.
 * Every string comes from the terminfo entry, with tiparm for those that
 * take numbers. Scrolling and inserting or deleting lines are left out.
 *
 * -f X,Y  the cursor before (unknown when absent: the first move is
 *         absolute); -t X,Y  the cursor after (not counted when absent);
 * -w COLS the terminal's width (80); -T TITLE  the window title changed to
 * TITLE (tsl/fsl, or OSC 2 where the entry has XT); -v  a line per row
 * to stderr. Prints the bytes. TERM is xterm-256color unless IDEAL_TERM
 * names another entry. */
#include <config.h>

#include <curses.h>
#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>
#include <wchar.h>

#define MAX_ROWS 100
#define MAX_COLS 300
#define CELL_BYTES 16
#define FAR 1000000 /* a way that is not available */

enum {
	AT_BOLD = 1 << 0,
	AT_DIM = 1 << 1,
	AT_ITALIC = 1 << 2,
	AT_UNDERLINE = 1 << 3,
	AT_BLINK = 1 << 4,
	AT_REVERSE = 1 << 5,
	AT_INVISIBLE = 1 << 6,
	AT_STRIKE = 1 << 7,
};

/* A colour: -1 the terminal's default, 0-255 the palette, more: RGB. */
struct attr {
	unsigned bits;
	long fg, bg;
};

struct cell {
	char text[CELL_BYTES]; /* "" for the right half of a wide character */
	struct attr attr;
};

struct screen {
	struct cell cells[MAX_ROWS][MAX_COLS];
	int rows;
};

static int cols = 80;
static bool verbose;
static const struct attr normal = { 0, -1, -1 };

/* ---- the terminal's strings ------------------------------------------ */

static const char *cap(const char *name)
{
	const char *value = tigetstr(name);
	/* terminfo's documented answer for a name that is no string */
	if (value == (const char *)-1) /* NOLINT(performance-no-int-to-ptr) */
		return NULL;
	return value;
}

static int cap_len(const char *name)
{
	const char *value = cap(name);
	return value != NULL ? (int)strlen(value) : FAR;
}

static int param_len(const char *name, long p1, long p2)
{
	const char *value = cap(name);
	if (value == NULL)
		return FAR;
	const char *out = tiparm(value, p1, p2);
	return out != NULL ? (int)strlen(out) : FAR;
}

static int min2(int a, int b)
{
	return a < b ? a : b;
}

/* ---- reading a capture ------------------------------------------------ */

static long sgr_colour(const long *p, int n, int *i)
{
	if (*i + 2 < n && p[*i + 1] == 5) {
		*i += 2;
		return p[*i];
	}
	if (*i + 4 < n && p[*i + 1] == 2) {
		long rgb = 256 + ((p[*i + 2] & 255) << 16) + ((p[*i + 3] & 255) << 8) + (p[*i + 4] & 255);
		*i += 4;
		return rgb;
	}
	return -1;
}

static void apply_sgr(struct attr *a, const long *p, int n)
{
	static const unsigned on[10] = { 0,        AT_BOLD, AT_DIM,     AT_ITALIC,    AT_UNDERLINE,
					 AT_BLINK, 0,       AT_REVERSE, AT_INVISIBLE, AT_STRIKE };
	for (int i = 0; i < n; i++) {
		long v = p[i];
		if (v == 0)
			*a = normal;
		else if (v < 10)
			a->bits |= on[v];
		else if (v == 22)
			a->bits &= ~(unsigned)(AT_BOLD | AT_DIM);
		else if (v >= 23 && v <= 29 && v != 26)
			a->bits &= ~on[v - 20];
		else if ((v >= 30 && v <= 37) || (v >= 90 && v <= 97))
			a->fg = v < 90 ? v - 30 : v - 90 + 8;
		else if ((v >= 40 && v <= 47) || (v >= 100 && v <= 107))
			a->bg = v < 100 ? v - 40 : v - 100 + 8;
		else if (v == 38)
			a->fg = sgr_colour(p, n, &i);
		else if (v == 48)
			a->bg = sgr_colour(p, n, &i);
		else if (v == 39)
			a->fg = -1;
		else if (v == 49)
			a->bg = -1;
	}
}

/* An escape sequence at s: SGR changes *a; any other is skipped. Returns
 * its length. */
static size_t read_escape(const char *s, struct attr *a)
{
	if (s[1] != '[')
		return s[1] != '\0' ? 2 : 1;
	long p[32];
	int n = 0;
	size_t i = 2;
	p[0] = 0;
	while (s[i] != '\0' && (s[i] < 0x40 || s[i] > 0x7e)) {
		if (s[i] >= '0' && s[i] <= '9') {
			p[n] = p[n] * 10 + (s[i] - '0');
		} else if ((s[i] == ';' || s[i] == ':') && n < 31) {
			p[++n] = 0;
		}
		i++;
	}
	if (s[i] == 'm')
		apply_sgr(a, p, n + 1);
	return s[i] != '\0' ? i + 1 : i;
}

static void blank_row(struct screen *s, int row)
{
	for (int c = 0; c < MAX_COLS; c++) {
		strcpy(s->cells[row][c].text, " ");
		s->cells[row][c].attr = normal;
	}
}

/* One line of the capture; the attributes run on from the line before,
 * as tmux writes them. */
static void read_line(struct screen *s, int row, const char *line, struct attr *a)
{
	int col = 0;
	mbstate_t state;
	memset(&state, 0, sizeof state);
	blank_row(s, row);
	for (const char *p = line; *p != '\0' && *p != '\n';) {
		if (*p == '\033') {
			p += read_escape(p, a);
			continue;
		}
		if ((unsigned char)*p < ' ') {
			/* the character set's shifts (SO, SI) take no cell */
			p++;
			continue;
		}
		wchar_t wc;
		size_t n = mbrtowc(&wc, p, MB_CUR_MAX, &state);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&state, 0, sizeof state);
			wc = (unsigned char)*p;
			n = 1;
		}
		int width = wcwidth(wc);
		if (width == 0 && col > 0) {
			/* a combining mark joins the cell before */
			struct cell *before = &s->cells[row][col - 1];
			size_t used = strlen(before->text);
			if (used + n < CELL_BYTES)
				memcpy(before->text + used, p, n), before->text[used + n] = '\0';
		} else if (col < MAX_COLS && n < CELL_BYTES) {
			struct cell *cell = &s->cells[row][col];
			memcpy(cell->text, p, n);
			cell->text[n] = '\0';
			cell->attr = *a;
			if (width == 2 && col + 1 < MAX_COLS) {
				s->cells[row][col + 1].text[0] = '\0';
				s->cells[row][col + 1].attr = *a;
			}
			col += width == 2 ? 2 : 1;
		}
		p += n;
	}
}

static bool read_screen(const char *path, struct screen *s)
{
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		perror(path);
		return false;
	}
	char *line = NULL;
	size_t size = 0;
	struct attr a = normal;
	s->rows = 0;
	while (s->rows < MAX_ROWS && getline(&line, &size, f) >= 0)
		read_line(s, s->rows++, line, &a);
	free(line);
	fclose(f);
	return true;
}

/* ---- what differs ------------------------------------------------------ */

/* What shows of a cell's attributes: a space in bold looks like any
 * other space. */
static struct attr shown_attr(const struct cell *c)
{
	struct attr a = c->attr;
	if (strcmp(c->text, " ") == 0) {
		a.bits &= AT_REVERSE | AT_UNDERLINE | AT_STRIKE;
		if (!(a.bits & AT_REVERSE))
			a.fg = -1;
	}
	return a;
}

static bool attr_equal(struct attr a, struct attr b)
{
	return a.bits == b.bits && a.fg == b.fg && a.bg == b.bg;
}

static bool cell_equal(const struct cell *a, const struct cell *b)
{
	return strcmp(a->text, b->text) == 0 && attr_equal(shown_attr(a), shown_attr(b));
}

static bool cell_blank(const struct cell *c)
{
	return strcmp(c->text, " ") == 0 && attr_equal(shown_attr(c), normal);
}

/* ---- the cost of attributes --------------------------------------------- */

static int colour_len(const char *name, long colour)
{
	if (colour < 256)
		return param_len(name, colour, 0);
	/* \E[38;2;R;G;Bm */
	char buf[32];
	return snprintf(buf, sizeof buf, "\033[%d;2;%ld;%ld;%ldm", name[4] == 'f' ? 38 : 48,
			(colour - 256) >> 16, ((colour - 256) >> 8) & 255, (colour - 256) & 255);
}

static int colours_cost(struct attr from, struct attr to)
{
	if (from.fg == to.fg && from.bg == to.bg)
		return 0;
	int each = 0;
	if (from.fg != to.fg)
		each += to.fg >= 0 ? colour_len("setaf", to.fg) : FAR;
	if (from.bg != to.bg)
		each += to.bg >= 0 ? colour_len("setab", to.bg) : FAR;
	int reset = cap_len("op") + (to.fg >= 0 ? colour_len("setaf", to.fg) : 0) +
		    (to.bg >= 0 ? colour_len("setab", to.bg) : 0);
	return min2(each, reset);
}

static const char *const enter_cap[8] = { "bold", "dim", "sitm", "smul", "blink", "rev", "invis", "smxx" };
static const char *const exit_cap[8] = { NULL, NULL, "ritm", "rmul", NULL, "rmso", NULL, "rmxx" };

static int enter_len(int bit)
{
	const char *value = cap(enter_cap[bit]);
	if (value != NULL)
		return (int)strlen(value);
	return bit == 7 ? 4 : FAR; /* \E[9m where the entry has no smxx */
}

/* From bits set by sgr0 (none) or sgr (some), the ones still missing. */
static int add_bits(unsigned have, unsigned want)
{
	int cost = 0;
	for (int bit = 0; bit < 8; bit++)
		if ((want & (1u << bit)) && !(have & (1u << bit)))
			cost += enter_len(bit);
	return cost;
}

static int sgr_len(unsigned bits, unsigned *got)
{
	const char *sgr = cap("sgr");
	if (sgr == NULL)
		return FAR;
	/* standout, underline, reverse, blink, dim, bold, invisible, protect,
	 * alternate character set */
	const char *out = tiparm(sgr, 0L, (long)!!(bits & AT_UNDERLINE), (long)!!(bits & AT_REVERSE),
				 (long)!!(bits & AT_BLINK), (long)!!(bits & AT_DIM), (long)!!(bits & AT_BOLD),
				 (long)!!(bits & AT_INVISIBLE), 0L, 0L);
	*got = bits & (AT_UNDERLINE | AT_REVERSE | AT_BLINK | AT_DIM | AT_BOLD | AT_INVISIBLE);
	return out != NULL ? (int)strlen(out) : FAR;
}

/* The cheapest way from attribute from to attribute to. */
static int attr_cost(struct attr from, struct attr to)
{
	if (attr_equal(from, to))
		return 0;
	int best = FAR;
	/* the single capabilities, when none has to end or they have ends */
	int ends = 0;
	for (int bit = 0; bit < 8; bit++)
		if ((from.bits & (1u << bit)) && !(to.bits & (1u << bit)))
			ends += exit_cap[bit] != NULL ? cap_len(exit_cap[bit]) : FAR;
	best = min2(best, ends + add_bits(from.bits, to.bits) + colours_cost(from, to));
	/* everything off, then on again */
	best = min2(best, cap_len("sgr0") + add_bits(0, to.bits) + colours_cost(normal, to));
	unsigned got = 0;
	int sgr = sgr_len(to.bits, &got);
	best = min2(best, sgr + add_bits(got, to.bits) + colours_cost(normal, to));
	return best;
}

/* ---- the cost of cursor moves --------------------------------------------- */

struct state {
	int row, col; /* row < 0: not known */
	bool wrapped; /* the last column was written: the next character goes to the next row */
	struct attr attr;
};

static int repeat(const char *one, int n)
{
	int len = cap_len(one);
	return len >= FAR ? FAR : len * n;
}

static int vertical(int from, int to)
{
	if (from == to)
		return 0;
	int best = param_len("vpa", to, 0);
	if (to > from)
		return min2(best, min2(repeat("cud1", to - from), param_len("cud", to - from, 0)));
	return min2(best, min2(repeat("cuu1", from - to), param_len("cuu", from - to, 0)));
}

static int rightwards(int from, int to)
{
	return min2(repeat("cuf1", to - from), param_len("cuf", to - from, 0));
}

static int horizontal(int from, int to)
{
	if (from == to)
		return 0;
	int best = param_len("hpa", to, 0);
	best = min2(best, cap_len("cr") + (to == 0 ? 0 : rightwards(0, to)));
	if (to > from)
		return min2(best, rightwards(from, to));
	return min2(best, min2(repeat("cub1", from - to), param_len("cub", from - to, 0)));
}

static int move_cost(const struct state *s, int row, int col)
{
	if (s->row == row && s->col == col && !s->wrapped)
		return 0;
	if (s->wrapped && s->row + 1 == row && col == 0)
		return 0;
	int best = param_len("cup", row, col);
	if (row == 0 && col == 0)
		best = min2(best, cap_len("home"));
	/* hpa to leave a pending wrap, then up and down */
	int across = min2(param_len("hpa", col, 0), cap_len("cr") + (col ? horizontal(0, col) : 0));
	if (s->row < 0)
		return min2(best, param_len("vpa", row, 0) + across);
	if (s->wrapped)
		return min2(best, vertical(s->row, row) + across);
	return min2(best, vertical(s->row, row) + horizontal(s->col, col));
}

/* ---- a screen change ---------------------------------------------------------- */

static int write_cell(struct state *s, const struct cell *c)
{
	int cost = attr_cost(s->attr, c->attr) + (int)strlen(c->text);
	s->attr = c->attr;
	return cost;
}

/* Writing the cells from..to-1 of a row (the cursor is at from). */
static int write_cells(struct state *s, const struct cell *row, int from, int to)
{
	int cost = 0;
	for (int c = from; c < to; c++)
		cost += write_cell(s, &row[c]);
	if (to > from) {
		s->col = to >= cols ? cols - 1 : to;
		s->wrapped = to >= cols;
	}
	return cost;
}

/* To the cell at col: moving there, or writing the unchanged cells
 * between when that is shorter. */
static int reach(struct state *s, int row, int col, const struct cell *after_row)
{
	int move = move_cost(s, row, col);
	if (s->row == row && !s->wrapped && s->col < col) {
		struct state through = *s;
		int rewrite = write_cells(&through, after_row, s->col, col);
		if (rewrite < move) {
			*s = through;
			return rewrite;
		}
	}
	s->row = row;
	s->col = col;
	s->wrapped = false;
	return move;
}

/* Whether a cell can be made by erasing: a space with no attribute
 * that shows, on any background (the terminal erases with the current
 * one: bce). */
static bool erasable(const struct cell *c, long bg)
{
	struct attr a = shown_attr(c);
	return strcmp(c->text, " ") == 0 && a.bits == 0 && a.bg == bg;
}

/* A run of changed cells that can all be erased: written, or erased in
 * place (ech, the cursor stays). */
static int erasable_run(struct state *s, const struct cell *after_row, int from, int to)
{
	struct state written = *s;
	int write = write_cells(&written, after_row, from, to);
	struct attr fill = normal;
	fill.bg = after_row[from].attr.bg;
	int erase = FAR;
	if (s->attr.bg == fill.bg)
		erase = param_len("ech", to - from, 0);
	else
		erase = attr_cost(s->attr, fill) + param_len("ech", to - from, 0);
	if (write <= erase) {
		*s = written;
		return write;
	}
	if (s->attr.bg != fill.bg)
		s->attr = fill;
	return erase;
}

/* The first column from which a row of after is blank to its end. */
static int blank_from(const struct cell *row)
{
	int t = cols;
	while (t > 0 && cell_blank(&row[t - 1]))
		t--;
	return t;
}

/* The changed runs of a row in from..to-1. */
static int row_runs(struct state *s, const struct cell *before, const struct cell *after, int row, int from,
		    int to)
{
	int cost = 0;
	for (int c = from; c < to;) {
		if (cell_equal(&before[c], &after[c])) {
			c++;
			continue;
		}
		int end = c;
		bool all_erasable = true;
		while (end < to && !cell_equal(&before[end], &after[end])) {
			all_erasable = all_erasable && erasable(&after[end], after[c].attr.bg);
			end++;
		}
		/* the right half of a wide character comes with its left half */
		int start = c > 0 && after[c].text[0] == '\0' ? c - 1 : c;
		cost += reach(s, row, start, after);
		cost += all_erasable ? erasable_run(s, after, start, end) : write_cells(s, after, start, end);
		c = end;
	}
	return cost;
}

static int first_changed(const struct cell *before, const struct cell *after, int from)
{
	for (int c = from; c < cols; c++)
		if (!cell_equal(&before[c], &after[c]))
			return c;
	return -1;
}

/* Erasing from (row, col) with el or ed: the background must be the
 * default one, as the terminal fills with the current one (bce). */
static int erase_at(struct state *s, int row, int col, const struct cell *after_row, const char *how)
{
	int cost = reach(s, row, col, after_row);
	if (s->attr.bg != -1 || s->attr.fg != -1) {
		cost += attr_cost(s->attr, normal);
		s->attr = normal;
	}
	return cost + cap_len(how);
}

/* A row from column from on: its changed runs, and where its end became
 * blank, el or spaces. */
static int row_rest(struct state *s, const struct cell *before, const struct cell *after, int row, int from)
{
	int tail = blank_from(after);
	int cost = row_runs(s, before, after, row, from, tail);
	int first = first_changed(before, after, tail > from ? tail : from);
	if (first < 0)
		return cost;
	struct state spaces = *s, erased = *s;
	int by_spaces = row_runs(&spaces, before, after, row, tail > from ? tail : from, cols);
	int by_el = erase_at(&erased, row, first, after, "el");
	*s = by_spaces < by_el ? spaces : erased;
	return cost + min2(by_spaces, by_el);
}

/* A row; where it now starts blank, maybe el1 for that part. */
static int row_cost(struct state *s, const struct cell *before, const struct cell *after, int row)
{
	int lead = 0;
	while (lead < cols && cell_blank(&after[lead]))
		lead++;
	struct state plain = *s;
	int cost = row_rest(&plain, before, after, row, 0);
	int first = first_changed(before, after, 0);
	if (lead > 0 && lead < cols && first >= 0 && first < lead && cap("el1") != NULL) {
		struct state erased = *s;
		int by_el1 = erase_at(&erased, row, lead - 1, after, "el1");
		by_el1 += row_rest(&erased, before, after, row, lead);
		if (by_el1 < cost) {
			*s = erased;
			return by_el1;
		}
	}
	*s = plain;
	return cost;
}

static bool row_blank(const struct cell *row)
{
	return blank_from(row) == 0;
}

/* The change row by row; from row ed_row on (all blank in after below
 * it), one ed instead. */
static int change_cost(const struct screen *before, const struct screen *after, struct state *s, int ed_row)
{
	int cost = 0;
	int rows = after->rows > before->rows ? after->rows : before->rows;
	for (int r = 0; r < rows; r++) {
		const struct cell *b = before->cells[r], *a = after->cells[r];
		if (r == ed_row) {
			int tail = blank_from(a);
			cost += row_runs(s, b, a, r, 0, tail);
			for (int rr = r; rr < rows; rr++) {
				int first = first_changed(before->cells[rr], after->cells[rr],
							  rr == r ? tail : 0);
				if (first >= 0)
					return cost + erase_at(s, rr, first, after->cells[rr], "ed");
			}
			return cost;
		}
		int row = row_cost(s, b, a, r);
		if (verbose && row > 0)
			fprintf(stderr, "row %d: %d\n", r + 1, row);
		cost += row;
	}
	return cost;
}

/* The cheapest of: row by row, with ed from each row whose rows below
 * are all blank; then normal attributes and the cursor where it ends. */
static int best_change(const struct screen *before, const struct screen *after, struct state start, int to_x,
		       int to_y)
{
	int rows = after->rows > before->rows ? after->rows : before->rows;
	int below_blank = rows;
	while (below_blank > 0 && row_blank(after->cells[below_blank - 1]))
		below_blank--;
	int best = INT_MAX;
	for (int ed_row = -1; ed_row < rows; ed_row++) {
		if (ed_row >= 0 && ed_row + 1 < below_blank)
			continue;
		bool was_verbose = verbose;
		verbose = verbose && ed_row < 0;
		struct state s = start;
		int cost = change_cost(before, after, &s, ed_row);
		verbose = was_verbose;
		cost += attr_cost(s.attr, normal);
		if (to_y >= 0)
			cost += move_cost(&s, to_y, to_x);
		if (cost < best)
			best = cost;
	}
	return best;
}

static bool rows_equal(const struct cell *a, const struct cell *b)
{
	for (int c = 0; c < cols; c++)
		if (!cell_equal(&a[c], &b[c]))
			return false;
	return true;
}

/* Rows top..bottom of before scrolled by by rows (up when by > 0), as
 * csr and indn or rin leave them. */
static void scroll_rows(struct screen *s, const struct screen *before, int top, int bottom, int by)
{
	*s = *before;
	for (int r = top; r <= bottom; r++) {
		int from = r + by;
		if (from >= top && from <= bottom)
			memcpy(s->cells[r], before->cells[from], sizeof s->cells[r]);
		else
			blank_row(s, r);
	}
}

/* Scrolling a region: csr to it (none for the whole screen), the cursor
 * to its edge, indn or ind (up), rin or ri (down), csr back. The cursor
 * is not known afterwards. */
static int scroll_cost(int rows, int top, int bottom, int by)
{
	bool whole = top == 0 && bottom == rows - 1;
	int region = whole ? 0 : param_len("csr", top, bottom) + param_len("csr", 0, rows - 1);
	int n = by > 0 ? by : -by;
	int edge = param_len("cup", by > 0 ? bottom : top, 0);
	if (by > 0)
		return region + edge + min2(param_len("indn", n, 0), repeat("ind", n));
	return region + edge + min2(param_len("rin", n, 0), repeat("ri", n));
}

/* The change after scrolling by rows, when that brings rows of before
 * to where after has them: for each run of such rows, the region from
 * the first to the last row it covers. */
static int scrolled_change(const struct screen *before, const struct screen *after, struct state start,
			   int to_x, int to_y)
{
	static struct screen scrolled;
	int rows = after->rows, best = INT_MAX;
	for (int by = 1 - rows; by < rows; by++) {
		if (by == 0)
			continue;
		for (int r = 0; r < rows;) {
			int from = r + by;
			bool moved = from >= 0 && from < rows && !row_blank(after->cells[r]) &&
				     rows_equal(before->cells[from], after->cells[r]) &&
				     !rows_equal(before->cells[r], after->cells[r]);
			if (!moved) {
				r++;
				continue;
			}
			int last = r;
			while (last + 1 < rows && last + 1 + by < rows &&
			       rows_equal(before->cells[last + 1 + by], after->cells[last + 1]))
				last++;
			int top = by > 0 ? r : r + by, bottom = by > 0 ? last + by : last;
			scroll_rows(&scrolled, before, top, bottom, by);
			struct state s = start;
			s.row = s.col = -1;
			s.wrapped = false;
			int cost = attr_cost(start.attr, normal) + scroll_cost(rows, top, bottom, by);
			s.attr = normal;
			cost += best_change(&scrolled, after, s, to_x, to_y);
			best = min2(best, cost);
			r = last + 1;
		}
	}
	return best;
}

static void usage(void)
{
	fputs("usage: idealbytes [-v] [-w COLS] [-f X,Y] [-t X,Y] [-T TITLE] BEFORE AFTER\n", stderr);
	exit(2);
}

/* A number from 0 to 9999 at *text, which moves past it; -1 if none. */
static int read_number(const char **text)
{
	char *end;
	long n = strtol(*text, &end, 10);
	if (end == *text || n < 0 || n > 9999)
		return -1;
	*text = end;
	return (int)n;
}

/* "X,Y", or usage. */
static void parse_xy(const char *text, int *x, int *y)
{
	*x = read_number(&text);
	if (*x < 0 || *text++ != ',' || (*y = read_number(&text)) < 0 || *text != '\0')
		usage();
}

static int title_cost(const char *title)
{
	if (title == NULL)
		return 0;
	int start = cap_len("tsl"), end = cap_len("fsl");
	if (start >= FAR || end >= FAR) {
		if (tigetflag("XT") <= 0)
			return 0;
		start = 4; /* \E]2; */
		end = 1; /* ^G */
	}
	return start + (int)strlen(title) + end;
}

int main(int argc, char **argv)
{
	int from_x = -1, from_y = -1, to_x = -1, to_y = -1, opt;
	const char *title = NULL;
	setlocale(LC_CTYPE, "C.UTF-8");
	while ((opt = getopt(argc, argv, "vw:f:t:T:")) != -1) {
		const char *number = optarg;
		switch (opt) {
		case 'v':
			verbose = true;
			break;
		case 'w':
			cols = read_number(&number);
			break;
		case 'f':
			parse_xy(optarg, &from_x, &from_y);
			break;
		case 't':
			parse_xy(optarg, &to_x, &to_y);
			break;
		case 'T':
			title = optarg;
			break;
		default:
			usage();
		}
	}
	if (argc - optind != 2 || cols < 1 || cols > MAX_COLS)
		usage();
	const char *term = getenv("IDEAL_TERM");
	int error;
	if (setupterm(term != NULL ? term : "xterm-256color", STDERR_FILENO, &error) != OK) {
		fputs("idealbytes: no terminfo entry\n", stderr);
		return 2;
	}
	static struct screen before, after, blank;
	if (!read_screen(argv[optind], &before) || !read_screen(argv[optind + 1], &after))
		return 2;
	/* the same rows in all three */
	int rows = before.rows > after.rows ? before.rows : after.rows;
	for (struct screen *s = &before; s != NULL; s = s == &before ? &after : s == &after ? &blank : NULL) {
		while (s->rows < rows)
			blank_row(s, s->rows++);
	}
	struct state start = { from_y, from_x, false, normal };
	if (from_y < 0)
		start.row = start.col = -1;
	int cost = best_change(&before, &after, start, to_x, to_y);
	/* or scroll a part first */
	cost = min2(cost, scrolled_change(&before, &after, start, to_x, to_y));
	/* or clear the screen and draw it all */
	struct state cleared = { 0, 0, false, normal };
	verbose = false;
	int redraw = cap_len("clear") + best_change(&blank, &after, cleared, to_x, to_y);
	printf("%d\n", (cost < redraw ? cost : redraw) + title_cost(title));
	return 0;
}
