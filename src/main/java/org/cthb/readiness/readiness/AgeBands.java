package org.cthb.readiness.readiness;

import java.time.LocalDate;

/** The age bands of the disaggregated counts that policy para 28 asks commanders to report. */
final class AgeBands {

    private AgeBands() {
    }

    static String of(Integer birthYear, LocalDate on) {
        if (birthYear == null) {
            return "unknown";
        }
        int age = on.getYear() - birthYear;
        if (age < 25) {
            return "under 25";
        }
        if (age < 35) {
            return "25-34";
        }
        if (age < 45) {
            return "35-44";
        }
        return age < 55 ? "45-54" : "55+";
    }
}
