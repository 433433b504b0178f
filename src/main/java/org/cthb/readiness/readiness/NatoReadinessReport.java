package org.cthb.readiness.readiness;

import java.time.LocalDate;
import java.util.List;

/**
 * Readiness of a mission across nations for NATO staff: counts only, never names, with counts from 1 to 4 shown as
 * "<5" and further cells withheld ("x") so that no small count can be recomputed from the totals.
 */
public record NatoReadinessReport(String mission, LocalDate date, Table byNation, Table byGender, Table byAgeBand) {

    /** A published counts table: row labels, column labels (statuses, then "total"), and the displayed cells. */
    public record Table(List<String> rows, List<String> columns, List<List<String>> cells) {
    }
}
