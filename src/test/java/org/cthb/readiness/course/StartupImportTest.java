package org.cthb.readiness.course;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart with the course files of an older version never brings that content back over a newer version. */
@QuarkusTest
class StartupImportTest {

    @Inject
    CourseImporter importer;
    @Inject
    CourseCatalog catalog;

    @Test
    void filesAlreadyImportedOnceDoNotReplaceANewerVersion(@TempDir Path dir) throws IOException {
        String id = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        Path original = copy(Path.of("src/test/resources/course-fixtures/valid"), dir.resolve("original"), id, null);
        Path revised = copy(original, dir.resolve("revised"), id, "Mini course, revised in the browser");

        assertThat(importer.importFolderIfNew(original, "system").created()).isTrue();
        assertThat(importer.importFolder(revised, "author@example.org").version()).isEqualTo(2);

        CourseImporter.ImportResult restart = importer.importFolderIfNew(original, "system");
        assertThat(restart.created()).isFalse();
        assertThat(restart.version()).isEqualTo(1);
        assertThat(catalog.current(id).number()).isEqualTo(2);
        assertThat(catalog.current(id).content().title().en()).isEqualTo("Mini course, revised in the browser");
    }

    /** Copies a course folder, giving it its own id and, optionally, another English title. */
    private static Path copy(Path from, Path to, String id, String titleEn) throws IOException {
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
        Path course = to.resolve("course.yaml");
        String yaml = Files.readString(course).replaceFirst("(?m)^id: .*$", "id: " + id);
        if (titleEn != null) {
            yaml = yaml.replaceFirst("(?m)^  en: Mini course$", "  en: " + titleEn);
        }
        Files.writeString(course, yaml);
        return to;
    }
}
