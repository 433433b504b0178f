package org.cthb.readiness.course;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.quiz.analysis.TestCourse;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.quiz.analysis.TestCourse.text;

/** An image of a course is imported with the version and served, cacheable, at the address its lessons use. */
@QuarkusTest
class CourseImageTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<rect width=\"10\" height=\"10\"/></svg>";

    @Test
    void theImageOfAnImportedVersionIsServed() {
        TestCourse course = new TestCourse("img");
        course.file("course.yaml", "id: " + course.id() + "\ntitle: " + text("Images", "Images")
                + "\ndescription: " + text("d", "d") + "\nmodules:\n  - 01-basics\n");
        course.file("01-basics/module.yaml", "id: basics\ntitle: " + text("B", "B") + "\nsummary: " + text("s", "s")
                + "\nroles: [ALL_PERSONNEL]\nlessons:\n  - 01-intro\nquiz: quiz.yaml\n");
        course.lesson("01-basics", "01-intro", "Intro", "# Intro\n\n![A square](images/square.svg)\n");
        course.file("01-basics/images/square.svg", SVG);
        course.file("01-basics/quiz.yaml", "draw: 1\npassMark: 100\nattempts: 3\ncooldownMinutes: 0\nquestions:\n"
                + "  - id: q1\n    type: single\n    paragraph: p4\n    text: " + text("Q", "Q") + "\n    options:\n"
                + "      - id: a\n        correct: true\n        text: " + text("A", "A") + "\n        feedback: "
                + text("f", "f") + "\n      - id: b\n        text: " + text("B", "B") + "\n        feedback: "
                + text("f", "f") + "\n");
        String author = TestAccounts.create(Role.AUTHOR, null);
        Response imported = given().auth().preemptive().basic(author, TestAccounts.PASSWORD)
                .multiPart("file", "c.zip", course.zip()).post("/api/courses/import");
        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(201);
        int version = imported.path("version");

        String address = "/course-assets/" + course.id() + "/" + version + "/01-basics/images/square.svg";
        String learner = TestAccounts.create(Role.LEARNER, null);
        Response image = given().auth().preemptive().basic(learner, TestAccounts.PASSWORD).get(address);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/svg+xml");
        assertThat(image.asString()).isEqualTo(SVG);
        assertThat(image.header("Cache-Control")).contains("immutable");
        given().auth().preemptive().basic(learner, TestAccounts.PASSWORD)
                .get(address.replace("square.svg", "other.svg")).then().statusCode(404);
        given().redirects().follow(false).get(address).then().statusCode(org.hamcrest.Matchers.not(200));
    }
}
