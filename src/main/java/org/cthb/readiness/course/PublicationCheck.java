package org.cthb.readiness.course;

import org.cthb.readiness.course.files.CourseContent;

/**
 * A rule that other features hold a new course version to before it is published (the minimum standards: no
 * version may leave out a module a standard in force requires). Throws a service exception to refuse; runs inside
 * the publishing transaction, on every path: API import, authoring publish, start-up import.
 */
public interface PublicationCheck {

    void check(CourseContent content);
}
