package org.cthb.readiness.readiness.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Small counts are hidden, and so is enough else that no hidden count follows from the published totals. */
class SmallCellSuppressionTest {

    static boolean suppressed(String shown) {
        return shown.equals(SmallCellSuppression.SMALL) || shown.equals(SmallCellSuppression.WITHHELD);
    }

    /** Every row and column, totals included, hides no cell or at least two, so none can be subtracted out. */
    static void assertNoCellCanBeRecomputed(SuppressedTable table) {
        List<List<String>> grid = table.grid();
        for (int r = 0; r < grid.size(); r++) {
            long count = grid.get(r).stream().filter(SmallCellSuppressionTest::suppressed).count();
            assertThat(count).as("suppressed cells in row %d of %s", r, grid).isNotEqualTo(1);
        }
        for (int c = 0; c < grid.get(0).size(); c++) {
            int column = c;
            long count = grid.stream().filter(row -> suppressed(row.get(column))).count();
            assertThat(count).as("suppressed cells in column %d of %s", c, grid).isNotEqualTo(1);
        }
    }

    @Test
    void tableWithoutSmallCountsIsPublishedWithItsTotals() {
        SuppressedTable table = SmallCellSuppression.apply(new long[][] {{10, 20}, {30, 40}});
        assertThat(table.grid()).containsExactly(List.of("10", "20", "30"), List.of("30", "40", "70"),
                List.of("40", "60", "100"));
        assertThat(table.rowTotal(1)).isEqualTo("70");
        assertThat(table.columnTotal(0)).isEqualTo("40");
        assertThat(table.grandTotal()).isEqualTo("100");
    }

    @Test
    void zerosStayVisible() {
        SuppressedTable table = SmallCellSuppression.apply(new long[][] {{0, 10, 12}, {7, 0, 9}, {0, 0, 0}});
        assertThat(table.grid()).containsExactly(List.of("0", "10", "12", "22"), List.of("7", "0", "9", "16"),
                List.of("0", "0", "0", "0"), List.of("7", "10", "21", "38"));
    }

    @Test
    void singleSmallCellForcesASecondInItsRowAndInItsColumn() {
        SuppressedTable table = SmallCellSuppression.apply(new long[][] {{3, 10, 20}, {8, 15, 25}, {12, 9, 30}});
        assertThat(table.grid()).containsExactly(
                List.of("<5", "x", "20", "33"),
                List.of("x", "x", "25", "48"),
                List.of("12", "9", "30", "51"),
                List.of("23", "34", "75", "132"));
        assertNoCellCanBeRecomputed(table);
    }

    @Test
    void complementaryCellIsTheSmallestNonZeroOneOfTheLine() {
        SuppressedTable table = SmallCellSuppression.apply(new long[][] {{3, 30, 6, 20}, {10, 10, 10, 10},
                {10, 10, 10, 10}});
        assertThat(table.grid()).containsExactly(
                List.of("<5", "30", "x", "20", "59"),
                List.of("x", "10", "x", "10", "40"),
                List.of("10", "10", "10", "10", "40"),
                List.of("23", "50", "26", "40", "139"));
        assertNoCellCanBeRecomputed(table);
    }

    @Test
    void cellThatProtectsTwoLinesAtOnceIsPreferredOverASmallerOne() {
        // The small column total needs a partner in the totals row; hiding 11 there also protects column 3.
        SuppressedTable table = SmallCellSuppression.apply(new long[][] {{2, 0, 50, 6}, {0, 0, 40, 5}});
        assertThat(table.grid()).containsExactly(
                List.of("<5", "0", "50", "x", "58"),
                List.of("0", "0", "40", "5", "45"),
                List.of("<5", "0", "90", "x", "103"));
        assertNoCellCanBeRecomputed(table);
    }

    @Test
    void smallTotalIsSuppressedToo() {
        SuppressedTable table = SmallCellSuppression.apply(new long[][] {{1, 2}, {10, 20}});
        assertThat(table.rowTotal(0)).isEqualTo(SmallCellSuppression.SMALL);
        assertThat(table.cell(0, 0)).isEqualTo(SmallCellSuppression.SMALL);
        assertThat(table.cell(0, 1)).isEqualTo(SmallCellSuppression.SMALL);
        assertThat(table.grandTotal()).isEqualTo("33");
        assertNoCellCanBeRecomputed(table);
    }

    @Test
    void smallCountsAreNeverShownAndOthersAreShownTrue() {
        long[][] counts = randomCounts(new Random(7), 40, 8);
        SuppressedTable table = SmallCellSuppression.apply(counts);
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                String shown = table.cell(r, c);
                if (counts[r][c] >= 1 && counts[r][c] <= 4) {
                    assertThat(shown).isEqualTo(SmallCellSuppression.SMALL);
                } else if (counts[r][c] == 0) {
                    assertThat(shown).isEqualTo("0");
                } else {
                    assertThat(shown).isIn(Long.toString(counts[r][c]), SmallCellSuppression.WITHHELD);
                }
            }
        }
    }

    @Test
    void largeTablesEndProtectedAndTheSameEveryTime() {
        for (int seed = 0; seed < 25; seed++) {
            long[][] counts = randomCounts(new Random(seed), 50, 12);
            SuppressedTable table = SmallCellSuppression.apply(counts);
            assertNoCellCanBeRecomputed(table);
            assertThat(SmallCellSuppression.apply(counts)).isEqualTo(table);
            long visible = table.grid().stream().flatMap(List::stream).filter(s -> !suppressed(s)).count();
            assertThat(visible).as("most of the table stays published").isGreaterThan(51L * 13 / 2);
        }
    }

    @Test
    void raggedOrNegativeTablesAreRefused() {
        assertThatThrownBy(() -> SmallCellSuppression.apply(new long[][] {{1, 2}, {3}}))
                .hasMessage("row 1 has 1 cells, not 2");
        assertThatThrownBy(() -> SmallCellSuppression.apply(new long[][] {{-1}}))
                .hasMessage("negative count in row 0, column 0");
        assertThatThrownBy(() -> SmallCellSuppression.apply(new long[0][]))
                .hasMessage("a counts table needs at least one row and one column");
    }

    /** Counts like a nations table: mostly large, some zero, about one in eight small. */
    static long[][] randomCounts(Random random, int rows, int columns) {
        return IntStream.range(0, rows).mapToObj(r -> random.longs(columns, 0, 8).map(kind ->
                kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : 5 + random.nextInt(400)).toArray())
                .toArray(long[][]::new);
    }
}
