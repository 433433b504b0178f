package org.cthb.readiness.quiz.analysis;

import io.quarkus.qute.TemplateExtension;

import java.text.NumberFormat;
import java.util.Locale;

/** Decimals as the page's language writes them: 40.5 in English, 40,5 in French. */
@TemplateExtension(namespace = "num")
public final class Numbers {

    private Numbers() {
    }

    static String decimals(Double value, int digits, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale instanceof Locale l ? l : Locale.ENGLISH);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return value == null ? "" : format.format(value);
    }
}
