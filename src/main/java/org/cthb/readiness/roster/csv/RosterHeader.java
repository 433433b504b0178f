package org.cthb.readiness.roster.csv;

import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Where each roster column sits in a file, read from its header row; rank may be left out, other columns ignored. */
final class RosterHeader {

    private final Map<Column, Integer> positions;

    private RosterHeader(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    /** The header of row 1, or empty after reporting every missing or repeated column. */
    static Optional<RosterHeader> read(CSVRecord record, Consumer<RowError> errors) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<RowError> found = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            Optional<Column> column = column(record.get(i));
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                found.add(new RowError(1, column.get().header(), "the column appears more than once"));
            }
        }
        String missing = missing(positions);
        if (!missing.isEmpty()) {
            found.add(0, new RowError(1, null, "missing columns: " + missing));
        }
        found.forEach(errors);
        return found.isEmpty() ? Optional.of(new RosterHeader(positions)) : Optional.empty();
    }

    /** The trimmed value of a column in a record, empty when the record is too short to have it. */
    String value(CSVRecord record, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= record.size() ? "" : record.get(position).strip();
    }

    // Spreadsheet users write "Birth year" as readily as "birth_year"; both mean the same column.
    private static Optional<Column> column(String name) {
        String normalised = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (Column column : Column.values()) {
            if (column.header().equals(normalised)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String missing(Map<Column, Integer> positions) {
        return Arrays.stream(Column.values()).filter(c -> c.required() && !positions.containsKey(c))
                .map(Column::header).collect(Collectors.joining(", "));
    }
}
