# SPDX-License-Identifier: MIT
# The project's own autoconf macros (aclocal reads this file).

# NGW_SONAME(VARIABLE, LIBS, LIBNAME): defines VARIABLE (in config.h) as
# the soname that a program linked with LIBS records for LIBNAME, such
# as "libsqlite3.so.0": the name nextgen-wizard gives dlopen for a
# library it loads after its first screen (src/base/lazy.h).
AC_DEFUN([NGW_SONAME], [
  AC_REQUIRE([NGW_PROG_OBJDUMP])
  AC_MSG_CHECKING([the soname of $3])
  ngw_save_LIBS=$LIBS
  LIBS="-Wl,--no-as-needed $2 $LIBS"
  ngw_soname=
  AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
    [ngw_soname=`$OBJDUMP -p conftest$EXEEXT | sed -n 's/^ *NEEDED *\($3\.so[[^ ]]*\) *$/\1/p' | sed -n 1p`])
  LIBS=$ngw_save_LIBS
  AS_IF([test -z "$ngw_soname"], [AC_MSG_ERROR([the soname of $3 could not be read from a program linked with $2])])
  AC_MSG_RESULT([$ngw_soname])
  AC_DEFINE_UNQUOTED([$1], ["$ngw_soname"], [The soname of $3, loaded by nextgen-wizard after its first screen.])
])

AC_DEFUN([NGW_PROG_OBJDUMP], [
  AC_CHECK_TOOL([OBJDUMP], [objdump], [no])
  AS_IF([test "x$OBJDUMP" = xno], [AC_MSG_ERROR([objdump was not found.
Install it with: apt-get install binutils])])
])
