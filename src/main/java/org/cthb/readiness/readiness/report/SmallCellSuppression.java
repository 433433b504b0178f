package org.cthb.readiness.readiness.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Hides small counts in NATO-wide tables (nations by status, gender or age band) so that no individual can be
 * singled out, neither from a small cell nor by subtracting the published cells from a row or column total.
 */
public final class SmallCellSuppression {

    /** Shown for a count of 1 to 4, totals included. */
    public static final String SMALL = "<5";
    /** Shown for a larger count hidden only so that a small one cannot be worked out from the totals. */
    public static final String WITHHELD = "x";

    private static final int THRESHOLD = 5;

    private record Cell(int row, int column) {
    }

    private final long[][] grid;
    private final boolean[][] hidden;

    private SmallCellSuppression(long[][] grid) {
        this.grid = grid;
        this.hidden = new boolean[grid.length][grid[0].length];
    }

    /** Suppresses a table of counts (rows by columns, at least one of each), adding row and column totals. */
    public static SuppressedTable apply(long[][] counts) {
        SmallCellSuppression table = new SmallCellSuppression(CountsGrid.withTotals(counts));
        table.cells().filter(table::small).forEach(cell -> table.hidden[cell.row][cell.column] = true);
        // Each complementary cell can leave another line with a single hidden cell, so sweep until nothing changes.
        boolean changed = true;
        while (changed) {
            changed = table.protectLines();
        }
        return table.display();
    }

    /**
     * Hides one more cell in every row and column, totals included, that has exactly one hidden cell: the smallest
     * visible non-zero one, preferring a cell whose crossing line also has exactly one, as that protects both.
     */
    private boolean protectLines() {
        boolean changed = false;
        for (int r = 0; r < grid.length; r++) {
            changed |= protect(row(r), true);
        }
        for (int c = 0; c < grid[0].length; c++) {
            changed |= protect(column(c), false);
        }
        return changed;
    }

    private boolean protect(List<Cell> line, boolean isRow) {
        if (line.stream().filter(this::isHidden).count() != 1) {
            return false;
        }
        Optional<Cell> partner = line.stream()
                .filter(cell -> !isHidden(cell) && value(cell) > 0)
                .min(Comparator.comparing((Cell cell) -> hiddenIn(isRow ? column(cell.column) : row(cell.row)) != 1)
                        .thenComparingLong(this::value));
        partner.ifPresent(cell -> hidden[cell.row][cell.column] = true);
        return partner.isPresent();
    }

    private long hiddenIn(List<Cell> line) {
        return line.stream().filter(this::isHidden).count();
    }

    private Stream<Cell> cells() {
        return IntStream.range(0, grid.length).boxed().flatMap(r -> row(r).stream());
    }

    private List<Cell> row(int r) {
        return IntStream.range(0, grid[r].length).mapToObj(c -> new Cell(r, c)).toList();
    }

    private List<Cell> column(int c) {
        return IntStream.range(0, grid.length).mapToObj(r -> new Cell(r, c)).toList();
    }

    private boolean small(Cell cell) {
        return value(cell) > 0 && value(cell) < THRESHOLD;
    }

    private boolean isHidden(Cell cell) {
        return hidden[cell.row][cell.column];
    }

    private long value(Cell cell) {
        return grid[cell.row][cell.column];
    }

    private SuppressedTable display() {
        List<List<String>> shown = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            shown.add(row(r).stream().map(this::shown).toList());
        }
        return new SuppressedTable(shown);
    }

    private String shown(Cell cell) {
        if (!isHidden(cell)) {
            return Long.toString(value(cell));
        }
        return small(cell) ? SMALL : WITHHELD;
    }
}
