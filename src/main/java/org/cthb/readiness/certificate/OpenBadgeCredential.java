package org.cthb.readiness.certificate;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds the JSON of an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0) as plain
 * maps and lists, ready for {@link CredentialSigner#sign} or any JSON mapper.
 *
 * <p>The subject is a pseudonym, never a name or e-mail: a credential leaves our hands for good, and whoever reads
 * it should learn nothing about the person that the PDF and the verification page do not already show them.
 */
public final class OpenBadgeCredential {

    public static final List<String> CONTEXT = List.of(
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    public static final String SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private String id;
    private String issuerId;
    private String issuerName;
    private String issuerUrl;
    private Instant validFrom;
    private Instant validUntil;
    private String name;
    private UUID subjectPseudonym;
    private Map<String, Object> achievement;
    private Map<String, Object> status;
    private List<Map<String, Object>> evidence = List.of();

    private OpenBadgeCredential() {
    }

    public static OpenBadgeCredential builder() {
        return new OpenBadgeCredential();
    }

    /** The credential's own id: {@code urn:uuid:...} or the https URL of the certificate. */
    public OpenBadgeCredential id(String id) {
        if (!id.startsWith("urn:uuid:") && !isHttpUrl(id)) {
            throw new IllegalArgumentException("a credential id is a urn:uuid or an http(s) URL: " + id);
        }
        this.id = id;
        return this;
    }

    /** The issuer profile, whose id is {@code baseUrl + "/issuer"} so that it resolves to our public profile. */
    public OpenBadgeCredential issuer(String baseUrl, String name) {
        if (!isHttpUrl(baseUrl)) {
            throw new IllegalArgumentException("the base URL must be an http(s) URL: " + baseUrl);
        }
        this.issuerId = baseUrl.replaceAll("/+$", "") + "/issuer";
        this.issuerName = Objects.requireNonNull(name);
        return this;
    }

    /** The issuer profile under another id, e.g. our {@code did:web} DID, with its home page. */
    public OpenBadgeCredential issuer(String id, String name, String homePage) {
        if (!id.startsWith("did:") && !isHttpUrl(id)) {
            throw new IllegalArgumentException("an issuer id is a DID or an http(s) URL: " + id);
        }
        this.issuerId = id;
        this.issuerName = Objects.requireNonNull(name);
        this.issuerUrl = homePage;
        return this;
    }

    /** When the certificate starts and stops being valid; {@code until} may be null for no expiry. */
    public OpenBadgeCredential validity(Instant from, Instant until) {
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("validUntil must come after validFrom");
        }
        this.validFrom = Objects.requireNonNull(from);
        this.validUntil = until;
        return this;
    }

    /** The name wallets show in their list of credentials. */
    public OpenBadgeCredential name(String name) {
        this.name = Objects.requireNonNull(name);
        return this;
    }

    /** The holder, as a random pseudonym kept with the certificate. */
    public OpenBadgeCredential subject(UUID pseudonym) {
        this.subjectPseudonym = Objects.requireNonNull(pseudonym);
        return this;
    }

    /** What was achieved: the minimum standard (and its version) the holder was certified against. */
    public OpenBadgeCredential achievement(String id, String name, String description, String criteriaNarrative) {
        this.achievement = ordered("id", Objects.requireNonNull(id), "type", List.of("Achievement"),
                "achievementType", "Certificate", "name", Objects.requireNonNull(name),
                "description", Objects.requireNonNull(description),
                "criteria", ordered("narrative", Objects.requireNonNull(criteriaNarrative)));
        return this;
    }

    /** Where revocation is published: bit {@code index} of the Bitstring Status List credential at the URL. */
    public OpenBadgeCredential revocationEntry(String statusListCredential, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a status list index is not negative");
        }
        this.status = ordered("id", statusListCredential + "#" + index, "type", "BitstringStatusListEntry",
                "statusPurpose", "revocation", "statusListIndex", Integer.toString(index),
                "statusListCredential", Objects.requireNonNull(statusListCredential));
        return this;
    }

    /**
     * Evidence entries (Open Badges 3.0 {@code Evidence}: type, name, narrative), e.g. a module recognised from a
     * credential earned elsewhere; none by default, and then the credential has no {@code evidence} at all.
     */
    public OpenBadgeCredential evidence(String name, String narrative) {
        List<Map<String, Object>> more = new java.util.ArrayList<>(evidence);
        more.add(ordered("type", List.of("Evidence"), "name", Objects.requireNonNull(name),
                "narrative", Objects.requireNonNull(narrative)));
        this.evidence = List.copyOf(more);
        return this;
    }

    /** The credential, with keys in the order the specification's examples use. */
    public Map<String, Object> build() {
        require(id, "id");
        require(issuerId, "issuer");
        require(validFrom, "validity");
        require(name, "name");
        require(subjectPseudonym, "subject");
        require(achievement, "achievement");
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", CONTEXT);
        credential.put("id", id);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        Map<String, Object> issuer = ordered("id", issuerId, "type", List.of("Profile"), "name", issuerName);
        if (issuerUrl != null) {
            issuer.put("url", issuerUrl);
        }
        credential.put("issuer", issuer);
        credential.put("validFrom", timestamp(validFrom));
        if (validUntil != null) {
            credential.put("validUntil", timestamp(validUntil));
        }
        credential.put("name", name);
        credential.put("credentialSubject", ordered(
                "id", "urn:uuid:" + subjectPseudonym,
                "type", List.of("AchievementSubject"),
                "achievement", achievement));
        if (!evidence.isEmpty()) {
            credential.put("evidence", evidence);
        }
        if (status != null) {
            credential.put("credentialStatus", status);
        }
        credential.put("credentialSchema", List.of(ordered("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        return credential;
    }

    /** Whole seconds in UTC, the form every verifier parses. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Like {@code Map.of}, but keeps the order, so that the signed JSON reads the same on every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static boolean isHttpUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    private static void require(Object value, String what) {
        if (value == null) {
            throw new IllegalStateException("an Open Badges credential needs its " + what);
        }
    }
}
