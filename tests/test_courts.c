#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "courts.h"
#include "notices.h"

struct collected {
	struct court courts[64];
	int count;
};

static bool collect(const struct court *court, void *data)
{
	struct collected *c = data;
	if (c->count == 64)
		return false;
	c->courts[c->count++] = *court;
	return true;
}

static bool read_text(const char *text, struct collected *c, char *err, size_t errsize)
{
	FILE *in = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(in);
	c->count = 0;
	bool ok = courts_read_catalogue(in, "test.tsv", collect, c, err, errsize);
	fclose(in);
	return ok;
}

static const struct court *find(const struct collected *c, const char *id)
{
	for (int i = 0; i < c->count; i++)
		if (strcmp(c->courts[i].id, id) == 0)
			return &c->courts[i];
	return NULL;
}

static void the_shipped_catalogue_reads(void **state)
{
	(void)state;
	const char *dir = getenv("NEXTGEN_WIZARD_DATADIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/courts.tsv", dir ? dir : "data");
	FILE *in = fopen(path, "r");
	assert_non_null(in);
	struct collected *c = calloc(1, sizeof *c);
	char err[256] = "";
	assert_true(courts_read_catalogue(in, path, collect, c, err, sizeof err));
	fclose(in);
	assert_true(c->count >= 30);
	const struct court *canb = find(c, "canb");
	assert_non_null(canb);
	assert_string_equal(canb->nextgen_date, "2021-02-16");
	assert_int_equal(canb->type, COURT_BANKRUPTCY);
	const struct court *cacd = find(c, "cacd");
	assert_non_null(cacd);
	assert_string_equal(cacd->nextgen_date, "2020-02-18");
	assert_int_equal(cacd->type, COURT_DISTRICT);
	assert_string_not_equal(cacd->outage_start, "");
	free(c);
}

static void bad_lines_name_the_line_and_the_reason(void **state)
{
	(void)state;
	struct collected *c = calloc(1, sizeof *c);
	char err[256];
	assert_true(read_text("# comment\n\ncanb\tbankruptcy\t2021-02-16\t\t\tN.D. Cal.\n", c, err, sizeof err));
	assert_int_equal(c->count, 1);
	assert_false(read_text("canb\tbankruptcy\t2021-02-16\tN.D. Cal.\n", c, err, sizeof err));
	assert_non_null(strstr(err, "test.tsv:1:"));
	assert_false(read_text("# x\nCANB\tbankruptcy\t2021-02-16\t\t\tN.D. Cal.\n", c, err, sizeof err));
	assert_non_null(strstr(err, "test.tsv:2:"));
	assert_false(read_text("canb\tcriminal\t2021-02-16\t\t\tN.D. Cal.\n", c, err, sizeof err));
	assert_false(read_text("canb\tbankruptcy\t2021-02-30\t\t\tN.D. Cal.\n", c, err, sizeof err));
	assert_false(read_text("canb\tbankruptcy\t2021-02-16\t\t\t\n", c, err, sizeof err));
	assert_false(read_text("canb\tbankruptcy\t2021-02-16\t\t\tName\textra\n", c, err, sizeof err));
	free(c);
}

/* Found by fuzz/fuzz_catalogue.c: a long name of broken UTF-8 was cut to
 * nothing and a court with no name got through. */
static void a_name_must_be_whole_text_that_fits(void **state)
{
	(void)state;
	struct collected *c = calloc(1, sizeof *c);
	char err[256], line[512] = "a6\tappellate\t2014-11-20\t\t\tU";
	size_t len = strlen(line);
	memset(line + len, 0xa3, 200);
	strcpy(line + len + 200, "\n");
	assert_false(read_text(line, c, err, sizeof err));
	assert_false(read_text("a6\tappellate\t2014-11-20\t\t\tBad\x01Name\n", c, err, sizeof err));
	assert_false(read_text("a6\tappellate\t2014-11-20\t\t\tCaf\xc3\n", c, err, sizeof err));
	assert_int_equal(c->count, 0);
	assert_true(read_text("a6\tappellate\t2014-11-20\t\t\tCour d\xc3\xa9j\xc3\xa0\n", c, err, sizeof err));
	free(c);
}

static void a_court_is_live_from_its_go_live_day(void **state)
{
	(void)state;
	struct court court = { .id = "canb", .nextgen_date = "2021-02-16" };
	assert_false(court_is_live(&court, "2021-02-15"));
	assert_true(court_is_live(&court, "2021-02-16"));
	assert_true(court_is_live(&court, "2026-11-23"));
	struct court unknown = { .id = "cacb" };
	assert_false(court_is_live(&unknown, "2026-11-23"));
}

static void dates_read_as_a_person_reads_them(void **state)
{
	(void)state;
	char out[64];
	court_format_date("2021-02-16", out, sizeof out);
	assert_string_equal(out, "February 16, 2021");
	court_format_date("", out, sizeof out);
	assert_string_equal(out, "not announced");
}

static void notices_fill_in_the_court(void **state)
{
	(void)state;
	struct court court = { .id = "cacd", .nextgen_date = "2020-02-18" };
	char out[1024];
	notice_format(N9_NOT_BEFORE_GO_LIVE, &court, 1, out, sizeof out);
	assert_non_null(strstr(out, "cannot be linked before February 18, 2020."));
	notice_format(N11_DEADLINE, &court, 1, out, sizeof out);
	assert_non_null(strstr(out, "after February 17, 2020."));
	struct court march = { .id = "casd", .nextgen_date = "2020-03-01" };
	notice_format(N11_DEADLINE, &march, 1, out, sizeof out);
	assert_non_null(strstr(out, "after February 29, 2020."));
	for (int id = N1_INDIVIDUAL_ACCOUNT; id < NOTICE_COUNT; id++) {
		const struct notice *n = notice_get((enum notice_id)id);
		assert_non_null(n);
		assert_int_equal(n->id, id);
		assert_non_null(n->text);
		assert_non_null(n->source);
	}
	assert_null(notice_get(NOTICE_NONE));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_shipped_catalogue_reads),
		cmocka_unit_test(bad_lines_name_the_line_and_the_reason),
		cmocka_unit_test(a_name_must_be_whole_text_that_fits),
		cmocka_unit_test(a_court_is_live_from_its_go_live_day),
		cmocka_unit_test(dates_read_as_a_person_reads_them),
		cmocka_unit_test(notices_fill_in_the_court),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
