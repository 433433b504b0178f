package org.cthb.readiness.offline;

import java.util.List;

/**
 * One change a learner made while offline, as the browser queued it. {@code kind} "lesson": {@code version},
 * {@code module}, {@code lesson} and {@code alternative} (read in its non-graphic version) mark a lesson done.
 * {@code kind} "answer": {@code attempt}, {@code question} and {@code options} (by their position as shown, "1",
 * "2", ...) save a quiz answer.
 */
public record OfflineChange(String kind, Integer version, String module, String lesson, Boolean alternative,
                            Long attempt, String question, List<String> options) {
}
