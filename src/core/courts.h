/* SPDX-License-Identifier: MIT */
/* The court catalogue: which courts exist, their type, and when each
 * went live on NextGen CM/ECF. Read from data/courts.tsv. */
#ifndef NGW_COURTS_H
#define NGW_COURTS_H

#include <stdbool.h>
#include <stdio.h>

#include "store/store.h"

typedef bool (*catalogue_visitor)(const struct court *court, void *data);

/* Reads a catalogue (tab-separated: id, type, NextGen date, outage
 * start, outage end, name, and optionally the CM/ECF help desk) and hands each court to visit. On a bad line
 * returns false with "file:line: reason" in err. */
bool courts_read_catalogue(FILE *in, const char *name, catalogue_visitor visit, void *data, char *err,
			   size_t err_size);

/* Whether the court is on NextGen CM/ECF on the given day (YYYY-MM-DD). */
bool court_is_live(const struct court *court, const char *today);
const char *court_type_label(enum court_type type);
/* "appellate", "district", "bankruptcy" or "national". */
bool court_parse_type(const char *text, enum court_type *type);
/* The same word back, as files write it. */
const char *court_type_keyword(enum court_type type);
/* 2 to 15 lower-case letters or digits, as in a court's web address. */
bool court_valid_id(const char *id);
/* The court's go-live date as a person reads it, e.g. "February 16, 2021". */
void court_format_date(const char *iso_date, char *out, size_t size);

#endif
