package org.cthb.readiness.course;

import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.storage.TempFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An uploaded course zip, unpacked into a private temporary folder with limits on size and entries, and no
 * entry allowed to escape the folder. The course is the folder holding course.yaml, at the root or one level down.
 */
final class CourseZip implements AutoCloseable {

    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    static final int MAX_ENTRIES = 5000;

    private final Path dir;

    private CourseZip(Path dir) {
        this.dir = dir;
    }

    /** Unpacks the zip; a zip that is refused half-way leaves nothing behind. */
    static CourseZip unpack(Path zipFile) {
        CourseZip zip;
        try {
            zip = new CourseZip(TempFiles.createDirectory("course-upload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            zip.extract(zipFile);
            return zip;
        } catch (IOException e) {
            zip.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    Path courseFolder() {
        if (Files.isRegularFile(dir.resolve("course.yaml"))) {
            return dir;
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> candidates = children.filter(p -> Files.isRegularFile(p.resolve("course.yaml"))).toList();
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            throw new InvalidInput("file", candidates.isEmpty()
                    ? "the zip holds no course.yaml, neither at its root nor one folder down"
                    : "the zip holds " + candidates.size() + " courses; send one at a time");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The nation's overlay folder: the one folder at the zip's root that holds overlay.yaml. It must be named with
     * the nation's code ({@code FRA/overlay.yaml}), as in {@code courses/overlays/}, which the validator checks.
     */
    Path overlayFolder() {
        if (Files.isRegularFile(dir.resolve("overlay.yaml"))) {
            throw new InvalidInput("file", "put overlay.yaml and the module folders in a folder named with the"
                    + " nation's ISO 3166 alpha-3 code (FRA/overlay.yaml), as in courses/overlays/, and zip that folder");
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> candidates = children.filter(p -> Files.isRegularFile(p.resolve("overlay.yaml"))).toList();
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            throw new InvalidInput("file", candidates.isEmpty()
                    ? "the zip holds no <ISO3>/overlay.yaml (a nation's overlay folder)"
                    : "the zip holds " + candidates.size() + " overlays; send one at a time");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void extract(Path zipFile) throws IOException {
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidInput("file", "the zip has more than " + MAX_ENTRIES + " entries");
                }
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new InvalidInput("file", "zip entry " + entry.getName() + " points outside the course folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    total += copy(in, target, MAX_UNPACKED_BYTES - total);
                }
            }
            if (entries == 0) {
                throw new InvalidInput("file", "the upload is not a zip archive, or it is empty");
            }
        } catch (ZipException e) {
            throw new InvalidInput("file", "the upload is not a readable zip archive: " + e.getMessage());
        }
    }

    private static long copy(InputStream in, Path target, long budget) throws IOException {
        long written = 0;
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                written += n;
                if (written > budget) {
                    throw new InvalidInput("file", "the zip unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                            + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    @Override
    public void close() {
        TempFiles.delete(dir);
    }
}
