/* nextgen-admin class ...: a trainer's class of practice accounts. */
#ifndef NGW_ADMIN_CLASS_H
#define NGW_ADMIN_CLASS_H

/* argv[0] is the class command (create, report, reset), then its
 * options; returns the exit status. */
int admin_class_command(const char *path, int argc, char **argv);

#endif
