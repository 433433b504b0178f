package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts about languages themselves ({@code lang:} in templates). Each language's file names the language in itself,
 * so that a new language brings its own name to the language switch.
 */
@MessageBundle(value = "lang", locale = "en")
public interface LanguageMsg {

    /** The language's name in itself, e.g. "Français" in {@code lang_fr.properties}. */
    @Message("English")
    String own_name();

    @Message("Language")
    String switch_label();
}
