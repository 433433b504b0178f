package org.cthb.readiness.roster;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A roster import as the officer follows it: how many rows of the file are written, in how many batches, and
 * whether it is still running, done, or failed and why.
 */
public record ImportProgress(long id, String nation, String fileName, Instant startedAt, String startedBy,
                             long rowsChecked, long rowsRead, long rowsWritten, int batchesCommitted,
                             RosterImportRun.Status status, String message, Instant finishedAt) {

    static ImportProgress of(RosterImportRun run, RosterImportRun.Status status, String message) {
        return new ImportProgress(run.id, run.nation, run.fileName, run.startedAt, run.startedBy, run.rowsChecked,
                run.rowsRead, run.rowsWritten, run.batchesCommitted, status, message, run.finishedAt);
    }

    /**
     * Where a running import stands: CHECKING while the check pass reads the file (rows checked so far, the total
     * not yet known), WRITING once every row passed (rows written of the total); the status once it has ended.
     */
    @JsonProperty
    public String phase() {
        if (status != RosterImportRun.Status.RUNNING) {
            return status.name();
        }
        return rowsRead == 0 ? "CHECKING" : "WRITING";
    }

    /** Rows done in the current phase: checked while checking, written while writing. */
    @JsonProperty
    public long rowsDone() {
        return rowsRead == 0 ? rowsChecked : rowsWritten;
    }

    /** The file's data rows, once the check pass has counted them; null while checking. */
    @JsonProperty
    public Long rowsTotal() {
        return rowsRead == 0 && running() ? null : rowsRead;
    }

    public boolean running() {
        return status == RosterImportRun.Status.RUNNING;
    }

    /** Whole percent of the rows written, once the file's size in rows is known. */
    public int percent() {
        return rowsRead == 0 ? 0 : (int) Math.min(100, rowsWritten * 100 / rowsRead);
    }
}
