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

/** Builds and signs the Open Badges credential of a certificate and the status list that records revocations. */
@ApplicationScoped
class Credentials {

    static final String ISSUER_NAME = "CTHB Readiness";
    static final String STATUS_LIST_PATH = "/api/certificates/status-list";

    @Inject
    PublicAddress publicAddress;
    @Inject
    CertificateKeys keys;

    /** The address printed as a QR code on the certificate. */
    String verifyUrl(CertificateNumber number) {
        return base() + "/verify?number=" + number.display();
    }

    String issuerId() {
        return base() + "/issuer";
    }

    /** The certificate as a signed VC-JWT; valid until the end of its last day, in UTC. */
    String credential(Certificate certificate) {
        String standard = certificate.standardName + ", version " + certificate.standardVersion;
        Map<String, Object> credential = OpenBadgeCredential.builder()
                .id(base() + "/api/certificates/" + certificate.certificateNumber().display())
                .issuer(base(), ISSUER_NAME)
                .validity(certificate.issuedAt,
                        certificate.expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1))
                .name("CTHB training certificate")
                .subject(UUID.fromString(certificate.subjectPseudonym))
                .achievement(base() + "/standards/nato-cthb-baseline/" + certificate.standardVersion, standard,
                        "Training in Combatting Trafficking in Human Beings to the " + standard + ".",
                        "Passed the quiz of every required module of the CTHB course.")
                .revocationEntry(base() + STATUS_LIST_PATH, certificate.statusListIndex)
                .build();
        return keys.sign(credential);
    }

    /** The Bitstring Status List credential with a bit set for each revoked index, signed now. */
    String statusList(Collection<Integer> revoked) {
        int highest = revoked.stream().mapToInt(Integer::intValue).max().orElse(0);
        BitstringStatusList list = new BitstringStatusList(size(highest));
        revoked.forEach(list::set);
        String id = base() + STATUS_LIST_PATH;
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", list.encode());
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", id);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", issuerId());
        credential.put("validFrom", OpenBadgeCredential.timestamp(Instant.now()));
        credential.put("credentialSubject", subject);
        return keys.sign(credential);
    }

    /** Grows in steps of the minimum size, so that the list's length says little about how many were issued. */
    private static int size(int highestIndex) {
        int step = BitstringStatusList.MINIMUM_BITS;
        return (highestIndex / step + 1) * step;
    }

    private String base() {
        return publicAddress.base();
    }
}
