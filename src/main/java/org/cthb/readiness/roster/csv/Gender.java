package org.cthb.readiness.roster.csv;

import java.util.Locale;
import java.util.Optional;

/** A person's gender, kept only for the disaggregated reporting that policy paragraph 28 asks for. */
public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED;

    /** Reads the lower-case word used in roster files, in any case; empty when unknown. */
    public static Optional<Gender> parse(String text) {
        for (Gender gender : values()) {
            if (gender.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(gender);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
