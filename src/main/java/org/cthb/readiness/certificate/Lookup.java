package org.cthb.readiness.certificate;

/**
 * What a public look-up of a typed number found, for the verification page to explain in the reader's language.
 *
 * @param typed the text as entered, to show it again in the form
 * @param certificate the certificate when {@code FOUND}, otherwise null
 * @param message what is wrong, in English, when not {@code FOUND}
 */
public record Lookup(String typed, Outcome outcome, CertificateView certificate, String message) {

    /** Why a look-up found nothing, or that it did. */
    public enum Outcome {
        FOUND(200), MALFORMED(400), MISTYPED(400), UNKNOWN(404);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }

        /** The HTTP status the answer carries. */
        public int status() {
            return status;
        }
    }

    public boolean found() {
        return outcome == Outcome.FOUND;
    }
}
