package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;

import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/** Publishes given content again through a draft, so that a test that changed a shared course leaves it as found. */
public final class Restore {

    private Restore() {
    }

    public static void publish(String courseId, CourseContent content) {
        String author = Fixtures.author();
        int revision = Fixtures.as(author).post("/api/authoring/courses/" + courseId + "/draft").then()
                .statusCode(anyOf(equalTo(200), equalTo(201))).extract().path("revision");
        Fixtures.as(author).body(Map.of("revision", revision, "content", content))
                .put("/api/authoring/courses/" + courseId + "/draft").then().statusCode(200);
        Fixtures.as(author).body(Map.of("revision", revision + 1))
                .post("/api/authoring/courses/" + courseId + "/draft/publish").then()
                .statusCode(anyOf(equalTo(200), equalTo(201)));
    }
}
