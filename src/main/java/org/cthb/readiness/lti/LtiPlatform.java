package org.cthb.readiness.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An LMS registered by an administrator to launch our modules. */
@Entity
@Table(name = "lti_platform")
public class LtiPlatform extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String issuer;

    @Column(name = "client_id")
    public String clientId;

    /** One per line. */
    @Column(name = "deployment_ids")
    public String deploymentIds;

    @Column(name = "jwks_url")
    public String jwksUrl;

    @Column(name = "auth_url")
    public String authUrl;

    @Column(name = "token_url")
    public String tokenUrl;

    @Column(name = "nation_iso3")
    public String nationIso3;

    @Column(name = "nation_claim")
    public String nationClaim;

    /** "LtiRole=OURROLE", one per line. */
    @Column(name = "role_map")
    public String roleMap;

    @Column(name = "emails_verified")
    public boolean emailsVerified;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public List<String> deployments() {
        return lines(deploymentIds);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n]+")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The platform a login names: by issuer, and by client id when the platform sends it (it should). */
    static Optional<LtiPlatform> byIssuer(String issuer, String clientId) {
        if (clientId != null && !clientId.isBlank()) {
            return find("issuer = ?1 and clientId = ?2", issuer, clientId).firstResultOptional();
        }
        List<LtiPlatform> all = list("issuer", issuer);
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }
}
