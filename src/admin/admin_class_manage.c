/* SPDX-License-Identifier: MIT */
/* nextgen-admin class list | delete: the classes of a database, and a
 * class gone with its practice accounts once the room is empty. */
#include <config.h>

#include "admin/admin_class_manage.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"
#include "flow/room.h"

/* The columns of the list of classes (0: the last). */
static const int class_widths[] = { 16, 6, 9, 19, 8, 8, 0 };

static bool print_class(const struct class_summary *c, void *data)
{
	int *rows = data;
	char trainees[16], upgraded[16], linked[16];
	snprintf(trainees, sizeof trainees, "%d", c->trainees);
	snprintf(upgraded, sizeof upgraded, "%d", c->upgraded);
	snprintf(linked, sizeof linked, "%d", c->linked);
	const char *cells[] = { c->name, c->court_id, c->kind, c->created_at, trainees, upgraded, linked };
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++)
		admin_print_cell(cells[i], class_widths[i]);
	(*rows)++;
	return true;
}

int admin_class_list(const char *path)
{
	struct store *store = admin_open_store_to_read(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	const char *heads[] = { _("CLASS"),    _("COURT"),    _("KIND"),  _("CREATED (UTC)"),
				_("TRAINEES"), _("UPGRADED"), _("LINKED") };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
		admin_print_cell(heads[i], class_widths[i]);
	int rows = 0;
	bool ok = store_each_class_summary(store, print_class, &rows);
	if (!ok)
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	else if (rows == 0)
		printf("%s\n", _("No class yet (nextgen-admin class create makes one)."));
	store_close(store);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

struct live_count {
	long long now;
	int connected;
};

static bool count_connected(const struct room_row *row, void *data)
{
	struct live_count *live = data;
	struct room_line line;
	room_describe(row, live->now, &line);
	live->connected += line.connected;
	return true;
}

int admin_class_connected(struct store *store, const char *name)
{
	struct live_count live = { .now = (long long)time(NULL) };
	if (!store_each_room_row(store, name, count_connected, &live)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return -1;
	}
	return live.connected;
}

int admin_class_delete(const char *path, const char *name, bool yes)
{
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char court[STORE_COURT_ID_MAX];
	bool found = false;
	struct live_count live = { .now = (long long)time(NULL) };
	int status = EXIT_FAILURE_RUNTIME, trainees = 0;
	if (!store_class_exists(store, name, court, &found) ||
	    (found && !store_each_room_row(store, name, count_connected, &live))) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	} else if (!found) {
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, name);
	} else if (live.connected > 0) {
		/* Their accounts would go under them. */
		fprintf(stderr,
			ngettext("%s: %d trainee of %s is connected (nextgen-admin room shows who); delete "
				 "the class when the room is empty. Nothing was changed.\n",
				 "%s: %d trainees of %s are connected (nextgen-admin room shows who); delete "
				 "the class when the room is empty. Nothing was changed.\n",
				 live.connected),
			admin_program, live.connected, name);
	} else if (admin_go_ahead(xasprintf(_("This deletes the class %s and its trainees' practice "
					      "accounts, PACER and CM/ECF. Continue? [y/N]"),
					    name),
				  yes)) {
		struct audit_event record = { .terminal = session_terminal(),
					      .username = admin_operator(),
					      .court_id = court,
					      .event = "class delete",
					      .outcome = name };
		if (store_delete_class(store, name, &record, &trainees)) {
			printf(ngettext("Deleted the class %s and the accounts of its %d trainee.\n",
					"Deleted the class %s and the accounts of its %d trainees.\n",
					trainees),
			       name, trainees);
			status = EXIT_OK;
		} else {
			fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		}
	}
	store_close(store);
	return status;
}
