/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/flow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/language.h"
#include "base/settings.h"
#include "base/util.h"
#include "core/dates.h"
#include "flow/drafts.h"
#include "flow/mfa_login.h"
#include "flow/screens.h"
#include "flow/upgrade.h"

static const struct screen_spec *const screens[SCREEN_COUNT] = {
#define SCREEN(id, spec, file) [SCREEN_##id] = &(spec),
#include "flow/screens/screens.def"
#undef SCREEN
};

const struct screen_spec *screen_spec(enum screen_id id)
{
	return id < SCREEN_COUNT ? screens[id] : NULL;
}

const char *flow_banner(void)
{
	return _("PRACTICE SYSTEM — not the real PACER. Do not type your real PACER password.");
}

const char *flow_banner_short(void)
{
	return _("PRACTICE — not the real PACER");
}

void flow_practice_note(const struct flow *flow, int detail, char *out, size_t size)
{
	out[0] = '\0';
	size_t used = 0;
	const char *separator = "";
	if (flow->simulated_today) {
		char today[64];
		dates_in_words(flow->today, false, today, sizeof today);
		snprintf(out, size, _("Practice date: %s"), today);
		used = strlen(out);
		/* TRANSLATORS: between two practice settings on the status line. */
		separator = _("; ");
	}
	if (flow->era >= 2025 && used < size) {
		/* TRANSLATORS: the era a trainer set, on the status line. */
		snprintf(out + used, size - used, "%s%s", separator, _("2025 PACER: MFA"));
		used += strlen(out + used);
		separator = _("; ");
	}
	int default_policy = setting_default_number(&settings_table[SETTING_POLICY]);
	if (detail >= 1 && flow->era < 2025 &&
	    flow->password_policy != password_policy_of_setting(default_policy) && used < size) {
		snprintf(out + used, size - used, "%s%s", separator, _("2025 password rules"));
		used += strlen(out + used);
		separator = _("; ");
	}
	if (detail >= 2 && used < size &&
	    (flow->lockout_attempts != setting_default_number(&settings_table[SETTING_LOCKOUT_ATTEMPTS]) ||
	     flow->lockout_minutes != setting_default_number(&settings_table[SETTING_LOCKOUT_MINUTES]))) {
		snprintf(out + used, size - used, "%s", separator);
		used += strlen(out + used);
		/* TRANSLATORS: the lock-out a trainer set, as short as it can be:
		 * "locked after 3 wrong passwords for 30 min". */
		snprintf(out + used, size - used, _("locked after %d wrong passwords for %d min"),
			 flow->lockout_attempts, flow->lockout_minutes);
	}
}

struct court_collector {
	struct court *courts;
	size_t n, cap;
};

static bool collect_court(const struct court *court, void *data)
{
	struct court_collector *c = data;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		c->courts = xreallocarray(c->courts, c->cap, sizeof *c->courts);
	}
	c->courts[c->n++] = *court;
	return true;
}

/* The trainer's rules a person meets on the screens, read once and
 * again at each screen: never per key typed. */
static void take_rules(struct flow *flow, const struct store_settings *settings)
{
	flow->era = settings->era;
	/* 2025's PACER has 2025's rules, whatever the policy setting says. */
	flow->password_policy = password_policy_of_setting(flow->era >= 2025 ? 2025
									     : settings->password_policy);
	flow->lockout_attempts = settings->lockout_attempts;
	flow->lockout_minutes = settings->lockout_minutes;
}

/* The idle reset the settings ask for, when the command line named
 * none: a kiosk's default when the setting is not set. */
static int idle_of_setting(const struct flow *flow, const struct store_settings *settings)
{
	if (settings->idle_seconds >= 0)
		return settings->idle_seconds;
	return flow->kiosk ? SETTINGS_KIOSK_IDLE_SECONDS : 0;
}

/* A trainer may change the rules while a session runs (nextgen-admin
 * set policy, as-of, idle, lockout); the next screen follows them, and a
 * new practice date is said once, as the screens' dates all move. */
static void reload_rules(struct flow *flow)
{
	struct store_settings settings;
	/* Unreadable now, or no database yet: the rules read before still
	 * hold. */
	if (flow->store == NULL || !store_load_settings(flow->store, &settings))
		return;
	take_rules(flow, &settings);
	if (flow->idle_from_settings)
		flow->idle_seconds = idle_of_setting(flow, &settings);
	else if (flow->idle_asked >= 0)
		flow->idle_seconds = flow->idle_asked;
	/* A running class (class start) keeps every screen while the
	 * trainer talks: no idle reset, or none sooner than it says; never
	 * one where there was none. */
	bool room_mode = false;
	int room_idle = 0;
	if (store_room_mode(flow->store, &room_mode, &room_idle) && room_mode && flow->idle_seconds > 0)
		flow->idle_seconds = room_idle == 0 || room_idle > flow->idle_seconds ? room_idle
										      : flow->idle_seconds;
	char today[STORE_DATE_MAX];
	store_settings_today(&settings, today);
	if (flow->today_fixed || strcmp(today, flow->today) == 0)
		return;
	copy_text(flow->today, sizeof flow->today, today);
	bool was_simulated = flow->simulated_today;
	flow->simulated_today = settings.as_of[0] != '\0';
	char words[64];
	dates_in_words(today, false, words, sizeof words);
	char *said = flow->simulated_today
			     ? xasprintf(_("The trainer changed the practice date to %s."), words)
			     : xasprintf(_("The trainer set the practice date back to today, %s."), words);
	/* Only a date the trainer changed is news: midnight is not. */
	if (flow->simulated_today || was_simulated)
		copy_text(flow->rules_news, sizeof flow->rules_news, said);
	free(said);
}

/* What flow_init and flow_init_defaults share: the settings and the
 * courts (taken over) into a zeroed flow. */
static void init_with(struct flow *flow, struct store *store, const char *terminal,
		      const struct store_settings *settings, struct court_collector *courts)
{
	memset(flow, 0, sizeof *flow);
	flow->store = store;
	flow->terminal = terminal ? terminal : "";
	flow->error_field = -1;
	flow->courts = courts->courts;
	flow->n_courts = courts->n;
	flow->court_choices = xcalloc(courts->n ? courts->n : 1, sizeof *flow->court_choices);
	for (size_t i = 0; i < courts->n; i++) {
		flow->court_choices[i].value = flow->courts[i].id;
		flow->court_choices[i].label = flow->courts[i].name;
	}
	flow->login.return_to = SCREEN_PACER_LOGIN;
	flow->kiosk = settings->kiosk;
	flow->idle_seconds = settings->idle_seconds; /* -1 until flow_set_kiosk decides */
	flow->idle_asked = -1;
	copy_text(flow->kiosk_passphrase_hash, sizeof flow->kiosk_passphrase_hash,
		  settings->kiosk_passphrase_hash);
	take_rules(flow, settings);
	flow->simulated_today = settings->as_of[0] != '\0';
	store_settings_today(settings, flow->today);
}

bool flow_init(struct flow *flow, struct store *store, const char *terminal, char *err, size_t err_size)
{
	struct store_settings settings;
	struct court_collector courts = { 0 };
	if (!store_load_settings(store, &settings) || !store_each_court(store, collect_court, &courts)) {
		free(courts.courts);
		copy_text(err, err_size, store_error(store));
		return false;
	}
	init_with(flow, store, terminal, &settings, &courts);
	return true;
}

void flow_init_defaults(struct flow *flow, const char *terminal)
{
	struct store_settings settings;
	struct court_collector no_courts = { 0 };
	store_default_settings(&settings);
	init_with(flow, NULL, terminal, &settings, &no_courts);
}

static void free_items(struct flow *flow)
{
	for (size_t i = 0; i < flow->n_items; i++)
		free(flow->items[i]);
	free(flow->items);
	flow->items = NULL;
	flow->n_items = 0;
}

void flow_free(struct flow *flow)
{
	free_items(flow);
	flow_set_picture(flow, NULL, 0, NULL, 0);
	free(flow->court_choices);
	free(flow->courts);
	/* Typed values and the session may hold personal data. */
	wipe_memory(flow, sizeof *flow);
}

static void wipe_string(char **text)
{
	if (*text != NULL)
		wipe_memory(*text, strlen(*text));
	free(*text);
	*text = NULL;
}

void flow_set_picture(struct flow *flow, char *half_blocks, int columns, char *ascii, int ascii_columns)
{
	wipe_string(&flow->picture);
	wipe_string(&flow->picture_ascii);
	flow->picture = half_blocks;
	flow->picture_columns = columns;
	flow->picture_ascii = ascii;
	flow->picture_ascii_columns = ascii_columns;
}

static void reset_screen_state(struct flow *flow)
{
	/* A screen's lines may have shown a code or a key. */
	wipe_memory(flow->lines, sizeof flow->lines);
	flow_set_picture(flow, NULL, 0, NULL, 0);
	flow->message[0] = '\0';
	flow->message_kind = MESSAGE_NONE;
	flow->error_field = -1;
	memset(flow->field_errors, 0, sizeof flow->field_errors);
	flow->title = NULL;
	flow->n_lines = 0;
	flow->n_notices = 0;
	flow->n_leading_notices = 0;
	flow->n_paragraphs = 0;
	flow->warning = NULL;
	memset(flow->action_hidden, 0, sizeof flow->action_hidden);
	free_items(flow);
}

void flow_enter(struct flow *flow, enum screen_id id)
{
	if (flow->screen == NULL || flow->screen->id != id)
		flow->focus[id] = -1; /* the frontend picks: first field, or the main button */
	flow->screen = screen_spec(id);
	reset_screen_state(flow);
	reload_rules(flow);
	if (flow->screen->load != NULL)
		flow->screen->load(flow);
	/* Said on the first screen with nothing else to say. */
	flow->news_shown = false;
	if (flow->rules_news[0] != '\0' && flow->message_kind == MESSAGE_NONE) {
		flow_info(flow, flow->rules_news);
		flow->rules_news[0] = '\0';
		flow->news_shown = true;
	}
}

void flow_info_before_news(struct flow *flow, const char *message)
{
	if (flow->news_shown) {
		copy_text(flow->rules_news, sizeof flow->rules_news, flow->message);
		flow->news_shown = false;
	}
	flow_info(flow, message);
}

enum screen_id flow_act(struct flow *flow, const struct action_spec *action)
{
	flow->message[0] = '\0';
	flow->message_kind = MESSAGE_NONE;
	flow->error_field = -1;
	memset(flow->field_errors, 0, sizeof flow->field_errors);
	/* Taken before the action changes anything, written once its
	 * screen is out (session_before_wait). */
	drafts_save_later(flow);
	/* What a button does follows the rules as they are now. */
	reload_rules(flow);
	return flow->screen->submit(flow, action);
}

bool flow_action_visible(const struct flow *flow, size_t index)
{
	return index >= FLOW_MAX_ACTIONS || !flow->action_hidden[index];
}

static const struct action_spec *action_with(const struct flow *flow, unsigned flag)
{
	for (size_t i = 0; i < flow->screen->n_actions; i++)
		if ((flow->screen->actions[i].flags & flag) && flow_action_visible(flow, i))
			return &flow->screen->actions[i];
	return NULL;
}

const struct action_spec *flow_default_action(const struct flow *flow)
{
	return action_with(flow, ACTION_DEFAULT);
}

const struct action_spec *flow_back_action(const struct flow *flow)
{
	return action_with(flow, ACTION_BACK);
}

const struct action_spec *flow_find_action(const struct flow *flow, const char *id)
{
	for (size_t i = 0; i < flow->screen->n_actions; i++)
		if (strcmp(flow->screen->actions[i].id, id) == 0 && flow_action_visible(flow, i))
			return &flow->screen->actions[i];
	return NULL;
}

static int spec_field_index(const struct screen_spec *spec, const char *field_id)
{
	for (size_t i = 0; i < spec->n_fields; i++)
		if (strcmp(spec->fields[i].id, field_id) == 0)
			return (int)i;
	return -1;
}

static int field_index(const struct flow *flow, const char *field_id)
{
	return spec_field_index(flow->screen, field_id);
}

struct form_values *flow_form(struct flow *flow, const struct screen_spec *spec)
{
	return spec != NULL && spec->form != NULL ? spec->form(flow, spec) : NULL;
}

/* The current screen's form, for reading: the feature's accessor hands
 * out a pointer it owns, and nothing is written through this one. */
static const struct form_values *current_form(const struct flow *flow)
{
	return flow_form((struct flow *)flow, flow->screen);
}

const char *form_value(const struct form_values *form, const struct screen_spec *spec, const char *field_id)
{
	int i = form != NULL ? spec_field_index(spec, field_id) : -1;
	return i < 0 ? "" : form->value[i];
}

void store_typed(char value[FLOW_VALUE_MAX], const struct field_spec *field, const char *typed)
{
	/* A secret is checked against its hash byte for byte: any change
	 * would make two passwords one (and lock out one set before). It is
	 * never shown, stored or exported as typed. */
	if (field->kind == FIELD_PASSWORD || field->secret)
		copy_text(value, FLOW_VALUE_MAX, typed);
	else
		copy_typed_text(value, FLOW_VALUE_MAX, typed);
}

void form_set_value(struct form_values *form, const struct screen_spec *spec, const char *field_id,
		    const char *value)
{
	int i = form != NULL ? spec_field_index(spec, field_id) : -1;
	if (i >= 0)
		store_typed(form->value[i], &spec->fields[i], value);
}

void form_wipe(struct form_values *form)
{
	wipe_memory(form, sizeof *form);
}

void form_wipe_secrets(struct form_values *form, const struct screen_spec *spec)
{
	for (size_t i = 0; form != NULL && i < spec->n_fields; i++)
		if (spec->fields[i].kind == FIELD_PASSWORD || spec->fields[i].secret)
			wipe_memory(form->value[i], FLOW_VALUE_MAX);
}

const char *flow_value(const struct flow *flow, const char *field_id)
{
	return form_value(current_form(flow), flow->screen, field_id);
}

void flow_set_value(struct flow *flow, const char *field_id, const char *value)
{
	form_set_value(flow_form(flow, flow->screen), flow->screen, field_id, value);
}

void flow_error(struct flow *flow, const char *field_id, const char *message)
{
	copy_text(flow->message, sizeof flow->message, message);
	flow->message_kind = MESSAGE_ERROR;
	flow->error_field = field_id ? field_index(flow, field_id) : -1;
}

void flow_field_error(struct flow *flow, const char *field_id, const char *message)
{
	int i = field_index(flow, field_id);
	if (i >= 0)
		copy_text(flow->field_errors[i], FLOW_MESSAGE_MAX, message);
	bool first = flow->message_kind != MESSAGE_ERROR;
	bool earlier = i >= 0 && flow->error_field >= 0 && i < flow->error_field;
	if (first || earlier)
		flow_error(flow, field_id, message);
}

bool flow_has_errors(const struct flow *flow)
{
	return flow->message_kind == MESSAGE_ERROR;
}

void flow_info(struct flow *flow, const char *message)
{
	copy_text(flow->message, sizeof flow->message, message);
	flow->message_kind = MESSAGE_INFO;
	flow->error_field = -1;
}

void flow_add_line(struct flow *flow, const char *label, const char *value)
{
	if (flow->n_lines == FLOW_MAX_LINES)
		return;
	struct info_line *line = &flow->lines[flow->n_lines++];
	line->label = label;
	copy_text(line->value, sizeof line->value, value);
}

void flow_add_notice(struct flow *flow, enum notice_id id)
{
	if (flow->n_notices < FLOW_MAX_NOTICES)
		flow->notices[flow->n_notices++] = id;
}

void flow_add_leading_notice(struct flow *flow, enum notice_id id)
{
	if (flow->n_notices == FLOW_MAX_NOTICES)
		return;
	size_t at = flow->n_leading_notices++;
	memmove(&flow->notices[at + 1], &flow->notices[at], (flow->n_notices - at) * sizeof flow->notices[0]);
	flow->notices[at] = id;
	flow->n_notices++;
}

void flow_add_paragraph(struct flow *flow, const char *msgid)
{
	if (flow->n_paragraphs < FLOW_MAX_PARAGRAPHS)
		flow->paragraphs[flow->n_paragraphs++] = msgid;
}

static void set_action_hidden(struct flow *flow, const char *action_id, bool hidden)
{
	for (size_t i = 0; i < flow->screen->n_actions && i < FLOW_MAX_ACTIONS; i++)
		if (strcmp(flow->screen->actions[i].id, action_id) == 0)
			flow->action_hidden[i] = hidden;
}

void flow_hide_action(struct flow *flow, const char *action_id)
{
	set_action_hidden(flow, action_id, true);
}

void flow_show_action(struct flow *flow, const char *action_id)
{
	set_action_hidden(flow, action_id, false);
}

void flow_set_items(struct flow *flow, char **items, size_t n)
{
	free_items(flow);
	flow->items = items;
	flow->n_items = n;
}

void flow_wipe_secrets(struct flow *flow)
{
	form_wipe_secrets(flow_form(flow, flow->screen), flow->screen);
}

void flow_add_warning(struct flow *flow, const char *msgid)
{
	flow->warning = msgid;
}

const struct choice *flow_choices(const struct flow *flow, int field_index_, size_t *count)
{
	return flow_spec_choices(flow, flow->screen, (size_t)field_index_, count);
}

const struct choice *flow_spec_choices(const struct flow *flow, const struct screen_spec *spec,
				       size_t field_index_, size_t *count)
{
	enum choice_list list = spec->fields[field_index_].choices;
	if (list == CHOICES_COURT) {
		*count = flow->n_courts;
		return flow->court_choices;
	}
	char state[16];
	upgrade_chosen_state(flow, state, sizeof state);
	return choices_get(list, state, count);
}

bool flow_complete_choice(const struct flow *flow, int field_index_, const char *typed, char *out,
			  size_t size)
{
	size_t count;
	const struct choice *entries = flow_choices(flow, field_index_, &count);
	const struct choice *found = choices_find(entries, count, typed);
	if (found == NULL)
		return false;
	copy_text(out, size, found->label ? _(found->label) : found->value);
	return true;
}

bool flow_choose_court(struct flow *flow, const char *typed)
{
	const struct choice *found = choices_find(flow->court_choices, flow->n_courts, typed);
	for (size_t i = 0; found != NULL && i < flow->n_courts; i++) {
		if (strcmp(flow->courts[i].id, found->value) == 0) {
			flow->court = flow->courts[i];
			return true;
		}
	}
	return false;
}

void flow_prefill_login(struct flow *flow, const char *username)
{
	const struct screen_spec *login = screen_spec(flow->login.return_to);
	form_set_value(flow_form(flow, login), login, "username", username);
}

const char *flow_title(const struct flow *flow)
{
	return flow->title ? flow->title : flow->screen->title;
}

void flow_logout(struct flow *flow)
{
	/* At a kiosk the patron's drafts go with them. */
	drafts_forget_session(flow);
	flow->logged_in = false;
	trouble_forget(flow);
	login_wipe(flow);
	recovery_wipe_forms(flow);
	upgrade_wipe(flow);
	court_visit_wipe(flow);
	link_wipe(flow);
	efile_wipe(flow);
	checklist_wipe_answers(flow);
	mfa_wipe(flow);
	wipe_memory(&flow->account, sizeof flow->account);
}

void flow_forget_person(struct flow *flow)
{
	flow_logout(flow);
	/* Whatever the patron looked at goes too: the court, the account
	 * being recovered, the checklist, where they were on each screen. */
	wipe_memory(&flow->court, sizeof flow->court);
	wipe_memory(&flow->recovery, sizeof flow->recovery);
	wipe_memory(&flow->checklist, sizeof flow->checklist);
	wipe_memory(&flow->trouble, sizeof flow->trouble);
	wipe_memory(flow->drafts.offer, sizeof flow->drafts.offer);
	wipe_memory(flow->message, sizeof flow->message);
	flow->drafts.work = NULL;
	flow->drafts.offered_session = 0;
	flow->mma_item = 0;
	flow->login.return_to = SCREEN_PACER_LOGIN;
	for (int i = 0; i < SCREEN_COUNT; i++) {
		flow->focus[i] = -1;
		flow->item[i] = 0;
	}
	language_reset();
}

void flow_fix_today(struct flow *flow, const char *date)
{
	copy_text(flow->today, sizeof flow->today, date);
	flow->simulated_today = true;
	flow->today_fixed = true;
}

/* A public terminal forgets its patron after a while without a key;
 * elsewhere nothing is timed unless asked for. */
void flow_set_kiosk(struct flow *flow, bool kiosk, int idle_seconds)
{
	if (kiosk)
		flow->kiosk = true;
	flow->idle_from_settings = idle_seconds < 0;
	flow->idle_asked = idle_seconds;
	if (idle_seconds >= 0)
		flow->idle_seconds = idle_seconds;
	else if (flow->idle_seconds < 0)
		flow->idle_seconds = flow->kiosk ? SETTINGS_KIOSK_IDLE_SECONDS : 0;
}
