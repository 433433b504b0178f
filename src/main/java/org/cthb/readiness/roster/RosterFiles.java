package org.cthb.readiness.roster;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Roster files on disk: both passes read the file, and a background import must own its copy. */
final class RosterFiles {

    private RosterFiles() {
    }

    /** Streams a request body to a temporary file; the size limit applies while reading it. */
    static Path spool(InputStream body) {
        try {
            Path file = Files.createTempFile("roster", ".csv");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
