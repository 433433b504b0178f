package org.cthb.readiness.roster.csv;

/** Receives a roster file's outcome row by row, so that the file never has to be held in memory. */
public interface RosterSink {

    /** A row that passed every check. */
    void row(RosterRow row);

    /** A problem; a row with several problems reports each, and is not passed to {@link #row}. */
    void error(RowError error);
}
