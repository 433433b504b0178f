package org.cthb.readiness.course.files;

/** A text in both of NATO's official languages. */
public record Text(String en, String fr) {

    public String in(String language) {
        return "fr".equals(language) ? fr : en;
    }
}
