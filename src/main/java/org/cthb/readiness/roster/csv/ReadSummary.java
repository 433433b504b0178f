package org.cthb.readiness.roster.csv;

/**
 * How a roster file went: data rows read (blank ones included), rows accepted, errors reported, and whether the
 * reader reached the end of the file rather than stopping early.
 */
public record ReadSummary(long rows, long validRows, long errors, boolean complete) {
}
