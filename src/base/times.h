/* SPDX-License-Identifier: MIT */
/* The database keeps UTC ("YYYY-MM-DD HH:MM:SS"); a trainer reads local
 * time (TZ honoured), and a spreadsheet gets the offset with it so that
 * reports of rooms in different zones can be put side by side. */
#ifndef NGW_TIMES_H
#define NGW_TIMES_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Seconds since the epoch of a stored UTC time; false when it is none. */
bool utc_text_seconds(const char *utc, time_t *out);
/* "2026-12-02 09:15" in local time; "" for "", utc unchanged when it is
 * no time. */
void local_time_text(const char *utc, char *out, size_t size);
/* ISO 8601 with the offset: "2026-12-02T09:15:00-08:00"; "" for "". */
void local_time_iso(const char *utc, char *out, size_t size);
/* The local zone as a person reads it: "PST, UTC-08:00". */
void local_zone_text(char *out, size_t size);
/* A duration as a person reads it: "45 s", "12 min", "1 h 05 min";
 * "-" when seconds < 0 (not known). */
void duration_text(long long seconds, char *out, size_t size);
/* Seconds from one stored UTC time to another; -1 when either is none
 * or they run backwards. */
long long utc_text_interval(const char *from, const char *to);

#endif
