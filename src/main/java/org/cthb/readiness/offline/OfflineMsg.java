package org.cthb.readiness.offline;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of reading offline, in English (French in {@code messages/offline_fr.properties}). A bundle of its own:
 * Quarkus 3.28 generates unverifiable code for a bundle of more than 300 messages, and {@code Msg} is at that limit.
 * Texts with {@code %name%} are filled in by the page script, which shows them.
 */
@MessageBundle(value = "offline", locale = "en")
public interface OfflineMsg {

    @Message("CTHB Readiness training")
    String app_long_name();

    @Message("CTHB training")
    String app_short_name();

    @Message("Keep this course on my phone")
    String keep_link();

    @Message("Keep this course on my phone")
    String keep_title();

    @Message("Read the lessons without a network: on barracks wifi, in transit. This phone keeps the lessons, their alternatives and images of {course}, version {version}, within {budget} KB.")
    String keep_intro(String course, int version, long budget);

    @Message("Keeping the course needs JavaScript in your browser. Every page works without it while you are online.")
    String keep_needs_js();

    @Message("Keep this course on my phone")
    String keep_button();

    @Message("Remove it from this phone")
    String remove_button();

    @Message("Nothing of this course is kept on this phone yet.")
    String keep_none();

    @Message("Kept on this phone for reading offline: %pages% pages and %images% images, %kb% KB of the %budget% KB allowed.")
    String keep_kept();

    @Message("The course takes %kb% KB, more than the %budget% KB allowed: nothing was kept.")
    String keep_over();

    @Message("Keeping the course: %done% of %total%…")
    String keep_working();

    @Message("The course could not be kept: the network was lost. Try again when you are online.")
    String keep_failed();

    @Message("What is kept")
    String keep_what();

    @Message("with its alternative")
    String keep_alternative();

    @Message("Quizzes: a quiz you opened while online can be answered offline; your answers are sent when the network returns. Submitting needs the network.")
    String keep_quiz();

    @Message("What stays on this phone")
    String keep_privacy_title();

    @Message("The lesson pages and images of this course version, kept for your account only, and, until they are sent, what you did offline (lessons done, quiz answers). Signing out removes all of it from this browser.")
    String keep_privacy();

    @Message("You are offline and that page is not kept on this phone. The lessons listed below are.")
    String not_kept_page();

    @Message("You are offline: this lesson is marked done on this phone and will be sent when the network returns.")
    String queued_lesson();

    @Message("You are offline: your answers are kept on this phone and will be sent when the network returns.")
    String queued_answers();

    @Message("Submitting needs the network. Your answers are kept on this phone; submit when you are back online.")
    String submit_needs_network();

    @Message("%n% change(s) made offline are waiting to be sent.")
    String waiting();

    @Message("Sent what you did offline: %n% change(s).")
    String sent();

    @Message("This quiz had already been submitted (in another window or on another device): the answers given offline were not counted. The submitted attempt stands.")
    String submitted_elsewhere();

    @Message("A change made offline was refused:")
    String refused();
}
