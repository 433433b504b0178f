package org.cthb.readiness.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to "is my contingent for this mission certified on this date, and who is not?": counts per status,
 * the same counts by gender and age band (policy para 28), and one page of the list of people.
 *
 * @param listed how many people the status filter keeps, over all pages
 * @param page   the page shown, from 0; {@code people} holds at most {@code size} of them
 */
public record ReadinessReport(String nation, String mission, LocalDate date, long total,
                              Map<ReadinessStatus, Long> counts, Map<String, Map<ReadinessStatus, Long>> byGender,
                              Map<String, Map<ReadinessStatus, Long>> byAgeBand, List<PersonReadiness> people,
                              long listed, int page, int size) {

    /** One deploying person. */
    public record PersonReadiness(String nationalId, String familyName, String givenName, String email, String role,
                                  LocalDate startDate, ReadinessStatus status) {
    }

    public long count(ReadinessStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < listed;
    }

    /** Percentage of the contingent in a status, for the bars of the page. */
    public long percent(ReadinessStatus status) {
        return total == 0 ? 0 : count(status) * 100 / total;
    }
}
