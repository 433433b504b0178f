package org.cthb.readiness.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for what the service itself wrote in English into records (the NATO baseline's name, the note of its first
 * version) and for codes shown to people (account roles, question types), in the page's language:
 * {@code {words:standard(c.standard)}} in templates.
 */
@TemplateExtension(namespace = "words")
public final class Words {

    /** The name the service gives the NATO baseline in every record (standard/Standards.BASELINE_NAME). */
    static final String BASELINE = "NATO CTHB baseline";
    private static final Pattern FIRST_NOTE = Pattern.compile("First baseline, from course (\\S+) version (\\d+)");

    private Words() {
    }

    static String standard(String stored, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return BASELINE.equals(stored) ? screens(locale).baseline_name() : stored;
    }

    static String note(String stored, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (stored == null) {
            return "";
        }
        Matcher first = FIRST_NOTE.matcher(stored);
        return first.matches() ? screens(locale).first_baseline_note(first.group(1), first.group(2)) : stored;
    }

    static String role(Object role, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ScreensMsg words = screens(locale);
        return switch (String.valueOf(role)) {
            case "LEARNER" -> words.account_role_LEARNER();
            case "NATION_OFFICER" -> words.account_role_NATION_OFFICER();
            case "HQ_STAFF" -> words.account_role_HQ_STAFF();
            case "AUTHOR" -> words.account_role_AUTHOR();
            case "ADMIN" -> words.account_role_ADMIN();
            default -> String.valueOf(role);
        };
    }

    static String questionType(Object type, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ScreensMsg words = screens(locale);
        return switch (String.valueOf(type)) {
            case "single" -> words.question_type_single();
            case "multiple" -> words.question_type_multiple();
            case "truefalse" -> words.question_type_truefalse();
            case "scenario" -> words.question_type_scenario();
            default -> String.valueOf(type);
        };
    }

    private static ScreensMsg screens(Object locale) {
        String lang = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return MessageBundles.get(ScreensMsg.class, Localized.Literal.of(Languages.isSupported(lang) ? lang : "en"));
    }
}
