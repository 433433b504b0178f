package org.cthb.readiness.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words printed on a certificate, in English or French. They live here rather than in the message bundle
 * because a PDF is rendered outside any request, and its wording is part of the certificate's design.
 */
record CertificateLabels(
        Locale locale,
        String title,
        String certifies,
        String nation,
        String completed,
        String standard,
        String version,
        String issuedOn,
        String validUntil,
        String number,
        String verify) {

    static final CertificateLabels ENGLISH = new CertificateLabels(Locale.UK,
            "Certificate of Training",
            "This certifies that",
            "Nation",
            "has completed the training in Combatting Trafficking in Human Beings to the minimum standard",
            "Standard",
            "version",
            "Issued on",
            "Valid until",
            "Certificate number",
            "Scan the code or visit this address to check that the certificate is valid:");

    static final CertificateLabels FRENCH = new CertificateLabels(Locale.FRANCE,
            "Certificat de formation",
            "Nous certifions que",
            "Nation",
            "a suivi la formation à la lutte contre la traite des êtres humains conforme à la norme minimale",
            "Norme",
            "version",
            "Délivré le",
            "Valable jusqu'au",
            "Numéro de certificat",
            "Scannez le code ou consultez cette adresse pour vérifier la validité du certificat\u00a0:");

    /** French for any {@code fr} language tag, English otherwise. */
    static CertificateLabels forLanguage(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("fr") ? FRENCH : ENGLISH;
    }

    /** A label followed by a colon, with the space French typography asks for. */
    String colon(String label) {
        return locale.getLanguage().equals("fr") ? label + "\u00a0:" : label + ":";
    }

    /** A date written out, e.g. "12 March 2025" or "12 mars 2025", so no reader mistakes day for month. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}
