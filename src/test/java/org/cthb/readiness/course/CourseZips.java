package org.cthb.readiness.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips a fixture course under a fresh id, so that each test owns its course. */
public final class CourseZips {

    static final Path FIXTURES = Path.of("src/test/resources/course-fixtures");

    private CourseZips() {
    }

    public static String freshId() {
        return "mini-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The fixture's files under a folder named like the course, with {@code id: mini} replaced. */
    public static byte[] zip(String fixture, String courseId) {
        Path root = FIXTURES.resolve(fixture);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(courseId + "/" + root.relativize(file).toString().replace('\\', '/')));
                byte[] content = Files.readAllBytes(file);
                if (file.getFileName().toString().equals("course.yaml")) {
                    content = new String(content).replace("id: mini", "id: " + courseId).getBytes();
                }
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The valid fixture with one lesson sentence changed: new content, new hash. */
    static byte[] changed(String courseId) {
        byte[] original = zip("valid", courseId);
        return replaceInZip(original, "grave abuse of human rights (p4).", "grave abuse of human rights and dignity (p4).");
    }

    static byte[] replaceInZip(byte[] zip, String from, String to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(new String(in.readAllBytes()).replace(from, to).getBytes());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
