package org.cthb.readiness.course;

import org.cthb.readiness.course.files.FileProblem;

import java.util.List;

/** A course folder or zip with problems; nothing of it was imported. */
public class InvalidCourse extends RuntimeException {

    private final transient List<FileProblem> problems;

    public InvalidCourse(List<FileProblem> problems) {
        super(problems.size() + " problem(s) in the course: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
