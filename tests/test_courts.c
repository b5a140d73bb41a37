/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka.h needs the four above first. */
#include <cmocka.h>

#include <libintl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/language.h"
#include "core/courts.h"
#include "core/dates.h"
#include "core/notices.h"

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

static bool read_text(const char *text, struct collected *c, char *err, size_t err_size)
{
	FILE *in = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(in);
	c->count = 0;
	bool ok = courts_read_catalogue(in, "test.tsv", collect, c, err, err_size);
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
	/* Seed 001: "contact the IT Helpdesk at helpdesk@canb.uscourts.gov". */
	assert_non_null(strstr(canb->help_desk, "IT Helpdesk"));
	assert_non_null(strstr(canb->help_desk, "helpdesk@canb.uscourts.gov"));
	assert_string_equal(cacd->help_desk, "");
	free(c);
}

static void bad_lines_name_the_line_and_the_reason(void **state)
{
	(void)state;
	struct collected *c = calloc(1, sizeof *c);
	char err[256];
	assert_true(
		read_text("# comment\n\ncanb\tbankruptcy\t2021-02-16\t\t\tN.D. Cal.\n", c, err, sizeof err));
	assert_int_equal(c->count, 1);
	assert_false(read_text("canb\tbankruptcy\t2021-02-16\tN.D. Cal.\n", c, err, sizeof err));
	assert_non_null(strstr(err, "test.tsv:1:"));
	assert_false(read_text("# x\nCANB\tbankruptcy\t2021-02-16\t\t\tN.D. Cal.\n", c, err, sizeof err));
	assert_non_null(strstr(err, "test.tsv:2:"));
	assert_false(read_text("canb\tcriminal\t2021-02-16\t\t\tN.D. Cal.\n", c, err, sizeof err));
	assert_false(read_text("canb\tbankruptcy\t2021-02-30\t\t\tN.D. Cal.\n", c, err, sizeof err));
	assert_false(read_text("canb\tbankruptcy\t2021-02-16\t\t\t\n", c, err, sizeof err));
	assert_false(read_text("canb\tbankruptcy\t2021-02-16\t\t\tName\tDesk\textra\n", c, err, sizeof err));
	assert_false(
		read_text("cacd\tdistrict\t2020-02-18\t2020-02-14 6pm\t\tC.D. Cal.\n", c, err, sizeof err));
	assert_false(read_text("cacd\tdistrict\t2020-02-18\t\t2020-02-31\tC.D. Cal.\n", c, err, sizeof err));
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
	assert_true(
		read_text("a6\tappellate\t2014-11-20\t\t\tCour d\xc3\xa9j\xc3\xa0\n", c, err, sizeof err));
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
	dates_in_words("2020-02-14 18:00", false, out, sizeof out);
	assert_string_equal(out, "February 14, 2020 at 6:00 p.m.");
	dates_in_words("2020-02-17", true, out, sizeof out);
	assert_string_equal(out, "Monday, February 17, 2020");
	dates_in_words("2019-04-29 08:00", false, out, sizeof out);
	assert_string_equal(out, "April 29, 2019 at 8:00 a.m.");
	dates_in_words("2021-01-01 00:05", false, out, sizeof out);
	assert_string_equal(out, "January 1, 2021 at 12:05 a.m.");
	dates_in_words("2021-13-01", false, out, sizeof out);
	assert_string_equal(out, "2021-13-01"); /* no date: shown as it was written */
	struct date_time bad;
	assert_false(dates_parse("2020-02-14 25:00", &bad));
	assert_false(dates_parse("2020-02-14T18:00", &bad));
	assert_false(dates_parse("2020-02-30", &bad));
}

/* The Spanish glossary: "16 de febrero de 2021", "martes, 16 de febrero de
 * 2021", "1.º de enero de 2022", "4:00 p. m."; never numeric. */
static void dates_read_in_spanish_as_the_glossary_says(void **state)
{
	(void)state;
	char out[80];
	struct date_time when;
	assert_true(dates_parse("2020-02-14 18:00", &when));
	dates_words_es(&when, false, out, sizeof out);
	assert_string_equal(out, "14 de febrero de 2020, 6:00 p. m.");
	assert_true(dates_parse("2021-02-16", &when));
	dates_words_es(&when, true, out, sizeof out);
	assert_string_equal(out, "martes, 16 de febrero de 2021");
	assert_true(dates_parse("2022-01-01 08:30", &when));
	dates_words_es(&when, false, out, sizeof out);
	assert_string_equal(out, "1.º de enero de 2022, 8:30 a. m.");
	/* The language in use chooses the function (the build's catalogue). */
	const char *dir = getenv("NEXTGEN_WIZARD_LOCALEDIR");
	assert_non_null(dir);
	assert_non_null(bindtextdomain(PACKAGE, dir));
	assert_non_null(textdomain(PACKAGE));
	assert_true(language_set("es"));
	dates_in_words("2020-02-17", true, out, sizeof out);
	assert_string_equal(out, "lunes, 17 de febrero de 2020");
	assert_true(language_set("en"));
	dates_in_words("2020-02-17", true, out, sizeof out);
	assert_string_equal(out, "Monday, February 17, 2020");
}

/* N12 at cacd as seed 004 words it; N20 names the court type's menus;
 * N22 whole, as seed 003. */
static void notices_use_the_courts_words(void **state)
{
	(void)state;
	char out[1024];
	struct court cacd = { .id = "cacd",
			      .type = COURT_DISTRICT,
			      .nextgen_date = "2020-02-18",
			      .outage_start = "2020-02-14 18:00",
			      .outage_end = "2020-02-17" };
	notice_format(N12_OUTAGE, &cacd, 0, out, sizeof out);
	assert_string_equal(out, "CM/ECF will be unavailable beginning February 14, 2020 at 6:00 p.m. "
				 "through Monday, February 17, 2020.");
	struct court nceb = { .id = "nceb",
			      .type = COURT_BANKRUPTCY,
			      .nextgen_date = "2019-04-29",
			      .outage_start = "2019-04-26 18:00",
			      .outage_end = "2019-04-29 08:00" };
	notice_format(N12_OUTAGE, &nceb, 0, out, sizeof out);
	/* The time's "a.m." ends the sentence: one period, not two. */
	assert_string_equal(out, "CM/ECF will be unavailable beginning April 26, 2019 at 6:00 p.m. "
				 "through April 29, 2019 at 8:00 a.m.");
	char text[] = "at 8:00 a.m.. Wait... Go..";
	dates_end_sentence(text);
	assert_string_equal(text, "at 8:00 a.m. Wait... Go.");
	notice_format(N20_MENUS_MISSING, &cacd, 0, out, sizeof out);
	assert_non_null(strstr(out, "Civil and Criminal"));
	assert_null(strstr(out, "Bankruptcy"));
	struct court canb = { .id = "canb", .type = COURT_BANKRUPTCY };
	notice_format(N20_MENUS_MISSING, &canb, 1, out, sizeof out);
	assert_string_equal(out, "Be sure to refresh your browser screen if the Bankruptcy-Adversary "
				 "filing options are not displayed.");
	struct court ca9 = { .id = "ca9", .type = COURT_APPELLATE };
	notice_format(N20_MENUS_MISSING, &ca9, 0, out, sizeof out);
	assert_null(strstr(out, "Bankruptcy"));
	assert_null(strstr(out, "Civil"));
	notice_format(N22_REGISTER_PER_COURT, NULL, 1, out, sizeof out);
	assert_non_null(strstr(out, "For CurrentGen courts, you must register through the court, and "
				    "the court must approve you as a filer. For NextGen courts, you must "
				    "register through Manage My Account, and the court must approve you "
				    "as a filer."));
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
		cmocka_unit_test(dates_read_in_spanish_as_the_glossary_says),
		cmocka_unit_test(notices_use_the_courts_words),
		cmocka_unit_test(notices_fill_in_the_court),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
