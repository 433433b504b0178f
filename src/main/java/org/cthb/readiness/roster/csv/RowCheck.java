package org.cthb.readiness.roster.csv;

import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the values of one roster row and collects every problem in it, so the officer sees them all at once. */
final class RowCheck {

    // A pasted paragraph in a cell should not turn into a paragraph-long error message.
    private static final int QUOTE_LIMIT = 40;
    // What the decoder puts in place of bytes that are not UTF-8, e.g. an accent saved as Windows-1252.
    private static final char NOT_UTF8 = '\uFFFD';

    private final long row;
    private final RosterHeader header;
    private final CSVRecord record;
    private final List<RowError> errors = new ArrayList<>();

    RowCheck(long row, RosterHeader header, CSVRecord record) {
        this.row = row;
        this.header = header;
        this.record = record;
    }

    /** The value, or null when the optional column is empty or absent. */
    String optional(Column column) {
        String value = value(column);
        return value.isEmpty() ? null : value;
    }

    /** The value, or an empty string after reporting that it is missing. */
    String required(Column column) {
        String value = value(column);
        if (value.isEmpty()) {
            fail(column, "a value is required");
        }
        return value;
    }

    /** The parsed value, or null after reporting it missing or, with its text quoted first, not parseable. */
    <T> T parsed(Column column, Function<String, Optional<T>> parser, String problem) {
        String value = required(column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            fail(column, quoted(value) + " " + problem);
        }
        return parsed.orElse(null);
    }

    /** Reports a problem in a column, unless one is reported already: the first is the one to fix. */
    void fail(Column column, String message) {
        if (errors.stream().noneMatch(error -> error.column().equals(column.header()))) {
            errors.add(new RowError(row, column.header(), message));
        }
    }

    private String value(Column column) {
        String value = header.value(record, column);
        if (value.indexOf(NOT_UTF8) >= 0) {
            fail(column, "holds characters that are not UTF-8; save the file as \"CSV UTF-8\" and try again");
        }
        return value;
    }

    long row() {
        return row;
    }

    List<RowError> errors() {
        return errors;
    }

    static String quoted(String value) {
        return "'" + (value.length() > QUOTE_LIMIT ? value.substring(0, QUOTE_LIMIT) + "…" : value) + "'";
    }
}
