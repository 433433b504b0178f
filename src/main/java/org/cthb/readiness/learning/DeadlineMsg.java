package org.cthb.readiness.learning;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * How long a learner has before their deployment ({@code deadline:} in templates); French in
 * {@code messages/deadline_fr.properties}.
 */
@MessageBundle(value = "deadline", locale = "en")
public interface DeadlineMsg {

    @Message("Your deployment to {mission} starts on {date}: {days} day(s) left to finish your training.")
    String deploys_in(String mission, String date, long days);

    @Message("Your deployment to {mission} starts today, {date}.")
    String deploys_today(String mission, String date);
}
