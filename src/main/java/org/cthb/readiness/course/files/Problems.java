package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a course folder, so that authors see them all at once, not one per attempt, and the
 * warnings beside them. Lint findings (test-wise cues, glossary, French typography) are warnings unless the
 * course asks for strict lint ({@code lint: strict} in course.yaml), when they are problems like any other. It also
 * keeps every text with its translation and place, for the glossary and French typography checks.
 */
final class Problems {

    private static final Comparator<FileProblem> BY_PLACE = Comparator.comparing(FileProblem::file)
            .thenComparingInt(FileProblem::line);

    private final List<FileProblem> found = new ArrayList<>();
    private final List<FileProblem> warnings = new ArrayList<>();
    private final List<BilingualText> texts = new ArrayList<>();
    private boolean strictLint;

    void add(String file, int line, String message) {
        found.add(new FileProblem(file, line, message));
    }

    void warn(String file, int line, String message) {
        warnings.add(new FileProblem(file, line, message));
    }

    /** A finding of the lint: a warning, or a problem when the course asks for strict lint. */
    void lint(String file, int line, String message) {
        if (strictLint) {
            add(file, line, message);
        } else {
            warn(file, line, message);
        }
    }

    /** Remembers a text and its translation for the checks that read across the whole course once it is read. */
    void text(BilingualText text) {
        texts.add(text);
    }

    List<BilingualText> texts() {
        return List.copyOf(texts);
    }

    void strictLint(boolean strict) {
        this.strictLint = strict;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<FileProblem> sorted() {
        return found.stream().sorted(BY_PLACE).toList();
    }

    List<FileProblem> sortedWarnings() {
        return warnings.stream().sorted(BY_PLACE).toList();
    }
}
