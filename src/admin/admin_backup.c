/* SPDX-License-Identifier: MIT */
/* nextgen-admin backup | restore: the whole database (accounts,
 * settings, audit log) to a file while the wizards go on, and back. */
#include <config.h>

#include "admin/admin_backup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/util.h"

/* The same file by its name or by its inode: a backup over its own
 * database would destroy both. */
static bool same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return strcmp(a, b) == 0 ||
	       (stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino);
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

int admin_backup_command(const struct admin_call *call)
{
	const char *file = call->words[0];
	struct stat st;
	if (same_file(file, call->path)) {
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
	else if (!store_read_only(store))
		audit_copy(store, "backup", file);
	store_close(store);
	if (ok)
		printf(_("Wrote a copy of %s to %s (checked whole: integrity_check ok).\n"), call->path,
		       file);
	return ok ? EXIT_OK : EXIT_FAILURE_RUNTIME;
}

int admin_restore_command(const struct admin_call *call)
{
	const char *file = call->words[0];
	if (same_file(file, call->path)) {
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
