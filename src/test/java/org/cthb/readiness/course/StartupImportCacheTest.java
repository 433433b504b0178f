package org.cthb.readiness.course;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up shortcut knows a course folder only by its exact bytes, its glossary and the code that read it. */
class StartupImportCacheTest {

    @Test
    void anyChangedByteGlossaryOrCodeGivesAnotherKey(@TempDir Path dir) throws IOException {
        Path course = Files.createDirectories(dir.resolve("courses/c1/m1"));
        Files.writeString(dir.resolve("courses/c1/course.yaml"), "id: c1\n");
        Files.writeString(course.resolve("lesson.md"), "# Lesson\n");
        String key = StartupImportCache.key(dir.resolve("courses/c1"), "code-1");
        assertThat(key).isNotNull().isEqualTo(StartupImportCache.key(dir.resolve("courses/c1"), "code-1"));
        assertThat(StartupImportCache.key(dir.resolve("courses/c1"), "code-2")).isNotEqualTo(key);
        assertThat(StartupImportCache.key(dir.resolve("courses/c1"), null)).isNull();

        Files.writeString(course.resolve("lesson.md"), "# Lesson!\n");
        String edited = StartupImportCache.key(dir.resolve("courses/c1"), "code-1");
        assertThat(edited).isNotEqualTo(key);
        Files.writeString(dir.resolve("courses/glossary.yaml"), "terms: []\n");
        assertThat(StartupImportCache.key(dir.resolve("courses/c1"), "code-1")).isNotEqualTo(edited);
        Files.move(course.resolve("lesson.md"), course.resolve("renamed.md"));
        assertThat(StartupImportCache.key(dir.resolve("courses/c1"), "code-1")).isNotEqualTo(edited);
    }

    @Test
    void rememberedAcrossStartsAndHarmlessWhenBroken(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data/course-start-cache.properties");
        new StartupImportCache(file).remember("k1", "cthb-predeployment", "abc123");
        assertThat(new StartupImportCache(file).lookup("k1"))
                .contains(new StartupImportCache.Known("cthb-predeployment", "abc123"));
        assertThat(new StartupImportCache(file).lookup("k2")).isEmpty();
        assertThat(new StartupImportCache(null).lookup("k1")).isEmpty();

        Files.writeString(file, "\\u12");
        assertThat(new StartupImportCache(file).lookup("k1")).isEmpty();
    }

    @Test
    void theCodeIsIdentified() {
        assertThat(StartupImportCache.codeIdentity()).isNotNull().hasSize(64);
    }
}
