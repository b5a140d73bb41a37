/* SPDX-License-Identifier: MIT */
/* libFuzzer: the court catalogue reader (data/courts.tsv) on any bytes.
 * Every court it accepts must be one the rest of the program can use. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/courts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool check_court(const struct court *court, void *data)
{
	(void)data;
	if (!court_valid_id(court->id) || court->name[0] == '\0')
		abort(); /* the reader let a court through that it should refuse */
	char date[64];
	court_format_date(court->nextgen_date, date, sizeof date);
	(void)court_is_live(court, "2021-02-16");
	(void)court_type_label(court->type);
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	FILE *in = fmemopen((void *)data, size, "r");
	if (in == NULL)
		return 0;
	char err[256];
	(void)courts_read_catalogue(in, "fuzz.tsv", check_court, NULL, err, sizeof err);
	fclose(in);
	return 0;
}
