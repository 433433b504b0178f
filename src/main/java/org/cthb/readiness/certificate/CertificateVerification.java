package org.cthb.readiness.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.reference.ReferenceNames;

import java.util.Locale;

/** Public verification of a typed certificate number, rate-limited per address, for the page and the API. */
@ApplicationScoped
public class CertificateVerification {

    @Inject
    VerificationThrottle throttle;
    @Inject
    ReferenceData reference;
    @Inject
    ReferenceNames names;

    /** The look-up as the page shows it; refused with 429 when the address asked too often. */
    @Transactional
    public Lookup lookup(String typed, String address, Locale locale) {
        throttle.count(address);
        CertificateNumber.Parsed parsed = CertificateNumber.parse(typed);
        return switch (parsed.outcome()) {
            case MALFORMED -> new Lookup(typed, Lookup.Outcome.MALFORMED, null, parsed.message());
            case CHECK_FAILED -> new Lookup(typed, Lookup.Outcome.MISTYPED, null, parsed.message());
            case VALID -> Certificate.byNumber(parsed.number())
                    .map(c -> new Lookup(typed, Lookup.Outcome.FOUND, view(c, locale), null))
                    .orElseGet(() -> new Lookup(typed, Lookup.Outcome.UNKNOWN, null,
                            "No certificate has the number " + parsed.number().display() + "."));
        };
    }

    /** The certificate, or a 400 naming the field {@code number} for a mistyped number, or a 404 for an unknown. */
    public CertificateView verify(String typed, String address, Locale locale) {
        Lookup lookup = lookup(typed, address, locale);
        return switch (lookup.outcome()) {
            case FOUND -> lookup.certificate();
            case MALFORMED, MISTYPED -> throw new InvalidInput("number", lookup.message());
            case UNKNOWN -> throw new NotFound("number", lookup.message());
        };
    }

    CertificateView view(Certificate certificate, Locale locale) {
        String nationName = reference.nation(certificate.nationIso3)
                .map(n -> names.nation(n.iso3, n.nameEn, n.nameFr, locale.getLanguage())).orElse(null);
        return CertificateView.of(certificate, nationName);
    }
}
