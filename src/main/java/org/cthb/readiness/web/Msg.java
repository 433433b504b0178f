package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text of the shell pages, in English; French in {@code messages/msg_fr.properties}. */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("CTHB Readiness")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_main();

    @Message("Support")
    String support();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {user}")
    String signed_in_as(String user);

    @Message("E-mail")
    String email();

    @Message("Password")
    String password();

    @Message("Wrong e-mail or password, or too many attempts. Please try again later.")
    String sign_in_failed();

    @Message("Training on combatting trafficking in human beings, before you deploy.")
    String tagline();

    @Message("Home")
    String home();

    @Message("Accounts")
    String accounts();

    @Message("Create an account")
    String create_account();

    @Message("Role")
    String role();

    @Message("Nation")
    String nation();

    @Message("Nation (for nation officers)")
    String nation_for_officers();

    @Message("None")
    String none();

    @Message("Create")
    String create();

    @Message("Account {email} created.")
    String account_created(String email);

    @Message("Language")
    String language();

    @Message("Support and help")
    String support_title();

    @Message("This training covers a heavy subject. Some of us have lived through exploitation or know someone who has. If anything here brings up difficult feelings, you can pause at any time and come back later: your progress is kept, and nothing is lost by stopping.")
    String support_intro();

    @Message("Talk to someone you trust: your unit's medical officer, chaplain or padre, a psychologist or social worker, or your chain of command.")
    String support_people();

    @Message("Your nation's support service")
    String support_nation();

    @Message("If you are in danger now, call the local emergency number.")
    String support_emergency();

    @Message("Something went wrong")
    String error_title();

    @Message("Page not found")
    String not_found_title();

    @Message("You are not allowed to see this page.")
    String forbidden();

    @Message("Back to the home page")
    String back_home();

    @Message("Welcome")
    String welcome();

    @Message("Please sign in to continue your training.")
    String please_sign_in();

    @Message("My training")
    String my_training();

    @Message("Course version {version}")
    String course_version(int version);

    @Message("Modules required for your deployment")
    String required_modules();

    @Message("Not started")
    String status_not_started();

    @Message("In progress")
    String status_in_progress();

    @Message("Passed")
    String status_passed();

    @Message("{done} of {total} lessons done")
    String lessons_done(int done, int total);

    @Message("Best score: {score} % (pass mark {passMark} %)")
    String best_score(int score, int passMark);

    @Message("Attempts used: {used} of {allowed}")
    String attempts_used(int used, int allowed);

    @Message("Your next step")
    String next_step();

    @Message("Continue with: {title}")
    String continue_with(String title);

    @Message("Take the quiz: {title}")
    String take_quiz_of(String title);

    @Message("You have passed every required module. Well done.")
    String all_done();

    @Message("You can stop at any time: your progress is saved and you will come back exactly here.")
    String pause_note();

    @Message("Lesson {position} of {count}, about {minutes} minutes")
    String lesson_position(int position, int count, int minutes);

    @Message("Content note")
    String content_note();

    @Message("This lesson contains material some people may find distressing. You can read it, read a calmer version that teaches the same points and counts the same, or leave and come back later.")
    String content_note_intro();

    @Message("Read the lesson")
    String read_lesson();

    @Message("Read the non-graphic version")
    String read_alternative();

    @Message("Leave for now")
    String leave_for_now();

    @Message("You are reading the non-graphic version of this lesson. It counts the same as the full lesson.")
    String alternative_notice();

    @Message("I have finished this lesson")
    String mark_done();

    @Message("You have finished this lesson.")
    String already_done();

    @Message("Back to my training")
    String back_to_training();

    @Message("Quiz")
    String quiz();

    @Message("Attempt {attemptNo} of {allowed}. Pass mark: {passMark} %. Your answers are saved when you press a button; you can leave and come back to this attempt later.")
    String quiz_intro(int attemptNo, int allowed, int passMark);

    @Message("Question {n}")
    String question_number(int n);

    @Message("Situation")
    String situation();

    @Message("Choose one answer")
    String choose_one();

    @Message("Choose every answer that applies")
    String choose_all();

    @Message("Save my answers")
    String save_answers();

    @Message("Submit for grading")
    String submit_answers();

    @Message("Your answers are saved.")
    String answers_saved();

    @Message("{answered} of {total} questions answered")
    String answered_count(int answered, int total);

    @Message("Result")
    String result();

    @Message("Your score: {score} % (pass mark {passMark} %)")
    String your_score(int score, int passMark);

    @Message("You passed this module.")
    String result_passed();

    @Message("You did not reach the pass mark this time. Review the feedback below, and the lessons, before trying again.")
    String result_not_passed();

    @Message("Policy paragraph {paragraph}")
    String policy_paragraph(String paragraph);

    @Message("Answered correctly")
    String answer_correct();

    @Message("Not answered correctly")
    String answer_wrong();

    @Message("correct answer")
    String right_option();

    @Message("your choice")
    String your_choice();

    @Message("Try again")
    String try_again();

    @Message("Verify a certificate")
    String cert_verify_title();

    @Message("Enter the number printed on a CTHB training certificate to check that it is genuine and still valid.")
    String cert_verify_intro();

    @Message("Certificate number")
    String cert_number();

    @Message("12 letters and digits, for example 7KQ-4XM-9ZT-B2C. Dashes, spaces and capitals do not matter.")
    String cert_number_hint();

    @Message("Check")
    String cert_check();

    @Message("This is not a certificate number: a certificate number has 12 letters and digits.")
    String cert_malformed();

    @Message("A character is mistyped: please check the number.")
    String cert_mistyped();

    @Message("No certificate has this number.")
    String cert_unknown();

    @Message("Valid")
    String cert_status_valid();

    @Message("Expired")
    String cert_status_expired();

    @Message("Revoked")
    String cert_status_revoked();

    @Message("Certificate {number}")
    String cert_result_title(String number);

    @Message("Name")
    String cert_holder();

    @Message("Standard")
    String cert_standard();

    @Message("{name}, version {version}")
    String cert_standard_version(String name, int version);

    @Message("Issued on")
    String cert_issued_on();

    @Message("Valid until")
    String cert_expires_on();

    @Message("Revoked on")
    String cert_revoked_on();

    @Message("Reason")
    String cert_revocation_reason();

    @Message("My certificates")
    String cert_mine_title();

    @Message("You have no certificate yet. You receive one automatically when you pass every required module.")
    String cert_mine_none();

    @Message("PDF in English")
    String cert_pdf_en();

    @Message("PDF en français")
    String cert_pdf_fr();

    @Message("Digital credential (Open Badges)")
    String cert_credential();

    @Message("Deployment readiness")
    String readiness_title();

    @Message("Mission")
    String mission();

    @Message("Date")
    String date();

    @Message("Status")
    String status();

    @Message("All")
    String all();

    @Message("Show")
    String show();

    @Message("Counts")
    String counts();

    @Message("People")
    String people();

    @Message("By gender")
    String by_gender();

    @Message("Gender")
    String gender();

    @Message("By age band")
    String by_age();

    @Message("Age band")
    String age_band();

    @Message("Name")
    String name();

    @Message("Start date")
    String start_date();

    @Message("My certificates")
    String my_certificates();

    @Message("Verify a certificate")
    String verify_certificate();

    // ---- Faults: database outage (issue #9) and roster import progress (issue #6) ----

    @Message("Service temporarily unavailable")
    String db_unavailable_title();

    @Message("The database is unavailable right now. Your saved answers are safe; please try again in a moment.")
    String db_unavailable();

    @Message("Roster import")
    String roster_title();

    @Message("Check the file first: nothing is written until you import it. An import that is cut short can simply be run again; people already written are updated, never duplicated.")
    String roster_intro();

    @Message("Roster file (CSV, UTF-8, comma or semicolon)")
    String roster_file();

    @Message("Check the file")
    String roster_check();

    @Message("Import")
    String roster_import();

    @Message("Recent imports")
    String roster_imports();

    @Message("No import yet.")
    String roster_no_imports();

    @Message("{rows} rows: {created} to create, {updated} to update, {rejected} rejected.")
    String roster_checked(long rows, long created, long updated, long rejected);

    @Message("Row")
    String roster_row();

    @Message("National id")
    String roster_national_id();

    @Message("Outcome")
    String roster_action();

    @Message("Problems")
    String roster_problems();

    @Message("Import {id}")
    String import_title(long id);

    @Message("File")
    String import_file();

    @Message("Started")
    String import_started();

    @Message("Status")
    String import_status();

    @Message("Rows written")
    String import_progress_label();

    @Message("{written} of {read} rows written, in {batches} batches")
    String import_rows(long written, long read, int batches);

    @Message("The import is running. This page refreshes every 2 seconds.")
    String import_running();

    @Message("The import is done.")
    String import_done();

    @Message("The import failed: {reason}")
    String import_failed(String reason);

    @Message("Rows written before the failure are kept; import the same file again to complete it.")
    String import_failed_hint();

    @Message("running")
    String import_status_RUNNING();

    @Message("done")
    String import_status_DONE();

    @Message("failed")
    String import_status_FAILED();

    @Message("Back to roster import")
    String back_to_roster();

    @Message("Stop refreshing automatically")
    String import_stop_following();

    @Message("Refresh")
    String import_refresh();

    @Message("Refresh automatically every 2 seconds")
    String import_follow();

    @Message("Import leads to a page that follows the import, refreshing itself every 2 seconds until it ends; you can stop that.")
    String roster_import_hint();
}
