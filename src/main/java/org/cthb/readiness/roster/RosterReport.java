package org.cthb.readiness.roster;

import org.cthb.readiness.roster.csv.RowError;

import java.util.List;

/**
 * What an import did or, in a dry run, would do: counts, and for a dry run the outcome of every row (created,
 * updated or rejected with its errors).
 */
public record RosterReport(String nation, boolean dryRun, boolean applied, long rows, long created, long updated,
                           long rejected, List<RowOutcome> outcomes) {

    /** One row's outcome. */
    public record RowOutcome(long row, String nationalId, String action, List<RowError> errors) {
    }
}
