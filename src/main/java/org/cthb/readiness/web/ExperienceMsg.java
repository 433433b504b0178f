package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the learner's next steps, the readiness forecast and the officer's readable tables, in English (French in
 * {@code messages/experience_fr.properties}). A bundle of its own: {@link Msg} is near the size Quarkus can generate.
 */
@MessageBundle(value = "experience", locale = "en")
public interface ExperienceMsg {

    // The learner

    @Message("Questions not answered yet: {count}. An unanswered question counts as wrong: answer the questions below, or submit anyway.")
    String unanswered_warning(int count);

    @Message("Submit anyway")
    String submit_anyway();

    @Message("What next")
    String what_next();

    @Message("Your next attempt opens on")
    String next_attempt_opens();

    @Message("Try again")
    String try_again();

    @Message("Meanwhile, review the lessons of this module:")
    String review_lessons();

    @Message("{passed} of {required} required modules passed")
    String modules_passed_of(long passed, int required);

    @Message("about {minutes} minutes of lessons left")
    String minutes_left(int minutes);

    @Message("The quiz of {title} is not open at the moment.")
    String quiz_waits(String title);

    @Message("See why")
    String see_module();

    @Message("Review the lessons of {title}")
    String review_lessons_of(String title);

    @Message("{minutes} min")
    String lesson_minutes(int minutes);

    @Message("done")
    String lesson_done();

    @Message("– review the lessons meanwhile.")
    String review_meanwhile();

    @Message("Continue the quiz of {title}")
    String continue_quiz(String title);

    @Message("Read the full lesson instead")
    String read_full_lesson();

    @Message("Read the non-graphic version of this lesson")
    String read_alternative_instead();

    // The officer

    @Message("Download the roster template (CSV)")
    String roster_template();

    @Message("Column guide")
    String column_guide();

    @Message("Row 1 names the columns, in any order and any case (\"Birth year\" is read as birth_year); other columns are ignored. One row per person and mission. Save as CSV in UTF-8.")
    String column_guide_intro();

    @Message("Column")
    String column();

    @Message("Required")
    String required();

    @Message("What to write")
    String what_to_write();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("The person's national personnel identifier, unique within your nation.")
    String col_national_id();

    @Message("Given name, as on the person's papers.")
    String col_given_name();

    @Message("Family name, as on the person's papers.")
    String col_family_name();

    @Message("One of:")
    String col_category();

    @Message("Rank or grade; may be left empty.")
    String col_rank();

    @Message("One of (used only for the counts by gender):")
    String col_gender();

    @Message("Four digits, for example 1990 (used only for the counts by age band).")
    String col_birth_year();

    @Message("The e-mail the person signs in with; it links the roster to their account.")
    String col_email();

    @Message("The mission's code, for example KFOR.")
    String col_mission();

    @Message("The deployment role, one of:")
    String col_role();

    @Message("The planned start date, written YYYY-MM-DD, for example 2027-03-01.")
    String col_start_date();

    @Message("military")
    String category_MILITARY();

    @Message("civilian")
    String category_CIVILIAN();

    @Message("contractor")
    String category_CONTRACTOR();

    @Message("partner nation")
    String category_PARTNER();

    @Message("female")
    String gender_FEMALE();

    @Message("male")
    String gender_MALE();

    @Message("other")
    String gender_OTHER();

    @Message("not disclosed")
    String gender_UNDISCLOSED();

    @Message("{file} is ready to import: {rows} rows, no problem found.")
    String checked_ready(String file, long rows);

    @Message("It is kept for you until")
    String checked_kept_until();

    @Message("Import this file")
    String import_checked();

    @Message("Correct the rows above in your file, then check it again: a file with problems is never imported.")
    String checked_fix_first();

    @Message("Finished")
    String import_finished();

    @Message("See the readiness of your contingent")
    String see_readiness();

    @Message("This import has finished: nothing more will happen to it.")
    String import_failed_finished();

    @Message("Check a corrected file")
    String check_again();

    // Readiness

    @Message("Ready")
    String status_READY();

    @Message("Expires before start")
    String status_EXPIRES();

    @Message("Grace: may finish in theatre")
    String status_GRACE();

    @Message("In progress")
    String status_IN_PROGRESS();

    @Message("Not started")
    String status_NOT_STARTED();

    @Message("What the statuses mean")
    String legend();

    @Message("Holds a certificate, not revoked, that covers the deployment's role and is still valid on the start date.")
    String legend_READY();

    @Message("Certified on the date asked, but the certificate runs out before the start date: renew before deploying.")
    String legend_EXPIRES();

    @Message("Not certified, but the standard lets this role finish the training at theatre in-processing, and the start date is within that window. Not a certificate.")
    String legend_GRACE();

    @Message("Has begun the lessons or a quiz, not yet certified.")
    String legend_IN_PROGRESS();

    @Message("Has not opened a lesson or a quiz yet (or has no account yet).")
    String legend_NOT_STARTED();

    @Message("Share")
    String share();

    @Message("By role")
    String by_role();

    @Message("Search")
    String search();

    @Message("Part of a name, a national identifier or an e-mail.")
    String search_hint();

    @Message("{listed} of {total} people listed")
    String people_listed(long listed, long total);

    @Message("Readiness on {date} for {mission}")
    String readiness_on(String date, String mission);

    @Message("unknown")
    String unknown();

    @Message("under 25")
    String under_25();

    @Message("Forecast: readiness day by day over a mission's dates")
    String forecast_link();

    // Forecast

    @Message("Readiness forecast")
    String forecast_title();

    @Message("Day by day, how much of the contingent holds a certificate valid for their role: before their start date, on that date; once deployed, on the day itself. Past days use the certificates as they stood then; future days count no certificate not yet earned.")
    String forecast_intro();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("{total} people, from {from} to {to}")
    String forecast_summary(long total, String from, String to);

    @Message("Falls below 100 % on {date}.")
    String below_full_from(String date);

    @Message("Stays at 100 % over the whole range.")
    String never_below_full();

    @Message("Falls below your threshold of {threshold} % on {date}.")
    String below_threshold_from(int threshold, String date);

    @Message("Never falls below your threshold of {threshold} %.")
    String never_below_threshold(int threshold);

    @Message("Readiness over time")
    String chart_title();

    @Message("Line chart of the share of the contingent ready on each day, with the 100 % line and the threshold of {threshold} % dashed. The table below gives the same numbers.")
    String chart_desc(int threshold);

    @Message("Blue: share ready. Green: 100 %. Dashed: your threshold ({threshold} %).")
    String chart_caption(int threshold);

    @Message("The same, day by day (table)")
    String days_table();

    @Message("Ready")
    String ready_people();

    @Message("Below threshold")
    String below_threshold_col();

    @Message("Retrain first")
    String retrain_first();

    @Message("Everyone not ready on some day of the range: soonest deploying first, then soonest expiring.")
    String retrain_intro();

    @Message("Nobody: everyone stays ready over the whole range.")
    String retrain_none();

    @Message("Certificate expires")
    String certificate_expires();

    @Message("Not ready from")
    String not_ready_from();

    @Message("no certificate")
    String no_certificate();

    @Message("Warn me below this share of the contingent (%)")
    String threshold_label();

    @Message("Save the threshold")
    String threshold_save();

    @Message("Saved: your nation's threshold is now {threshold} %.")
    String threshold_saved(int threshold);

    // Roster check outcomes

    @Message("New person")
    String action_CREATE();

    @Message("Update")
    String action_UPDATE();

    @Message("Rejected")
    String action_REJECTED();
}
