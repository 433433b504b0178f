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
}
