package org.cthb.readiness.roster.csv;

/** Passes a roster file's outcome on to the caller's sink while counting it for the summary. */
final class CountingSink implements RosterSink {

    private final RosterSink target;
    private long lastRow;
    private long validRows;
    private long errors;

    CountingSink(RosterSink target) {
        this.target = target;
    }

    @Override
    public void row(RosterRow row) {
        validRows++;
        target.row(row);
    }

    @Override
    public void error(RowError error) {
        errors++;
        target.error(error);
    }

    /** Moves on to the next row of the file and returns its number. */
    long nextRow() {
        return ++lastRow;
    }

    /** The number the next row would have, which is where reading stopped if it had to. */
    long stoppedAt() {
        return lastRow + 1;
    }

    ReadSummary summary(boolean complete) {
        return new ReadSummary(Math.max(0, lastRow - 1), validRows, errors, complete);
    }
}
