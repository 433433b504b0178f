package org.cthb.readiness.course;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.course.files.CourseContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A nation's overlay folder reaches its course: merged into a new version with its modules marked with the nation,
 * through the API (an author's zip) and at start-up; an invalid one is refused naming file and line, with nothing
 * written; a later import of the course's own files keeps the national modules, and an export leaves them out.
 */
@QuarkusTest
class NationalOverlayImportTest {

    static final String COURSE = "cthb-predeployment";

    @Inject
    CourseCatalog catalog;
    @Inject
    CourseImporter importer;
    @Inject
    CourseStartupImport startup;

    @Test
    void anAuthorsOverlayZipIsMergedIntoTheCourseMarkedWithItsNation() {
        NationalOverlays.importBoth();
        CourseContent content = catalog.current(COURSE).content();
        CourseContent.ModuleContent greek = content.module("grc-national-law").orElseThrow();
        assertThat(greek.nation()).isEqualTo("GRC");
        assertThat(greek.folder()).isEqualTo("overlays/GRC/01-national-law");
        assertThat(content.module("ita-national-law").orElseThrow().nation()).isEqualTo("ITA");
        assertThat(content.modules()).filteredOn(m -> m.nation() == null).extracting(CourseContent.ModuleContent::id)
                .contains("why-it-matters", "reporting").doesNotContain("grc-national-law");

        // The same files again change nothing.
        int version = catalog.current(COURSE).number();
        NationalOverlays.asAuthor().multiPart("file", "GRC.zip", NationalOverlays.zip("GRC"), "application/zip")
                .post("/api/courses/overlays/import").then().statusCode(200).body("created", equalTo(false))
                .body("version", equalTo(version)).body("courseId", equalTo(COURSE));
        // The validator answers for an overlay as for a course.
        NationalOverlays.asAuthor().multiPart("file", "ITA.zip", NationalOverlays.zip("ITA"), "application/zip")
                .post("/api/courses/overlays/validate").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void anInvalidOverlayIsRefusedNamingFileAndLineAndNothingIsWritten() {
        NationalOverlays.importBoth();
        int version = catalog.current(COURSE).number();
        byte[] bad = NationalOverlays.zip("GRC", Map.of("01-national-law/quiz.yaml|draw: 2", "draw: 3",
                "01-national-law/module.yaml|National law (GRC test fixture)", "Changed title"));
        NationalOverlays.asAuthor().multiPart("file", "GRC.zip", bad, "application/zip")
                .post("/api/courses/overlays/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("problems[0].file", equalTo("01-national-law/quiz.yaml"))
                .body("problems[0].line", equalTo(1))
                .body("problems[0].message", equalTo("draw 3 is larger than the pool of 2 questions"));
        NationalOverlays.asAuthor().multiPart("file", "GRC.zip", bad, "application/zip")
                .post("/api/courses/overlays/validate").then().statusCode(422).body("valid", equalTo(false))
                .body("problems[0].file", equalTo("01-national-law/quiz.yaml"));

        byte[] unknownCourse = NationalOverlays.zip("GRC", Map.of("overlay.yaml|course: cthb-predeployment",
                "course: no-such-course"));
        NationalOverlays.asAuthor().multiPart("file", "GRC.zip", unknownCourse, "application/zip")
                .post("/api/courses/overlays/import").then().statusCode(422)
                .body("problems[0].file", equalTo("overlay.yaml"))
                .body("problems[0].line", equalTo(3))
                .body("problems[0].message", containsString("course 'no-such-course' is not published"));

        // A folder not named with the nation's code is refused, naming the field.
        NationalOverlays.asAuthor().multiPart("file", "c.zip", CourseZips.zip("valid", CourseZips.freshId()),
                        "application/zip").post("/api/courses/overlays/import").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("overlay.yaml"));
        NationalOverlays.asAuthor().multiPart("note", "no file").post("/api/courses/overlays/import").then()
                .statusCode(400).body("field", equalTo("file"));

        assertThat(catalog.current(COURSE).number()).isEqualTo(version);
        assertThat(catalog.current(COURSE).content().module("grc-national-law").orElseThrow().title().en())
                .isEqualTo("National law (GRC test fixture)");
    }

    @Test
    void onlyAuthorsAndAdministratorsImportOverlays() {
        io.restassured.RestAssured.given().multiPart("file", "GRC.zip", NationalOverlays.zip("GRC"))
                .post("/api/courses/overlays/import").then().statusCode(org.hamcrest.Matchers.oneOf(401, 403));
        org.cthb.readiness.Csrf.with(io.restassured.RestAssured.given().auth().preemptive().basic(
                        org.cthb.readiness.TestAccounts.create(org.cthb.readiness.security.Role.LEARNER, "GRC"),
                        org.cthb.readiness.TestAccounts.PASSWORD))
                .multiPart("file", "GRC.zip", NationalOverlays.zip("GRC"), "application/zip")
                .post("/api/courses/overlays/import").then().statusCode(403);
    }

    @Test
    void atStartEveryValidOverlayIsImportedAndAnInvalidOneIsLoggedWithoutStoppingTheService(@TempDir Path dir)
            throws IOException {
        String id = "overlaid-" + UUID.randomUUID().toString().substring(0, 8);
        Path course = copy(Path.of("src/test/resources/course-fixtures/valid"), dir.resolve("course"));
        Files.writeString(course.resolve("course.yaml"),
                Files.readString(course.resolve("course.yaml")).replaceFirst("(?m)^id: .*$", "id: " + id));
        assertThat(importer.importFolderIfNew(course, "system").version()).isEqualTo(1);

        Path overlays = dir.resolve("overlays");
        Path greek = copy(NationalOverlays.FIXTURES.resolve("GRC"), overlays.resolve("GRC"));
        Files.writeString(greek.resolve("overlay.yaml"), Files.readString(greek.resolve("overlay.yaml"))
                .replace("course: cthb-predeployment", "course: " + id));
        copy(Path.of("src/test/resources/overlay-fixtures/XYZ"), overlays.resolve("XYZ"));
        Path orphan = copy(NationalOverlays.FIXTURES.resolve("ITA"), overlays.resolve("ITA"));
        Files.writeString(orphan.resolve("overlay.yaml"), Files.readString(orphan.resolve("overlay.yaml"))
                .replace("course: cthb-predeployment", "course: not-published-" + id));

        startup.importOverlays(overlays);

        CourseCatalog.Version merged = catalog.current(id);
        assertThat(merged.number()).isEqualTo(2);
        assertThat(merged.content().modules()).extracting(CourseContent.ModuleContent::id)
                .containsExactly("basics", "grc-national-law");
        assertThat(merged.content().module("grc-national-law").orElseThrow().nation()).isEqualTo("GRC");
        // A second start with the same files is a no-op.
        startup.importOverlays(overlays);
        assertThat(catalog.current(id).number()).isEqualTo(2);

        // The course's own files, changed, are published with the national module carried over ...
        Files.writeString(course.resolve("course.yaml"), Files.readString(course.resolve("course.yaml"))
                .replaceFirst("(?m)^  en: Mini course$", "  en: Mini course, revised"));
        assertThat(importer.importFolder(course, "author@example.org").version()).isEqualTo(3);
        assertThat(catalog.current(id).content().module("grc-national-law")).isPresent();
        // ... and an export holds the course's own files only: the module belongs to the overlay folder.
        List<String> entries = entries(NationalOverlays.asAuthor().get("/api/courses/" + id + "/versions/3/export")
                .then().statusCode(200).extract().asByteArray());
        assertThat(entries).isNotEmpty().noneMatch(e -> e.contains("national-law") || e.contains("overlays/"));
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
