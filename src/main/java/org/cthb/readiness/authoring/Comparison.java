package org.cthb.readiness.authoring;

import java.util.List;

/**
 * What changed from one version (or the draft) to another: the course's own fields, then per module its fields
 * and its lessons and questions that were added, removed or changed, naming the changed fields.
 */
public record Comparison(String courseId, String from, String to, List<String> courseFields,
                         List<ModuleChange> modules) {

    public enum Change { ADDED, REMOVED, CHANGED }

    /** A module with a difference; unchanged modules are left out. */
    public record ModuleChange(String id, String title, Change change, List<String> fields,
                               List<ItemChange> lessons, List<ItemChange> questions,
                               @com.fasterxml.jackson.annotation.JsonIgnore org.cthb.readiness.course.files.Text titles) {
    }

    /** A lesson or question that differs, with the fields that differ (empty when added or removed). */
    public record ItemChange(String id, Change change, List<String> fields) {
    }

    public boolean identical() {
        return courseFields.isEmpty() && modules.isEmpty();
    }
}
