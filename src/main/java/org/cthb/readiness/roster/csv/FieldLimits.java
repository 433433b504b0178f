package org.cthb.readiness.roster.csv;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * The longest value each text column may hold, by its header name (national_id, given_name, ...), and how to say a
 * value is too long. The importer reads the lengths off the database schema, so that a row the check accepts is a
 * row the database stores: the dry run and the import refuse exactly the same rows.
 */
public record FieldLimits(Map<String, Integer> lengths, IntFunction<String> tooLong) {

    /** The limits the format itself sets, for callers without a database (validation from the command line). */
    public static final FieldLimits FORMAT = new FieldLimits(Map.of("national_id", 64, "email", 254),
            max -> "is longer than " + max + " characters");

    public FieldLimits {
        lengths = Map.copyOf(lengths);
    }

    /** The limit of a column, or null when it has none. */
    Integer of(Column column) {
        return lengths.get(column.header());
    }
}
