package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of issue 23's screens (authors' problems and publishing, and English strings found on French pages), in
 * English; French in {@code messages/screens_fr.properties}. A bundle of its own: {@code Msg} is near the size
 * Quarkus 3.28 can generate.
 */
@MessageBundle(value = "screens", locale = "en")
public interface ScreensMsg {

    @Message("Course details")
    String place_course();

    @Message("Module “{title}”")
    String place_module(String title);

    @Message("Quiz of module “{title}”")
    String place_quiz(String title);

    @Message("Question {id} of module “{title}”")
    String place_question(String id, String title);

    @Message("Lesson “{title}” ({language})")
    String place_lesson(String title, String language);

    @Message("{field}: write it in English and in French.")
    String problem_both_languages(String field);

    @Message("The {language} text is empty: write it.")
    String problem_language_empty(String language);

    @Message("{field} is empty: write it.")
    String problem_empty(String field);

    @Message("{field} must be between {min} and {max} (it is {value}).")
    String problem_range(String field, int min, int max, String value);

    @Message("{field} must be at least {min}.")
    String problem_at_least(String field, int min);

    @Message("{field} must be a whole number (it is “{value}”).")
    String problem_number(String field, String value);

    @Message("Questions drawn per attempt ({draw}) is more than the {pool} questions of the quiz: add questions or draw fewer.")
    String problem_draw(String draw, String pool);

    @Message("Choose at least one role who must take this module.")
    String problem_roles_empty();

    @Message("“{role}” is not a role the course knows.")
    String problem_unknown_role(String role);

    @Message("Question {id} has no correct answer: mark at least one option as correct.")
    String problem_no_correct(String id);

    @Message("Question {id} needs at least two options.")
    String problem_two_options(String id);

    @Message("This lesson is marked sensitive: write a content note saying what it contains.")
    String problem_content_note();

    @Message("This lesson is marked sensitive: it needs a non-graphic version (title and text).")
    String problem_alternative();

    @Message("Fix it")
    String fix_it();

    @Message("English")
    String language_en();

    @Message("French")
    String language_fr();

    @Message("Problems on this page ({count})")
    String problems_here(int count);

    @Message("Saved (revision {revision}). The draft has no problems left: it can be published.")
    String saved_no_problems(int revision);

    @Message("Saved (revision {revision}). The draft still has {count} problem(s) to fix before it can be published.")
    String saved_with_problems(int revision, int count);

    @Message("See the problems")
    String see_problems();

    @Message("Publishing is possible once every problem is fixed.")
    String publish_blocked();

    @Message("Review and publish")
    String publish_review();

    @Message("Publish the draft of {title}?")
    String publish_title(String title);

    @Message("Publishing makes a new version {version} of the course. New learners get it; learners who have started keep the version they began.")
    String publish_explained(int version);

    @Message("What changes from version {version}")
    String publish_changes(int version);

    @Message("Nothing changes: the draft is the same as version {version}.")
    String publish_nothing(int version);

    @Message("Course details: {count} field(s) changed")
    String publish_course_fields(int count);

    @Message("Module “{title}”: added")
    String publish_module_added(String title);

    @Message("Module “{title}”: removed")
    String publish_module_removed(String title);

    @Message("Module “{title}”: {settings} setting(s), {lessons} lesson(s) and {questions} question(s) added, removed or changed")
    String publish_module_changed(String title, int settings, int lessons, int questions);

    @Message("Yes, publish version {version}")
    String publish_confirm(int version);

    @Message("Cancel and go back to the draft")
    String publish_cancel();

    @Message("Upload a course")
    String upload_title();

    @Message("A zip of the course file format (as exported here or kept in git). It is checked first; nothing is published while it has problems.")
    String upload_help();

    @Message("Course zip")
    String upload_file();

    @Message("Check and publish")
    String upload_submit();

    @Message("The zip was not published: {count} problem(s).")
    String upload_problems(int count);

    @Message("Course zip: {reason}")
    String upload_refused(String reason);

    @Message("Course zip: choose a zip file of the course.")
    String upload_missing();

    @Message("Add a module")
    String add_module();

    @Message("Add a lesson")
    String add_lesson();

    @Message("Identifier (lower-case letters, digits and hyphens)")
    String new_id();

    @Message("Title in English")
    String new_title_en();

    @Message("Title in French")
    String new_title_fr();

    @Message("Add")
    String add();

    @Message("The identifier must use lower-case letters, digits and hyphens, and start with a letter or digit.")
    String bad_id();

    @Message("This identifier is already used: choose another.")
    String id_taken();

    @Message("Write the title in English and in French (200 characters at most).")
    String titles_needed();

    @Message("NATO CTHB baseline")
    String baseline_name();

    @Message("First baseline, from course {course} version {version}")
    String first_baseline_note(String course, String version);

    @Message("Learner")
    String account_role_LEARNER();

    @Message("Nation officer")
    String account_role_NATION_OFFICER();

    @Message("HQ staff")
    String account_role_HQ_STAFF();

    @Message("Author")
    String account_role_AUTHOR();

    @Message("Administrator")
    String account_role_ADMIN();

    @Message("One answer")
    String question_type_single();

    @Message("Several answers")
    String question_type_multiple();

    @Message("True or false")
    String question_type_truefalse();

    @Message("Scenario")
    String question_type_scenario();
}
