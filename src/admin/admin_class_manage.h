/* SPDX-License-Identifier: MIT */
/* nextgen-admin class ...: what the class commands share (admin_class.c
 * parses, the others act). */
#ifndef NGW_ADMIN_CLASS_MANAGE_H
#define NGW_ADMIN_CLASS_MANAGE_H

#include <stdbool.h>
#include <stdio.h>

#include "core/training.h"

struct store;

struct class_options {
	const char *name;
	const char *court;
	const char *slips; /* file for the slips; NULL or "-": standard output */
	const char *output; /* file for pages to print; NULL or "-": standard output */
	const char *trainee; /* --trainee: a number or a username */
	const char *prefix; /* --prefix: before each username */
	int count;
	int idle_minutes; /* class start --idle; 0: no idle wipe */
	enum class_kind kind;
	enum class_mfa mfa; /* --mfa */
	bool mfa_given; /* else class add takes the class's */
	bool csv;
	bool excel; /* CSV that Excel opens as UTF-8 */
	bool yes;
	bool all;
	bool force; /* even with trainees connected */
};

/* How many trainees of the class are connected now (position: that one
 * alone; 0: all); -1 after a message when that cannot be read. */
int admin_class_connected(struct store *store, const char *name, int position);
/* Whether the class (or one trainee) may be reset now: nobody of it
 * connected, or force (then their sessions go back to the start at
 * their next action). */
bool admin_class_may_change(struct store *store, const char *name, int position, bool force);
/* Each returns the exit status, after its messages. */
int admin_class_list(const char *path);
/* Refused while a trainee of the class is connected unless o->force;
 * asks unless o->yes. */
int admin_class_delete(const char *path, const struct class_options *o);
int admin_class_add(const char *path, const struct class_options *o);
int admin_class_slip(const char *path, const struct class_options *o);
int admin_class_report(const char *path, const struct class_options *o);
int admin_class_certificates(const char *path, const struct class_options *o);
/* class start (running true) | stop: room mode. */
int admin_class_room_mode(const char *path, const struct class_options *o, bool running);

/* The file named, or standard output for NULL or "-"; NULL after a
 * message when it cannot be made. exclusive: never over an existing
 * file (slips hold passwords). */
FILE *admin_class_open_output(const char *file, bool exclusive);
/* The slips of a change already made, into out (opened before the
 * change, so a file that cannot be made changes nothing), then closed;
 * the exit status. Written or not, the passwords are in no other place:
 * a failure says how to get new ones. */
int admin_class_hand_out(struct store *store, const struct class_options *o, const struct court *court,
			 FILE *out, const struct trainee_slip *slips, int n);
/* Closes and removes a file made for a change that was not made. */
void admin_class_drop_output(FILE *out, const char *file);
/* "the class has no trainee WHO", what was typed shown escaped. */
void admin_class_no_trainee(const char *class_name, const char *who);
/* Closes what admin_class_open_output opened; false after a message. */
bool admin_class_close_output(FILE *out, const char *file);
/* The slips, with the practice date and the connect setting. */
bool admin_class_write_slips(struct store *store, FILE *out, const char *class_name,
			     const struct court *court, const struct trainee_slip *slips, int n, bool csv);

#endif
