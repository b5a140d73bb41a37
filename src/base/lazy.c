/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "base/lazy.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "base/options.h"

static void (*before_failing)(void);

void lazy_before_failing(void (*give_terminal_back)(void))
{
	before_failing = give_terminal_back;
}

static void fail(const char *what, const char *why)
{
	if (before_failing != NULL)
		before_failing();
	/* TRANSLATORS: the first %s is a library's file (such as libformw.so.6),
	 * the second the system's reason. */
	fprintf(stderr,
		_("nextgen-wizard: the library %s could not be used (%s). The installation is "
		  "incomplete: reinstall the package nextgen-wizard with its dependencies.\n"),
		what, why != NULL ? why : "?");
	exit(EXIT_FAILURE_RUNTIME);
}

void lazy_open(struct lazy_library *lib)
{
	if (lib->handle != NULL)
		return;
	lib->handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
	if (lib->handle == NULL)
		fail(lib->soname, dlerror());
}

void *lazy_function(struct lazy_library *lib, const char *name)
{
	lazy_open(lib);
	(void)dlerror();
	void *function = dlsym(lib->handle, name);
	if (function == NULL)
		fail(lib->soname, dlerror());
	return function;
}
