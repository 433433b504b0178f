package org.cthb.readiness.session;

import org.cthb.readiness.security.SecretFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session encryption key kept in a file beside the service's other keys (same rule as the signing key): created
 * once with 256 random bits, readable by the owner only, so that restarts keep sessions and instances sharing the
 * file agree. The key itself is never logged.
 */
public final class SessionKeyFile {

    /** 32 random bytes in unpadded base64url. */
    public static final int MINIMUM_LENGTH = 32;
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionKeyFile() {
    }

    /** Reads the key from {@code file}, or creates it there if it is missing. */
    public static String loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                SecretFiles.createOnce(file, () -> newKey() + "\n");
            }
            String key = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (key.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("the session key file " + file + " must hold at least "
                        + MINIMUM_LENGTH + " characters; delete it to have a strong one generated");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the session key file " + file, e);
        }
    }

    /** A fresh strong key (never saved). */
    public static String newKey() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
