package org.cthb.readiness.course;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.authoring.Fixtures;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.storage.TempFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path that takes an upload in (rosters and course zips: success, refusal, exception, dry run, background
 * import, authoring publish and export) leaves the temporary folder as it found it, multipart uploads included.
 */
@QuarkusTest
class NoTempFilesLeftTest {

    private static final String HEADER = "national_id;given_name;family_name;category;rank;gender;birth_year;email;mission;role;start_date\n";

    private static String roster(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            String id = "TMP" + java.util.UUID.randomUUID().toString().substring(0, 8);
            csv.append(id).append(";Alex;Martin;military;Sgt;female;1990;").append(id.toLowerCase())
                    .append("@mil.example;KFOR;ALL_PERSONNEL;2027-03-01\n");
        }
        return csv.toString();
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    @Test
    void rosterUploadsLeaveNothingBehind() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        String good = roster(3);
        String bad = good + "X1;Alex;Martin;soldier;;male;1985;s@x.example;KFOR;ALL_PERSONNEL;2027-03-01\n";
        String[] bodies = {good, bad};
        for (String body : bodies) {
            unchanged("text/csv dry run", () -> as(officer).contentType("text/csv").body(body)
                    .post("/api/nations/FRA/roster").then().statusCode(200));
            unchanged("multipart dry run", () -> Csrf.with(as(officer)).multiPart("file", "r.csv", body.getBytes(),
                    "text/csv").post("/api/nations/FRA/roster").then().statusCode(200));
            unchanged("page check", () -> Csrf.with(as(officer)).multiPart("file", "r.csv", body.getBytes(),
                    "text/csv").multiPart("action", "check").post("/nations/FRA/roster").then().statusCode(200));
        }
        unchanged("text/csv import", () -> as(officer).contentType("text/csv").body(roster(2))
                .post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200));
        unchanged("text/csv refused import", () -> as(officer).contentType("text/csv").body(bad)
                .post("/api/nations/FRA/roster?dryRun=false").then().statusCode(422));
        unchanged("multipart import", () -> Csrf.with(as(officer)).multiPart("file", "r.csv", roster(2).getBytes(),
                "text/csv").post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200));
        unchanged("another nation's roster", () -> as(officer).contentType("text/csv").body(good)
                .post("/api/nations/DEU/roster?dryRun=false&async=true").then().statusCode(404));
        unchanged("another nation's roster, multipart", () -> Csrf.with(as(officer)).multiPart("file", "r.csv",
                good.getBytes(), "text/csv").post("/api/nations/DEU/roster?dryRun=false&async=true").then()
                .statusCode(404));
        unchanged("another nation's page import", () -> Csrf.with(as(officer)).multiPart("file", "r.csv",
                good.getBytes(), "text/csv").multiPart("action", "import").redirects().follow(false)
                .post("/nations/DEU/roster").then().statusCode(404));
        for (String body : bodies) {
            unchanged("background import", () -> {
                String location = as(officer).contentType("text/csv").body(body)
                        .post("/api/nations/FRA/roster?dryRun=false&async=true").then().statusCode(202)
                        .extract().header("Location");
                awaitEnd(officer, location.substring(location.indexOf("/api/")));
            });
            unchanged("background import, multipart", () -> {
                String location = Csrf.with(as(officer)).multiPart("file", "r.csv", body.getBytes(), "text/csv")
                        .post("/api/nations/FRA/roster?dryRun=false&async=true").then().statusCode(202)
                        .extract().header("Location");
                awaitEnd(officer, location.substring(location.indexOf("/api/")));
            });
        }
    }

    @Test
    void courseZipsLeaveNothingBehind() {
        String author = TestAccounts.create(Role.AUTHOR, null);
        String id = CourseZips.freshId();
        unchanged("valid zip", () -> Csrf.with(as(author)).multiPart("file", "c.zip", CourseZips.zip("valid", id),
                "application/zip").post("/api/courses/validate").then().statusCode(200));
        unchanged("invalid course", () -> Csrf.with(as(author)).multiPart("file", "c.zip",
                CourseZips.zip("script-in-markdown", id), "application/zip").post("/api/courses/validate").then()
                .statusCode(422));
        unchanged("import refused", () -> Csrf.with(as(author)).multiPart("file", "c.zip",
                CourseZips.zip("draw-larger-than-pool", id), "application/zip").post("/api/courses/import").then()
                .statusCode(422));
        unchanged("import", () -> Csrf.with(as(author)).multiPart("file", "c.zip", CourseZips.zip("valid", id),
                "application/zip").post("/api/courses/import").then().statusCode(201));
        unchanged("zip escaping its folder", () -> Csrf.with(as(author)).multiPart("file", "c.zip",
                escaping(), "application/zip").post("/api/courses/validate").then().statusCode(400));
        unchanged("not a zip", () -> Csrf.with(as(author)).multiPart("file", "c.zip", "not a zip".getBytes(),
                "application/zip").post("/api/courses/import").then().statusCode(400));
        unchanged("export", () -> as(author).get("/api/courses/" + id + "/versions/1/export").then()
                .statusCode(200));
    }

    @Test
    void authoringLeavesNothingBehind() {
        String course = Fixtures.freshCourse("valid");
        String author = Fixtures.author();
        unchanged("draft, check, export and publish", () -> {
            int revision = Fixtures.as(author).post("/api/authoring/courses/" + course + "/draft").then()
                    .statusCode(201).extract().path("revision");
            Fixtures.as(author).get("/api/authoring/courses/" + course + "/draft/validation").then().statusCode(200);
            Fixtures.as(author).get("/api/authoring/courses/" + course + "/draft/export").then().statusCode(200);
            Fixtures.as(author).body(Map.of("revision", revision))
                    .post("/api/authoring/courses/" + course + "/draft/publish").then().statusCode(200);
        });
    }

    /** A zip whose second entry points outside the folder it is unpacked into: refused after the first is written. */
    private static byte[] escaping() {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("c/course.yaml"));
            zip.write("id: x\n".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("../../evil.txt"));
            zip.write("x".getBytes());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void awaitEnd(String officer, String location) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (java.time.Instant.now().isBefore(deadline)) {
            String status = as(officer).get(location).then().statusCode(200).extract().path("status");
            if (!"RUNNING".equals(status)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void unchanged(String path, Runnable request) {
        List<Path> before = files();
        request.run();
        // The HTTP server deletes a request's multipart files asynchronously once the response has ended, so the
        // folder may still hold them for a moment after the answer arrived; a leak stays, a deletion under way ends.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(5);
        while (!new java.util.HashSet<>(files()).equals(new java.util.HashSet<>(before))
                && java.time.Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(files()).as("temporary files after " + path).containsExactlyInAnyOrderElementsOf(before);
    }

    /** Every file and folder under the temporary folder (multipart uploads land there too), except its upload folder. */
    private static List<Path> files() {
        Path dir = TempFiles.dir();
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir) && !p.equals(dir.resolve("uploads"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
