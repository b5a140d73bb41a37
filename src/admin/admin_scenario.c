/* SPDX-License-Identifier: MIT */
/* nextgen-admin scenario: a prepared class state written to a file and
 * loaded again, here or on another host. */
#include <config.h>

#include "admin/admin_scenario.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "admin/admin_common.h"
#include "base/i18n.h"
#include "base/options.h"
#include "base/paths.h"
#include "base/util.h"
#include "core/scenario.h"
#include "core/setup.h"

int admin_load_scenario(const char *path, const char *scenario, bool yes)
{
	char *question = scenario == NULL
				 ? xasprintf(_("This replaces every account in %s with the demo scenario. "
					       "Continue? [y/N]"),
					     path)
				 : xasprintf(_("This replaces every account in %s with the scenario %s. "
					       "Continue? [y/N]"),
					     path, scenario);
	if (!admin_go_ahead(question, yes))
		return EXIT_FAILURE_RUNTIME;
	struct store *store = admin_open_store(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char err[ERROR_MAX];
	char *file = scenario == NULL        ? NULL
		     : strchr(scenario, '/') ? xstrdup(scenario)
					     : xasprintf("./%s", scenario);
	bool ok = file == NULL ? setup_load_demo(store, data_directory(), err, sizeof err)
			       : setup_load_scenario(store, data_directory(), file, err, sizeof err);
	free(file);
	if (ok) {
		struct audit_event event = {
			.terminal = session_terminal(),
			.username = admin_operator(),
			.court_id = "",
			.event = "scenario load",
			.outcome = scenario == NULL ? "demo" : scenario,
		};
		if (!store_audit(store, &event))
			fprintf(stderr, "%s: %s\n", admin_program, store_error(store));
	}
	store_close(store);
	if (!ok) {
		fprintf(stderr, "%s: %s\n", admin_program, err);
		return EXIT_FAILURE_RUNTIME;
	}
	if (scenario == NULL)
		printf(_("%s now holds the demo scenario.\n"), path);
	else
		printf(_("%s now holds the scenario %s.\n"), path, scenario);
	return EXIT_OK;
}

/* Written beside the target and renamed over it, so a failed dump
 * never leaves half a file where a good one was. */
static bool dump_to_file(struct store *store, const char *file, char *err, size_t err_size)
{
	char *temporary = xasprintf("%s.XXXXXX", file);
	int fd = mkstemp(temporary);
	if (fd < 0) {
		snprintf(err, err_size, _("%s cannot be written: %s"), file, strerror(errno));
		free(temporary);
		return false;
	}
	FILE *out = fdopen(fd, "w");
	bool ok = out != NULL && scenario_dump(store, out, err, err_size);
	if (out == NULL) {
		snprintf(err, err_size, _("%s cannot be written: %s"), file, strerror(errno));
		close(fd);
	} else if (fclose(out) != 0 && ok) {
		snprintf(err, err_size, _("%s cannot be written: %s"), file, strerror(errno));
		ok = false;
	}
	if (ok && rename(temporary, file) != 0) {
		snprintf(err, err_size, _("%s cannot be written: %s"), file, strerror(errno));
		ok = false;
	}
	if (!ok)
		unlink(temporary);
	free(temporary);
	return ok;
}

static int dump_scenario(const char *path, const char *file, bool yes)
{
	bool to_stdout = strcmp(file, "-") == 0;
	struct stat st;
	if (!to_stdout && !yes && stat(file, &st) == 0) {
		fprintf(stderr, _("%s: %s exists; add --yes to replace it.\n"), admin_program, file);
		return EXIT_FAILURE_RUNTIME;
	}
	struct store *store = admin_open_store_to_read(path);
	if (store == NULL)
		return EXIT_FAILURE_RUNTIME;
	char err[ERROR_MAX];
	bool ok = to_stdout ? scenario_dump(store, stdout, err, sizeof err)
			    : dump_to_file(store, file, err, sizeof err);
	store_close(store);
	if (!ok) {
		fprintf(stderr, "%s: %s\n", admin_program, err);
		return EXIT_FAILURE_RUNTIME;
	}
	if (!to_stdout)
		printf(_("Wrote the practice database to %s.\n"), file);
	return EXIT_OK;
}

static int run_dump(const struct admin_call *call)
{
	const bool *yes = call->options;
	return dump_scenario(call->path, call->words[0], *yes);
}

static int run_load(const struct admin_call *call)
{
	const bool *yes = call->options;
	return admin_load_scenario(call->path, call->words[0], *yes);
}

static const struct admin_command scenario_commands[] = {
	{ .name = "dump",
	  .synopsis = N_("scenario dump FILE [--yes]"),
	  .summary = N_("write the settings, courts, accounts and classes to FILE"),
	  .help = N_("write the settings, courts, accounts and classes to FILE\n"
		     "(- for standard output); --yes replaces an existing FILE.\n"
		     "Passwords and answers are written as their hashes.\n"),
	  .min_words = 1,
	  .max_words = 1,
	  .run = run_dump },
	{ .name = "load",
	  .synopsis = N_("scenario load FILE [--yes]"),
	  .summary = N_("replace every account, court and class with FILE"),
	  .help = N_("replace every account, court and class with FILE\n"
		     "(asks first unless --yes)\n"),
	  .min_words = 1,
	  .max_words = 1,
	  .run = run_load },
};

const struct admin_group admin_scenario_group = {
	.description = N_("A practice database as a text file (the format of the demo scenario).\n"),
	.footer = N_("\nThe format: sections [settings], [court], [pacer], [ecf], [class] and\n"
		     "[trainee], each followed by key = value lines; # starts a comment.\n"
		     "See nextgen-admin(1) for every key.\n"),
	.commands = scenario_commands,
	.n_commands = sizeof scenario_commands / sizeof scenario_commands[0],
};

enum {
	OPT_YES = ADMIN_OPTION_FIRST
};

static void take_scenario_option(int option, const char *arg, void *into)
{
	(void)arg;
	bool *yes = into;
	if (option == 'y' || option == OPT_YES)
		*yes = true;
}

static const struct option scenario_long_options[] = {
	{ "yes", no_argument, NULL, OPT_YES },
	{ "help", no_argument, NULL, ADMIN_OPTION_HELP },
	{ NULL, 0, NULL, 0 },
};

static const struct admin_options scenario_options = {
	.short_options = "y",
	.options = scenario_long_options,
	.take = take_scenario_option,
};

int admin_scenario_command(const struct admin_call *call)
{
	bool yes = false;
	int first;
	int status = admin_group_options(call, &scenario_options, &yes, &first);
	if (status != ADMIN_GO_ON)
		return status;
	const struct admin_command *command = first < call->n_words
						      ? admin_find_command(scenario_commands,
									   admin_scenario_group.n_commands,
									   call->words[first])
						      : NULL;
	int n_words = call->n_words - first - 1;
	if (command == NULL || n_words < command->min_words || n_words > command->max_words) {
		fprintf(stderr, _("%s: scenario takes load FILE or dump FILE.\n"), admin_program);
		return admin_fail_usage();
	}
	struct admin_call sub = { .command = command,
				  .path = call->path,
				  .n_words = n_words,
				  .words = call->words + first + 1,
				  .options = &yes };
	return command->run(&sub);
}
