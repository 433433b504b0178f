package org.cthb.readiness.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Creates the secret files kept in the data folder (signing key, session key, pseudonym key): readable by the owner
 * only, and created once even when several instances start together on a shared folder.
 */
public final class SecretFiles {

    private SecretFiles() {
    }

    /**
     * Writes a new secret next to {@code file} and links it into place, which fails if another instance got there
     * first; the caller then reads whichever secret won, so instances starting together agree. Does nothing when
     * the file exists.
     */
    public static void createOnce(Path file, Supplier<String> secret) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            return;
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = ownerOnlyTempFile(dir, "." + target.getFileName());
        try {
            Files.writeString(temp, secret.get(), StandardCharsets.UTF_8);
            try {
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException lostTheRace) {
            // another instance created the secret between our check and our link: use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path ownerOnlyTempFile(Path dir, String prefix) throws IOException {
        try {
            return Files.createTempFile(dir, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dir, prefix, ".tmp");
        }
    }
}
