/* SPDX-License-Identifier: MIT */
/* nextgen-admin class list | add | slip | delete | start | stop: the
 * classes of a database and their trainees, changed only when the room
 * allows it. */
#include <config.h>

#include "admin/admin_class_manage.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"
#include "flow/room.h"

FILE *admin_class_open_output(const char *file, bool exclusive)
{
	if (file == NULL || strcmp(file, "-") == 0)
		return stdout;
	FILE *out = fopen(file, exclusive ? "wxe" : "we");
	if (out == NULL)
		fprintf(stderr, _("%s: cannot write %s: %s.\n"), admin_program, file, strerror(errno));
	return out;
}

void admin_class_drop_output(FILE *out, const char *file)
{
	if (out == stdout)
		return;
	fclose(out);
	unlink(file);
}

void admin_class_no_trainee(const char *class_name, const char *who)
{
	char shown[4 * STORE_TEXT_MAX];
	escape_for_terminal(who, shown, sizeof shown);
	fprintf(stderr, _("%s: the class %s has no trainee %s (a number or a username).\n"), admin_program,
		class_name, shown);
}

bool admin_class_close_output(FILE *out, const char *file)
{
	bool ok = fflush(out) == 0 && !ferror(out);
	if (out != stdout)
		ok = fclose(out) == 0 && ok;
	if (!ok)
		fprintf(stderr, _("%s: cannot write %s: %s.\n"), admin_program,
			out == stdout ? _("standard output") : file, strerror(errno));
	return ok;
}

bool admin_class_write_slips(struct store *store, FILE *out, const char *class_name,
			     const struct court *court, const struct trainee_slip *slips, int n, bool csv)
{
	struct store_settings settings;
	struct class_summary summary;
	int last = 0;
	bool found = false;
	if (!store_load_settings(store, &settings) ||
	    !store_find_class(store, class_name, &summary, &last, &found)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return false;
	}
	char today[STORE_DATE_MAX];
	store_settings_today(&settings, today);
	struct slip_page page = { class_name, court, settings.connect, today, summary.trainees };
	training_write_slips(out, &page, slips, n, csv);
	return true;
}

/* The columns of the list of classes (0: the last). */
static const int class_widths[] = { 16, 6, 9, 19, 14, 8, 8, 0 };

static void room_mode_words(int room_idle, char *out, size_t size)
{
	if (room_idle < 0)
		copy_text(out, size, "-");
	else if (room_idle == 0)
		copy_text(out, size, _("runs"));
	else
		snprintf(out, size, _("runs, %d min"), room_idle / 60);
}

static bool print_class(const struct class_summary *c, void *data)
{
	int *rows = data;
	char trainees[16], upgraded[16], linked[16], running[32];
	snprintf(trainees, sizeof trainees, "%d", c->trainees);
	snprintf(upgraded, sizeof upgraded, "%d", c->upgraded);
	snprintf(linked, sizeof linked, "%d", c->linked);
	room_mode_words(c->room_idle, running, sizeof running);
	const char *cells[] = { c->name, c->court_id, c->kind,  c->created_at,
				running, trainees,    upgraded, linked };
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
	const char *heads[] = { _("CLASS"), _("COURT"),    _("KIND"),     _("CREATED (UTC)"),
				_("ROOM"),  _("TRAINEES"), _("UPGRADED"), _("LINKED") };
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
	int position; /* 0: every trainee */
	int connected;
};

static bool count_connected(const struct room_row *row, void *data)
{
	struct live_count *live = data;
	struct room_line line;
	if (live->position != 0 && row->position != live->position)
		return true;
	room_describe(row, live->now, &line);
	live->connected += line.connected;
	return true;
}

int admin_class_connected(struct store *store, const char *name, int position)
{
	struct live_count live = { .now = (long long)time(NULL), .position = position };
	if (!store_each_room_row(store, name, count_connected, &live)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return -1;
	}
	return live.connected;
}

bool admin_class_may_change(struct store *store, const char *name, int position, bool force)
{
	int connected = admin_class_connected(store, name, position);
	if (connected <= 0 || force)
		return connected >= 0;
	if (position != 0)
		fprintf(stderr,
			_("%s: trainee %d of %s is connected (nextgen-admin room shows where); wait until "
			  "they leave, or add --force to send that session back to the start too.\n"),
			admin_program, position, name);
	else
		fprintf(stderr,
			ngettext(
				"%s: %d trainee of %s is connected (nextgen-admin room shows who); wait until "
				"the room is empty, or add --force to send that session back to the start too.\n",
				"%s: %d trainees of %s are connected (nextgen-admin room shows who); wait until "
				"the room is empty, or add --force to send those sessions back to the start too.\n",
				connected),
			admin_program, connected, name);
	return false;
}

int admin_class_delete(const char *path, const struct class_options *o)
{
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char court[STORE_COURT_ID_MAX];
	bool found = false;
	int status = EXIT_FAILURE_RUNTIME, trainees = 0;
	if (!store_class_exists(store, o->name, court, &found)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	} else if (!found) {
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, o->name);
	} else if (admin_class_may_change(store, o->name, 0, o->force) &&
		   admin_go_ahead(xasprintf(_("This deletes the class %s and its trainees' practice "
					      "accounts, PACER and CM/ECF. Continue? [y/N]"),
					    o->name),
				  o->yes)) {
		struct audit_event record = { .terminal = session_terminal(),
					      .username = admin_operator(),
					      .court_id = court,
					      .event = "class delete",
					      .outcome = o->name };
		/* A session still running (--force) goes back to the start
		 * before its account is gone under it. */
		if (store_room_request_trainee_reset(store, o->name, 0) &&
		    store_delete_class(store, o->name, &record, &trainees)) {
			printf(ngettext("Deleted the class %s and the accounts of its %d trainee.\n",
					"Deleted the class %s and the accounts of its %d trainees.\n",
					trainees),
			       o->name, trainees);
			status = EXIT_OK;
		} else {
			fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		}
	}
	store_close(store);
	return status;
}

static int usage_error(const char *message)
{
	fprintf(stderr, "%s: %s\n", admin_program, message);
	return admin_fail_usage();
}

/* The class named, with its court from the catalogue; false after a
 * message. */
static bool find_class_court(struct store *store, const char *name, struct class_summary *summary, int *last,
			     struct court *court)
{
	bool found = false, court_found = false;
	if (!store_find_class(store, name, summary, last, &found) ||
	    (found && !store_find_court(store, summary->court_id, court, &court_found))) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return false;
	}
	if (!found)
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, name);
	else if (!court_found)
		fprintf(stderr, _("%s: the class's court %s is no longer in the catalogue.\n"), admin_program,
			summary->court_id);
	return found && court_found;
}

static enum class_kind kind_named(const char *kind)
{
	return strcmp(kind, "upgraded") == 0 ? CLASS_UPGRADED
	       : strcmp(kind, "mixed") == 0  ? CLASS_MIXED
					     : CLASS_LEGACY;
}

int admin_class_hand_out(struct store *store, const struct class_options *o, const struct court *court,
			 FILE *out, const struct trainee_slip *slips, int n)
{
	bool ok = admin_class_write_slips(store, out, o->name, court, slips, n, o->csv);
	ok = admin_class_close_output(out, o->slips) && ok;
	if (!ok)
		fprintf(stderr,
			_("%s: the change is made, but its slips could not be written; nextgen-admin class "
			  "slip --name %s --trainee N prints a new one for each trainee.\n"),
			admin_program, o->name);
	else if (out != stdout)
		fprintf(stderr,
			ngettext("%d slip for class %s is in %s.\n", "%d slips for class %s are in %s.\n",
				 (unsigned long)n),
			n, o->name, o->slips);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

int admin_class_add(const char *path, const struct class_options *o)
{
	if (o->count == 0)
		return usage_error(_("class add needs --count N."));
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	struct class_summary summary;
	struct court court;
	int last = 0, status = EXIT_FAILURE_RUNTIME;
	FILE *out = NULL;
	if (find_class_court(store, o->name, &summary, &last, &court) &&
	    (out = admin_class_open_output(o->slips, true)) != NULL) {
		struct class_request request = {
			.name = o->name,
			.count = o->count,
			.court = &court,
			.kind = kind_named(summary.kind),
			.first = last,
			.prefix = o->prefix,
			.mfa = o->mfa,
		};
		struct trainee_slip *slips = xcalloc((size_t)o->count, sizeof *slips);
		char err[ERROR_MAX];
		if ((o->mfa_given || training_class_mfa(store, o->name, &request.mfa, err, sizeof err)) &&
		    training_add_trainees(store, &request, slips, err, sizeof err)) {
			status = admin_class_hand_out(store, o, &court, out, slips, o->count);
		} else {
			fprintf(stderr, "%s: %s\n", admin_program, err);
			admin_class_drop_output(out, o->slips);
		}
		wipe_memory(slips, (size_t)o->count * sizeof *slips);
		free(slips);
	}
	store_close(store);
	return status;
}

int admin_class_slip(const char *path, const struct class_options *o)
{
	if (o->trainee == NULL)
		return usage_error(_("class slip needs --trainee USER (a number or a username)."));
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	struct class_summary summary;
	struct court court;
	struct trainee_identity trainee;
	int last = 0, status = EXIT_FAILURE_RUNTIME;
	bool found = false;
	FILE *out = NULL;
	if (!find_class_court(store, o->name, &summary, &last, &court)) {
		/* said */
	} else if (!store_find_trainee(store, o->name, o->trainee, &trainee, &found)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	} else if (!found) {
		admin_class_no_trainee(o->name, o->trainee);
	} else if ((out = admin_class_open_output(o->slips, true)) != NULL) {
		struct trainee_slip slip = { .position = trainee.position };
		struct class_change change = { admin_operator(), session_terminal() };
		char err[ERROR_MAX];
		if (training_new_slip(store, o->name, &court, &change, &slip, err, sizeof err)) {
			status = admin_class_hand_out(store, o, &court, out, &slip, 1);
		} else {
			fprintf(stderr, "%s: %s\n", admin_program, err);
			admin_class_drop_output(out, o->slips);
		}
		wipe_memory(&slip, sizeof slip);
	}
	store_close(store);
	return status;
}

int admin_class_room_mode(const char *path, const struct class_options *o, bool running)
{
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char court[STORE_COURT_ID_MAX], outcome[STORE_TEXT_MAX];
	bool found = false;
	int status = EXIT_FAILURE_RUNTIME;
	int idle = running ? o->idle_minutes * 60 : -1;
	if (running)
		snprintf(outcome, sizeof outcome, "class %s runs, idle wipe %s", o->name,
			 idle == 0 ? "off" : "long");
	else
		snprintf(outcome, sizeof outcome, "class %s stopped", o->name);
	struct audit_event record = { .terminal = session_terminal(),
				      .username = admin_operator(),
				      .event = running ? "class start" : "class stop",
				      .outcome = outcome };
	if (!store_class_exists(store, o->name, court, &found)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	} else if (!found) {
		fprintf(stderr, _("%s: there is no class named %s.\n"), admin_program, o->name);
	} else {
		record.court_id = court;
		if (!store_set_class_running(store, o->name, idle, &record))
			fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		else {
			status = EXIT_OK;
			if (!running)
				printf(_("Class %s stopped: sessions take the idle setting again from their next "
					 "screen.\n"),
				       o->name);
			else if (idle == 0)
				printf(_("Class %s runs: no session on this database is cleared for being idle, "
					 "from its next screen on, until class stop.\n"),
				       o->name);
			else
				printf(ngettext(
					       "Class %s runs: no session on this database is cleared for being "
					       "idle sooner than after %d minute without a key, from its next "
					       "screen on, until class stop.\n",
					       "Class %s runs: no session on this database is cleared for being "
					       "idle sooner than after %d minutes without a key, from its next "
					       "screen on, until class stop.\n",
					       (unsigned long)o->idle_minutes),
				       o->name, o->idle_minutes);
		}
	}
	store_close(store);
	return status;
}
