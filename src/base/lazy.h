/* SPDX-License-Identifier: MIT */
/* The libraries nextgen-wizard's start screen does not need (SQLite,
 * libxcrypt, liboath, libqrencode, libunistring, the form library) are loaded after
 * the start screen is painted (lazy_open_*), not by the system at the
 * start: loading and relocating them before it made the wizard's first
 * screen slower than dialog's (doc/performance.md). Each function the wizard calls is
 * defined once, in the lazy_*.c of the layer that uses its library
 * (base/lazy_unistring.c, store/lazy_sqlite.c, core/lazy_core.c,
 * ui/curses/lazy_formw.c), with
 * the library's own prototype, and calls through a pointer that dlsym
 * finds at its first call. nextgen-admin and the tests link the
 * libraries as usual. */
#ifndef NGW_LAZY_H
#define NGW_LAZY_H

struct lazy_library {
	const char *soname; /* as the linker records it (configure finds it) */
	void *handle; /* NULL until loaded */
};

/* The function name of lib, loaded first if need be. A library or
 * function missing is an installation broken beyond use: it is said in a
 * sentence, the terminal is given back and the program ends. */
void *lazy_function(struct lazy_library *lib, const char *name);

/* Called before the program ends for a missing library: gives the
 * terminal back. */
void lazy_before_failing(void (*give_terminal_back)(void));

/* Loads lib now, or fails as lazy_function does. */
void lazy_open(struct lazy_library *lib);
/* Every library of the lazy_*.c files, loaded now: main calls these
 * as soon as the start screen is painted, so that an installation
 * broken by hand is said before anything is read or written, never in
 * the middle of a person's session. */
void lazy_open_base_libraries(void);
void lazy_open_store_libraries(void);
void lazy_open_core_libraries(void);
void lazy_open_curses_libraries(void);

/* The definition of name, returning ret, taking params (with names)
 * and passing args on. */
#define LAZY_FUNCTION(lib, ret, name, params, args)                        \
	ret name params                                                    \
	{                                                                  \
		static ret(*found) params;                                 \
		if (found == NULL)                                         \
			*(void **)(&found) = lazy_function(&(lib), #name); \
		return found args;                                         \
	}
#define LAZY_PROCEDURE(lib, name, params, args)                            \
	void name params                                                   \
	{                                                                  \
		static void(*found) params;                                \
		if (found == NULL)                                         \
			*(void **)(&found) = lazy_function(&(lib), #name); \
		found args;                                                \
	}

#endif
