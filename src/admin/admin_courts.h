/* nextgen-admin courts [list | add | edit]: the court catalogue. */
#ifndef NGW_ADMIN_COURTS_H
#define NGW_ADMIN_COURTS_H

/* argv[0], if any, is the courts command; returns the exit status. */
int admin_courts_command(const char *path, int argc, char **argv);

#endif
