package org.cthb.readiness.certificate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.security.IdentityAttributes;
import org.cthb.readiness.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A holder's certificates, their PDF and signed credential, and revocation. Only the holder, an officer of the
 * holder's nation or an administrator reach a certificate here; to anyone else it does not exist (404).
 */
@ApplicationScoped
public class CertificateService {

    static final int REASON_MAX = 500;

    @Inject
    CurrentAccount account;
    @Inject
    SecurityIdentity identity;
    @Inject
    CertificateVerification verification;
    @Inject
    Credentials credentials;
    @Inject
    AuditLog audit;

    @Transactional
    public List<CertificateView> mine(Locale locale) {
        return Certificate.ofAccount(account.id()).stream().map(c -> verification.view(c, locale)).toList();
    }

    /** The Open Badges 3.0 credential as a VC-JWT; every download is audited. */
    @Transactional
    public String credential(String number) {
        Certificate certificate = reachable(number);
        audit.record("CREDENTIAL_DOWNLOADED", "certificate", certificate.certificateNumber().display(),
                certificate.nationIso3, "vc+jwt");
        return credentials.credential(certificate);
    }

    /** The same credential with an embedded Data Integrity proof ({@code eddsa-rdfc-2022}); audited too. */
    @Transactional
    public Map<String, Object> credentialWithProof(String number) {
        Certificate certificate = reachable(number);
        audit.record("CREDENTIAL_DOWNLOADED", "certificate", certificate.certificateNumber().display(),
                certificate.nationIso3, "data-integrity");
        return credentials.credentialWithProof(certificate);
    }

    /**
     * The printable certificate as it stands now: made at every download, so a revoked or expired certificate
     * prints as such (the same status the verification page and API give today).
     */
    @Transactional
    public byte[] pdf(String number, String language) {
        return pdfOf(reachable(number), language);
    }

    /** The PDF of a certificate, without any access check: for callers that already decided (the issuance mail). */
    byte[] pdfOf(Certificate c, String language) {
        CertificateView view = verification.view(c, Locale.forLanguageTag(org.cthb.readiness.web.Languages.orEnglish(language)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CertificatePdf.Standing standing = new CertificatePdf.Standing(view.status(), today, view.revokedOn(),
                view.revocationReason());
        return CertificatePdf.render(new CertificatePdf.Data(view.number(), c.holderName,
                Objects.requireNonNullElse(view.nationName(), "\u2014"), c.standardName, c.standardVersion,
                c.issuedOn, c.expiresOn, credentials.verifyUrl(c.certificateNumber()), standing), language);
    }

    /** Revokes for good, with a reason that verifiers will read; audited. */
    @Transactional
    public CertificateView revoke(String number, String reason, Locale locale) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "A reason is required to revoke a certificate.");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInput("reason", "The reason has at most " + REASON_MAX + " characters.");
        }
        Certificate certificate = Certificate.lockedByNumber(parse(number))
                .filter(this::mayManage).orElseThrow(() -> notFound(number));
        certificate.revoke(why, identity.getPrincipal().getName(), Instant.now());
        audit.record("CERTIFICATE_REVOKED", "certificate", certificate.certificateNumber().display(),
                certificate.nationIso3, why);
        return verification.view(certificate, locale);
    }

    /** The signed status list credential as a VC-JWT, public, with the bits of every revoked certificate set. */
    @Transactional
    public String statusList(boolean legacy) {
        return credentials.statusList(Certificate.revokedIndexes(), legacy);
    }

    /** The same list with an embedded Data Integrity proof. */
    @Transactional
    public Map<String, Object> statusListWithProof(boolean legacy) {
        return credentials.statusListWithProof(Certificate.revokedIndexes(), legacy);
    }

    private Certificate reachable(String number) {
        return Certificate.byNumber(parse(number))
                .filter(c -> mayManage(c) || c.accountId == account.id())
                .orElseThrow(() -> notFound(number));
    }

    private boolean mayManage(Certificate certificate) {
        if (identity.hasRole(Role.ADMIN_NAME)) {
            return true;
        }
        String nation = identity.getAttribute(IdentityAttributes.NATION);
        return identity.hasRole(Role.OFFICER_NAME) && nation != null && nation.equals(certificate.nationIso3);
    }

    private static CertificateNumber parse(String number) {
        CertificateNumber.Parsed parsed = CertificateNumber.parse(number);
        if (!parsed.isValid()) {
            throw new InvalidInput("number", parsed.message());
        }
        return parsed.number();
    }

    private static NotFound notFound(String number) {
        return new NotFound("No certificate " + number);
    }
}
