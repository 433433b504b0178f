package org.cthb.readiness.course.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of one course, named by their path relative to the course folder, as problems name them. */
final class CourseFolder {

    private final Path root;
    private final Problems problems;

    CourseFolder(Path root, Problems problems) {
        this.root = root.toAbsolutePath().normalize();
        this.problems = problems;
    }

    boolean exists(String relative) {
        Path path = resolve(relative);
        return path != null && Files.isRegularFile(path);
    }

    /** The text of a file, or empty after reporting why it cannot be read. */
    Optional<String> read(String relative) {
        Path path = resolve(relative);
        if (path == null || !Files.isRegularFile(path)) {
            problems.add(relative, 1, "file is missing");
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(relative, 1, "file is not valid UTF-8");
        } catch (IOException e) {
            problems.add(relative, 1, "file cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File names directly inside a sub-folder, sorted. */
    List<String> filesIn(String folder) {
        Path dir = resolve(folder);
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves a relative path, refusing any that would leave the course folder. */
    Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        return path.startsWith(root) ? path : null;
    }
}
