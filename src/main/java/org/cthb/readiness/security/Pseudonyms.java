package org.cthb.readiness.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The ids that stand for a learner outside the service (xAPI actors sent to a nation's LRS, credential subjects):
 * an HMAC-SHA256 of the account id under a secret key kept in the data folder, so that they are stable (the same
 * learner is the same id in every statement and every certificate, before and after a roster links the account)
 * but cannot be turned back into an account id by anyone without the key. Each use has its own id, so an LRS and a
 * credential cannot be joined on it either.
 */
@ApplicationScoped
public class Pseudonyms {

    /** What a pseudonym is for; the same account has unrelated ids in each. */
    public enum Use { XAPI_ACTOR, CREDENTIAL_SUBJECT, XAPI_REGISTRATION }

    private static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    @ConfigProperty(name = "cthb.pseudonym.key-file", defaultValue = "data/pseudonym-key")
    Path file;

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        key = new SecretKeySpec(loadOrCreate(file), ALGORITHM);
    }

    /** The account's id for this use: a name-based UUID (version 8) made of the keyed hash. */
    public UUID of(Use use, long accountId) {
        return keyed(use.name() + ":account:" + accountId);
    }

    /** The id of something else for this use (an attempt, an enrolment), made the same way. */
    public UUID of(Use use, String subject) {
        return keyed(use.name() + ":" + subject);
    }

    private UUID keyed(String subject) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] hash = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x80);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The same, as the URN that leaves the service. */
    public String urn(Use use, long accountId) {
        return "urn:uuid:" + of(use, accountId);
    }

    /**
     * Reads the key, or creates it (random, readable by the owner only) when the file is missing. Every instance must
     * read the same file: a new key changes every pseudonym from then on. Instances starting together agree, since
     * the key is linked into place and the one that loses the race reads the winner's.
     */
    static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                SecretFiles.createOnce(file, () -> {
                    byte[] key = new byte[KEY_BYTES];
                    new SecureRandom().nextBytes(key);
                    return Base64.getEncoder().encodeToString(key) + "\n";
                });
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("the pseudonym key " + file + " is shorter than " + KEY_BYTES
                        + " bytes");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the pseudonym key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the pseudonym key " + file + " is not Base64", e);
        }
    }
}
