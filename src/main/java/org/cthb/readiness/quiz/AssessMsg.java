package org.cthb.readiness.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the quiz's feedback and of lessons-before-the-quiz, in English (French in
 * {@code messages/assess_fr.properties}). A bundle of its own: {@code Msg} is at Quarkus's size limit.
 */
@MessageBundle(value = "assess", locale = "en")
public interface AssessMsg {

    @Message("Content note:")
    String content_note();

    @Message("You have {left} attempt(s) left. The right answers are not shown yet: for each question you got wrong, "
            + "re-read the lesson and the policy paragraph below, then try again. You will see every answer once you "
            + "pass or have no attempt left.")
    String marks_only_intro(int left);

    @Message("Every answer is shown below, with why each option is right or wrong.")
    String full_key_intro();

    @Message("What to take away:")
    String teaching_point();

    @Message("Re-read what policy paragraph {paragraph} asks of you.")
    String teaching_point_default(String paragraph);

    @Message("Back to the lesson: {title}")
    String back_to_lesson(String title);

    @Message("The quiz opens once you have finished this module's lessons ({done} of {total} done).")
    String quiz_after_lessons(int done, int total);

    @Message("You passed this module before: to renew your certificate you may take the quiz directly, or review the lessons first.")
    String renewing_may_take_quiz();

    @Message("Flags")
    String ia_flags();

    @Message("Too easy: more than 95 % answer it right")
    String ia_flag_too_easy();

    @Message("Low discrimination: below 0.1")
    String ia_flag_low_discrimination();

    @Message("Items answered right by more than 95 % of attempts, or with a discrimination below 0.1, are flagged: they tell apart those who learned from those who did not poorly. Flags need {minimum} attempts, like discrimination.")
    String ia_flags_intro(int minimum);
}
