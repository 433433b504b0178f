package org.cthb.readiness.readiness.report;

/**
 * Neutralises spreadsheet formula injection, so that a name such as "=HYPERLINK(...)" typed into a roster is shown
 * as text, not run, when an officer opens an export (OWASP "CSV injection").
 */
public final class SafeCells {

    private static final String DANGEROUS_FIRST = "=+-@\t\r";

    private SafeCells() {
    }

    /** The text to write in a cell: unchanged, or prefixed with an apostrophe when a spreadsheet could run it. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return DANGEROUS_FIRST.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
