package org.cthb.readiness.learning;

/**
 * A lesson page. A sensitive lesson opened without a choice shows only its content note ({@code NOTE}): the
 * learner then chooses the lesson or its non-graphic alternative, which counts the same.
 */
public record LessonView(String courseId, int version, String moduleId, String moduleTitle, String lesson,
                         String title, int minutes, boolean sensitive, String contentNote, View view, String html,
                         boolean done, int position, int count, boolean hasAlternative) {

    /** What the page shows. */
    public enum View { NOTE, LESSON, ALTERNATIVE }

    public boolean showsNote() {
        return view == View.NOTE;
    }

    public boolean showsAlternative() {
        return view == View.ALTERNATIVE;
    }
}
