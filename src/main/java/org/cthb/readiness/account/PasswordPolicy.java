package org.cthb.readiness.account;

import org.cthb.readiness.error.InvalidInput;

import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 5.0 V6.2): 12 to 128 characters, any characters allowed, not a well-known
 * or trivially repetitive password, and not made of the account's own e-mail or the service's name.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    /** Passwords of 12+ characters that top the published breach lists; the distinct-character rule catches more. */
    private static final Set<String> COMMON = Set.of(
            "password1234", "password12345", "password123456", "passwordpassword", "qwertyuiop123",
            "qwertyuiopasdfgh", "qwerty123456", "1qaz2wsx3edc", "1q2w3e4r5t6y", "q1w2e3r4t5y6", "abcdefghijkl",
            "abc123456789", "123456789abc", "iloveyou1234", "welcome12345", "letmein12345", "administrator",
            "administrator1", "changeme1234", "correcthorsebatterystaple", "trustno1trustno1",
            "football1234", "baseball1234", "monkey123456", "sunshine1234", "princess1234", "starwars1234",
            "asdfghjkl123", "zaq12wsxcde3", "p@ssw0rd1234", "passw0rd1234", "password!234", "1234567890qwerty",
            "qwerty1234567", "superman1234", "dragon123456", "master123456", "abcd12345678", "nato12345678");

    private PasswordPolicy() {
    }

    /** The password if it is acceptable for {@code email}; otherwise a 400 naming {@code field}. */
    static String check(String field, String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput(field, field + " must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput(field, field + " must have at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            throw new InvalidInput(field, field + " is too common or too repetitive; choose a longer phrase");
        }
        String local = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        if ((local.length() >= 6 && lower.contains(local)) || lower.equals(local) || lower.contains("cthb")) {
            throw new InvalidInput(field, field + " must not contain your e-mail address or the service's name");
        }
        return password;
    }
}
