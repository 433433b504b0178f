package org.cthb.readiness.authoring;

import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseImporter;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseReader;
import org.cthb.readiness.security.Role;

import java.nio.file.Path;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A fresh published course per test, from the valid fixture, and authors to edit it. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Publishes the fixture under a new id as version 1 and returns the id. */
    public static String freshCourse(String fixture) {
        String id = "auth-" + UUID.randomUUID().toString().substring(0, 8);
        CourseContent read = CourseReader.read(Path.of("src/test/resources/course-fixtures", fixture)).content();
        CourseContent content = new CourseContent(id, read.title(), read.description(), read.modules(), read.assets());
        CDI.current().select(CourseImporter.class).get().importContent(content, "test");
        return id;
    }

    public static String author() {
        return TestAccounts.create(Role.AUTHOR, null);
    }

    public static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType("application/json");
    }
}
