package org.cthb.readiness.course;

import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national overlays of the tests (GRC, ITA: nations no other test class uses, since the test database and the
 * shipped course are shared), zipped as an author uploads them, and their import into the shipped course.
 */
public final class NationalOverlays {

    public static final Path FIXTURES = Path.of("src/test/resources/national-overlays");
    public static final String A = "GRC";
    public static final String B = "ITA";

    private NationalOverlays() {
    }

    public static String moduleOf(String nation) {
        return nation.toLowerCase() + "-national-law";
    }

    public static RequestSpecification asAuthor() {
        return Csrf.with(given().auth().preemptive().basic(TestAccounts.create(Role.AUTHOR, null),
                TestAccounts.PASSWORD));
    }

    /** The nation's overlay folder zipped under its own name ({@code GRC/overlay.yaml}), texts replaced as given. */
    public static byte[] zip(String nation, Map<String, String> replacements) {
        Path root = FIXTURES.resolve(nation);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(nation + "/" + name));
                String text = Files.readString(file);
                for (Map.Entry<String, String> r : replacements.entrySet()) {
                    if (name.equals(r.getKey().substring(0, r.getKey().indexOf('|')))) {
                        text = text.replace(r.getKey().substring(r.getKey().indexOf('|') + 1), r.getValue());
                    }
                }
                zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] zip(String nation) {
        return zip(nation, Map.of());
    }

    /** Both nations' overlays merged into the shipped course (201 the first time, 200 once unchanged). */
    public static void importBoth() {
        for (String nation : List.of(A, B)) {
            int status = asAuthor().multiPart("file", nation + ".zip", zip(nation), "application/zip")
                    .post("/api/courses/overlays/import").then().extract().statusCode();
            assertThat(status).as("import of the " + nation + " overlay").isIn(200, 201);
        }
    }
}
