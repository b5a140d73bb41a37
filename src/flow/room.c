/* SPDX-License-Identifier: MIT */
/* The room as a trainer reads it: from a session's row in the database,
 * whether the trainee is connected, where, on which step, idle for how
 * long, and whether they are stuck. Shared by nextgen-admin room --once
 * and its live view. */
#include <config.h>

#include "flow/room.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/process.h"
#include "base/times.h"
#include "base/util.h"
#include "flow/flow.h"

/* A session on another host whose screen has not changed this long is
 * taken for gone (its process cannot be asked). */
#define ROOM_OTHER_HOST_SECONDS 3600
/* This long on one screen, a trainee is marked stuck. */
#define ROOM_STUCK_IDLE_SECONDS 300
/* Wrong passwords on one step that make a trainee stuck. */
#define ROOM_STUCK_FAILURES 3

/* "YYYY-MM-DD HH:MM:SS" (UTC) as seconds since the epoch; -1 if none. */
static long long utc_seconds(const char *at)
{
	time_t t;
	return utc_text_seconds(at, &t) ? (long long)t : -1;
}

const char *room_step_of_screen(const char *screen)
{
	/* The upgrade: its prompt and tabs. The link: the choice of the
	 * court, its login and menus, the link screens; not the court
	 * lookup's list and details, which are no step of it. */
	if (strncmp(screen, "upgrade-", 8) == 0 && strcmp(screen, "upgrade-complete") != 0)
		return "upgrade";
	if (strncmp(screen, "link", 4) == 0 ||
	    (strncmp(screen, "court-", 6) == 0 && strcmp(screen, "court-list") != 0 &&
	     strcmp(screen, "court-detail") != 0))
		return "link";
	return "";
}

void room_step_words(const char *screen, bool upgraded, bool linked, char *out, size_t size)
{
	/* Done as the account says, else where the session is. */
	if (linked)
		copy_text(out, size, _("Linked"));
	else if (upgraded && strcmp(room_step_of_screen(screen), "link") == 0)
		copy_text(out, size, _("Linking"));
	else if (upgraded)
		copy_text(out, size, _("Upgraded"));
	else if (strcmp(screen, "upgrade-person") == 0)
		snprintf(out, size, _("Upgrade %d/3"), 1);
	else if (strcmp(screen, "upgrade-address") == 0)
		snprintf(out, size, _("Upgrade %d/3"), 2);
	else if (strcmp(screen, "upgrade-security") == 0)
		snprintf(out, size, _("Upgrade %d/3"), 3);
	else
		copy_text(out, size, _("Not upgraded"));
}

static const char *screen_title(const char *name)
{
	for (int id = 0; id < SCREEN_COUNT; id++) {
		const struct screen_spec *spec = screen_spec((enum screen_id)id);
		if (strcmp(spec->name, name) == 0)
			return _(spec->title);
	}
	return name;
}

void room_describe(const struct room_row *row, long long now, struct room_line *out)
{
	char host[64] = "";
	memset(out, 0, sizeof *out);
	if (gethostname(host, sizeof host) != 0)
		host[0] = '\0';
	bool here = row->host[0] == '\0' || strcmp(row->host, host) == 0;
	bool had_session = row->started_at[0] != '\0';
	long long seen = utc_seconds(row->seen_at);
	/* Here, the process tells; another host's session is taken for gone
	 * once it has not moved for an hour. */
	bool alive = here ? process_alive(row->pid, row->process_start)
			  : seen >= 0 && now - seen < ROOM_OTHER_HOST_SECONDS;
	out->connected = had_session && row->ended_at[0] == '\0' && alive;
	/* Ended by a hang-up or a kill, or gone without ending: dropped;
	 * ended any other way (quit, the input's end), the trainee left. */
	bool dropped = row->ended_at[0] != '\0' ? strcmp(row->ended_how, "dropped") == 0 : !out->connected;
	out->state = !had_session     ? _("never")
		     : out->connected ? _("connected")
		     : dropped        ? _("dropped")
				      : _("left");
	if (had_session)
		snprintf(out->where, sizeof out->where, "%s%s%s", row->terminal[0] ? row->terminal : "-",
			 here ? "" : " @", here ? "" : row->host);
	else
		copy_text(out->where, sizeof out->where, "-");
	copy_text(out->screen, sizeof out->screen, row->screen[0] ? screen_title(row->screen) : "-");
	room_step_words(row->screen, row->upgraded, row->linked_at[0] != '\0', out->step, sizeof out->step);
	out->idle_seconds = out->connected && seen >= 0 && now >= seen ? (int)(now - seen) : -1;
	if (out->idle_seconds >= 3600)
		snprintf(out->idle, sizeof out->idle, "%dh%02d", out->idle_seconds / 3600,
			 out->idle_seconds / 60 % 60);
	else if (out->idle_seconds >= 0)
		snprintf(out->idle, sizeof out->idle, "%d:%02d", out->idle_seconds / 60,
			 out->idle_seconds % 60);
	else
		copy_text(out->idle, sizeof out->idle, "-");
	out->failures = row->failed_logins + row->link_failures;
	/* Only a trainee is stuck (not a terminal nobody uses), and only
	 * while a lock lasts. */
	char now_text[STORE_TIME_MAX];
	now_timestamp(now_text);
	bool locked = row->locked_until[0] != '\0' && strcmp(row->locked_until, now_text) > 0;
	out->stuck = row->username[0] != '\0' && row->linked_at[0] == '\0' &&
		     (row->failed_logins >= ROOM_STUCK_FAILURES ||
		      row->link_failures >= ROOM_STUCK_FAILURES || locked ||
		      out->idle_seconds >= ROOM_STUCK_IDLE_SECONDS);
}

void room_mfa_word(const struct mfa_state *mfa, int era, char *out, size_t size)
{
	if (era < 2025 && mfa->apps == 0 && !mfa->has_backup_codes && mfa->skips == 0 &&
	    mfa->rule == MFA_RULE_BY_ACCESS)
		copy_text(out, size, "-");
	else if (mfa->enrolled)
		/* TRANSLATORS: an account's MFA in a short column: it has an
		 * authentication app or a backup code. */
		copy_text(out, size, _("enrolled"));
	else if (mfa->skips > 0)
		/* TRANSLATORS: in the same column: the MFA prompt skipped N times. */
		snprintf(out, size, _("skipped %d"), mfa->skips);
	else if (mfa->required)
		/* TRANSLATORS: in the same column: must enroll at the next login. */
		copy_text(out, size, _("required"));
	else
		/* TRANSLATORS: in the same column: never asked to enroll. */
		copy_text(out, size, _("off"));
}
