package org.cthb.readiness.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every reminder mail shares: whom it greets, which languages it speaks (both when the person's language
 * is unknown) and where the course and support are.
 */
public record Letter(String name, boolean english, boolean french, String courseUrl, String supportUrl) {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    static Letter to(Recipient recipient, String courseUrl, String supportUrl) {
        String language = recipient.language();
        boolean known = "en".equals(language) || "fr".equals(language);
        return new Letter(recipient.name(), !known || "en".equals(language), !known || "fr".equals(language),
                courseUrl, supportUrl);
    }

    public boolean bothLanguages() {
        return english && french;
    }

    public String en(LocalDate date) {
        return date.format(EN);
    }

    public String fr(LocalDate date) {
        return date.format(FR);
    }

    /** The subject in the mail's language, or both joined. */
    String subject(String english, String french) {
        if (bothLanguages()) {
            return english + " / " + french;
        }
        return this.english ? english : french;
    }
}
