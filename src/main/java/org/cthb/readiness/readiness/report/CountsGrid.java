package org.cthb.readiness.readiness.report;

/** Builds a counts table with its margins: a total at the end of each row, and a last row of column totals. */
final class CountsGrid {

    private CountsGrid() {
    }

    static long[][] withTotals(long[][] counts) {
        if (counts.length == 0 || counts[0].length == 0) {
            throw new IllegalArgumentException("a counts table needs at least one row and one column");
        }
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " cells, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("negative count in row " + r + ", column " + c);
                }
                grid[r][c] = counts[r][c];
                grid[r][columns] += counts[r][c];
                grid[rows][c] += counts[r][c];
                grid[rows][columns] += counts[r][c];
            }
        }
        return grid;
    }
}
