package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Which language beyond English and French a mail speaks, and its texts ({@link MailMsg}). A mail to an account whose
 * language is configured ({@code cthb.languages}) and neither English nor French is written in that language alone,
 * from its {@code messages/mailtext_xx.properties} (English for each text the file lacks).
 */
@ApplicationScoped
public class MailTexts {

    /* Bundles read through MessageBundles.get (for the subject, outside templates) would otherwise be removed from
       the build as unused; this injection point, which accepts every language's bundle, keeps them. */
    @Inject
    @Any
    Instance<MailMsg> bundles;

    /** The account's language when the mail speaks it alone beyond English and French; null otherwise. */
    public static String further(String language) {
        return language != null && !Languages.OFFICIAL.contains(language) && Languages.isSupported(language)
                ? language : null;
    }

    /** The mail texts in the language; English where its file lacks one, or when it has no file at all. */
    public MailMsg in(String language) {
        try {
            return MessageBundles.get(MailMsg.class, Localized.Literal.of(language));
        } catch (IllegalStateException noFile) {
            return MessageBundles.get(MailMsg.class);
        }
    }

    /**
     * A date as the language writes it when the JDK knows the language ("7. Dezember 2026"), else as ISO 8601
     * (2026-12-07), which every reader understands, rather than month names in another language.
     */
    public static String date(LocalDate date, String language) {
        Locale locale = Locale.forLanguageTag(language);
        if (locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language)) {
            return date.toString();
        }
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}
