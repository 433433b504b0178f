package org.cthb.readiness.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every reminder mail shares: whom it greets, which languages it speaks (both when the person's language
 * is unknown; {@code other} alone when it is a further configured language) and where the course and support are.
 */
public record Letter(String name, boolean english, boolean french, String other, String courseUrl,
                     String supportUrl) {

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    static Letter to(Recipient recipient, String courseUrl, String supportUrl) {
        String language = recipient.language();
        String other = org.cthb.readiness.web.MailTexts.further(language);
        boolean known = other != null || "en".equals(language) || "fr".equals(language);
        return new Letter(recipient.name(), !known || "en".equals(language), !known || "fr".equals(language),
                other, courseUrl, supportUrl);
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

    /** A date in the further language (see {@link org.cthb.readiness.web.MailTexts#date}). */
    public String inOther(LocalDate date) {
        return org.cthb.readiness.web.MailTexts.date(date, other);
    }

    /** The subject in the mail's language, or both joined. */
    String subject(String english, String french, String inOther) {
        if (other != null) {
            return inOther;
        }
        if (bothLanguages()) {
            return english + " / " + french;
        }
        return this.english ? english : french;
    }
}
