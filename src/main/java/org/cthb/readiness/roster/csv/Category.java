package org.cthb.readiness.roster.csv;

import java.util.Locale;
import java.util.Optional;

/** The kind of person deploying; the policy covers all of them, not only the military. */
public enum Category {
    MILITARY, CIVILIAN, CONTRACTOR, PARTNER;

    /** Reads the lower-case word used in roster files, in any case; empty when unknown. */
    public static Optional<Category> parse(String text) {
        for (Category category : values()) {
            if (category.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
