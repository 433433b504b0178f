package org.cthb.readiness.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane), through password4j, always on the
 * bounded {@link PasswordHashing} pool. Verification reads the parameters from the stored hash, so raising them
 * later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Checked against when an account does not exist, so that timing does not reveal which e-mails exist. */
    private static final String DUMMY_HASH = Password.hash("no such account").addRandomSalt(16).with(ARGON2ID).getResult();

    @Inject
    PasswordHashing hashing;

    public String hash(String password) {
        return hashing.run(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult());
    }

    public boolean matches(String password, String hash) {
        if (hash == null) {
            hashing.run(() -> Password.check(password, DUMMY_HASH).with(ARGON2ID));
            return false;
        }
        return hashing.run(() -> Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash)));
    }
}
