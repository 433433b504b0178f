package org.cthb.readiness.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;

/**
 * A short, random, human-checkable certificate number: 11 random Crockford base32 characters and one check
 * character, shown as {@code 7KQ-4XM-9ZT-B2C}.
 *
 * @param compact the 12 characters without separators, upper case, e.g. {@code 7KQ4XM9ZTB2C}
 */
public record CertificateNumber(String compact) {

    public static final int LENGTH = 12;
    private static final int RANDOM_CHARACTERS = LENGTH - 1;
    /** 55 random bits: a guess hits one of a million issued numbers about once in 36 billion tries. */
    private static final Random RANDOM = new SecureRandom();

    /** Accepts only the canonical form; use {@link #parse} for what people type. */
    public CertificateNumber {
        boolean canonical = compact != null && compact.length() == LENGTH
                && compact.chars().allMatch(c -> CheckCharacter.ALPHABET.indexOf(c) >= 0)
                && CheckCharacter.matches(compact);
        if (!canonical) {
            throw new IllegalArgumentException("not a canonical certificate number: " + compact);
        }
    }

    /** A new random number; uniqueness against issued numbers is still the caller's (database's) job. */
    public static CertificateNumber random() {
        StringBuilder number = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            number.append(CheckCharacter.ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        number.append(CheckCharacter.of(number));
        return new CertificateNumber(number.toString());
    }

    /**
     * Reads a number as a person typed it: case, spaces and dashes do not matter, and Crockford's look-alikes are
     * accepted (O for 0, I and L for 1).
     */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.malformed("No certificate number was given.");
        }
        String normalised = normalise(text);
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (CheckCharacter.ALPHABET.indexOf(c) < 0) {
                return Parsed.malformed("'" + text.strip().charAt(originalIndex(text, i))
                        + "' cannot appear in a certificate number (character " + (i + 1) + ").");
            }
        }
        if (normalised.length() != LENGTH) {
            return Parsed.malformed("A certificate number has " + LENGTH + " characters; this one has "
                    + normalised.length() + ".");
        }
        if (!CheckCharacter.matches(normalised)) {
            return new Parsed(Outcome.CHECK_FAILED, null, "A character is mistyped: please check the number.");
        }
        return new Parsed(Outcome.VALID, new CertificateNumber(normalised), null);
    }

    /** The grouped form printed on certificates, e.g. {@code 7KQ-4XM-9ZT-B2C}. */
    public String display() {
        return compact.substring(0, 3) + '-' + compact.substring(3, 6) + '-' + compact.substring(6, 9) + '-'
                + compact.substring(9);
    }

    @Override
    public String toString() {
        return display();
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            out.append(switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Position in the stripped input of the i-th significant character, to quote exactly what was typed. */
    private static int originalIndex(String text, int significant) {
        String stripped = text.strip();
        int seen = -1;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != '-' && !Character.isWhitespace(c) && ++seen == significant) {
                return i;
            }
        }
        return stripped.length() - 1;
    }

    /** What {@link #parse} made of a text. */
    public enum Outcome { VALID, MALFORMED, CHECK_FAILED }

    /**
     * The result of reading a typed number.
     *
     * @param number the number when {@code VALID}, otherwise null
     * @param message what is wrong, in English, when not {@code VALID}
     */
    public record Parsed(Outcome outcome, CertificateNumber number, String message) {

        static Parsed malformed(String message) {
            return new Parsed(Outcome.MALFORMED, null, message);
        }

        public boolean isValid() {
            return outcome == Outcome.VALID;
        }
    }
}
