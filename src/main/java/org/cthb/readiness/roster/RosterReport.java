package org.cthb.readiness.roster;

import org.cthb.readiness.roster.csv.RowError;

import java.util.List;

/**
 * What an import did or, in a dry run, would do: counts, for a dry run the outcome of every row (created,
 * updated or rejected with its errors), and for a committed import the run that records it.
 */
public record RosterReport(String nation, boolean dryRun, boolean applied, long rows, long created, long updated,
                           long rejected, List<RowOutcome> outcomes, Long importId) {

    /** The same counts, once written by the import run {@code importId}. */
    RosterReport appliedAs(long importId) {
        return new RosterReport(nation, false, true, rows, created, updated, 0, List.of(), importId);
    }

    /** One row's outcome. */
    public record RowOutcome(long row, String nationalId, String action, List<RowError> errors) {
    }
}
