/* nextgen-admin efile ...: the e-file registrations trainees send, which
 * the trainer approves as the court would. */
#ifndef NGW_ADMIN_EFILE_H
#define NGW_ADMIN_EFILE_H

/* argv[0] is the first word after "efile"; returns the exit status. */
int admin_efile_command(const char *path, int argc, char **argv);

#endif
