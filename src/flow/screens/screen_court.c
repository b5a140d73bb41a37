/* SPDX-License-Identifier: MIT */
/* A court's NextGen CM/ECF site: choosing the court, its PACER LOGIN,
 * the redaction agreement for filers, the main screen with its menu bar,
 * Utilities, and what each item that the practice does not copy does. */
#include <config.h>

#include "flow/screens.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/cmecf.h"
#include "core/courts.h"
#include "flow/field_check.h"
#include "flow/mfa_login.h"
#include "flow/trouble.h"

/* ---- which court -------------------------------------------------------- */

static const struct field_spec court_fields[] = {
	{
		.id = "court",
		.label = N_("Court"),
		.kind = FIELD_TEXT,
		.width = 40,
		.max_length = 80,
		.required = true,
		.check = CHECK_CHOICE,
		.missing = N_("Type the court's id or the start of its name."),
		.example = N_("The court's id, such as canb, or the start of its name. {show-list}"),
		.choices = CHOICES_COURT,
	},
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
	if (flow_check_form(flow, &screen_link_court) > 0 ||
	    !flow_choose_court(flow, flow_value(flow, "court")))
		return SCREEN_LINK_COURT;
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
	{
		.id = "username",
		.label = N_("Username"),
		.kind = FIELD_TEXT,
		.width = 32,
		.max_length = USERNAME_MAX_CHARS,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type your PACER username."),
		.example = N_("Your upgraded individual PACER username, not a firm's shared one."),
	},
	{
		.id = "password",
		.label = N_("Password"),
		.kind = FIELD_PASSWORD,
		.width = 32,
		.max_length = PASSWORD_MAX_CHARS,
		.required = true,
		.check = CHECK_NONE,
		.missing = N_("Type your PACER password."),
		.secret = true,
	},
	{
		.id = "client-code",
		.label = N_("Client Code"),
		.kind = FIELD_TEXT,
		.width = 32,
		.max_length = CLIENT_CODE_MAX_CHARS,
		.check = CHECK_CLIENT_CODE,
		.example = N_(
			"Optional: up to {client-code-max} characters, no space or comma. PACER bills searches under it."),
	},
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

/* A court before its NextGen date, said the same on its login and its
 * main screen. */
static const char currentgen_note[] = N_(
	"This court is still on CurrentGen CM/ECF: here your PACER login opens Query and "
	"Reports only, and e-filers keep the court's own CM/ECF login until the court moves to "
	"NextGen. Linking waits until then.");

static void court_login_load(struct flow *flow)
{
	flow->login.return_to = SCREEN_COURT_LOGIN;
	court_title(flow);
	/* Seed 002's order: the guide's warnings, the heading, the cookie
	 * notice, and the restricted-site NOTICE last. */
	flow_add_leading_notice(flow, N1_INDIVIDUAL_ACCOUNT);
	flow_add_leading_notice(flow, N13_NO_SHARED_LOGIN);
	if (court_is_live(&flow->court, flow->today)) {
		flow_add_paragraph(flow, N_("PACER LOGIN"));
	} else {
		/* Not NextGen yet: no NextGen login to show. */
		flow_add_line(flow, N_("CM/ECF"), _("CurrentGen CM/ECF"));
		flow_add_paragraph(flow, currentgen_note);
	}
	flow_add_notice(flow, N15_COOKIES);
	flow_add_notice(flow, N14_RESTRICTED_SITE);
	if (!flow->visit.legacy_refused)
		flow_hide_action(flow, "upgrade");
	trouble_offer(flow, SCREEN_COURT_LOGIN);
}

/* The screen stays after a refusal, its load not run again: a notice is
 * added once. */
static void add_notice_once(struct flow *flow, enum notice_id id)
{
	for (size_t i = 0; i < flow->n_notices; i++)
		if (flow->notices[i] == id)
			return;
	flow_add_notice(flow, id);
}

/* A legacy account is refused before any of the 2025 login's steps. */
static enum screen_id refuse_legacy(struct flow *flow)
{
	/* Logging out forgets what was typed; the username stays, for
	 * the person to see and for the upgrade's login. */
	char username[FLOW_VALUE_MAX];
	copy_text(username, sizeof username, flow_value(flow, "username"));
	flow_logout(flow);
	flow_set_value(flow, "username", username);
	flow->visit.legacy_refused = true;
	flow_show_action(flow, "upgrade");
	/* The domain notes: N3 for a legacy login at a NextGen court. */
	add_notice_once(flow, N3_LEGACY_MUST_UPGRADE);
	trouble_note(flow, SCREEN_COURT_LOGIN, TROUBLE_NOT_UPGRADED,
		     _("What just happened: this PACER account is a legacy account."));
	flow_error(flow, "username",
		   /* Two message rows: the rest is in the help. */
		   _("This is a legacy PACER username (made before August 11, 2014): NextGen "
		     "takes only upgraded accounts. Choose \"Upgrade my PACER account\"."));
	return SCREEN_COURT_LOGIN;
}

enum screen_id court_after_login(struct flow *flow)
{
	if (flow->account.kind == ACCOUNT_LEGACY)
		return refuse_legacy(flow);
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
	if (!log_in_with_pacer(flow, SCREEN_COURT_LOGIN))
		return SCREEN_COURT_LOGIN;
	if (flow->account.kind == ACCOUNT_LEGACY)
		return refuse_legacy(flow);
	return mfa_login_next(flow);
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

/* The submenus of Utilities (flow->visit.submenu). */
enum {
	SUBMENU_RELEASE,
	SUBMENU_ECF_ACCOUNT
};

/* ---- the items that are described, not copied ------------------------------------ */

struct court_item {
	const char *id;
	const char *label;
	const char *description;
};

static const struct court_item items[] = {
	{ "bankruptcy", N_("Bankruptcy"),
	  N_("Files documents in bankruptcy cases: petitions, motions, claims and more.") },
	{ "adversary", N_("Adversary"),
	  N_("Files documents in adversary proceedings, the lawsuits inside a bankruptcy case.") },
	{ "civil", N_("Civil"),
	  N_("Files documents in civil cases: complaints, answers, motions and more.") },
	{ "criminal", N_("Criminal"), N_("Files documents in criminal cases.") },
	{ "filing", N_("Filing"),
	  N_("Files documents in this court's appeals: briefs, motions, petitions and more.") },
	{ "query", N_("Query"),
	  N_("Finds this court's cases by number, name or date and shows their dockets. Pages cost PACER fees.") },
	{ "reports", N_("Reports"),
	  N_("Lists of cases and filings, such as new cases or the calendar of hearings.") },
	{ "exemption", N_("Change PACER Exemption Status"),
	  N_("For users the court has exempted from PACER fees: turns the exemption on or off for this session.") },
	{ "login-password", N_("Maintain Your Login/Password"),
	  N_("On NextGen the login and password are those of your PACER account; they are changed in Manage My Account.") },
	{ "client-code", N_("Change Client Code"),
	  N_("Sets the client code that PACER charges are billed under for this session.") },
	{ "billing", N_("Review Billing History"), N_("Lists the PACER charges made in this court.") },
	{ "forgot-ecf", N_("Forgot login/password"),
	  N_("Your old CM/ECF login and password were issued by this court. If you do not remember them, the court's CM/ECF help desk can help; PACER cannot reset them.") },
	{ "more-upgraded", N_("More about Upgraded PACER account"),
	  N_("NextGen courts take one login, your upgraded PACER account, for both PACER and e-filing. A legacy account (made before August 11, 2014) is upgraded in Manage My Account.") },
	{ "ecf-email", N_("Email Information"),
	  N_("The secondary e-mail addresses that also get this court's notices of electronic filing, such as your support staff's (up to five). They are kept here, court by court. Your primary e-mail address is kept in PACER: Manage My Account, Maintenance tab, Update E-Filer Email Noticing and Frequency.") },
	{ "ecf-more-info", N_("More User Information"),
	  N_("Filing agents: Find Filing Agent attaches a paralegal's own upgraded PACER account to your account here and sets what the agent may do. The docket shows your name as the filer. Agents attached before NextGen stay attached.") },
	{ "ecf-personal", N_("Name, Address and Phone"),
	  N_("Greyed out here: since NextGen your name, address and phone numbers are kept in PACER, in Manage My Account, Maintenance tab (Update Personal Information, Update Address Information). Change them there, once for every court.") },
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
	/* An inactive account cannot search: PACER answers its Query and
	 * its Reports (lists of cases) with N6, not a search. */
	const char *id = items[flow->visit.item].id;
	bool searches = strcmp(id, "query") == 0 || strcmp(id, "reports") == 0;
	if (searches && !flow->account.case_search_active) {
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
	{ "bankruptcy", N_("Bankruptcy"), 0 }, { "adversary", N_("Adversary"), 0 },
	{ "civil", N_("Civil"), 0 },           { "criminal", N_("Criminal"), 0 },
	{ "filing", N_("Filing"), 0 },         { "query", N_("Query"), 0 },
	{ "reports", N_("Reports"), 0 },       { "utilities", N_("Utilities"), ACTION_DEFAULT },
	{ "help", N_("Help"), ACTION_HELP },   { "logout", N_("Log Out"), ACTION_BACK },
};

/* The filing menus of the court's kind (cmecf.c), for a linked filer. */
static void show_filing_menus(struct flow *flow, bool linked)
{
	static const char *const all[] = { "bankruptcy", "adversary", "civil", "criminal", "filing" };
	for (size_t i = 0; i < COUNT_OF(all); i++)
		flow_hide_action(flow, all[i]);
	if (!linked)
		return;
	const struct filing_menus *menus = cmecf_filing_menus(flow->court.type);
	for (size_t i = 0; i < CMECF_FILING_MENUS_MAX && menus->actions[i] != NULL; i++)
		flow_show_action(flow, menus->actions[i]);
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
	flow_add_line(flow, N_("CM/ECF"),
		      court_is_live(&flow->court, flow->today) ? _("NextGen CM/ECF")
							       : _("CurrentGen CM/ECF"));
	if (linked) {
		flow_add_line(flow, N_("Linked CM/ECF login"), linked_account.login);
		flow_add_notice(flow, N20_MENUS_MISSING);
		return;
	}
	if (flow->account.shared_firm) {
		flow_add_notice(flow, N1_INDIVIDUAL_ACCOUNT);
		flow_add_notice(flow, N13_NO_SHARED_LOGIN);
	}
	/* Before go-live there is nothing to link yet: no way to a link
	 * that N9 says cannot be made. */
	if (court_is_live(&flow->court, flow->today)) {
		flow_add_paragraph(flow, cmecf_link_words(flow->court.type)->to_link);
		flow_add_notice(flow, N10_ONE_TIME);
	} else {
		flow_add_paragraph(flow, currentgen_note);
		flow_add_notice(flow, N9_NOT_BEFORE_GO_LIVE);
	}
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
		   "Criminal in a district court, Filing in a court of appeals, Civil at the Court of "
		   "Federal Claims).\n\nTo link, choose Utilities."),
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
	{ "ecf-account", N_("Maintain Your ECF Account"), 0 },
	{ "release", N_("NextGen Release 1.1 Menu Items"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
};

/* The link item the court's kind names (PACER's FAQ), and Maintain Your
 * ECF Account for a filer linked here. */
static void show_account_items(struct flow *flow)
{
	const struct link_words *words = cmecf_link_words(flow->court.type);
	flow_hide_action(flow, strcmp(words->action, "link") == 0 ? "link-appellate" : "link");
	struct ecf_account linked_account;
	bool linked = false;
	if (!cmecf_linked_account(flow->store, &flow->court, &flow->account, &linked_account, &linked))
		flow_error(flow, NULL, store_error(flow->store));
	if (!linked || !words->maintain_ecf_account)
		flow_hide_action(flow, "ecf-account");
	/* A court still on CurrentGen has no NextGen release's items. */
	if (!court_is_live(&flow->court, flow->today))
		flow_hide_action(flow, "release");
}

static void utilities_load(struct flow *flow)
{
	court_title(flow);
	show_account_items(flow);
}

/* Where a Utilities or submenu item leads; a submenu remembers which. */
static enum screen_id open_account_item(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "link") || action_is(action, "link-appellate"))
		return SCREEN_LINK;
	if (action_is(action, "ecf-account") || action_is(action, "release")) {
		flow->visit.submenu = action_is(action, "release") ? SUBMENU_RELEASE : SUBMENU_ECF_ACCOUNT;
		return SCREEN_COURT_SUBMENU;
	}
	return court_show_item(flow, action->id);
}

static enum screen_id utilities_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_COURT_MAIN;
	return open_account_item(flow, action);
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
		   "your PACER account in this court; the others are described when chosen. Some "
		   "courts list the link item under NextGen Release 1.1 Menu Items instead; here it is "
		   "in both places. Once you are linked, Maintain Your ECF Account keeps what this "
		   "court still keeps for you."),
	.load = utilities_load,
	.submit = utilities_submit,
};

/* ---- the submenus of Utilities ------------------------------------------------------------ */

static const struct action_spec submenu_actions[] = {
	{ "link", N_("Link a CM/ECF account to my PACER account"), 0 },
	{ "link-appellate", N_("Link my filer account to my PACER account"), 0 },
	{ "ecf-account", N_("Maintain Your ECF Account"), 0 },
	{ "ecf-email", N_("Email Information"), 0 },
	{ "ecf-more-info", N_("More User Information"), 0 },
	{ "ecf-personal", N_("Name, Address and Phone"), 0 },
	{ "back", N_("Back"), ACTION_BACK },
};

static void release_menu_load(struct flow *flow)
{
	flow->title = N_("NextGen Release 1.1 Menu Items");
	flow_add_paragraph(flow, N_("The Utilities items that came with NextGen CM/ECF release 1.1. "
				    "Some courts list the link item only here, not under Your Account."));
	show_account_items(flow);
	flow_hide_action(flow, "ecf-email");
	flow_hide_action(flow, "ecf-more-info");
	flow_hide_action(flow, "ecf-personal");
}

static void ecf_account_load(struct flow *flow)
{
	flow->title = N_("Maintain Your ECF Account");
	flow_add_paragraph(flow, N_("What this court keeps for your e-filing account. Since NextGen, "
				    "your name, address and primary e-mail are kept in PACER's Manage "
				    "My Account and only shown here; the rest is kept court by court. "
				    "Choose an item to see what it does."));
	flow_hide_action(flow, "link");
	flow_hide_action(flow, "link-appellate");
	flow_hide_action(flow, "ecf-account");
}

static void submenu_load(struct flow *flow)
{
	court_title(flow);
	if (flow->visit.submenu == SUBMENU_RELEASE)
		release_menu_load(flow);
	else
		ecf_account_load(flow);
}

static enum screen_id submenu_submit(struct flow *flow, const struct action_spec *action)
{
	if (action_is(action, "back"))
		return SCREEN_COURT_UTILITIES;
	return open_account_item(flow, action);
}

const struct screen_spec screen_court_submenu = {
	.id = SCREEN_COURT_SUBMENU,
	.name = "court-submenu",
	.kind = SCREEN_MENU,
	.title = N_("Utilities"),
	.actions = submenu_actions,
	.n_actions = COUNT_OF(submenu_actions),
	.help = N_("A list that Utilities opens: NextGen Release 1.1 Menu Items (where some courts put "
		   "the link item) or Maintain Your ECF Account (what the court keeps for a linked "
		   "e-filer). Each item says what it does; Back returns to Utilities."),
	.load = submenu_load,
	.submit = submenu_submit,
};
