/* SPDX-License-Identifier: MIT */
/* The court catalogue. */
#include <config.h>

#include "store/store_internal.h"

#include <sqlite3.h>
#include <string.h>

static const char *const court_type_names[] = {
	[COURT_APPELLATE] = "appellate",
	[COURT_DISTRICT] = "district",
	[COURT_BANKRUPTCY] = "bankruptcy",
	[COURT_NATIONAL] = "national",
};

static enum court_type court_type_from_name(const char *name)
{
	for (size_t i = 0; i < sizeof court_type_names / sizeof court_type_names[0]; i++)
		if (strcmp(name, court_type_names[i]) == 0)
			return (enum court_type)i;
	return COURT_DISTRICT;
}

/* Runs sql, whose parameters ?1 to ?7 are a court's columns in the order
 * of the table: adding a court and changing one bind the same. */
static bool write_court(struct store *store, const char *sql, const struct court *court)
{
	sqlite3_stmt *stmt = sql_prepare(store, sql);
	if (stmt == NULL)
		return false;
	SQL_BIND_TEXTS(stmt, 1, court->id, court->name, court_type_names[court->type], court->nextgen_date,
		       court->outage_start, court->outage_end, court->help_desk);
	return sql_finish_write(store, stmt);
}

bool store_add_court(struct store *store, const struct court *court)
{
	return write_court(
		store,
		"INSERT INTO courts (id, name, type, nextgen_date, outage_start, outage_end, help_desk)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
		court);
}

bool store_update_court(struct store *store, const struct court *court)
{
	return write_court(store,
			   "UPDATE courts SET name = ?2, type = ?3, nextgen_date = ?4, outage_start = ?5,"
			   " outage_end = ?6, help_desk = ?7 WHERE id = ?1",
			   court);
}

#define COURT_COLUMNS "id, name, type, nextgen_date, outage_start, outage_end, help_desk"

static void read_court(sqlite3_stmt *stmt, void *out)
{
	struct court *court = out;
	char type[16];
	memset(court, 0, sizeof *court);
	sql_column_text(stmt, 0, court->id, sizeof court->id);
	sql_column_text(stmt, 1, court->name, sizeof court->name);
	sql_column_text(stmt, 2, type, sizeof type);
	court->type = court_type_from_name(type);
	sql_column_text(stmt, 3, court->nextgen_date, sizeof court->nextgen_date);
	sql_column_text(stmt, 4, court->outage_start, sizeof court->outage_start);
	sql_column_text(stmt, 5, court->outage_end, sizeof court->outage_end);
	sql_column_text(stmt, 6, court->help_desk, sizeof court->help_desk);
}

bool store_find_court(struct store *store, const char *id, struct court *out, bool *found)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT " COURT_COLUMNS " FROM courts WHERE id = ?");
	if (stmt == NULL)
		return false;
	sql_bind_text(stmt, 1, id);
	return sql_find_one(store, stmt, read_court, out, found, "courts");
}

bool store_each_court(struct store *store, court_visitor visit, void *data)
{
	sqlite3_stmt *stmt = sql_prepare(store, "SELECT " COURT_COLUMNS " FROM courts ORDER BY name");
	if (stmt == NULL)
		return false;
	struct sql_rows rows = sql_rows_start(store, stmt, "courts");
	while (sql_rows_next(&rows)) {
		struct court court;
		read_court(stmt, &court);
		if (!visit(&court, data))
			sql_rows_stop(&rows);
	}
	return sql_rows_ok(&rows);
}
