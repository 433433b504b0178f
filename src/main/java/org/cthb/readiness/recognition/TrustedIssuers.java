package org.cthb.readiness.recognition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.security.NationScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The issuers each nation trusts, kept by its officers (their own nation only) and administrators (any nation).
 * Every change is audited; bad input is refused naming the field.
 */
@ApplicationScoped
public class TrustedIssuers {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An issuer as the API and page show and take it. */
    public record Entry(Long id, String issuerId, String name, List<Map<String, Object>> publicKeys,
                        Map<String, List<String>> achievements) {
    }

    @Inject
    NationScope scope;
    @Inject
    AuditLog audit;
    @Inject
    CurrentAccount account;
    @Inject
    CourseCatalog catalog;
    @ConfigProperty(name = "cthb.learning.course", defaultValue = "cthb-predeployment")
    String course;

    @Transactional
    public List<Entry> list(String iso3) {
        return TrustedIssuer.ofNation(scope.require(iso3)).stream().map(TrustedIssuers::entry).toList();
    }

    /** Adds the issuer, or replaces its name, keys and achievements when the nation already trusts it. */
    @Transactional
    public Entry save(String iso3, Entry request) {
        String nation = scope.require(iso3);
        if (request == null) {
            throw new InvalidInput("issuerId", "a trusted issuer needs issuerId, name, publicKeys and achievements");
        }
        String issuerId = issuerId(request.issuerId());
        String name = text("name", request.name(), 200);
        String keys = keys(issuerId, request.publicKeys());
        String achievements = achievements(request.achievements());
        TrustedIssuer issuer = TrustedIssuer.of(nation, issuerId).orElseGet(TrustedIssuer::new);
        boolean added = issuer.id == null;
        issuer.nationIso3 = nation;
        issuer.issuerId = issuerId;
        issuer.name = name;
        issuer.publicKeys = keys;
        issuer.achievements = achievements;
        issuer.updatedAt = Instant.now();
        issuer.updatedBy = account.name();
        issuer.persist();
        audit.record(added ? "TRUSTED_ISSUER_ADDED" : "TRUSTED_ISSUER_CHANGED", "trusted_issuer", issuerId, nation,
                name + "; achievements " + achievements);
        return entry(issuer);
    }

    @Transactional
    public void remove(String iso3, long id) {
        String nation = scope.require(iso3);
        TrustedIssuer issuer = TrustedIssuer.<TrustedIssuer>findByIdOptional(id)
                .filter(i -> i.nationIso3.equals(nation))
                .orElseThrow(() -> new NotFound("id", "No trusted issuer " + id + " in " + nation));
        issuer.delete();
        audit.record("TRUSTED_ISSUER_REMOVED", "trusted_issuer", issuer.issuerId, nation, issuer.name);
    }

    private static String issuerId(String value) {
        String id = text("issuerId", value, 500);
        if (!id.startsWith("did:") && !id.startsWith("https://") && !id.startsWith("http://")) {
            throw new InvalidInput("issuerId", "issuerId must be a DID (did:web:..., did:key:...) or an http(s) URL,"
                    + " exactly as the issuer's credentials name it");
        }
        return id;
    }

    private static String keys(String issuerId, List<Map<String, Object>> publicKeys) {
        List<Map<String, Object>> keys = publicKeys == null ? List.of() : publicKeys;
        if (keys.isEmpty() && !issuerId.startsWith("did:key:")) {
            throw new InvalidInput("publicKeys", "publicKeys must list the issuer's public JWKs (only a did:key issuer"
                    + " carries its key in its id); they are configured here because keys are never fetched");
        }
        try {
            String json = JSON.writeValueAsString(keys);
            IssuerKeys.parse(json);
            return json;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("publicKeys", e.getMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidInput("publicKeys", "publicKeys must be a JSON array of JWKs");
        }
    }

    private String achievements(Map<String, List<String>> achievements) {
        if (achievements == null || achievements.isEmpty()) {
            throw new InvalidInput("achievements", "achievements must map at least one achievement id to module ids");
        }
        Set<String> modules = catalog.current(course).content().modules().stream().map(m -> m.id())
                .collect(Collectors.toSet());
        Map<String, List<String>> checked = new LinkedHashMap<>();
        achievements.forEach((achievement, ids) -> {
            String field = "achievements[" + achievement + "]";
            if (achievement == null || achievement.isBlank() || achievement.length() > 500) {
                throw new InvalidInput("achievements", "an achievement id must have 1 to 500 characters");
            }
            if (ids == null || ids.isEmpty()) {
                throw new InvalidInput(field, "achievement " + achievement + " maps to no module");
            }
            for (String module : ids) {
                if (!modules.contains(module)) {
                    throw new InvalidInput(field, "no module " + module + "; modules are " + modules.stream().sorted()
                            .toList());
                }
            }
            checked.put(achievement, List.copyOf(ids));
        });
        try {
            return JSON.writeValueAsString(checked);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        if (value.strip().length() > max) {
            throw new InvalidInput(field, field + " may have up to " + max + " characters");
        }
        return value.strip();
    }

    static Entry entry(TrustedIssuer issuer) {
        try {
            return new Entry(issuer.id, issuer.issuerId, issuer.name,
                    JSON.readValue(issuer.publicKeys, new com.fasterxml.jackson.core.type.TypeReference<>() { }),
                    JSON.readValue(issuer.achievements, new com.fasterxml.jackson.core.type.TypeReference<>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable trusted issuer " + issuer.id, e);
        }
    }
}
