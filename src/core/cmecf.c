/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/cmecf.h"

#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/auth.h"
#include "core/courts.h"

bool cmecf_login_has_special_characters(const char *login)
{
	return strpbrk(login, "&@$*") != NULL;
}

bool cmecf_linked_account(struct store *store, const struct court *court, const struct pacer_account *account,
			  struct ecf_account *out, bool *linked)
{
	return store_find_ecf_account_for_pacer(store, court->id, account->id, out, linked);
}

static void audit_link(struct store *store, const char *terminal, const struct pacer_account *account,
		       const struct court *court, const char *outcome)
{
	struct audit_event event = {
		.terminal = terminal,
		.username = account->username,
		.court_id = court->id,
		.event = "link",
		.outcome = outcome,
	};
	(void)store_audit(store, &event);
}

/* The CM/ECF login and password against the court's accounts. */
static enum link_check check_credentials(struct store *store, const struct court *court, const char *login,
					 const char *password, struct ecf_account *out)
{
	bool found = false;
	if (!store_find_ecf_account(store, court->id, login, out, &found))
		return LINK_STORE_ERROR;
	if (!found) {
		auth_waste_verification(password);
		return LINK_BAD_CREDENTIALS;
	}
	if (!auth_verify_secret(password, out->password_hash)) {
		/* As long as a login that does not exist (pacer.c). */
		if (!auth_hash_is_current(out->password_hash))
			auth_waste_verification(password);
		return LINK_BAD_CREDENTIALS;
	}
	char fresh[AUTH_HASH_MAX];
	bool stored = !auth_rehash_stale(password, out->password_hash, fresh) ||
		      store_rehash_ecf_password(store, out->id, out->password_hash, fresh);
	wipe_memory(fresh, sizeof fresh);
	wipe_memory(out->password_hash, sizeof out->password_hash);
	if (!stored)
		return LINK_STORE_ERROR;
	return out->pacer_account_id > 0 ? LINK_ECF_ALREADY_LINKED : LINK_OK;
}

enum link_check cmecf_check_link(struct store *store, const struct court *court, const char *today,
				 const struct pacer_account *account, const char *login, const char *password,
				 const char *terminal, struct ecf_account *out)
{
	struct ecf_account existing;
	bool linked = false;
	if (!court_is_live(court, today))
		return LINK_NOT_LIVE;
	if (account->kind == ACCOUNT_LEGACY)
		return LINK_LEGACY;
	if (account->shared_firm)
		return LINK_SHARED_FIRM;
	if (!cmecf_linked_account(store, court, account, &existing, &linked))
		return LINK_STORE_ERROR;
	if (linked)
		return LINK_PACER_ALREADY_LINKED;
	if (cmecf_login_has_special_characters(login))
		return LINK_SPECIAL_CHARACTERS;
	enum link_check result = check_credentials(store, court, login, password, out);
	if (result == LINK_BAD_CREDENTIALS)
		audit_link(store, terminal, account, court, "wrong CM/ECF login or password");
	return result;
}

/* The bankruptcy courts' own words (N20), Civil and Criminal at district
 * courts, an appellate court's one Filing menu, and the Court of Federal
 * Claims, whose cases are all civil. */
static const struct filing_menus menus_by_type[] = {
	[COURT_APPELLATE] = { { "filing", NULL }, N_("appellate") },
	[COURT_DISTRICT] = { { "civil", "criminal" }, N_("Civil and Criminal") },
	[COURT_BANKRUPTCY] = { { "bankruptcy", "adversary" }, N_("Bankruptcy-Adversary") },
	[COURT_NATIONAL] = { { "civil", NULL }, N_("Civil") },
};

const struct filing_menus *cmecf_filing_menus(enum court_type type)
{
	return &menus_by_type[type];
}

static const struct link_words appellate_words = {
	"link-appellate",
	N_("Link my filer account to my PACER account"),
	N_("Your PACER account is not linked to a CM/ECF e-filing account in this court, so the menu "
	   "bar has no filing menus. To link: Utilities, then Link my filer account to my PACER "
	   "account."),
	false,
};

static const struct link_words trial_court_words = {
	"link",
	N_("Link a CM/ECF account to my PACER account"),
	N_("Your PACER account is not linked to a CM/ECF e-filing account in this court, so the menu "
	   "bar has no filing menus. To link: Utilities, then Link a CM/ECF account to my PACER "
	   "account."),
	true,
};

const struct link_words *cmecf_link_words(enum court_type type)
{
	return type == COURT_APPELLATE ? &appellate_words : &trial_court_words;
}

const char *cmecf_validate_client_code(const char *code, char *why, size_t why_size)
{
	if (strlen(code) > CLIENT_CODE_MAX_CHARS) {
		snprintf(why, why_size, _("A client code has at most %d characters."), CLIENT_CODE_MAX_CHARS);
		return why;
	}
	if (strpbrk(code, " ,") != NULL)
		return _("A client code may not contain a space or a comma; use . _ - or / instead.");
	for (const char *p = code; *p; p++)
		if ((unsigned char)*p < 32 || *p == 127)
			return _("A client code may not contain a space or a comma; use . _ - or / instead.");
	return NULL;
}
