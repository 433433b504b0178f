package org.cthb.readiness.roster.csv;

import java.util.Locale;

/** The columns a roster file must name in its header row, in any order and any case. */
enum Column {
    NATIONAL_ID, GIVEN_NAME, FAMILY_NAME, CATEGORY, RANK, GENDER, BIRTH_YEAR, EMAIL, MISSION, ROLE, START_DATE;

    /** The name as written in the header row, e.g. "birth_year". */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean required() {
        return this != RANK;
    }
}
