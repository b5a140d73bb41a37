/* SPDX-License-Identifier: MIT */
/* nextgen-admin backup | restore: the whole database (accounts,
 * settings, audit log) to a file while the wizards go on, and back. */
#include <config.h>

#include "admin/admin_backup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/process.h"
#include "base/util.h"

static bool same_inode(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Whether file is the database or one of the files SQLite keeps beside
 * it, by name or by inode: a copy over one of them would destroy both,
 * and disturb every session on the database. */
static bool one_of_the_database(const char *file, const char *database)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
	bool same = false;
	for (size_t i = 0; !same && i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *side = xasprintf("%s%s", database, suffixes[i]);
		same = strcmp(file, side) == 0 || same_inode(file, side);
		free(side);
	}
	return same;
}

static bool count_live_session(const struct session_mark *mark, void *data)
{
	int *live = data;
	if (process_alive(mark->pid, mark->process_start))
		(*live)++;
	return true;
}

/* How many wizards are running on store's database; -1 when that cannot
 * be read (a message said why). */
static int live_sessions(struct store *store)
{
	int live = 0;
	if (!store_each_session(store, count_live_session, &live)) {
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
		return -1;
	}
	return live;
}

static void audit_copy(struct store *store, const char *event, const char *file)
{
	struct audit_event row = { .terminal = session_terminal(),
				   .username = admin_operator(),
				   .court_id = "",
				   .event = event,
				   .outcome = file };
	if (!store_audit(store, &row))
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
}

/* The backup in the database's own audit log, when the database may be
 * written (it was read without a write, which a copy must not need). */
static void audit_backup(const char *path, const char *file)
{
	struct stat st;
	if (stat(path, &st) != 0 || (st.st_mode & S_IWUSR) == 0 || access(path, W_OK) != 0)
		return;
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return;
	audit_copy(store, "backup", file);
	store_close(store);
}

int admin_backup_command(const struct admin_call *call)
{
	const char *file = call->words[0];
	struct stat st;
	if (one_of_the_database(file, call->path)) {
		fprintf(stderr, _("%s: the backup must go to another file than the database.\n"),
			admin_program);
		return EXIT_USAGE;
	}
	if (!call->yes && stat(file, &st) == 0) {
		fprintf(stderr, _("%s: %s exists; add --yes to replace it.\n"), admin_program, file);
		return EXIT_FAILURE_RUNTIME;
	}
	struct store *store = admin_open_store_to_read(call->path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	bool ok = store_backup(store, file);
	if (!ok)
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	store_close(store);
	if (!ok)
		return EXIT_FAILURE_RUNTIME;
	audit_backup(call->path, file);
	printf(_("Wrote a copy of %s to %s (checked whole: integrity_check ok).\n"), call->path, file);
	return EXIT_OK;
}

int admin_restore_command(const struct admin_call *call)
{
	const char *file = call->words[0];
	if (one_of_the_database(file, call->path)) {
		fprintf(stderr, _("%s: %s is the database itself.\n"), admin_program, file);
		return EXIT_USAGE;
	}
	char *question = xasprintf(_("This replaces everything in %s (accounts, classes, settings and "
				     "the audit log) with %s. Continue? [y/N]"),
				   call->path, file);
	if (!admin_go_ahead(question, call->yes))
		return EXIT_FAILURE_RUNTIME;
	struct store *store = admin_open_store(call->path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	/* A running wizard would go on with the accounts and session it had. */
	int live = live_sessions(store);
	if (live != 0) {
		if (live > 0)
			fprintf(stderr,
				ngettext(
					"%s: %d wizard is running on %s; restore when it has ended (a kiosk: "
					"stop its getty). Nothing was changed.\n",
					"%s: %d wizards are running on %s; restore when they have ended (a kiosk: "
					"stop its getty). Nothing was changed.\n",
					live),
				admin_program, live, call->path);
		store_close(store);
		return EXIT_FAILURE_RUNTIME;
	}
	char kept[4096] = "";
	bool ok = store_restore(store, file, kept, sizeof kept);
	if (!ok)
		fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	else
		audit_copy(store, "restore", file);
	if (ok && store_notice(store)[0] != '\0')
		fprintf(stderr, "%s: %s\n", admin_program, store_notice(store));
	store_close(store);
	if (ok)
		printf(_("%s now holds what %s holds; the database as it was is kept in %s.\n"), call->path,
		       file, kept);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}
