package org.cthb.readiness.storage;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where uploaded rosters and course zips are spooled and unpacked: {@code cthb.temp-dir} (the system's temporary
 * folder unless set). One folder for all of them, so an operator (and a test) can see that nothing is left behind.
 */
public final class TempFiles {

    private static final Logger LOG = Logger.getLogger(TempFiles.class);

    private TempFiles() {
    }

    /** The folder, created when missing. */
    public static Path dir() {
        Path dir = ConfigProvider.getConfig().getOptionalValue("cthb.temp-dir", String.class)
                .filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir")));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path createFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(dir(), prefix, suffix);
    }

    public static Path createDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(dir(), prefix);
    }

    /** Deletes a file or a folder with everything in it; a failure is logged, never thrown over the real outcome. */
    public static void delete(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(TempFiles::deleteOne);
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Temporary %s could not be deleted: %s", path, e.getMessage());
        }
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warnf("Temporary %s could not be deleted: %s", path, e.getMessage());
        }
    }
}
