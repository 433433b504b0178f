package org.cthb.readiness.roster;

import java.time.Instant;

/**
 * A roster import as the officer follows it: how many rows of the file are written, in how many batches, and
 * whether it is still running, done, or failed and why.
 */
public record ImportProgress(long id, String nation, String fileName, Instant startedAt, String startedBy,
                             long rowsRead, long rowsWritten, int batchesCommitted, RosterImportRun.Status status,
                             String message, Instant finishedAt) {

    static ImportProgress of(RosterImportRun run, RosterImportRun.Status status, String message) {
        return new ImportProgress(run.id, run.nation, run.fileName, run.startedAt, run.startedBy, run.rowsRead,
                run.rowsWritten, run.batchesCommitted, status, message, run.finishedAt);
    }

    public boolean running() {
        return status == RosterImportRun.Status.RUNNING;
    }

    /** Whole percent of the rows written, once the file's size in rows is known. */
    public int percent() {
        return rowsRead == 0 ? 0 : (int) Math.min(100, rowsWritten * 100 / rowsRead);
    }
}
