package org.cthb.readiness.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The self-care note and the helplines of the support page ({@code care:} in templates); French in
 * {@code messages/care_fr.properties}. Written for a learner who may be a victim or survivor themselves: no
 * obligation to say anything, no blame, help that does not depend on telling the story.
 */
@MessageBundle(value = "care", locale = "en")
public interface SupportMsg {

    @Message("If the material brings up personal experience")
    String note_title();

    @Message("This course talks about exploitation and abuse. If it brings back something you have lived through, or that happened to someone close to you, that is a normal reaction, and you are not alone.")
    String note_normal();

    @Message("You can stop at any moment: your progress is kept. Sensitive lessons have a version without distressing detail, which counts the same.")
    String note_pause();

    @Message("Take a moment for yourself: breathe slowly, notice where you are, drink some water, step outside or talk to someone you trust.")
    String note_ground();

    @Message("You never have to tell your own story to finish this training, and nothing you feel or share is held against you. If you are, or were, a victim or survivor, what happened was not your fault.")
    String note_no_blame();

    @Message("If you would like to talk, the people and services below listen in confidence. You decide what you share and what happens next.")
    String note_talk();

    @Message("Helplines")
    String helplines_title();

    @Message("For your nation")
    String helplines_nation();

    @Message("For everyone")
    String helplines_default();

    @Message("Phone:")
    String phone();

    @Message("Website of {name}")
    String website(String name);
}
