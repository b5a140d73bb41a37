/* nextgen-admin account ...: one PACER account at a time. */
#ifndef NGW_ADMIN_ACCOUNT_H
#define NGW_ADMIN_ACCOUNT_H

/* argv[0] is the account command, then the username and options;
 * returns the exit status. */
int admin_account_command(const char *path, int argc, char **argv);

#endif
