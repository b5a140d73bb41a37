/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "flow/faq.h"

#include "base/i18n.h"

/* The answers follow the courts' and PACER's own FAQ pages of 2014-2022,
 * shortened; a quoted phrase is their wording. */
static const struct faq_item items[FAQ_COUNT] = {
	{ 1,
	  N_("What exactly do I have to do, and when?"),
	  N_("Before your court's go-live date: have your own PACER account, upgrade it if it is a "
	     "legacy account, and make sure you know your current CM/ECF login and password for that "
	     "court. On or after the go-live date (not before): log in to the court with PACER and link "
	     "the old CM/ECF account, once per court. Look up a court to see whether it is on NextGen "
	     "CM/ECF and since when."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_START, SCREEN_CHECKLIST, SCREEN_CHECKLIST_RESULT, SCREEN_COURT_LIST, SCREEN_COURT_DETAIL,
	    SCREEN_LINK_STEPS, SCREEN_COURT_UTILITIES, SCREEN_COUNT } },
	{ 2,
	  N_("If I upgrade now, will I lose access to courts that are not on NextGen yet?"),
	  N_("No. The upgraded account is your PACER account in every court. Where a court is still on "
	     "the old CM/ECF you keep filing with that court's own login. If that court's CM/ECF saved "
	     "your legacy PACER login as its default PACER login, replace it with the upgraded one "
	     "(Utilities, Change Your PACER Login), or PACER searches from that court will fail."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_START, SCREEN_CHECKLIST, SCREEN_UPGRADE_PROMPT, SCREEN_UPGRADE_COMPLETE, SCREEN_COUNT } },
	{ 3,
	  N_("I only search PACER, or I file on paper. Do I need to do anything?"),
	  N_("Only CM/ECF users had to upgrade and link. A PACER-only user is asked to upgrade when "
	     "changing an account detail. People without a lawyer who file on paper need do nothing. "
	     "Registered e-filers without a lawyer, and reporters with CM/ECF accounts, link like "
	     "attorneys."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_START, SCREEN_CHECKLIST, SCREEN_LINK, SCREEN_COUNT } },
	{ 4,
	  N_("Our firm shares one PACER login. Can we keep using it?"),
	  N_("Not for filing: every filer needs an individual account, and making one is free. Do not "
	     "upgrade or link a shared account. Staff who only search may keep sharing one. A firm can "
	     "pay for everyone's accounts through a PACER Administrative Account, which gives no access "
	     "to cases. When someone changes a shared account's password, everyone else is locked out."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_NEED_ACCOUNT, SCREEN_REGISTER_POLICIES, SCREEN_PACER_LOGIN, SCREEN_ACCOUNT,
	    SCREEN_CHECKLIST, SCREEN_COURT_LOGIN, SCREEN_COUNT } },
	{ 5,
	  N_("Registration says \"an account may already exist\", or my new account does not work "
	     "yet."),
	  N_("Registration compares your name, date of birth and e-mail with existing accounts. Each "
	     "person should have one PACER account: recover an old one (Forgot User Name?) instead of "
	     "making a second. When three details match, the new account cannot search until the PACER "
	     "Service Center looks at it. Without a credit card, the activation code comes by U.S. mail "
	     "in 7 to 10 business days."),
	  FAQ_CALL_PSC,
	  { SCREEN_NEED_ACCOUNT, SCREEN_REGISTER_POLICIES, SCREEN_REGISTER_DONE, SCREEN_FORGOT_USERNAME,
	    SCREEN_COUNT } },
	{ 6,
	  N_("I already e-file at this court. Should I submit a new e-filing registration?"),
	  N_("No. If you already file at the court, link your old CM/ECF account; a new registration "
	     "will be rejected. A new e-file registration is for people who never had an account at "
	     "that court, and the last resort when linking fails."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_REGISTER_POLICIES, SCREEN_LINK_FALLBACK, SCREEN_MMA_MAINTENANCE, SCREEN_COUNT } },
	{ 7,
	  N_("I am not admitted at this court, or I appear pro hac vice. How do I get filing access?"),
	  N_("At a NextGen court there is no court login to link. Once the court allows your "
	     "appearance, ask for e-filing access with your own upgraded account: Manage My Account, "
	     "Maintenance, Attorney Admissions/E-File Registration. The court then approves or rejects "
	     "it, one court at a time. Your court may ask for more (an order, a form, training)."),
	  FAQ_CALL_COURT,
	  { SCREEN_REGISTER_DONE, SCREEN_LINK_FALLBACK, SCREEN_MMA_MAINTENANCE, SCREEN_COUNT } },
	{ 8,
	  N_("Is my account legacy or upgraded, and where is the Upgrade button?"),
	  N_("A legacy username has 6 characters, letters then digits (like ja1234); an upgraded one "
	     "has 8 or more. Accounts made on or after August 11, 2014 are already upgraded. Manage My "
	     "Account shows the Account Type: \"Legacy PACER Account\" with an Upgrade link, or "
	     "\"Upgraded PACER Account\". Until you upgrade you can only make payments there. If the "
	     "name at the top is not yours, you are in someone else's account."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_PACER_LOGIN, SCREEN_ACCOUNT, SCREEN_UPGRADE_PROMPT, SCREEN_MMA_SETTINGS,
	    SCREEN_MMA_MAINTENANCE, SCREEN_MMA_ITEM, SCREEN_COURT_LOGIN, SCREEN_COUNT } },
	{ 9,
	  N_("Case Search Status says Inactive. Can I still upgrade and link?"),
	  N_("You can still upgrade, but you cannot search until the PACER Service Center turns "
	     "searching back on. It goes inactive when an account is not used for two years, when a "
	     "registration matched an existing account, or when a firm removed the account from its "
	     "administrative account."),
	  FAQ_CALL_PSC,
	  { SCREEN_ACCOUNT, SCREEN_UPGRADE_PROMPT, SCREEN_COUNT } },
	{ 10,
	  N_("I forgot my PACER username or password. Who resets my old CM/ECF password?"),
	  N_("For PACER, use \"Forgot Your Password?\" or \"Forgot User Name?\" at the login: you need "
	     "your e-mail, your username or account number or date of birth, and your security "
	     "answers. Your old CM/ECF login belongs to the court, and the PACER Service Center cannot "
	     "see it: use the court's CM/ECF reset link (it goes to your primary e-mail and works for "
	     "24 hours) or call the court's help desk. A forgotten CM/ECF login name always needs the "
	     "court."),
	  FAQ_CALL_BOTH,
	  { SCREEN_PACER_LOGIN, SCREEN_FORGOT_PASSWORD, SCREEN_FORGOT_QUESTIONS, SCREEN_FORGOT_USERNAME,
	    SCREEN_COURT_LOGIN, SCREEN_LINK, SCREEN_CHECKLIST, SCREEN_COUNT } },
	{ 11,
	  N_("Which User Type do I pick? Why do they want my date of birth?"),
	  N_("Most court guides say Individual; government users pick from the government list (one "
	     "court said Attorney). The choice is used for statistics. The date of birth is required and "
	     "stays with the account for good, so type the account holder's own, even when staff set "
	     "the account up. It is also used later to recover the username or password."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_UPGRADE_PERSON, SCREEN_COUNT } },
	{ 12,
	  N_("Whose address goes here? I am changing firms: do I need a new account?"),
	  N_("Check the address and phone and pick the county; the county list follows the state. An "
	     "individual account moves with you to a new firm: no new account and no new CM/ECF "
	     "registration. After NextGen, name, address and primary e-mail are changed in Manage My "
	     "Account, Maintenance, and sent to the courts you choose; a court may take a business day. "
	     "Careful with \"apply to all cases\": it can put the new firm's address on old cases."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_UPGRADE_ADDRESS, SCREEN_MMA_MAINTENANCE, SCREEN_COUNT } },
	{ 13,
	  N_("Can I keep my old username and password, or use my CM/ECF ones?"),
	  N_("You choose a new username of at least 8 characters. The old username and password may be "
	     "kept only if they meet the new rules. Courts advise against copying your CM/ECF username "
	     "and password. The security questions are what you answer later to reset your password."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_UPGRADE_SECURITY, SCREEN_FORGOT_NEW_PASSWORD, SCREEN_COUNT } },
	{ 14,
	  N_("My old PACER login stopped working right after the upgrade."),
	  N_("That is expected: after the upgrade only the new username works. Change every place the "
	     "old login was saved: a court's default PACER login (question 2), your firm's software and "
	     "services. The Account Type now says Upgraded."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_UPGRADE_COMPLETE, SCREEN_PACER_LOGIN, SCREEN_COURT_LOGIN, SCREEN_COUNT } },
	{ 15,
	  N_("The court's login says my username or password is invalid."),
	  N_("Check four things. Legacy or upgraded: after the upgrade only the new username (8 or more "
	     "characters) works. The right login for the system: a NextGen court's login takes your "
	     "PACER username only; your old CM/ECF login goes on the Link screen. Training or live: "
	     "ecf-train sites are not the ecf ones. The browser must accept cookies. Filers also met a "
	     "client code their firm made mandatory, a colleague who changed a shared password, and an "
	     "inactive account."),
	  FAQ_CALL_PSC,
	  { SCREEN_COURT_LOGIN, SCREEN_PACER_LOGIN, SCREEN_COUNT } },
	{ 16,
	  N_("After logging in there is a box I have to tick. What is it?"),
	  N_("The redaction notice: filers must confirm that they will follow the redaction rules, then "
	     "continue. Courts also warn that logging in or linking with a firm's shared account locks "
	     "out the firm's other attorneys."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_COURT_REDACTION, SCREEN_COUNT } },
	{ 17,
	  N_("What goes in Client Code? It will not let me in without one."),
	  N_("Client Code is optional: it lets a firm sort PACER charges by client, up to 32 "
	     "characters. A firm's administrative account can make it mandatory and set its format; "
	     "see your own rule in Manage My Account, Set PACER Billing Preferences. Since April 14, "
	     "2024, spaces and commas are not allowed (use . _ - /). To change it during a session: "
	     "Utilities, Change Client Code."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_COURT_LOGIN, SCREEN_COURT_UTILITIES, SCREEN_COUNT } },
	{ 18,
	  N_("I cannot find \"Link a CM/ECF account to my PACER account\"."),
	  N_("It is under Utilities, Your Account; some courts list it under \"NextGen Release 1.1 Menu "
	     "Items\". It works only once the court is on NextGen CM/ECF: accounts cannot be linked "
	     "before the go-live date."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_COURT_MAIN, SCREEN_COURT_UTILITIES, SCREEN_LINK_COURT, SCREEN_COUNT } },
	{ 19,
	  N_("I am CJA counsel or fee-exempt. Do I keep two PACER accounts?"),
	  N_("No, one account: upgrade your own. The PACER Service Center adds the exemption to it when "
	     "you e-mail your account number and district, and closes the old exempt account. In "
	     "NextGen you switch with Utilities, Change PACER Exemption Status; it starts as "
	     "non-exempt at every login, so switch for CJA work and back for private work. Your court "
	     "may say otherwise."),
	  FAQ_CALL_PSC,
	  { SCREEN_COURT_UTILITIES, SCREEN_COUNT } },
	{ 20,
	  N_("Which username and password go on the Link screen?"),
	  N_("Your old CM/ECF login and password, the ones the court gave you to file there. You are "
	     "already logged in with PACER, so you need both sets of credentials."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_LINK, SCREEN_COURT_LOGIN, SCREEN_LINK_STEPS, SCREEN_COUNT } },
	{ 21,
	  N_("The browser always filled in my CM/ECF password and I do not know it. Is it still "
	     "saved?"),
	  N_("No. A login stored in the browser (or in bankruptcy software) is lost and cannot be "
	     "recovered, and autofill does not work with linking. Write the login down before go-live, "
	     "or reset the CM/ECF password while the old system is still up; otherwise ask the court's "
	     "help desk."),
	  FAQ_CALL_COURT,
	  { SCREEN_LINK, SCREEN_CHECKLIST, SCREEN_COUNT } },
	{ 22,
	  N_("My CM/ECF login will not link and it has a symbol in it."),
	  N_("Logins with special characters (such as & @ $ *) cannot be linked in NextGen. Change the "
	     "login before go-live, or ask the court to change it."),
	  FAQ_CALL_COURT,
	  { SCREEN_LINK, SCREEN_COUNT } },
	{ 23,
	  N_("Linking keeps failing. Now what?"),
	  N_("Try again, at the right court and with that court's CM/ECF login. If you do not remember "
	     "the CM/ECF username or password, contact the court. If it still fails, submit a new "
	     "e-filing request (Manage My Account, Maintenance, Attorney Admissions/E-File Registration "
	     "or Non-Attorney E-File Registration) and wait for the court to approve it."),
	  FAQ_CALL_COURT,
	  { SCREEN_LINK, SCREEN_LINK_FALLBACK, SCREEN_COUNT } },
	{ 24,
	  N_("I have several CM/ECF logins at this court. Can one PACER account link them all?"),
	  N_("No: linking is one to one, so each CM/ECF account needs its own PACER account. Courts "
	     "suggested replacing extra logins with filing agents under one attorney or trustee "
	     "account (question 29)."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_LINK, SCREEN_LINK_CONFIRM, SCREEN_COUNT } },
	{ 25,
	  N_("I already linked at another court. Do I link again here?"),
	  N_("Yes: link once at each NextGen court where you had a CM/ECF account. Appellate courts call "
	     "it \"Link my filer account to my PACER account\" and keep account updates under Update My "
	     "Account. Linking does not update what the court has on file, so check your contact "
	     "details afterwards."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_LINK_COURT, SCREEN_LINK, SCREEN_LINK_SUCCESS, SCREEN_COUNT } },
	{ 26,
	  N_("The two names on the confirm screen do not match, or it shows my firm's name."),
	  N_("Do not submit: go back, even when the names differ only in form (Chris and "
	     "Christopher). The link is permanent. A mismatch usually means you are logged in "
	     "with a shared or someone else's PACER account (log out and use your own), or you typed "
	     "another person's CM/ECF login. If both accounts are yours and only the name differs "
	     "(marriage, a misspelling, a short form), correct it in Manage My Account, Maintenance, "
	     "let the court process it, and link then. A wrong link cannot be undone from the screen: call the court's help "
	     "desk."),
	  FAQ_CALL_COURT,
	  { SCREEN_LINK_CONFIRM, SCREEN_COUNT } },
	{ 27,
	  N_("I linked, but the filing menus are missing. Do I still need my old CM/ECF login?"),
	  N_("Refresh the page, or log out, close the browser and log in again. From now on you use only "
	     "your PACER username and password at that court; the old CM/ECF login is no longer used, "
	     "and password changes happen at the PACER Service Center, not at the court."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_LINK_SUCCESS, SCREEN_COURT_MAIN, SCREEN_COUNT } },
	{ 28,
	  N_("Where do I change my notice e-mail now? My assistant stopped getting notices."),
	  N_("Your primary e-mail (and name and address) is now kept in Manage My Account, Maintenance. "
	     "Secondary addresses for staff stay in each district and bankruptcy court's CM/ECF: "
	     "Utilities, Maintain Your ECF Account, E-mail information; add them again there. Appellate "
	     "courts keep them in Manage My Account."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_LINK_SUCCESS, SCREEN_COURT_UTILITIES, SCREEN_MMA_MAINTENANCE, SCREEN_COUNT } },
	{ 29,
	  N_("My paralegal used to file under my login. How do staff file now?"),
	  N_("Each filing agent needs their own upgraded PACER account: they register as a Filing Agent "
	     "(Non-Attorney E-File Registration) or link their own CM/ECF account. The attorney then "
	     "adds them: Utilities, Maintain Your ECF Account, More User Information, Find Filing "
	     "Agent. Filings show the attorney's name; the agent gets notices only as a secondary "
	     "e-mail address."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_LINK_SUCCESS, SCREEN_COURT_UTILITIES, SCREEN_COUNT } },
	{ 30,
	  N_("The go-live date passed and I never linked. Am I locked out for good?"),
	  N_("Until you link you cannot file at that court, but you can still link after the date. If "
	     "you cannot (the CM/ECF login is lost and the court cannot help), submit a new e-filing "
	     "request and wait for approval (question 23). Meanwhile ask the clerk's office how to file "
	     "so you do not miss a deadline; your court may say otherwise."),
	  FAQ_CALL_COURT,
	  { SCREEN_LINK_COURT, SCREEN_COURT_DETAIL, SCREEN_LINK_FALLBACK, SCREEN_CHECKLIST_RESULT,
	    SCREEN_COUNT } },
	/* Since 2025: multifactor authentication (PACER's MFA tips, the
	 * courts' MFA FAQs). */
	{ 31,
	  N_("My authentication app's passcode changes before I finish typing it. Is it broken?"),
	  N_("No. In most apps the passcode is new every 30 seconds, and the one just gone is still "
	     "taken for a moment. Type the one shown now, without spaces; if it changes as you type, "
	     "type the new one."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_MFA_PASSCODE, SCREEN_MFA_APP_CONFIRM, SCREEN_MFA_QR, SCREEN_COUNT } },
	{ 32,
	  N_("Every passcode from my app is refused."),
	  N_("The passcode is made from the time, so the phone's clock must be right: set it to the "
	     "network's time (automatic date and time) and try again. Check that you read the entry "
	     "for PACER, not another account's. Without the phone, use a backup code."),
	  FAQ_CALL_PSC,
	  { SCREEN_MFA_PASSCODE, SCREEN_MFA_APP_CONFIRM, SCREEN_MFA_NO_ACCESS, SCREEN_COUNT } },
	{ 33,
	  N_("Will PACER text me the code?"),
	  N_("No. PACER sends no passcode by text message or push notification: it comes from an "
	     "authentication app on your phone or computer, or you type a backup code. Only the "
	     "security code for adding an app comes by e-mail."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_MFA_PROMPT, SCREEN_MFA_METHODS, SCREEN_MFA_PASSCODE, SCREEN_MFA_EMAIL_CODE,
	    SCREEN_COUNT } },
	{ 34,
	  N_("Our office shares a PACER account for searching. Can everyone use MFA?"),
	  N_("Yes: up to five authentication apps can be enrolled on one account, one for each person "
	     "(a paralegal, an assistant), each with its own name. Filing still needs each filer's own "
	     "account."),
	  FAQ_CALL_NOBODY,
	  { SCREEN_MFA_METHODS, SCREEN_MFA_QR, SCREEN_MFA_DELETE_APP, SCREEN_COUNT } },
};

const struct faq_item *faq_item(int number)
{
	if (number < 1 || number > FAQ_COUNT)
		return NULL;
	return &items[number - 1];
}

bool faq_on_screen(const struct faq_item *item, enum screen_id screen)
{
	for (size_t i = 0; i < FAQ_MAX_SCREENS && item->screens[i] != SCREEN_COUNT; i++)
		if (item->screens[i] == screen)
			return true;
	return false;
}
