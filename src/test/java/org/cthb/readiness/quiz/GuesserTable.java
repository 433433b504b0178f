package org.cthb.readiness.quiz;

import java.nio.file.Path;
import java.util.List;

/** The guesser's figures as a table for the build log: a row per module, a column per strategy. */
final class GuesserTable {

    private GuesserTable() {
    }

    static String of(Path course, List<Guesser.Figures> figures) {
        StringBuilder table = new StringBuilder("\nGuesser over ").append(course).append(": ").append(Guesser.LEARNERS)
                .append(" simulated learners per cell, seed ").append(Guesser.SEED)
                .append("; each cell is 'pass % per attempt / pass % within the module's attempts'"
                        + " (limits 5 / 10; * marks a cell over a limit)\n");
        table.append(String.format("%-26s", "module"));
        for (GuessStrategy strategy : GuessStrategy.values()) {
            table.append(String.format("| %-13s", strategy.label));
        }
        table.append('\n');
        String module = null;
        for (Guesser.Figures f : figures) {
            if (!f.module().equals(module)) {
                table.append(module == null ? "" : "\n").append(String.format("%-26s", f.module()));
                module = f.module();
            }
            boolean over = f.perAttempt() > GuesserTest.PER_ATTEMPT_LIMIT
                    || f.withinAttempts() > GuesserTest.WITHIN_ATTEMPTS_LIMIT;
            table.append(String.format("| %5.1f /%5.1f%s", f.perAttempt() * 100, f.withinAttempts() * 100,
                    over ? "*" : " "));
        }
        return table.append('\n').toString();
    }
}
