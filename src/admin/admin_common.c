/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "admin/admin_common.h"

#include <getopt.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/options.h"
#include "base/paths.h"
#include "base/util.h"
#include "core/setup.h"

const char admin_program[] = "nextgen-admin";

struct store *admin_open_store(const char *path)
{
	char err[ERROR_MAX];
	struct store *store = setup_open(path, data_directory(), err, sizeof err);
	if (store == NULL)
		fprintf(stderr, "%s: %s\n", admin_program, err);
	else if (store_notice(store)[0] != '\0')
		fprintf(stderr, "%s: %s\n", admin_program, store_notice(store));
	return store;
}

struct store *admin_open_store_to_read(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, _("%s: there is no database %s (nextgen-admin init makes one).\n"),
			admin_program, path);
		return NULL;
	}
	char err[ERROR_MAX];
	bool older = false;
	struct store *store = store_open_read_only(path, &older, err, sizeof err);
	/* One the programs may write is brought up to date, as for any
	 * command; a read-only copy is left as it is. */
	if (store == NULL && older && (st.st_mode & S_IWUSR) != 0 && access(path, W_OK) == 0)
		return admin_open_store(path);
	if (store == NULL)
		fprintf(stderr, "%s: %s\n", admin_program, err);
	else if (store_notice(store)[0] != '\0')
		fprintf(stderr, "%s: %s\n", admin_program, store_notice(store));
	return store;
}

void admin_print_cell(const char *text, int width)
{
	char shown[4 * STORE_TEXT_MAX];
	escape_for_terminal(text, shown, sizeof shown);
	int pad = width - text_columns(shown);
	printf("%s%*s", shown, width > 0 && pad > 0 ? pad : 0, "");
	fputs(width > 0 ? " " : "\n", stdout);
}

int admin_mfa_width(void)
{
	char skipped[64];
	snprintf(skipped, sizeof skipped, _("skipped %d"), 3);
	const char *words[] = { _("MFA"), _("enrolled"), skipped, _("required"), _("off") };
	int width = 0;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (text_columns(words[i]) > width)
			width = text_columns(words[i]);
	return width;
}

bool admin_confirm(const char *question)
{
	if (!isatty(STDIN_FILENO)) {
		fprintf(stderr, _("%s: no terminal to ask on; add --yes to confirm.\n"), admin_program);
		return false;
	}
	printf("%s ", question);
	fflush(stdout);
	char answer[16];
	if (fgets(answer, sizeof answer, stdin) == NULL)
		return false;
	/* TRANSLATORS: the letters that mean "yes" at a [y/N] question. */
	return answer[0] != '\0' && strchr(_("yY"), answer[0]) != NULL;
}

bool admin_go_ahead(char *question, bool yes)
{
	bool go = yes || admin_confirm(question);
	free(question);
	if (!go)
		fprintf(stderr, _("%s: nothing was changed.\n"), admin_program);
	return go;
}

int admin_fail_usage(void)
{
	fprintf(stderr, _("Try '%s --help' for more information.\n"), admin_program);
	return EXIT_USAGE;
}

/* One line from standard input, without echo when it is a terminal. */
bool admin_read_secret(const char *prompt, char *out, size_t size)
{
	bool terminal = isatty(STDIN_FILENO);
	struct termios saved, quiet;
	if (terminal) {
		fputs(prompt, stderr);
		if (tcgetattr(STDIN_FILENO, &saved) != 0)
			return false;
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
			return false;
	}
	bool ok = fgets(out, (int)size, stdin) != NULL;
	if (terminal) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
		fputc('\n', stderr);
	}
	if (ok)
		out[strcspn(out, "\r\n")] = '\0';
	return ok;
}

const char *admin_operator(void)
{
	static char who[128];
	const struct passwd *pw = getpwuid(getuid());
	snprintf(who, sizeof who, "admin:%s", pw != NULL ? pw->pw_name : "?");
	return who;
}

const struct admin_command *admin_find_command(const struct admin_command *table, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}

/* text with each line indented, the first one too. */
static void print_indented(FILE *out, const char *text, int indent)
{
	while (*text != '\0') {
		size_t line = strcspn(text, "\n");
		fprintf(out, "%*s%.*s\n", indent, "", (int)line, text);
		text += line;
		if (*text == '\n')
			text++;
	}
}

/* A synopsis no longer than this has its summary beside it. */
#define SYNOPSIS_COLUMN 24

/* The help's lines end before this column. */
#define HELP_WIDTH 79

/* The length of synopsis's next part: a word, or a bracketed group
 * with its spaces. */
static size_t synopsis_part(const char *synopsis)
{
	int depth = 0;
	size_t n = 0;
	for (; synopsis[n] != '\0' && (synopsis[n] != ' ' || depth > 0); n++) {
		if (synopsis[n] == '[')
			depth++;
		else if (synopsis[n] == ']' && depth > 0)
			depth--;
	}
	return n;
}

/* synopsis from column, broken between its parts before HELP_WIDTH,
 * each following line at indent; then a new line. */
static void print_synopsis(FILE *out, int column, const char *synopsis, int indent)
{
	bool first = true;
	while (*synopsis != '\0') {
		size_t length = synopsis_part(synopsis);
		char *part = xasprintf("%.*s", (int)length, synopsis);
		int width = text_columns(part);
		if (!first && column + 1 + width > HELP_WIDTH) {
			fprintf(out, "\n%*s", indent, "");
			column = indent;
		} else if (!first) {
			fputc(' ', out);
			column++;
		}
		fputs(part, out);
		free(part);
		column += width;
		first = false;
		synopsis += length;
		synopsis += strspn(synopsis, " ");
	}
	fputc('\n', out);
}

void admin_print_command_list(FILE *out, const struct admin_command *table, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *synopsis = _(table[i].synopsis);
		int width = text_columns(synopsis);
		if (width <= SYNOPSIS_COLUMN)
			fprintf(out, "  %s%*s %s\n", synopsis, SYNOPSIS_COLUMN - width, "",
				_(table[i].summary));
		else {
			fputs("  ", out);
			print_synopsis(out, 2, synopsis, 8);
			fprintf(out, "  %*s %s\n", SYNOPSIS_COLUMN, "", _(table[i].summary));
		}
	}
}

void admin_print_usage(FILE *out, const struct admin_command *command)
{
	char *usage = xasprintf(_("Usage: %s [--db PATH] %s"), admin_program, "");
	fputs(usage, out);
	print_synopsis(out, text_columns(usage), _(command->synopsis), 8);
	free(usage);
	const struct admin_group *group = command->group;
	if (group == NULL) {
		fputs(_(command->help != NULL ? command->help : command->summary), out);
		if (command->help == NULL)
			fputc('\n', out);
		if (command->print_more != NULL)
			command->print_more(out);
		return;
	}
	fputs(_(group->description), out);
	fputc('\n', out);
	for (size_t i = 0; i < group->n_commands; i++) {
		const struct admin_command *sub = &group->commands[i];
		fputs("  ", out);
		print_synopsis(out, 2, _(sub->synopsis), 8);
		print_indented(out, _(sub->help != NULL ? sub->help : sub->summary), 6);
	}
	if (group->footer != NULL)
		fputs(_(group->footer), out);
}

void admin_list_commands(FILE *out, const struct admin_command *table, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (table[i].group == NULL)
			fprintf(out, "%s\t%s\n", table[i].synopsis, table[i].summary);
		else
			admin_list_commands(out, table[i].group->commands, table[i].group->n_commands);
	}
}

char *admin_command_names(const struct admin_command *table, size_t n, unsigned accepting)
{
	char *names = xstrdup("");
	for (size_t i = 0; i < n; i++) {
		if ((table[i].accepts & accepting) != accepting)
			continue;
		char *longer = xasprintf("%s%s%s", names, names[0] ? ", " : "", table[i].name);
		free(names);
		names = longer;
	}
	return names;
}

int admin_unknown_command(const struct admin_command *group_command)
{
	const struct admin_group *group = group_command->group;
	char *names = admin_command_names(group->commands, group->n_commands, 0);
	/* TRANSLATORS: "class", then its commands: "create, report, reset". */
	fprintf(stderr, _("%s: the %s commands are: %s.\n"), admin_program, group_command->name, names);
	free(names);
	return admin_fail_usage();
}

bool admin_group_help(const struct admin_call *call, int *status)
{
	bool no_words = call->n_words < 1;
	if (!no_words && strcmp(call->words[0], "--help") != 0)
		return false;
	admin_print_usage(no_words ? stderr : stdout, call->command);
	*status = no_words ? EXIT_USAGE : EXIT_OK;
	return true;
}

const struct admin_command *admin_group_find(const struct admin_call *call, const char *name)
{
	const struct admin_group *group = call->command->group;
	const struct admin_command *command = admin_find_command(group->commands, group->n_commands, name);
	if (command == NULL)
		admin_unknown_command(call->command);
	return command;
}

bool admin_group_call(const struct admin_call *call, int first, const char *default_name,
		      struct admin_call *sub)
{
	bool named = first < call->n_words;
	const char *name = named ? call->words[first] : default_name;
	const struct admin_command *command = admin_group_find(call, name);
	if (command == NULL)
		return false;
	int after = named ? first + 1 : first;
	int n_words = call->n_words - after;
	if (n_words < command->min_words || n_words > command->max_words) {
		if (command->wrong_words != NULL)
			fprintf(stderr, "%s: %s\n", admin_program, _(command->wrong_words));
		else
			fprintf(stderr, _("%s: only one command at a time.\n"), admin_program);
		admin_fail_usage();
		return false;
	}
	*sub = (struct admin_call){ .command = command,
				    .path = call->path,
				    .n_words = n_words,
				    .words = call->words + after,
				    .yes = call->yes,
				    .options = call->options };
	return true;
}

int admin_group_options(const struct admin_call *call, const struct admin_options *spec, void *into,
			int *first)
{
	/* words[-1] is the group's name: getopt takes it for the program's,
	 * so options may come before the command as well as after it. */
	int argc = call->n_words + 1;
	char **argv = call->words - 1;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, spec->short_options, spec->options, NULL)) != -1) {
		if (c == ADMIN_OPTION_HELP) {
			admin_print_usage(stdout, call->command);
			return EXIT_OK;
		}
		if (c == '?' || c == ':')
			return admin_fail_usage();
		spec->take(c, optarg, into);
	}
	*first = optind - 1;
	return ADMIN_GO_ON;
}

int admin_run_with_store(const struct admin_call *sub, struct store **store)
{
	*store = sub->command->reads_only ? admin_open_store_to_read(sub->path) : admin_open_store(sub->path);
	if (*store == NULL)
		return EXIT_FAILURE_RUNTIME;
	int status = sub->command->run(sub);
	store_close(*store);
	*store = NULL;
	return status;
}
