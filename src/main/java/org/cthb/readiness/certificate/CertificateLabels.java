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
        String expiredOn,
        String expiryDate,
        String number,
        String statusOn,
        String valid,
        String expired,
        String revoked,
        String reason,
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
            "Expired on",
            "Expiry date",
            "Certificate number",
            "Status on",
            "VALID",
            "EXPIRED",
            "REVOKED",
            "Reason",
            "Scan the code or visit this address for the certificate's current status:");

    static final CertificateLabels FRENCH = new CertificateLabels(Locale.FRANCE,
            "Certificat de formation",
            "Nous certifions que",
            "Nation",
            "a suivi la formation à la lutte contre la traite des êtres humains conforme à la norme minimale",
            "Norme",
            "version",
            "Délivré le",
            "Valable jusqu'au",
            "Expiré le",
            "Date d'expiration",
            "Numéro de certificat",
            "État au",
            "VALABLE",
            "EXPIRÉ",
            "RÉVOQUÉ",
            "Motif",
            "Scannez le code ou consultez cette adresse pour connaître l'état actuel du certificat\u00a0:");

    /**
     * French for any {@code fr} language tag; a further configured language from its {@code certprint} message file
     * (English for any word the file lacks); English otherwise.
     */
    static CertificateLabels forLanguage(String language) {
        if (language != null && language.toLowerCase(Locale.ROOT).startsWith("fr")) {
            return FRENCH;
        }
        if (language == null || "en".equals(language) || !org.cthb.readiness.web.Languages.isSupported(language)
                || io.quarkus.arc.Arc.container() == null) {
            return ENGLISH;
        }
        CertificatePrintMsg words = io.quarkus.qute.i18n.MessageBundles.get(CertificatePrintMsg.class,
                io.quarkus.qute.i18n.Localized.Literal.of(language));
        return new CertificateLabels(Locale.forLanguageTag(language), words.title(), words.certifies(), words.nation(),
                words.completed(), words.standard(), words.version(), words.issued_on(), words.valid_until(),
                words.expired_on(), words.expiry_date(), words.number(), words.status_on(), words.valid(),
                words.expired(), words.revoked(), words.reason(), words.verify());
    }

    /** A label followed by a colon, with the space French typography asks for. */
    String colon(String label) {
        return locale.getLanguage().equals("fr") ? label + "\u00a0:" : label + ":";
    }

    /** How a status is printed, e.g. "REVOKED" or "RÉVOQUÉ". */
    String status(Certificate.Status status) {
        return switch (status) {
            case VALID -> valid;
            case EXPIRED -> expired;
            case REVOKED -> revoked;
        };
    }

    /** "REVOKED on 30 November 2026", "RÉVOQUÉ le 30 novembre 2026"; the same for an expiry. */
    String happenedOn(Certificate.Status status, LocalDate date) {
        return status(status) + (locale.getLanguage().equals("fr") ? " le " : " on ") + date(date);
    }

    /** A date written out, e.g. "12 March 2025" or "12 mars 2025", so no reader mistakes day for month. */
    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}
