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
                              long listed, int page, int size, Map<String, Long> byRole, String role,
                              String search) {

    /**
     * One deploying person.
     *
     * @param recognised modules recognised from credentials earned elsewhere, with their source
     */
    public record PersonReadiness(String nationalId, String familyName, String givenName, String email, String role,
                                  LocalDate startDate, ReadinessStatus status, List<Recognised> recognised) {

        /** The recognised modules as one cell of an export: "module (source); ...", an expired one saying so. */
        public String recognisedText() {
            return String.join("; ", recognised.stream().map(r -> r.moduleId() + " (" + r.source()
                    + (r.expiredOn() == null ? "" : ", recognition expired on " + r.expiredOn()) + ")").toList());
        }
    }

    /**
     * A module recognised from a credential earned elsewhere; {@code source} is the trusted issuer's name;
     * {@code expiredOn} the day the uploaded credential ran out, when it had by the day asked (it no longer counts).
     */
    public record Recognised(String moduleId, String source, LocalDate expiredOn) {
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

    /**
     * Whole percentage of the contingent in a status, for the bars of the page: rounded by the largest remainder
     * method, so that the statuses always add up to exactly 100.
     */
    public long percent(ReadinessStatus status) {
        return percents().getOrDefault(status, 0L);
    }

    /** Every status's whole percentage, adding up to 100 (or all 0 for an empty contingent). */
    public Map<ReadinessStatus, Long> percents() {
        Map<ReadinessStatus, Long> shares = new java.util.EnumMap<>(ReadinessStatus.class);
        if (total == 0) {
            for (ReadinessStatus s : ReadinessStatus.values()) {
                shares.put(s, 0L);
            }
            return shares;
        }
        long given = 0;
        for (ReadinessStatus s : ReadinessStatus.values()) {
            shares.put(s, count(s) * 100 / total);
            given += count(s) * 100 / total;
        }
        // The points left go to the largest remainders; ties to the status listed first.
        List<ReadinessStatus> byRemainder = new java.util.ArrayList<>(List.of(ReadinessStatus.values()));
        byRemainder.sort(java.util.Comparator.comparingLong((ReadinessStatus s) -> count(s) * 100 % total).reversed());
        for (int i = 0; i < 100 - given; i++) {
            shares.merge(byRemainder.get(i), 1L, Long::sum);
        }
        return shares;
    }
}
