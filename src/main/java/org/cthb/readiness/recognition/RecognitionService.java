package org.cthb.readiness.recognition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.certificate.CertificateIssuer;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.security.NationScope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records modules as recognised from an uploaded credential: a learner for themselves, an officer for a person of
 * their nation (an administrator for anyone). The credential is checked first (issuer trusted by the person's
 * nation, signature, dates, mapped achievement, status list) outside any transaction, since the status check goes
 * to the network; then the recognitions are written, with the credential as evidence, in one transaction.
 */
@ApplicationScoped
public class RecognitionService {

    static final int MAX_CREDENTIAL = 512 * 1024;

    /** A recognised module as the API and pages show it. */
    public record View(long id, String moduleId, String source, String issuerId, String achievementId, String format,
                       Instant recognisedAt, String recognisedBy, Instant validUntil, Instant revokedAt,
                       String revocationReason) {

        /** The uploaded credential has run out: the recognition no longer counts (but stays on record). */
        public boolean expired() {
            return validUntil != null && !validUntil.isAfter(Instant.now());
        }

        /** The day it ran out (UTC), for "recognition expired on". */
        public java.time.LocalDate expiredOn() {
            return validUntil == null ? null : java.time.LocalDate.ofInstant(validUntil, java.time.ZoneOffset.UTC);
        }
    }

    private record Person(long id, String nation) {
    }

    @Inject
    CurrentAccount account;
    @Inject
    NationScope scope;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;
    @Inject
    StatusLists statusLists;
    @Inject
    CertificateIssuer certificates;

    public List<View> mine() {
        return QuarkusTransaction.requiringNew().call(() -> views(myself(null).id()));
    }

    public List<View> of(String iso3, String nationalId) {
        return QuarkusTransaction.requiringNew().call(() -> views(person(iso3, nationalId).id()));
    }

    /** The signed-in learner's upload, for themselves. */
    public List<View> uploadMine(String credential, Locale locale) {
        Person person = QuarkusTransaction.requiringNew().call(() -> myself(locale));
        return record(person, credential, locale);
    }

    /** An officer's (or administrator's) upload for a person of their nation. */
    public List<View> uploadFor(String iso3, String nationalId, String credential, Locale locale) {
        Person person = QuarkusTransaction.requiringNew().call(() -> person(iso3, nationalId));
        return record(person, credential, locale);
    }

    /** Revokes a recognition: readiness stops counting it; the evidence stays. */
    public View revoke(long id, String reason) {
        return revoke(id, reason, null);
    }

    /** The same from the person's page: the recognition must be one of that person's, else it is not found. */
    public View revoke(String iso3, String nationalId, long id, String reason) {
        Person person = QuarkusTransaction.requiringNew().call(() -> person(iso3, nationalId));
        return revoke(id, reason, person.id());
    }

    private View revoke(long id, String reason, Long personId) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInput("reason", "a revocation needs a reason of 1 to 500 characters");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Recognition recognition = Recognition.<Recognition>findByIdOptional(id,
                            jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                    .filter(r -> personId == null || r.personId == personId)
                    .orElseThrow(() -> new NotFound("id", "No recognition " + id));
            scope.require(recognition.nationIso3);
            recognition.revoke(account.name(), why, Instant.now());
            // A certificate issued on the recognition no longer means what it says: revoked too
            // (README, "Credentials from elsewhere").
            List<String> revoked = certificates.revokeRestingOn(id, recognition.moduleId, recognition.issuerName, why,
                    account.name());
            audit.record("RECOGNITION_REVOKED", "recognition", String.valueOf(id), recognition.nationIso3,
                    recognition.moduleId + " from " + recognition.issuerName + ": " + why
                            + (revoked.isEmpty() ? "" : "; certificates revoked: " + revoked));
            return view(recognition);
        });
    }

    private List<View> record(Person person, String text, Locale locale) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("credential", "upload a credential file or paste it");
        }
        if (text.length() > MAX_CREDENTIAL) {
            throw new InvalidInput("credential", "a credential may be up to " + MAX_CREDENTIAL + " characters");
        }
        String hash = sha256(text.strip());
        Checked checked;
        try {
            checked = check(person, text, hash);
        } catch (ForeignCredentialException e) {
            throw refused(e, locale);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<View> recorded = checked.modules().stream().map(module -> {
                Recognition r = new Recognition();
                r.personId = person.id();
                r.nationIso3 = person.nation();
                r.moduleId = module;
                r.trustedIssuerId = checked.issuer().id;
                r.issuerId = checked.issuer().issuerId;
                r.issuerName = checked.issuer().name;
                r.achievementId = checked.achievementId();
                r.credentialFormat = checked.upload().format();
                r.credentialHash = hash;
                r.credential = text.strip();
                r.validUntil = checked.upload().validUntil();
                r.recognisedAt = now;
                r.recognisedBy = account.name();
                r.persist();
                return view(r);
            }).toList();
            audit.record("RECOGNITION_RECORDED", "person", String.valueOf(person.id()), person.nation(),
                    checked.modules() + " from " + checked.issuer().name + " (" + checked.issuer().issuerId + "), "
                            + checked.achievementId() + ", " + checked.upload().format());
            // The recognition may be the last module the learner needed: certify now, in this transaction.
            Account.<Account>list("personId", person.id()).forEach(a -> certificates.issueIfComplete(a.id));
            return recorded;
        });
    }

    private record Checked(UploadedCredential upload, TrustedIssuer issuer, String achievementId, List<String> modules) {
    }

    private Checked check(Person person, String text, String hash) {
        UploadedCredential upload = UploadedCredential.parse(text);
        String issuerId = upload.issuerId();
        TrustedIssuer issuer = QuarkusTransaction.requiringNew().call(() -> TrustedIssuer.of(person.nation(), issuerId))
                .orElseThrow(() -> new ForeignCredentialException(Refusal.UNTRUSTED_ISSUER, issuerId + " is not on "
                        + person.nation() + "'s list of trusted issuers"));
        IssuerKeys keys = IssuerKeys.of(issuerId, issuer.publicKeys);
        Map<String, Object> credential = upload.verifiedBy(issuerId, keys);
        String achievementId = CredentialChecks.achievementId(credential, Instant.now());
        Instant until = upload.validUntil();
        if (until != null && until.isBefore(Instant.now())) {
            throw new ForeignCredentialException(Refusal.EXPIRED, "valid until " + until);
        }
        List<String> modules = TrustedIssuers.entry(issuer).achievements().get(achievementId);
        if (modules == null || modules.isEmpty()) {
            throw new ForeignCredentialException(Refusal.UNMAPPED_ACHIEVEMENT, achievementId + " of " + issuer.name);
        }
        if (QuarkusTransaction.requiringNew().call(() -> Recognition.heldAlready(person.id(), hash))) {
            throw new ForeignCredentialException(Refusal.ALREADY_RECOGNISED, achievementId + " of " + issuer.name);
        }
        statusLists.check(credential, issuerId, keys);
        return new Checked(upload, issuer, achievementId, modules);
    }

    private static RecognitionRefused refused(ForeignCredentialException e, Locale locale) {
        RecognitionMsg msg = MessageBundles.get(RecognitionMsg.class,
                Localized.Literal.of(locale == null ? "en" : locale.getLanguage()));
        String detail = e.getMessage();
        String message = switch (e.reason()) {
            case UNREADABLE -> msg.unreadable(detail);
            case NOT_OPEN_BADGE -> msg.not_open_badge(detail);
            case UNTRUSTED_ISSUER -> msg.untrusted_issuer(detail);
            case BAD_SIGNATURE -> msg.bad_signature(detail);
            case NOT_YET_VALID -> msg.not_yet_valid(detail);
            case EXPIRED -> msg.expired(detail);
            case REVOKED -> msg.revoked(detail);
            case STATUS_UNREACHABLE -> msg.status_unreachable(detail);
            case STATUS_UNSUPPORTED -> msg.status_unsupported(detail);
            case UNMAPPED_ACHIEVEMENT -> msg.unmapped_achievement(detail);
            case ALREADY_RECOGNISED -> msg.already_recognised(detail);
            case NO_PERSON -> msg.no_person(detail);
        };
        return new RecognitionRefused(e.reason(), message);
    }

    private Person myself(Locale locale) {
        Account me = Account.findById(account.id());
        if (me.personId == null) {
            throw refused(new ForeignCredentialException(Refusal.NO_PERSON, me.email), locale);
        }
        return person(me.personId);
    }

    private Person person(long id) {
        Object[] row = (Object[]) em.createNativeQuery("select id, nation_iso3 from person where id = ?1")
                .setParameter(1, id).getSingleResult();
        return new Person(((Number) row[0]).longValue(), (String) row[1]);
    }

    private Person person(String iso3, String nationalId) {
        String nation = scope.require(iso3);
        List<?> ids = em.createNativeQuery("select id from person where nation_iso3 = ?1 and national_id = ?2")
                .setParameter(1, nation).setParameter(2, nationalId == null ? "" : nationalId.strip()).getResultList();
        if (ids.isEmpty()) {
            throw new NotFound("nationalId", "No person " + nationalId + " in " + nation);
        }
        return new Person(((Number) ids.get(0)).longValue(), nation);
    }

    private static List<View> views(long personId) {
        return Recognition.ofPerson(personId).stream().map(RecognitionService::view).toList();
    }

    static View view(Recognition r) {
        return new View(r.id, r.moduleId, r.issuerName, r.issuerId, r.achievementId, r.credentialFormat,
                r.recognisedAt, r.recognisedBy, r.validUntil, r.revokedAt, r.revocationReason);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
