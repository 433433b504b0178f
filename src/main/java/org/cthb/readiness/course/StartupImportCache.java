package org.cthb.readiness.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Remembers which content hash a course folder's exact bytes were read into, so that a start with unchanged files
 * compares that hash with the database without parsing, linting and serialising the whole course again (a sixth of
 * the start-up). The key is a SHA-256 of every file of the folder and of the glossary beside it, together with the
 * code that reads them (the application's classes and the YAML and JSON libraries): a new build of the service
 * reads the folder again. The database check itself is never skipped: a hash found here counts only when a version
 * with that hash exists. A missing or unreadable cache file only costs the full read.
 */
final class StartupImportCache {

    /** The glossary shared by the course folders, read beside each (course.files.Glossary). */
    static final String GLOSSARY = "glossary.yaml";

    private final Path file;
    private final Properties entries = new Properties();

    StartupImportCache(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                entries.load(in);
            } catch (IOException | IllegalArgumentException e) {
                entries.clear();
            }
        }
    }

    /** Course id and content hash that these files were read into by this very code, if known. */
    Optional<Known> lookup(String key) {
        String value = key == null ? null : entries.getProperty(key);
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.split(" ", 2);
        return parts.length == 2 ? Optional.of(new Known(parts[0], parts[1])) : Optional.empty();
    }

    void remember(String key, String courseId, String contentHash) {
        if (file == null || key == null) {
            return;
        }
        entries.setProperty(key, courseId + " " + contentHash);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".course-start", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                entries.store(out, "Course folders already read (course/StartupImportCache); safe to delete");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Only the next start's shortcut is lost.
        }
    }

    record Known(String courseId, String contentHash) {
    }

    /** The key of a course folder's current bytes read by the current code; null when it cannot be computed. */
    static String key(Path folder, String codeIdentity) {
        if (codeIdentity == null) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(codeIdentity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Path root = folder.toAbsolutePath().normalize();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                add(digest, root.relativize(f).toString(), Files.readAllBytes(f));
            }
            Path glossary = root.getParent() == null ? null : root.getParent().resolve(GLOSSARY);
            if (glossary != null && Files.isRegularFile(glossary)) {
                add(digest, "../" + GLOSSARY, Files.readAllBytes(glossary));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Identifies the code that turns files into content: the application's classes (entry names and CRCs of its
     * jar, or the bytes of its class files when run from a folder) and the versions of the YAML and JSON libraries.
     */
    static String codeIdentity() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path app = location(StartupImportCache.class);
            if (app == null) {
                return null;
            }
            if (Files.isDirectory(app)) {
                List<Path> classes;
                try (Stream<Path> walk = Files.walk(app)) {
                    classes = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path c : classes) {
                    add(digest, app.relativize(c).toString(), Files.readAllBytes(c));
                }
            } else {
                try (JarFile jar = new JarFile(app.toFile())) {
                    jar.stream().map(JarEntry.class::cast).sorted(java.util.Comparator.comparing(JarEntry::getName))
                            .forEach(e -> digest.update((e.getName() + "\0" + e.getCrc() + "\0" + e.getSize() + "\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
            for (Class<?> library : new Class<?>[] {org.yaml.snakeyaml.Yaml.class,
                    com.fasterxml.jackson.databind.ObjectMapper.class}) {
                Path jar = location(library);
                digest.update(String.valueOf(jar == null ? library.getName() : jar.getFileName())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return null;
        }
        return Path.of(source.getLocation().toURI());
    }

    private static void add(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Long.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
    }
}
