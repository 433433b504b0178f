package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a course folder, so that authors see them all at once, not one per attempt. */
final class Problems {

    private final List<FileProblem> found = new ArrayList<>();

    void add(String file, int line, String message) {
        found.add(new FileProblem(file, line, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<FileProblem> sorted() {
        return found.stream().sorted(Comparator.comparing(FileProblem::file).thenComparingInt(FileProblem::line)).toList();
    }
}
