package org.cthb.readiness.certificate;

/**
 * The check character of a certificate number: a weighted sum of its Crockford base32 digits in the field GF(32).
 *
 * <p>Why not Crockford's own mod-37 check symbol: it needs five extra symbols ({@code * ~ $ = U}) that people
 * misread, that are awkward to type on a phone and that need escaping in URLs and e-mail. A plain sum mod 32 would
 * keep the alphabet but miss errors, because 32 is not prime: no integer weights make every adjacent transposition
 * visible. Computing in GF(32) instead (5-bit digits, addition is XOR, multiplication modulo the primitive polynomial
 * x^5 + x^2 + 1) gives both properties with the 32 ordinary symbols. With digit {@code d_j} at position {@code j}
 * (0 = first character) and the check character last, the 12 characters of a valid number satisfy
 * {@code sum(alpha^(11-j) * d_j) = 0}:
 * <ul>
 * <li>changing one digit by {@code e != 0} changes the sum by {@code alpha^k * e}, never zero in a field;</li>
 * <li>swapping neighbours {@code a != b} changes it by {@code alpha^k * (alpha + 1) * (a + b)}, never zero because
 * {@code alpha != 1} and {@code a + b} (XOR) is non-zero;</li>
 * </ul>
 * and both hold for the check character itself, since it is just the digit with weight {@code alpha^0}.
 */
final class CheckCharacter {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int PRIMITIVE_POLYNOMIAL = 0b100101;

    private CheckCharacter() {
    }

    /** The check character for the given data characters, all from {@link #ALPHABET}. */
    static char of(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum = timesAlpha(sum ^ digit(data.charAt(i)));
        }
        return ALPHABET.charAt(sum);
    }

    /** True when the last character is the check character of the others. */
    static boolean matches(CharSequence number) {
        int last = number.length() - 1;
        return of(number.subSequence(0, last)) == number.charAt(last);
    }

    static int digit(char c) {
        int digit = ALPHABET.indexOf(c);
        if (digit < 0) {
            throw new IllegalArgumentException("not a Crockford base32 digit: " + c);
        }
        return digit;
    }

    private static int timesAlpha(int value) {
        int shifted = value << 1;
        return (shifted & 0b100000) != 0 ? shifted ^ PRIMITIVE_POLYNOMIAL : shifted;
    }
}
