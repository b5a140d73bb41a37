/* A court's NextGen CM/ECF site: choosing the court, its PACER LOGIN,
 * the redaction agreement for filers, the main screen with its menu bar,
 * Utilities, and what each item that the practice does not copy does. */
#include <config.h>

#include "screens.h"

#include <stdio.h>

#include "cmecf.h"
#include "courts.h"
#include "i18n.h"
#include "trouble.h"
#include "util.h"

/* ---- which court -------------------------------------------------------- */

static const struct field_spec court_fields[] = {
	{ "court", N_("Court"), FIELD_TEXT, 40, 80, true,
	  N_("The court's id, such as canb, or the start of its name. {show-list}"), CHOICES_COURT,
	  false },
};

static const struct action_spec court_actions[] = {
	{ "open", N_("Open"), ACTION_DEFAULT },
	{ "back", N_("Back"), ACTION_BACK },
	{ "steps", N_("What are the steps?"), ACTION_LINK },
};

static struct form_values *court_pick_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->visit.pick;
}

void court_visit_wipe(struct flow *flow)
{
	form_wipe(&flow->visit.pick);
	flow->visit.logged_in = false;
	flow->visit.legacy_refused = false;
	flow->visit.redaction_accepted = false;
}

static enum screen_id link_court_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_START;
	if (action_is(action, "steps"))
		return SCREEN_LINK_STEPS;
	const char *typed = flow_value(flow, "court");
	if (typed[0] == '\0') {
		flow_field_error(flow, "court", _("Type the court's id or the start of its name."));
		return SCREEN_LINK_COURT;
	}
	if (!flow_choose_court(flow, typed)) {
		flow_field_error(flow, "court", _("No single court has that id or name: type more of "
						  "it. {show-list-again}"));
		return SCREEN_LINK_COURT;
	}
	return SCREEN_COURT_LOGIN;
}

const struct screen_spec screen_link_court = {
	.id = SCREEN_LINK_COURT,
	.name = "link-court",
	.kind = SCREEN_FORM,
	.title = N_("Link my CM/ECF account"),
	.intro = N_("Linking is done at the court, once in each court. Which court's Document Filing "
		    "System do you want to open?"),
	.fields = court_fields,
	.n_fields = COUNT_OF(court_fields),
	.actions = court_actions,
	.n_actions = COUNT_OF(court_actions),
	.help = N_("Type the court's id (the first part of its web address, such as canb for the "
		   "Bankruptcy Court of the Northern District of California) or the start of its name, "
		   "then choose Open. Look up a court on the start screen lists them all."),
	.submit = link_court_submit,
	.form = court_pick_form,
};

/* ---- PACER LOGIN at the court --------------------------------------------- */

static const struct field_spec court_login_fields[] = {
	{ "username", N_("Username"), FIELD_TEXT, 32, 40, true,
	  N_("Your upgraded individual PACER username, not a firm's shared one."), CHOICES_NONE, false },
	{ "password", N_("Password"), FIELD_PASSWORD, 32, 45, true, NULL, CHOICES_NONE, true },
	{ "client-code", N_("Client Code"), FIELD_TEXT, 32, 32, false,
	  N_("Optional: up to 32 characters, no space or comma. PACER bills searches under it."),
	  CHOICES_NONE, false },
};

static const struct action_spec court_login_actions[] = {
	{ "login", N_("Login"), ACTION_DEFAULT },
	{ "clear", N_("Clear"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
	{ "upgrade", N_("Upgrade my PACER account"), 0 },
	{ "need-account", N_("Need an Account?"), ACTION_LINK },
	{ "forgot-password", N_("Forgot Your Password?"), ACTION_LINK },
	{ "forgot-username", N_("Forgot User Name?"), ACTION_LINK },
	{ "trouble", N_("What went wrong?"), ACTION_LINK },
};

static void court_title(struct flow *flow)
{
	/* TRANSLATORS: %s is a court's name. */
	snprintf(flow->visit.title, sizeof flow->visit.title, _("%s - Document Filing System"),
		 flow->court.name);
	flow->title = flow->visit.title;
}

static void court_login_load(struct flow *flow)
{
	flow->login.return_to = SCREEN_COURT_LOGIN;
	court_title(flow);
	flow_add_paragraph(flow, N_("PACER LOGIN"));
	/* The cookie notice matters least in a terminal: last, so a short
	 * window cuts it first. */
	flow_add_notice(flow, N13_NO_SHARED_LOGIN);
	flow_add_notice(flow, N14_RESTRICTED_SITE);
	flow_add_notice(flow, N15_COOKIES);
	if (!flow->visit.legacy_refused)
		flow_hide_action(flow, "upgrade");
	trouble_offer(flow, SCREEN_COURT_LOGIN);
}

static enum screen_id after_court_login(struct flow *flow)
{
	if (flow->account.kind == ACCOUNT_LEGACY) {
		/* Logging out forgets what was typed; the username stays, for
		 * the person to see and for the upgrade's login. */
		char username[FLOW_VALUE_MAX];
		copy_text(username, sizeof username, flow_value(flow, "username"));
		flow_logout(flow);
		flow_set_value(flow, "username", username);
		flow->visit.legacy_refused = true;
		flow_show_action(flow, "upgrade");
		trouble_note(flow, SCREEN_COURT_LOGIN, TROUBLE_NOT_UPGRADED,
			     _("What just happened: this PACER account is a legacy account."));
		flow_error(flow, "username",
			   /* Two message rows: the rest is in the help. */
			   _("This is a legacy PACER username (made before August 11, 2014): NextGen "
			     "takes only upgraded accounts. Choose \"Upgrade my PACER account\"."));
		return SCREEN_COURT_LOGIN;
	}
	flow->visit.logged_in = true;
	flow->visit.redaction_accepted = false;
	flow->link.failures = 0;
	struct ecf_account linked;
	bool is_linked = false;
	if (!cmecf_linked_account(flow->store, &flow->court, &flow->account, &linked, &is_linked)) {
		flow_error(flow, NULL, store_error(flow->store));
		return SCREEN_COURT_LOGIN;
	}
	/* Filers accept the redaction agreement at every login. */
	if (is_linked)
		return SCREEN_COURT_REDACTION;
	return link_draft_waiting(flow) ? SCREEN_DRAFT_OFFER : SCREEN_COURT_MAIN;
}

static struct form_values *court_login_form(struct flow *flow, const struct screen_spec *spec)
{
	(void)spec;
	return &flow->login.court;
}

static enum screen_id court_login_submit(struct flow *flow, const struct action_spec *action)
{
	static const struct {
		const char *action;
		enum screen_id screen;
	} links[] = {
		{ "need-account", SCREEN_NEED_ACCOUNT },
		{ "forgot-password", SCREEN_FORGOT_PASSWORD },
		{ "forgot-username", SCREEN_FORGOT_USERNAME },
	};
	bool offered_upgrade = flow->visit.legacy_refused;
	flow->visit.legacy_refused = false;
	for (size_t i = 0; i < COUNT_OF(links); i++)
		if (action_is(action, links[i].action))
			return links[i].screen;
	if (action_is(action, "back"))
		return SCREEN_START;
	if (action_is(action, "trouble"))
		return trouble_open(flow, SCREEN_COURT_LOGIN);
	if (action_is(action, "upgrade") && offered_upgrade) {
		/* Straight to Manage My Account with the username typed here. */
		flow->login.return_to = SCREEN_PACER_LOGIN;
		flow_prefill_login(flow, flow_value(flow, "username"));
		return SCREEN_PACER_LOGIN;
	}
	if (action_is(action, "clear")) {
		form_wipe(&flow->login.court);
		return SCREEN_COURT_LOGIN;
	}
	const char *why = cmecf_validate_client_code(flow_value(flow, "client-code"));
	if (why != NULL) {
		flow_field_error(flow, "client-code", why);
		return SCREEN_COURT_LOGIN;
	}
	if (!log_in_with_pacer(flow, SCREEN_COURT_LOGIN))
		return SCREEN_COURT_LOGIN;
	return after_court_login(flow);
}

const struct screen_spec screen_court_login = {
	.id = SCREEN_COURT_LOGIN,
	.name = "court-login",
	.kind = SCREEN_FORM,
	.title = N_("Document Filing System"),
	.fields = court_login_fields,
	.n_fields = COUNT_OF(court_login_fields),
	.actions = court_login_actions,
	.n_actions = COUNT_OF(court_login_actions),
	.help = N_("The court's NextGen CM/ECF login. It takes your upgraded individual PACER username "
		   "and password, the same as Manage My Account; your old CM/ECF login is typed later, "
		   "on the Link screen.\n\nA legacy PACER account (6-character username) cannot log in "
		   "here: upgrade it first. Do not use a firm's shared PACER account."),
	.load = court_login_load,
	.submit = court_login_submit,
	.form = court_login_form,
};

/* ---- the redaction agreement ------------------------------------------------- */

static const struct action_spec redaction_actions[] = {
	{ "accept", N_("I accept - Continue"), ACTION_DEFAULT },
	{ "logout", N_("Log Out"), ACTION_BACK },
};

static void redaction_load(struct flow *flow)
{
	court_title(flow);
	flow_add_paragraph(flow, N_("Redaction Agreement: I understand that, if I file, I must comply "
				    "with the redaction rules. I have read this notice."));
	flow_add_paragraph(flow, N_("Filers accept this agreement each time they log in to a NextGen "
				    "court, by checking its box and choosing Continue."));
}

static enum screen_id log_out_of_court(struct flow *flow)
{
	flow_logout(flow);
	flow_info(flow, _("You have logged out of the court's Document Filing System."));
	return SCREEN_START;
}

static enum screen_id redaction_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "logout"))
		return log_out_of_court(flow);
	flow->visit.redaction_accepted = true;
	return SCREEN_COURT_MAIN;
}

const struct screen_spec screen_court_redaction = {
	.id = SCREEN_COURT_REDACTION,
	.name = "court-redaction",
	.kind = SCREEN_INFO,
	.title = N_("Document Filing System"),
	.actions = redaction_actions,
	.n_actions = COUNT_OF(redaction_actions),
	.help = N_("E-filers accept the redaction agreement at each login: personal data such as "
		   "Social Security numbers and birth dates must be cut from what they file."),
	.load = redaction_load,
	.submit = redaction_submit,
};

/* ---- the items that are described, not copied ------------------------------------ */

struct court_item {
	const char *id;
	const char *label;
	const char *description;
};

static const struct court_item items[] = {
	{ "bankruptcy", N_("Bankruptcy"), N_("Files documents in bankruptcy cases: petitions, motions, claims and more.") },
	{ "adversary", N_("Adversary"), N_("Files documents in adversary proceedings, the lawsuits inside a bankruptcy case.") },
	{ "civil", N_("Civil"), N_("Files documents in civil cases: complaints, answers, motions and more.") },
	{ "criminal", N_("Criminal"), N_("Files documents in criminal cases.") },
	{ "query", N_("Query"), N_("Finds this court's cases by number, name or date and shows their dockets. Pages cost PACER fees.") },
	{ "reports", N_("Reports"), N_("Lists of cases and filings, such as new cases or the calendar of hearings.") },
	{ "exemption", N_("Change PACER Exemption Status"), N_("For users the court has exempted from PACER fees: turns the exemption on or off for this session.") },
	{ "login-password", N_("Maintain Your Login/Password"), N_("On NextGen the login and password are those of your PACER account; they are changed in Manage My Account.") },
	{ "client-code", N_("Change Client Code"), N_("Sets the client code that PACER charges are billed under for this session.") },
	{ "billing", N_("Review Billing History"), N_("Lists the PACER charges made in this court.") },
	{ "forgot-ecf", N_("Forgot login/password"), N_("Your old CM/ECF login and password were issued by this court. If you do not remember them, the court's CM/ECF help desk can help; PACER cannot reset them.") },
	{ "more-upgraded", N_("More about Upgraded PACER account"), N_("NextGen courts take one login, your upgraded PACER account, for both PACER and e-filing. A legacy account (made before August 11, 2014) is upgraded in Manage My Account.") },
};

enum screen_id court_show_item(struct flow *flow, const char *id)
{
	for (size_t i = 0; i < COUNT_OF(items); i++) {
		if (strcmp(items[i].id, id) == 0) {
			flow->visit.item = (int)i;
			flow->visit.item_return = flow->screen->id;
			return SCREEN_COURT_ITEM;
		}
	}
	return flow->screen->id;
}

static const struct action_spec item_actions[] = {
	{ "back", N_("Back"), ACTION_BACK | ACTION_DEFAULT },
};

static void item_load(struct flow *flow)
{
	flow->title = items[flow->visit.item].label;
	/* An inactive account cannot search: PACER answers with N6, not a search. */
	if (strcmp(items[flow->visit.item].id, "query") == 0 && !flow->account.case_search_active) {
		flow_add_notice(flow, N6_INACTIVE_SEARCH);
		return;
	}
	flow_add_paragraph(flow, items[flow->visit.item].description);
	flow_add_paragraph(flow, N_("This practice system does not copy this page; on the real "
				    "court site it works as described above."));
}

static enum screen_id item_submit(struct flow *flow, const struct action_spec *action)
{
	return action_is(action, "back") ? flow->visit.item_return : SCREEN_COURT_ITEM;
}

const struct screen_spec screen_court_item = {
	.id = SCREEN_COURT_ITEM,
	.name = "court-item",
	.kind = SCREEN_INFO,
	.title = N_("Document Filing System"),
	.actions = item_actions,
	.n_actions = COUNT_OF(item_actions),
	.help = N_("What this item does on the real court site. Back returns to where you were."),
	.load = item_load,
	.submit = item_submit,
};

/* ---- the main screen and its menu bar ----------------------------------------------- */

static const struct action_spec main_actions[] = {
	{ "bankruptcy", N_("Bankruptcy"), 0 },
	{ "adversary", N_("Adversary"), 0 },
	{ "civil", N_("Civil"), 0 },
	{ "criminal", N_("Criminal"), 0 },
	{ "query", N_("Query"), 0 },
	{ "reports", N_("Reports"), 0 },
	{ "utilities", N_("Utilities"), ACTION_DEFAULT },
	{ "help", N_("Help"), ACTION_HELP },
	{ "logout", N_("Log Out"), ACTION_BACK },
};

static void show_filing_menus(struct flow *flow, bool linked)
{
	bool bankruptcy = flow->court.type == COURT_BANKRUPTCY;
	if (!linked || !bankruptcy) {
		flow_hide_action(flow, "bankruptcy");
		flow_hide_action(flow, "adversary");
	}
	if (!linked || bankruptcy) {
		flow_hide_action(flow, "civil");
		flow_hide_action(flow, "criminal");
	}
}

static void main_load(struct flow *flow)
{
	struct ecf_account linked_account;
	bool linked = false;
	court_title(flow);
	if (!cmecf_linked_account(flow->store, &flow->court, &flow->account, &linked_account, &linked))
		flow_error(flow, NULL, store_error(flow->store));
	show_filing_menus(flow, linked);
	flow_add_line(flow, N_("Court"), flow->court.name);
	flow_add_line(flow, N_("Logged in as"), flow->account.username);
	flow_add_line(flow, N_("CM/ECF"), court_is_live(&flow->court, flow->today) ? _("NextGen CM/ECF")
										: _("CurrentGen CM/ECF"));
	if (linked) {
		const char *first, *second;
		cmecf_filing_menus(flow->court.type, &first, &second);
		flow_add_line(flow, N_("Linked CM/ECF login"), linked_account.login);
		flow_add_notice(flow, N20_MENUS_MISSING);
		return;
	}
	if (flow->account.shared_firm) {
		flow_add_notice(flow, N1_INDIVIDUAL_ACCOUNT);
		flow_add_notice(flow, N13_NO_SHARED_LOGIN);
	}
	flow_add_paragraph(flow, N_("Your PACER account is not linked to a CM/ECF e-filing account in "
				    "this court, so the menu bar has no filing menus. To link: Utilities, "
				    "then Link a CM/ECF account to my PACER account."));
	flow_add_notice(flow, court_is_live(&flow->court, flow->today) ? N10_ONE_TIME
								       : N9_NOT_BEFORE_GO_LIVE);
	flow_add_notice(flow, N16_PACER_ONLY);
}

static enum screen_id main_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "logout"))
		return log_out_of_court(flow);
	if (action_is(action, "utilities"))
		return SCREEN_COURT_UTILITIES;
	return court_show_item(flow, action->id);
}

const struct screen_spec screen_court_main = {
	.id = SCREEN_COURT_MAIN,
	.name = "court-main",
	.kind = SCREEN_INFO,
	.title = N_("Document Filing System"),
	.actions = main_actions,
	.n_actions = COUNT_OF(main_actions),
	.help = N_("The court's main screen. Its menu bar is the row of buttons: Query, Reports, "
		   "Utilities, Help and Log Out for everyone; once your CM/ECF account is linked, the "
		   "filing menus come first (Bankruptcy and Adversary in a bankruptcy court, Civil and "
		   "Criminal in a district court).\n\nTo link, choose Utilities."),
	.load = main_load,
	.submit = main_submit,
};

/* ---- Utilities ------------------------------------------------------------------------ */

static const struct action_spec utilities_actions[] = {
	{ "link", N_("Link a CM/ECF account to my PACER account"), 0 },
	{ "link-appellate", N_("Link my filer account to my PACER account"), 0 },
	{ "exemption", N_("Change PACER Exemption Status"), 0 },
	{ "login-password", N_("Maintain Your Login/Password"), 0 },
	{ "client-code", N_("Change Client Code"), 0 },
	{ "billing", N_("Review Billing History"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
};

static void utilities_load(struct flow *flow)
{
	court_title(flow);
	/* Appellate courts name the link differently (PACER's FAQ). */
	flow_hide_action(flow, flow->court.type == COURT_APPELLATE ? "link" : "link-appellate");
}

static enum screen_id utilities_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_COURT_MAIN;
	if (action_is(action, "link") || action_is(action, "link-appellate"))
		return SCREEN_LINK;
	return court_show_item(flow, action->id);
}

static const char *const utilities_tabs[] = { N_("Your Account"), NULL };

const struct screen_spec screen_court_utilities = {
	.id = SCREEN_COURT_UTILITIES,
	.name = "court-utilities",
	.kind = SCREEN_MENU,
	.title = N_("Utilities"),
	.actions = utilities_actions,
	.n_actions = COUNT_OF(utilities_actions),
	.tabs = utilities_tabs,
	.help = N_("Utilities, Your Account. The first item links your old CM/ECF e-filing account to "
		   "your PACER account in this court; the others are described when chosen."),
	.load = utilities_load,
	.submit = utilities_submit,
};
