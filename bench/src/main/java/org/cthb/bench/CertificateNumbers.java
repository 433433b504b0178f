package org.cthb.bench;

import java.util.Random;

/**
 * Certificate numbers as the service makes them (11 random Crockford base32 characters and a GF(32) check
 * character; see the service's certificate.CheckCharacter), for the certificates the bench inserts in bulk.
 */
final class CertificateNumbers {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private CertificateNumbers() {
    }

    static String random(Random random) {
        StringBuilder n = new StringBuilder(12);
        for (int i = 0; i < 11; i++) {
            n.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return n.append(check(n)).toString();
    }

    static char check(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int shifted = (sum ^ ALPHABET.indexOf(data.charAt(i))) << 1;
            sum = (shifted & 0b100000) != 0 ? shifted ^ 0b100101 : shifted;
        }
        return ALPHABET.charAt(sum);
    }

    static String display(String compact) {
        return compact.substring(0, 3) + '-' + compact.substring(3, 6) + '-' + compact.substring(6, 9) + '-'
                + compact.substring(9);
    }
}
