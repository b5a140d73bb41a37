/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "core/notices.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/util.h"
#include "core/cmecf.h"
#include "core/courts.h"
#include "core/dates.h"
#include "core/validate.h"

static const struct notice notices[NOTICE_COUNT] = {
	[N1_INDIVIDUAL_ACCOUNT] = { N1_INDIVIDUAL_ACCOUNT, "N1",
				    N_("You must have your own individual PACER account. A shared account that your whole firm or office uses is not sufficient."),
				    NULL, "C.D. Cal., Third Notice" },
	[N2_ACCOUNT_FREE] = { N2_ACCOUNT_FREE, "N2", N_("Creating an individual PACER account is free."),
			      NULL, "C.D. Cal., Third Notice" },
	[N3_LEGACY_MUST_UPGRADE] = { N3_LEGACY_MUST_UPGRADE, "N3",
				     N_("Existing \"Legacy\" PACER accounts (accounts issued prior to August 11, 2014) must be upgraded."),
				     NULL, "C.D. Cal., Third Notice" },
	[N4_UPGRADE_LOGIN_NAME] = { N4_UPGRADE_LOGIN_NAME, "N4",
				    N_("All existing PACER accounts must ensure they are upgraded to the latest version (the login name is more than 6 characters)."),
				    NULL, "N.D. Cal. Bankruptcy, How to access NextGen CM/ECF" },
	[N5_OLD_LOGIN_GONE] = { N5_OLD_LOGIN_GONE, "N5",
				N_("NOTE: You are no longer able to use your old PACER username and password."),
				NULL, "N.D. Cal. Bankruptcy, How to access NextGen CM/ECF" },
	[N6_INACTIVE_SEARCH] = { N6_INACTIVE_SEARCH, "N6",
				 N_("If the Case Search Status says \"Inactive,\" you can still upgrade your account, but cannot search for case information. To activate your account contact the PACER Service Center for assistance at (800) 676-6856 between 8 a.m. and 6 p.m. Central Time, Monday through Friday, or by email at pacer@psc.uscourts.gov."),
				 NULL, "PACER, NextGen CM/ECF Frequently Asked Questions" },
	[N7_UPGRADE_PROMPT] = { N7_UPGRADE_PROMPT, "N7",
				N_("You will be prompted to upgrade your account when you update any of your account information with the exception of making a payment."),
				NULL, "PACER, NextGen CM/ECF Frequently Asked Questions" },
	[N8_KNOW_ECF_LOGIN] = { N8_KNOW_ECF_LOGIN, "N8",
				N_("You must know your current CM/ECF login and password."), NULL,
				"C.D. Cal., Third Notice" },
	[N9_NOT_BEFORE_GO_LIVE] = { N9_NOT_BEFORE_GO_LIVE, "N9",
				    /* TRANSLATORS: %s is the court's NextGen go-live date. */
				    N_("Users will NOT be able to file in NextGen until their CM/ECF account is linked to their upgraded individual PACER account. These accounts cannot be linked before %s."),
				    NULL, "N.D. Cal. Bankruptcy, NextGen Implementation" },
	[N10_ONE_TIME] = { N10_ONE_TIME, "N10",
			   N_("Linking your accounts is a one-time process that can only be completed once the court you are filing in is live on NextGen."),
			   NULL, "N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N11_DEADLINE] = { N11_DEADLINE, "N11",
			   /* TRANSLATORS: %s is the day before the court's go-live date. */
			   N_("E-filers who fail to complete these steps will be unable to access the electronic filing system after %s."),
			   NULL, "C.D. Cal., Third Notice" },
	[N12_OUTAGE] = { N12_OUTAGE, "N12",
			 /* TRANSLATORS: the two %s are the start and the end of the outage. */
			 N_("CM/ECF will be unavailable beginning %s through %s."), NULL,
			 "C.D. Cal., Third Notice" },
	[N13_NO_SHARED_LOGIN] = { N13_NO_SHARED_LOGIN, "N13",
				  N_("Do not log on using a shared firm PACER account."), NULL,
				  "N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N14_RESTRICTED_SITE] = { N14_RESTRICTED_SITE, "N14",
				  N_("NOTICE: This is a restricted government web site for official PACER use only. Unauthorized entry is prohibited and subject to prosecution under Title 18 of the U.S. Code. All activities and access attempts are logged."),
				  NULL, "N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N15_COOKIES] = { N15_COOKIES, "N15",
			  N_("Your browser must be set to accept cookies in order to log in to this site. If your browser is set to accept cookies and you are experiencing problems with the login, delete the stored cookie file in your PC. Close and reopen your browser before trying again."),
			  N_("On the real site this is about your web browser. In this practice there is nothing to set."),
			  "N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N16_PACER_ONLY] = { N16_PACER_ONLY, "N16",
			     N_("If you use CM/ECF for PACER only, no action is necessary."), NULL,
			     "N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N17_PERMANENT_LINK] = { N17_PERMANENT_LINK, "N17",
				 N_("After you submit this screen, your old e-filing credentials for the CM/ECF account will be permanently linked to your upgraded PACER account. Use your upgraded PACER account to e-file in this court."),
				 NULL, "N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N18_INDIVIDUAL_LINK] = { N18_INDIVIDUAL_LINK, "N18",
				  N_("NOTE: Make sure that you are linking to your individual PACER account and not a shared firm PACER account."),
				  NULL, "N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N19_LINKED] = { N19_LINKED, "N19",
			 N_("You have successfully linked your account. You will now only need to use your PACER account info to access both PACER and CM/ECF for this court."),
			 NULL, "N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N20_MENUS_MISSING] = { N20_MENUS_MISSING, "N20",
				/* TRANSLATORS: %s names the court's filing menus, as "Bankruptcy-Adversary"
		   (the court's words) or "Civil and Criminal". */
				N_("Be sure to refresh your browser screen if the %s filing options are not displayed."),
				N_("Here: log out and log back in. {redraw}"),
				"N.D. Cal. Bankruptcy, Linking your CM/ECF account" },
	[N21_LINK_FAILED] = { N21_LINK_FAILED, "N21",
			      N_("If the linking process failed, please try again. If you do not remember your CM/ECF username or password, contact the court."),
			      NULL, "PACER, NextGen CM/ECF Frequently Asked Questions" },
	[N22_REGISTER_PER_COURT] = { N22_REGISTER_PER_COURT, "N22",
				     N_("For CurrentGen courts, you must register through the court, and the court must approve you as a filer. For NextGen courts, you must register through Manage My Account, and the court must approve you as a filer. You need to register for each court in which you wish to file."),
				     NULL, "PACER, NextGen CM/ECF Frequently Asked Questions" },
	[N23_PUBLIC_ACCESS] = { N23_PUBLIC_ACCESS, "N23",
				N_("The Clerk's Office has public access computers available to view case information free of charge. The NextGen CM/ECF system is available 24 hours a day, 7 days a week."),
				NULL, "N.D. Cal. Bankruptcy, How to access NextGen CM/ECF" },
};

const struct notice *notice_get(enum notice_id id)
{
	if (id <= NOTICE_NONE || id >= NOTICE_COUNT)
		return NULL;
	return &notices[id];
}

const char *notice_filing_menus(enum court_type type)
{
	return cmecf_filing_menus(type)->words;
}

/* The day before the go-live date, as the court's deadline. */
static void day_before(const char *iso, char out[STORE_DATE_MAX])
{
	struct simple_date d;
	copy_text(out, STORE_DATE_MAX, iso);
	if (!parse_date(iso, &d))
		return;
	if (--d.day == 0) {
		if (--d.month == 0) {
			d.month = 12;
			d.year--;
		}
		static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
		d.day = days[d.month - 1];
		if (d.month == 2 && (d.year % 4 == 0 && (d.year % 100 != 0 || d.year % 400 == 0)))
			d.day = 29;
	}
	format_iso_date(&d, out);
}

/* A date in words, in English for the court's original wording. */
static void in_words(const char *text, bool weekday, int english, char *out, size_t size)
{
	if (english)
		dates_in_english(text, weekday, out, size);
	else
		dates_in_words(text, weekday, out, size);
}

/* The court names a whole day by its weekday ("through Monday,
 * February 17, 2020"); a time of day is named without it. */
static bool whole_day(const char *text)
{
	return strlen(text) == 10;
}

void notice_format(enum notice_id id, const struct court *court, int english, char *out, size_t size)
{
	const struct notice *n = notice_get(id);
	if (n == NULL) {
		copy_text(out, size, "");
		return;
	}
	const char *text = english ? n->text : _(n->text);
	char first[96] = "", second[96] = "", iso[STORE_DATE_MAX];
	if (court != NULL && id == N9_NOT_BEFORE_GO_LIVE) {
		in_words(court->nextgen_date, false, english, first, sizeof first);
	} else if (court != NULL && id == N11_DEADLINE) {
		day_before(court->nextgen_date, iso);
		in_words(iso, false, english, first, sizeof first);
	} else if (court != NULL && id == N12_OUTAGE) {
		in_words(court->outage_start, whole_day(court->outage_start), english, first, sizeof first);
		in_words(court->outage_end, whole_day(court->outage_end), english, second, sizeof second);
	} else if (id == N20_MENUS_MISSING) {
		const char *menus = notice_filing_menus(court != NULL ? court->type : COURT_BANKRUPTCY);
		copy_text(first, sizeof first, english ? menus : _(menus));
	}
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	snprintf(out, size, text, first, second);
#pragma GCC diagnostic pop
	dates_end_sentence(out);
}
