/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/trouble.h"

#include <stdio.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/validate.h"

#define NO_SCREEN SCREEN_COUNT

/* The symptom table of the collected questions: each row is a choice of
 * TROUBLE_WHAT, and every path ends at an answer naming its questions. */
static const struct trouble_spec steps[TROUBLE_STEP_COUNT] = {
	[TROUBLE_WHAT] = { .step = TROUBLE_WHAT,
			   .name = "what",
			   .question = N_("What went wrong?"),
			   .choices = { { N_("A login says my username or password is invalid"),
					  TROUBLE_WHICH_USERNAME },
					{ N_("The login works only sometimes, or I see changes I did not make"),
					  TROUBLE_SHARED_ACCOUNT },
					{ N_("The login refuses me without a client code"),
					  TROUBLE_CLIENT_CODE_RULE },
					{ N_("My account is locked"), TROUBLE_LOCKED },
					{ N_("PACER searches fail at a court not yet on NextGen"),
					  TROUBLE_DEFAULT_LOGIN },
					{ N_("I cannot find \"Link a CM/ECF account to my PACER account\""),
					  TROUBLE_COURT_LIVE },
					{ N_("The Link screen refuses my CM/ECF login or password"),
					  TROUBLE_ECF_LOGIN },
					{ N_("Linking keeps failing"), TROUBLE_LINK_FAILS },
					{ N_("The confirm screen shows a different name"),
					  TROUBLE_NAME_MISMATCH },
					{ N_("I have two CM/ECF logins at one court and only one links"),
					  TROUBLE_TWO_LOGINS },
					{ N_("I linked, but the filing menus are missing"),
					  TROUBLE_NO_MENUS },
					{ N_("My assistant no longer gets the notices of filings"),
					  TROUBLE_NO_NOTICES },
					{ N_("Case Search Status says Inactive"), TROUBLE_INACTIVE },
					{ N_("Registration says an account may already exist"),
					  TROUBLE_ALREADY_EXISTS },
					{ N_("The go-live date passed and I never linked"),
					  TROUBLE_PAST_GO_LIVE },
					{ NULL, TROUBLE_NONE } } },
	[TROUBLE_WHICH_USERNAME] = { .step = TROUBLE_WHICH_USERNAME,
				     .name = "which-username",
				     .question = N_("Which username did you type?"),
				     .choices = { { N_("A short one: 6 characters, letters then digits (like ja1234)"),
						    TROUBLE_LEGACY_USERNAME },
						  { N_("The CM/ECF login the court gave me for filing"),
						    TROUBLE_WRONG_SYSTEM },
						  { N_("My upgraded PACER username (8 or more characters)"),
						    TROUBLE_SHARED },
						  { N_("I am not sure which username I have"),
						    TROUBLE_FIND_USERNAME },
						  { NULL, TROUBLE_NONE } } },
	[TROUBLE_SHARED] = { .step = TROUBLE_SHARED,
			     .name = "shared",
			     .question = N_(
				     "Does anyone else use this PACER account, such as a firm's shared "
				     "login?"),
			     .choices = { { N_("Yes, others in my office use it too"),
					    TROUBLE_SHARED_ACCOUNT },
					  { N_("No, it is mine alone"), TROUBLE_CLIENT_CODE },
					  { NULL, TROUBLE_NONE } } },
	[TROUBLE_CLIENT_CODE] = { .step = TROUBLE_CLIENT_CODE,
				  .name = "client-code",
				  .question = N_(
					  "Does your firm make you type a client code when you log in?"),
				  .choices = { { N_("Yes, or I am not sure"), TROUBLE_CLIENT_CODE_RULE },
					       { N_("No"), TROUBLE_WHICH_SITE },
					       { NULL, TROUBLE_NONE } } },
	[TROUBLE_WHICH_SITE] = { .step = TROUBLE_WHICH_SITE,
				 .name = "which-site",
				 .question = N_("Which site were you logging in to?"),
				 .choices = { { N_("A training site (its address starts with ecf-train)"),
						TROUBLE_TRAINING_SITE },
					      { N_("The court's live site (its address starts with ecf) or Manage My Account"),
						TROUBLE_PASSWORD },
					      { NULL, TROUBLE_NONE } } },
	[TROUBLE_COURT_LIVE] = { .step = TROUBLE_COURT_LIVE,
				 .name = "court-live",
				 .question = N_(
					 "Is the court on NextGen CM/ECF yet? (Look up a court says since "
					 "when.)"),
				 .choices = { { N_("Not yet, or I do not know"), TROUBLE_NOT_LIVE },
					      { N_("Yes, its go-live date has passed"), TROUBLE_MENU_PLACE },
					      { NULL, TROUBLE_NONE } } },
	[TROUBLE_ECF_LOGIN] = { .step = TROUBLE_ECF_LOGIN,
				.name = "ecf-login",
				.question = N_(
					"Which is true of the CM/ECF login you typed on the Link screen?"),
				.choices = { { N_("The browser or my filing software always filled in the password"),
					       TROUBLE_BROWSER_PASSWORD },
					     { N_("I forgot the password, or the login itself"),
					       TROUBLE_FORGOT_ECF },
					     { N_("The login has a symbol in it, such as & @ $ *"),
					       TROUBLE_SPECIAL_CHARACTERS },
					     { N_("I typed my PACER username there"), TROUBLE_PACER_ON_LINK },
					     { N_("I know both and typed them carefully"),
					       TROUBLE_LINK_FAILS },
					     { NULL, TROUBLE_NONE } } },

	[TROUBLE_LEGACY_USERNAME] = { .step = TROUBLE_LEGACY_USERNAME,
				      .name = "legacy-username",
				      .cause = N_(
					      "Likely cause: this is a legacy PACER username. After an upgrade only "
					      "the new username works, and a NextGen court never takes a legacy account."),
				      .next_step = N_(
					      "Next step: if you upgraded already, log in with the new username "
					      "(8 or more characters; Forgot User Name? finds it). If not, upgrade first: "
					      "Manage My Account, Upgrade."),
				      .faq = { 14, 8, 15 },
				      .contact = FAQ_CALL_NOBODY,
				      .go = SCREEN_PACER_LOGIN },
	[TROUBLE_NOT_UPGRADED] = { .step = TROUBLE_NOT_UPGRADED,
				   .name = "not-upgraded",
				   .cause = N_(
					   "Likely cause: your PACER account is still a legacy account, and a "
					   "NextGen court takes only upgraded ones."),
				   .next_step = N_(
					   "Next step: upgrade it in Manage My Account (Person, Address and "
					   "Security tabs), then log in at the court with the new username and link."),
				   .faq = { 8, 14 },
				   .contact = FAQ_CALL_NOBODY,
				   .go = SCREEN_PACER_LOGIN },
	[TROUBLE_WRONG_SYSTEM] = { .step = TROUBLE_WRONG_SYSTEM,
				   .name = "wrong-system",
				   .cause = N_(
					   "Likely cause: a NextGen court's login takes your PACER username and "
					   "password only. Your old CM/ECF login goes on the Link screen, after you log "
					   "in."),
				   .next_step = N_(
					   "Next step: log in at the court with your upgraded PACER account, "
					   "choose Utilities, then \"Link a CM/ECF account to my PACER account\", and "
					   "type the CM/ECF login there."),
				   .faq = { 15, 20 },
				   .contact = FAQ_CALL_NOBODY,
				   .go = SCREEN_LINK_COURT },
	[TROUBLE_PACER_ON_LINK] = { .step = TROUBLE_PACER_ON_LINK,
				    .name = "pacer-on-link",
				    .cause = N_(
					    "Likely cause: the Link screen takes your old CM/ECF login and "
					    "password, the ones the court gave you; you are already logged in with PACER."),
				    .next_step = N_(
					    "Next step: type the court's CM/ECF login and its password on the "
					    "Link screen. If you do not know them, ask the court's CM/ECF help desk."),
				    .faq = { 20, 10 },
				    .contact = FAQ_CALL_COURT,
				    .go = SCREEN_LINK_COURT },
	[TROUBLE_FIND_USERNAME] = { .step = TROUBLE_FIND_USERNAME,
				    .name = "find-username",
				    .cause = N_(
					    "Likely cause: you may be typing an old username, or another person's."),
				    .next_step = N_(
					    "Next step: use Forgot User Name? at the login: with your e-mail "
					    "address and your account number or date of birth it tells you your username."),
				    .faq = { 8, 10 },
				    .contact = FAQ_CALL_PSC,
				    .go = SCREEN_FORGOT_USERNAME },
	[TROUBLE_SHARED_ACCOUNT] = { .step = TROUBLE_SHARED_ACCOUNT,
				     .name = "shared-account",
				     .cause = N_(
					     "Likely cause: a shared firm account. When a colleague changes its "
					     "password or logs in elsewhere, everyone else is locked out."),
				     .next_step = N_(
					     "Next step: make your own individual PACER account (it is free) "
					     "and use only that one to upgrade, log in at the court and link. Never "
					     "upgrade or link the shared one."),
				     .faq = { 4, 16 },
				     .contact = FAQ_CALL_NOBODY,
				     .go = SCREEN_NEED_ACCOUNT },
	[TROUBLE_CLIENT_CODE_RULE] = { .step = TROUBLE_CLIENT_CODE_RULE,
				       .name = "client-code-rule",
				       .cause = N_(
					       "Likely cause: your firm's administrative account made Client Code "
					       "mandatory, or the code has a space or a comma."),
				       .next_step = N_(
					       "Next step: ask your firm's PACER administrator for the client "
					       "code and its format, and type it with no space or comma (use . _ - /)."),
				       .faq = { 17 },
				       .contact = FAQ_CALL_NOBODY,
				       .go = NO_SCREEN },
	[TROUBLE_TRAINING_SITE] = { .step = TROUBLE_TRAINING_SITE,
				    .name = "training-site",
				    .cause = N_(
					    "Likely cause: a training site (ecf-train) is not the live site "
					    "(ecf). Each has its own accounts, and most appellate courts have no training "
					    "site."),
				    .next_step = N_(
					    "Next step: use the live site's address with your real PACER "
					    "account, or the training account your court gave you on the training site. "
					    "The browser must also accept cookies."),
				    .faq = { 15 },
				    .contact = FAQ_CALL_NOBODY,
				    .go = NO_SCREEN },
	[TROUBLE_PASSWORD] = { .step = TROUBLE_PASSWORD,
			       .name = "password",
			       .cause = N_("Likely cause: a mistyped or forgotten password, or an inactive "
					   "account."),
			       .next_step = N_(
				       "Next step: use Forgot Your Password? at the login (your e-mail, "
				       "your username or account number or date of birth, and your security "
				       "answers). If it still fails, call the PACER Service Center."),
			       .faq = { 10, 15, 9 },
			       .contact = FAQ_CALL_PSC,
			       .go = SCREEN_FORGOT_PASSWORD },
	[TROUBLE_LOCKED] = { .step = TROUBLE_LOCKED,
			     .name = "locked",
			     .cause = N_("Likely cause: too many wrong passwords in a row. On a shared "
					 "account, a colleague's tries count too."),
			     .next_step = N_("Next step: wait until the time the login named, or use Forgot "
					     "Your Password?, which also lifts the lock."),
			     .faq = { 10, 4 },
			     .contact = FAQ_CALL_PSC,
			     .go = SCREEN_FORGOT_PASSWORD },
	[TROUBLE_DEFAULT_LOGIN] = { .step = TROUBLE_DEFAULT_LOGIN,
				    .name = "default-login",
				    .cause = N_(
					    "Likely cause: that court's old CM/ECF still keeps your legacy PACER "
					    "login as its default PACER login, and the legacy login stopped working when "
					    "you upgraded."),
				    .next_step = N_(
					    "Next step: in that court's CM/ECF choose Utilities, Change Your "
					    "PACER Login, type the upgraded login and tick \"Make this my default PACER "
					    "login\"."),
				    .faq = { 2, 14 },
				    .contact = FAQ_CALL_NOBODY,
				    .go = NO_SCREEN },
	[TROUBLE_NOT_LIVE] = { .step = TROUBLE_NOT_LIVE,
			       .name = "not-live",
			       .cause = N_(
				       "Likely cause: the court is not on NextGen CM/ECF yet, and accounts "
				       "cannot be linked before its go-live date."),
			       .next_step = N_(
				       "Next step: look up the court for its date, get ready now "
				       "(upgrade, know your CM/ECF login), and link on or after that day."),
			       .faq = { 18, 1 },
			       .contact = FAQ_CALL_NOBODY,
			       .go = SCREEN_COURT_LIST },
	[TROUBLE_MENU_PLACE] = { .step = TROUBLE_MENU_PLACE,
				 .name = "menu-place",
				 .cause = N_(
					 "Likely cause: the item is on the Utilities menu, under Your Account; "
					 "some courts put it under \"NextGen Release 1.1 Menu Items\"."),
				 .next_step = N_(
					 "Next step: log in at the court with your upgraded PACER account, "
					 "choose Utilities and look under Your Account."),
				 .faq = { 18 },
				 .contact = FAQ_CALL_NOBODY,
				 .go = SCREEN_LINK_COURT },
	[TROUBLE_BROWSER_PASSWORD] = { .step = TROUBLE_BROWSER_PASSWORD,
				       .name = "browser-password",
				       .cause = N_(
					       "Likely cause: a password the browser or the filing software kept is "
					       "lost with the move to NextGen, and autofill does not work on the Link screen."),
				       .next_step = N_(
					       "Next step: ask the court's CM/ECF help desk to reset the old "
					       "CM/ECF password, then link with it."),
				       .faq = { 21, 10 },
				       .contact = FAQ_CALL_COURT,
				       .go = NO_SCREEN },
	[TROUBLE_FORGOT_ECF] = { .step = TROUBLE_FORGOT_ECF,
				 .name = "forgot-ecf",
				 .cause = N_(
					 "Likely cause: only the court can reset its CM/ECF login; the PACER "
					 "Service Center cannot see it."),
				 .next_step = N_(
					 "Next step: use the court's CM/ECF reset link (it goes to your "
					 "primary e-mail and works for 24 hours) or call the court's help desk, then "
					 "link."),
				 .faq = { 10, 21 },
				 .contact = FAQ_CALL_COURT,
				 .go = NO_SCREEN },
	[TROUBLE_SPECIAL_CHARACTERS] = { .step = TROUBLE_SPECIAL_CHARACTERS,
					 .name = "special-characters",
					 .cause = N_(
						 "Likely cause: logins with special characters (& @ $ *) cannot be "
						 "linked in NextGen."),
					 .next_step = N_(
						 "Next step: ask the court to change the login, or submit a new "
						 "e-filing request through Manage My Account, Maintenance."),
					 .faq = { 22, 23 },
					 .contact = FAQ_CALL_COURT,
					 .go = NO_SCREEN },
	[TROUBLE_LINK_FAILS] = { .step = TROUBLE_LINK_FAILS,
				 .name = "link-fails",
				 .cause = N_(
					 "Likely cause: another court's login, a mistyped or outdated CM/ECF "
					 "password, or an account that is already linked."),
				 .next_step = N_(
					 "Next step: check that you are at the court that gave you the "
					 "login and try again. If it still fails, submit a new e-filing request "
					 "(Manage My Account, Maintenance) and wait for the court to approve it."),
				 .faq = { 23, 10 },
				 .contact = FAQ_CALL_COURT,
				 .go = SCREEN_LINK_COURT },
	[TROUBLE_ALREADY_LINKED] = { .step = TROUBLE_ALREADY_LINKED,
				     .name = "already-linked",
				     .cause = N_(
					     "Likely cause: linking is one to one, and one of the two accounts is "
					     "already linked at this court."),
				     .next_step = N_(
					     "Next step: if your PACER account is the linked one, you are "
					     "done: log in and file. If the CM/ECF account is linked to someone else's "
					     "PACER account, call the court's help desk."),
				     .faq = { 24, 27 },
				     .contact = FAQ_CALL_COURT,
				     .go = NO_SCREEN },
	[TROUBLE_NAME_MISMATCH] = { .step = TROUBLE_NAME_MISMATCH,
				    .name = "name-mismatch",
				    .cause = N_(
					    "Likely cause: you are logged in with a shared or someone else's "
					    "PACER account, typed another person's CM/ECF login, or your name changed."),
				    .next_step = N_(
					    "Next step: do not submit; go back. Log in with your own PACER "
					    "account and your own CM/ECF login. If only your name differs, correct it in "
					    "Manage My Account, Maintenance."),
				    .faq = { 26 },
				    .contact = FAQ_CALL_COURT,
				    .go = NO_SCREEN },
	[TROUBLE_TWO_LOGINS] = { .step = TROUBLE_TWO_LOGINS,
				 .name = "two-logins",
				 .cause = N_(
					 "Likely cause: linking is one to one: one PACER account links one "
					 "CM/ECF account at a court."),
				 .next_step = N_(
					 "Next step: make a separate individual PACER account for the "
					 "second login, or ask the court to replace it with a filing agent under your "
					 "main account."),
				 .faq = { 24, 29 },
				 .contact = FAQ_CALL_COURT,
				 .go = NO_SCREEN },
	[TROUBLE_NO_MENUS] = { .step = TROUBLE_NO_MENUS,
			       .name = "no-menus",
			       .cause = N_("Likely cause: the screen was not refreshed after the link."),
			       .next_step = N_(
				       "Next step: refresh (here, log out and log in again). {redraw} From "
				       "now on use only your PACER account at that court."),
			       .faq = { 27 },
			       .contact = FAQ_CALL_NOBODY,
			       .go = NO_SCREEN },
	[TROUBLE_NO_NOTICES] = { .step = TROUBLE_NO_NOTICES,
				 .name = "no-notices",
				 .cause = N_(
					 "Likely cause: secondary e-mail addresses stay in each court's CM/ECF "
					 "and were not added again."),
				 .next_step = N_(
					 "Next step: at the court choose Utilities, Maintain Your ECF "
					 "Account, E-mail information, and add your assistant's address."),
				 .faq = { 28, 29 },
				 .contact = FAQ_CALL_NOBODY,
				 .go = NO_SCREEN },
	[TROUBLE_INACTIVE] = { .step = TROUBLE_INACTIVE,
			       .name = "inactive",
			       .cause = N_(
				       "Likely cause: the account was not used for two years, a registration "
				       "matched an existing account, or a firm removed it from its administrative "
				       "account."),
			       .next_step = N_("Next step: you can still upgrade and link; call the PACER "
					       "Service Center to turn searching back on."),
			       .faq = { 9, 5 },
			       .contact = FAQ_CALL_PSC,
			       .go = NO_SCREEN },
	[TROUBLE_ALREADY_EXISTS] = { .step = TROUBLE_ALREADY_EXISTS,
				     .name = "already-exists",
				     .cause = N_(
					     "Likely cause: a second registration for the same person (name, date "
					     "of birth and e-mail match an existing account)."),
				     .next_step = N_(
					     "Next step: recover the account you already have with Forgot User "
					     "Name? instead of making a new one."),
				     .faq = { 5 },
				     .contact = FAQ_CALL_PSC,
				     .go = SCREEN_FORGOT_USERNAME },
	[TROUBLE_PAST_GO_LIVE] = { .step = TROUBLE_PAST_GO_LIVE,
				   .name = "past-go-live",
				   .cause = N_(
					   "Likely cause: until you link you cannot file at that court, but "
					   "linking still works after the go-live date."),
				   .next_step = N_(
					   "Next step: link now. If you cannot (the CM/ECF login is lost and "
					   "the court cannot help), submit a new e-filing request, and ask the clerk's "
					   "office how to file meanwhile."),
				   .faq = { 30, 23 },
				   .contact = FAQ_CALL_COURT,
				   .go = SCREEN_LINK_COURT },
};

const struct trouble_spec *trouble_spec(enum trouble_step step)
{
	if (step <= TROUBLE_NONE || step >= TROUBLE_STEP_COUNT)
		return NULL;
	return &steps[step];
}

bool trouble_is_question(enum trouble_step step)
{
	const struct trouble_spec *spec = trouble_spec(step);
	return spec != NULL && spec->question != NULL;
}

size_t trouble_choice_count(enum trouble_step step)
{
	const struct trouble_spec *spec = trouble_spec(step);
	size_t n = 0;
	while (spec != NULL && n < TROUBLE_MAX_CHOICES && spec->choices[n].label != NULL)
		n++;
	return n;
}

enum trouble_step trouble_after_login(const char *username, bool locked, bool at_court, bool is_ecf_login,
				      char *why, size_t size)
{
	if (locked) {
		copy_text(why, size,
			  _("What just happened: the account was locked after too many wrong "
			    "passwords."));
		return TROUBLE_LOCKED;
	}
	if (is_legacy_username(username)) {
		copy_text(why, size,
			  _("What just happened: the username you typed has the shape of a "
			    "legacy PACER username (6 characters)."));
		return TROUBLE_LEGACY_USERNAME;
	}
	if (at_court && is_ecf_login) {
		copy_text(why, size,
			  _("What just happened: the username you typed is a CM/ECF login of "
			    "this court, not a PACER username."));
		return TROUBLE_WRONG_SYSTEM;
	}
	copy_text(why, size,
		  _("What just happened: the login refused the username or the password "
		    "you typed."));
	return TROUBLE_WHICH_USERNAME;
}

enum trouble_step trouble_after_link(enum link_check check, char *why, size_t size)
{
	static const struct {
		enum link_check check;
		enum trouble_step step;
		const char *why;
	} causes[] = {
		{ LINK_NOT_LIVE, TROUBLE_NOT_LIVE,
		  N_("What just happened: the court is not on NextGen CM/ECF yet.") },
		{ LINK_LEGACY, TROUBLE_NOT_UPGRADED,
		  N_("What just happened: your PACER account is a legacy account.") },
		{ LINK_SHARED_FIRM, TROUBLE_SHARED_ACCOUNT,
		  N_("What just happened: you are logged in with a shared firm PACER account.") },
		{ LINK_SPECIAL_CHARACTERS, TROUBLE_SPECIAL_CHARACTERS,
		  N_("What just happened: the CM/ECF login has a special character.") },
		{ LINK_PACER_ALREADY_LINKED, TROUBLE_ALREADY_LINKED,
		  N_("What just happened: your PACER account is already linked at this court.") },
		{ LINK_ECF_ALREADY_LINKED, TROUBLE_ALREADY_LINKED,
		  N_("What just happened: that CM/ECF account is linked to another PACER account.") },
	};
	for (size_t i = 0; i < sizeof causes / sizeof causes[0]; i++) {
		if (causes[i].check == check) {
			copy_text(why, size, _(causes[i].why));
			return causes[i].step;
		}
	}
	copy_text(why, size,
		  _("What just happened: the court did not accept that CM/ECF login and "
		    "password."));
	return TROUBLE_ECF_LOGIN;
}
