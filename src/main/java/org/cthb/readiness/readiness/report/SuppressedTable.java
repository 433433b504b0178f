package org.cthb.readiness.readiness.report;

import java.util.List;

/**
 * A counts table ready to publish: each row's cells followed by its total, then a last row of column totals ending
 * with the grand total; suppressed cells read {@link SmallCellSuppression#SMALL} or
 * {@link SmallCellSuppression#WITHHELD}.
 */
public record SuppressedTable(List<List<String>> grid) {

    public SuppressedTable {
        grid = grid.stream().map(List::copyOf).toList();
    }

    public int rows() {
        return grid.size() - 1;
    }

    public int columns() {
        return grid.get(0).size() - 1;
    }

    public String cell(int row, int column) {
        return grid.get(row).get(column);
    }

    public String rowTotal(int row) {
        return grid.get(row).get(columns());
    }

    public String columnTotal(int column) {
        return grid.get(rows()).get(column);
    }

    public String grandTotal() {
        return grid.get(rows()).get(columns());
    }
}
