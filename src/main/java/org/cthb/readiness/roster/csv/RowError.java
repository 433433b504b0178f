package org.cthb.readiness.roster.csv;

/**
 * One problem in a roster file: the row as a spreadsheet numbers it (the header is row 1), the column, or null when
 * the problem concerns the whole row or file, and what is wrong in words an officer can act on.
 */
public record RowError(long row, String column, String message) {

    @Override
    public String toString() {
        return column == null ? "row " + row + ": " + message : "row " + row + ", " + column + ": " + message;
    }
}
