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

    // ---- Minimum standards and renewal --------------------------------------------------------------------
    @Message("You train to the {standard}.")
    String trained_to(String standard);

    @Message("You are certified until {until}. You can renew your training from {opens}.")
    String certified_until(java.time.LocalDate until, java.time.LocalDate opens);

    @Message("Your certificate is valid until {until}. Renewal is open: pass the quizzes below again to receive a new certificate; your current one stays valid meanwhile.")
    String renewal_open(java.time.LocalDate until);

    @Message("Your certificate expired on {until}. Pass the quizzes below again to be certified; your lessons stay done.")
    String certificate_expired(java.time.LocalDate until);

    @Message("Minimum standards")
    String standards();

    @Message("NATO baseline, version {version}")
    String baseline_version(int version);

    @Message("{nation} national overlay, version {version}")
    String overlay_version(String nation, int version);

    @Message("No national overlay: the NATO baseline applies as it is.")
    String no_overlay();

    @Message("Deployment role")
    String deployment_role();

    @Message("Modules to pass")
    String modules_to_pass();

    @Message("Pass mark (%)")
    String pass_mark();

    @Message("Validity (months)")
    String validity_months();

    @Message("Theatre in-processing allowed")
    String in_processing_allowed();

    @Message("Grace window (days)")
    String grace_days();

    @Message("Extra modules")
    String extra_modules();

    @Message("Leave a field blank to keep the baseline's value; tick \"No\" to refuse training at in-processing.")
    String blank_keeps_baseline();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Note for the record (optional)")
    String standard_note();

    @Message("Save as a new version")
    String save_new_version();

    @Message("Saved as version {version}.")
    String saved_version(int version);

    @Message("What each role must meet in {nation}")
    String effective_standard(String nation);

    @Message("Edit the overlay: it may only add modules or make values stricter than the baseline.")
    String edit_overlay_hint();

    @Message("Edit the baseline: every nation's standard starts from it.")
    String edit_baseline_hint();

    @Message("Version history")
    String version_history();

    @Message("all personnel")
    String role_ALL_PERSONNEL();

    @Message("commander")
    String role_COMMANDER();

    @Message("military police / gendarmerie")
    String role_MILITARY_POLICE();

    @Message("procurement or contracting officer")
    String role_PROCUREMENT();

    @Message("trainer of host-nation forces")
    String role_TRAINER();
    // ---- Item analysis (quiz.analysis) ----------------------------------------------------------------

    @Message("Item analysis")
    String ia_title();

    @Message("Every question of every quiz of this version, the most often failed first. Only submitted attempts count; a question left unanswered counts as wrong.")
    String ia_intro();

    @Message("How to read it")
    String ia_method_title();

    @Message("Facility is the share of attempts that answered the question exactly right. Discrimination is the point-biserial correlation between the score on the question and the score on the other questions of the same attempt: from 0.3 the question separates learners well; below 0.1, or negative, it deserves a look (an ambiguous wording or a wrong answer key). It is shown from {minimum} attempts on, and not when everyone answered alike.")
    String ia_method(int minimum);

    @Message("Questions by facility, lowest first")
    String ia_caption();

    @Message("Rank")
    String ia_rank();

    @Message("Question")
    String ia_question();

    @Message("Attempts")
    String ia_attempts();

    @Message("Facility")
    String ia_facility();

    @Message("Discrimination")
    String ia_discrimination();

    @Message("Options: chosen by")
    String ia_options();

    @Message("{count} unanswered")
    String ia_unanswered(long count);

    @Message("no attempts yet")
    String ia_no_attempts();

    @Message("fewer than {minimum} attempts")
    String ia_small_sample(int minimum);

    @Message("everyone answered alike")
    String ia_no_item_variance();

    @Message("the other questions scored the same for all")
    String ia_no_rest_variance();
    // ---- Reminders (reminder package) ----

    @Message("E-mail a reminder to everyone listed who is not ready")
    String reminders_send();

    @Message("Each person receives at most one reminder a day: a respectful message in their language (or in English"
            + " and French) with links to the course and to support.")
    String reminders_hint();

    @Message("Reminders sent: {sent}. Already reminded today: {already}. Without an e-mail address: {noEmail}.")
    String reminders_done(int sent, int already, int noEmail);

    @Message("{failed} reminders could not be sent; you can try again later.")
    String reminders_failed(int failed);
    // ---- Authoring (issue 8): drafts, checks, publishing, comparison ----

    @Message("Authoring")
    String author_nav();

    @Message("Course authoring")
    String author_title();

    @Message("Revise a course in a draft, check it with the same rules as the course files, then publish it as a new version. Learners who have started keep the version they began.")
    String author_intro();

    @Message("Course")
    String author_course();

    @Message("Current version")
    String author_current_version();

    @Message("Draft")
    String author_draft();

    @Message("Open the draft")
    String author_open_draft();

    @Message("None")
    String author_no_draft();

    @Message("Versions of {id}")
    String author_versions_of(String id);

    @Message("Back to the courses")
    String author_back_to_courses();

    @Message("Published as version {version}.")
    String author_published(int version);

    @Message("Compare the draft with its version")
    String author_compare_draft();

    @Message("A draft starts as a copy of the latest version. Nothing changes for learners until it is published.")
    String author_draft_explained();

    @Message("Create a draft")
    String author_create_draft();

    @Message("Versions")
    String author_versions();

    @Message("Version")
    String author_version();

    @Message("Published")
    String author_published_at();

    @Message("By")
    String author_by();

    @Message("Actions")
    String author_actions();

    @Message("current")
    String author_current();

    @Message("Content hash")
    String author_content_hash();

    @Message("Export as zip")
    String author_export_zip();

    @Message("Compare with the previous version")
    String author_compare_previous();

    @Message("Item analysis")
    String author_item_analysis();

    @Message("Compare two versions")
    String author_compare_two();

    @Message("From")
    String author_from();

    @Message("To")
    String author_to();

    @Message("Compare")
    String author_compare();

    @Message("{id}: changes from {from} to {to}")
    String author_comparison(String id, String from, String to);

    @Message("Back to the versions")
    String author_back_to_versions();

    @Message("The two contents are identical.")
    String author_identical();

    @Message("Changed fields")
    String author_changed_fields();

    @Message("added")
    String author_added();

    @Message("removed")
    String author_removed();

    @Message("changed")
    String author_changed();

    @Message("Lessons")
    String author_lessons();

    @Message("Questions")
    String author_questions();

    @Message("The same comparison as JSON")
    String author_as_json();

    @Message("English")
    String author_english();

    @Message("French")
    String author_french();

    @Message("Not translated")
    String author_untranslated();

    @Message("Draft: {title}")
    String author_draft_of(String title);

    @Message("Based on version {base}; revision {revision}, last saved by {by}.")
    String author_draft_state(int base, int revision, String by);

    @Message("Saved (revision {revision}).")
    String author_saved(int revision);

    @Message("Check and publish")
    String author_check();

    @Message("The draft passes every check of the course file format: it can be published.")
    String author_valid();

    @Message("{count} problem(s) stop publication. They are named by file and line, as for the course files.")
    String author_problems(int count);

    @Message("{count} field(s) not yet translated into French")
    String author_untranslated_count(int count);

    @Message("Publish as a new version")
    String author_publish();

    @Message("Export the draft as zip")
    String author_export_draft();

    @Message("Discard the draft")
    String author_discard();

    @Message("Course details")
    String author_course_details();

    @Message("Title")
    String author_field_title();

    @Message("Description")
    String author_field_description();

    @Message("Summary")
    String author_field_summary();

    @Message("Roles")
    String author_field_roles();

    @Message("Comma-separated, e.g. ALL_PERSONNEL, COMMANDER.")
    String author_roles_help();

    @Message("Save")
    String author_save();

    @Message("Modules")
    String author_modules();

    @Message("Quiz ({count} questions)")
    String author_quiz_of(int count);

    @Message("Module: {title}")
    String author_module(String title);

    @Message("Back to the draft")
    String author_back_to_draft();

    @Message("Back to the module")
    String author_back_to_module();

    @Message("Back to the quiz")
    String author_back_to_quiz();

    @Message("Quiz: {title}")
    String author_quiz_title(String title);

    @Message("Questions drawn per attempt")
    String author_draw();

    @Message("Pass mark (%)")
    String author_pass_mark();

    @Message("Attempts")
    String author_attempts();

    @Message("Minutes between attempts")
    String author_cooldown();

    @Message("Id")
    String author_question_id();

    @Message("Question")
    String author_question_text();

    @Message("Policy paragraph")
    String author_paragraph();

    @Message("Add a question")
    String author_add_question();

    @Message("Type")
    String author_type();

    @Message("Add")
    String author_add();

    @Message("Lesson: {title}")
    String author_lesson(String title);

    @Message("Lessons are written in Markdown. Script, event handlers, javascript: links and frames are refused by the check and removed from every page.")
    String author_markdown_help();

    @Message("Save and preview")
    String author_save_preview();

    @Message("Preview")
    String author_preview();

    @Message("As learners will see it once published.")
    String author_preview_help();

    @Message("Minutes")
    String author_minutes();

    @Message("Sensitive content (needs a content note and an alternative)")
    String author_sensitive();

    @Message("Text (Markdown)")
    String author_markdown();

    @Message("Non-graphic alternative")
    String author_alternative();

    @Message("Question {id}")
    String author_question(String id);

    @Message("Scenario (scenario questions only)")
    String author_scenario();

    @Message("Options")
    String author_options();

    @Message("Option {id}")
    String author_option(String id);

    @Message("Option id")
    String author_option_id();

    @Message("Correct answer")
    String author_correct();

    @Message("Remove this option")
    String author_remove_option();

    @Message("Option text")
    String author_option_text();

    @Message("Feedback")
    String author_feedback();

    @Message("New option (fill in to add)")
    String author_new_option();

    @Message("Remove this question")
    String author_remove_question();
    // ---- Faults: database outage (issue #9) and roster import progress (issue #6) ----

    @Message("Service temporarily unavailable")
    String db_unavailable_title();

    @Message("The database is unavailable right now. Your saved answers are safe; please try again in a moment.")
    String db_unavailable();

    @Message("Another change met this one at the same moment, so nothing of it was saved. Please try again.")
    String db_conflict();

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

    // ---- Readiness list pages ----------------------------------------------------------------------------
    @Message("Pages of the list")
    String pages();

    @Message("Page {page} of the {listed} people listed")
    String page_of(int page, long listed);

    @Message("Previous page")
    String previous_page();

    @Message("Next page")
    String next_page();
}
