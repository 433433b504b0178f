package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;

import java.time.Instant;

/** A draft as pages and the API show it; {@code revision} is what the next save must name. */
public record DraftView(String courseId, int baseVersion, int revision, String updatedBy, Instant updatedAt,
                        CourseContent content) {
}
