package org.cthb.readiness.course.files;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a quiz may ask, as written in quiz.yaml. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUEFALSE("truefalse"),
    /** A short case, then a single-answer question about it. */
    SCENARIO("scenario");

    private final String fileName;

    QuestionType(String fileName) {
        this.fileName = fileName;
    }

    @JsonValue
    public String fileName() {
        return fileName;
    }

    public boolean singleAnswer() {
        return this != MULTIPLE;
    }

    public static Optional<QuestionType> fromFile(String value) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(value)).findFirst();
    }
}
