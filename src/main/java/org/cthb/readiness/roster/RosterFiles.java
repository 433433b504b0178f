package org.cthb.readiness.roster;

import org.cthb.readiness.storage.TempFiles;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Roster files on disk: both passes read the file, and a background import must own its copy. Whoever holds a
 * spooled file deletes it on every path (answer, refusal, exception, end of a background import).
 */
final class RosterFiles {

    private RosterFiles() {
    }

    /** Streams a request body to a temporary file; a copy that fails half-way leaves no file behind. */
    static Path spool(InputStream body) {
        Path file = null;
        try {
            file = TempFiles.createFile("roster", ".csv");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** An upload is deleted when its request ends; a background import needs a copy of its own. */
    static Path copy(FileUpload upload) {
        try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
            return spool(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        TempFiles.delete(file);
    }
}
