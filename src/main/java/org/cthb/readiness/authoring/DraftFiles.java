package org.cthb.readiness.authoring;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseWriter;
import org.cthb.readiness.storage.TempFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A draft written out as the course file format, so that checking and publishing go through exactly the path
 * a zip from git takes: same files, same validator, same messages, same importer.
 */
final class DraftFiles {

    private DraftFiles() {
    }

    static <T> T asZip(CourseContent content, Function<Path, T> use) {
        Path zip = null;
        try {
            zip = TempFiles.createFile("course-draft", ".zip");
            try (OutputStream out = Files.newOutputStream(zip)) {
                CourseWriter.zip(content, out);
            }
            return use.apply(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFiles.delete(zip);
        }
    }
}
