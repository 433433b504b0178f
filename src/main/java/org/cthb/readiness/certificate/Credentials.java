package org.cthb.readiness.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.web.PublicAddress;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds and signs the Open Badges credential of a certificate and the status list that records revocations, in
 * the two standard forms: VC-JWT (RS256, {@code kid} a URL returning the JWK) and an embedded Data Integrity proof
 * ({@code eddsa-rdfc-2022}, verification method in our {@code did:web} DID document). Both carry the same
 * credential, whose issuer is the DID.
 */
@ApplicationScoped
class Credentials {

    static final String ISSUER_NAME = "CTHB Readiness";
    /** The list that credentials issued before the did:web issuer point to; it keeps their issuer. */
    static final String LEGACY_STATUS_LIST_PATH = "/api/certificates/status-list";
    /** The list of credentials issued by the did:web issuer (a status list's issuer is its credentials'). */
    static final String STATUS_LIST_PATH = "/api/certificates/status-lists/revocation";
    static final String KEYS_PATH = "/keys/";

    @Inject
    PublicAddress publicAddress;
    @Inject
    CertificateKeys keys;

    /** The address printed as a QR code on the certificate. */
    String verifyUrl(CertificateNumber number) {
        return base() + "/verify?number=" + number.display();
    }

    /** The issuer profile URL that credentials issued before the DID named (still served). */
    String issuerId() {
        return base() + "/issuer";
    }

    /** Our issuer DID, {@code did:web:} of the public URL. */
    String did() {
        return DidWeb.of(base());
    }

    /** The {@code kid} of our JWTs: a URL answering with the single public JWK. */
    String keyUrl() {
        return base() + KEYS_PATH + keys.keyId();
    }

    Map<String, Object> didDocument() {
        return DidWeb.document(did(), keys.eddsa());
    }

    /** The certificate as a signed VC-JWT; valid until the end of its last day, in UTC. */
    String credential(Certificate certificate) {
        return keys.sign(unsigned(certificate), keyUrl());
    }

    /**
     * The same credential with an embedded {@code eddsa-rdfc-2022} proof, less {@code credentialSchema}: its type
     * {@code 1EdTechJsonSchemaValidator2019}, which Open Badges asks for, is defined in no JSON-LD context, so
     * JSON-LD verifiers in safe mode (the DCC's) reject a signed credential that has it. The property is optional,
     * and those verifiers pick the Open Badges schema from the context themselves.
     */
    Map<String, Object> credentialWithProof(Certificate certificate) {
        Map<String, Object> credential = unsigned(certificate);
        credential.remove("credentialSchema");
        return keys.prove(credential, DidWeb.verificationMethod(did(), keys.eddsa()));
    }

    private Map<String, Object> unsigned(Certificate certificate) {
        String standard = certificate.standardName + ", version " + certificate.standardVersion;
        OpenBadgeCredential credential = OpenBadgeCredential.builder();
        // A module recognised from a credential earned elsewhere is said so, as evidence; a certificate without one
        // (every certificate issued before recognition counted) builds exactly the credential it always did.
        certificate.recognised.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> credential.evidence(
                "Module " + e.getKey() + " recognised",
                "Module " + e.getKey() + " was not passed here: it was recognised from a credential issued by "
                        + e.getValue().source + " (recognition of prior learning)."));
        return credential
                .id(base() + "/api/certificates/" + certificate.certificateNumber().display())
                .issuer(did(), ISSUER_NAME, base())
                .validity(certificate.issuedAt,
                        certificate.expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1))
                .name("CTHB training certificate")
                .subject(UUID.fromString(certificate.subjectPseudonym))
                .achievement(base() + "/standards/nato-cthb-baseline/" + certificate.standardVersion, standard,
                        "Training in Combatting Trafficking in Human Beings to the " + standard + ".",
                        "Passed the quiz of every required module of the CTHB course.")
                .revocationEntry(base() + STATUS_LIST_PATH, certificate.statusListIndex)
                .build();
    }

    /**
     * The Bitstring Status List credential with a bit set for each revoked index, as a VC-JWT signed now;
     * {@code legacy} for the list at the old address, whose issuer stays the old profile URL.
     */
    String statusList(Collection<Integer> revoked, boolean legacy) {
        return keys.sign(statusListCredential(revoked, legacy), keyUrl());
    }

    /** The same status list credential with an embedded Data Integrity proof, as JSON-LD verifiers fetch it. */
    Map<String, Object> statusListWithProof(Collection<Integer> revoked, boolean legacy) {
        return keys.prove(statusListCredential(revoked, legacy), DidWeb.verificationMethod(did(), keys.eddsa()));
    }

    private Map<String, Object> statusListCredential(Collection<Integer> revoked, boolean legacy) {
        int highest = revoked.stream().mapToInt(Integer::intValue).max().orElse(0);
        BitstringStatusList list = new BitstringStatusList(size(highest));
        revoked.forEach(list::set);
        String id = base() + (legacy ? LEGACY_STATUS_LIST_PATH : STATUS_LIST_PATH);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", list.encode());
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", id);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        // The verifiers require the list's issuer to be the credential's issuer (Bitstring Status List 3.2).
        credential.put("issuer", legacy ? issuerId() : did());
        credential.put("validFrom", OpenBadgeCredential.timestamp(Instant.now()));
        credential.put("credentialSubject", subject);
        return credential;
    }

    /** Grows in steps of the minimum size, so that the list's length says little about how many were issued. */
    static int size(int highestIndex) {
        int step = BitstringStatusList.MINIMUM_BITS;
        return (highestIndex / step + 1) * step;
    }

    private String base() {
        return publicAddress.base();
    }
}
