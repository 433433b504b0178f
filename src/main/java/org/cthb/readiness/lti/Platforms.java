package org.cthb.readiness.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.Nation;
import org.cthb.readiness.security.Role;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Platform registrations, kept by administrators: what is checked before one is saved. */
@ApplicationScoped
public class Platforms {

    /** What an administrator sends. {@code roles}: LTI role (short name, e.g. Learner) to our role. */
    public record PlatformRequest(String name, String issuer, String clientId, List<String> deploymentIds,
                                  String jwksUrl, String authorizationUrl, String tokenUrl, String nation,
                                  String nationClaim, Map<String, String> roles, Boolean emailsVerified) {
    }

    public record PlatformView(long id, String name, String issuer, String clientId, List<String> deploymentIds,
                               String jwksUrl, String authorizationUrl, String tokenUrl, String nation,
                               String nationClaim, Map<String, String> roles, boolean emailsVerified) {

        static PlatformView of(LtiPlatform p) {
            return new PlatformView(p.id, p.name, p.issuer, p.clientId, p.deployments(), p.jwksUrl, p.authUrl,
                    p.tokenUrl, p.nationIso3, p.nationClaim, RoleMap.parse(p.roleMap), p.emailsVerified);
        }

        /** The deployment ids one per line, for the form. */
        public String deploymentLines() {
            return String.join("\n", deploymentIds);
        }

        public String editAction() {
            return "/admin/lti/" + id;
        }

        public String roleLines() {
            return RoleMap.format(roles);
        }
    }

    /** Learner launches become learners; nothing else is let in unless an administrator says so. */
    public static final Map<String, String> DEFAULT_ROLES = Map.of("Learner", Role.LEARNER.name());

    @Inject
    AuditLog audit;
    @Inject
    PlatformKeys keys;
    @Inject
    PlatformFraming framing;

    @Transactional
    public List<PlatformView> list() {
        return LtiPlatform.<LtiPlatform>list("order by name, id").stream().map(PlatformView::of).toList();
    }

    @Transactional
    public PlatformView get(long id) {
        return PlatformView.of(find(id));
    }

    @Transactional
    public PlatformView create(PlatformRequest request) {
        LtiPlatform platform = new LtiPlatform();
        apply(platform, request);
        if (LtiPlatform.count("issuer = ?1 and clientId = ?2", platform.issuer, platform.clientId) > 0) {
            throw new Conflict("clientId", "A platform with issuer " + platform.issuer + " and client id "
                    + platform.clientId + " is already registered");
        }
        platform.persist();
        framing.refresh();
        audit.record("LTI_PLATFORM_REGISTERED", "lti_platform", String.valueOf(platform.id), platform.nationIso3,
                platform.issuer + " " + platform.clientId);
        return PlatformView.of(platform);
    }

    @Transactional
    public PlatformView update(long id, PlatformRequest request) {
        LtiPlatform platform = find(id);
        apply(platform, request);
        if (LtiPlatform.count("issuer = ?1 and clientId = ?2 and id <> ?3", platform.issuer, platform.clientId,
                id) > 0) {
            throw new Conflict("clientId", "Another platform has issuer " + platform.issuer + " and client id "
                    + platform.clientId);
        }
        keys.forget(id);
        framing.refresh();
        audit.record("LTI_PLATFORM_CHANGED", "lti_platform", String.valueOf(id), platform.nationIso3,
                platform.issuer + " " + platform.clientId);
        return PlatformView.of(platform);
    }

    @Transactional
    public void delete(long id) {
        LtiPlatform platform = find(id);
        platform.delete();
        keys.forget(id);
        framing.refresh();
        audit.record("LTI_PLATFORM_REMOVED", "lti_platform", String.valueOf(id), platform.nationIso3,
                platform.issuer + " " + platform.clientId);
    }

    private static LtiPlatform find(long id) {
        LtiPlatform platform = LtiPlatform.findById(id);
        if (platform == null) {
            throw new NotFound("id", "No LTI platform " + id);
        }
        return platform;
    }

    private static void apply(LtiPlatform platform, PlatformRequest r) {
        if (r == null) {
            throw new InvalidInput("name", "A platform registration is required");
        }
        platform.name = text("name", r.name(), 200);
        platform.issuer = url("issuer", r.issuer());
        platform.clientId = text("clientId", r.clientId(), 255);
        List<String> deployments = new ArrayList<>();
        for (String d : r.deploymentIds() == null ? List.<String>of() : r.deploymentIds()) {
            if (d != null && !d.isBlank()) {
                deployments.add(text("deploymentIds", d, 255));
            }
        }
        if (deployments.isEmpty()) {
            throw new InvalidInput("deploymentIds", "deploymentIds needs at least one deployment id of the platform");
        }
        platform.deploymentIds = String.join("\n", deployments);
        if (platform.deploymentIds.length() > 2000) {
            throw new InvalidInput("deploymentIds", "deploymentIds may hold at most 2000 characters in all");
        }
        platform.jwksUrl = url("jwksUrl", r.jwksUrl());
        platform.authUrl = url("authorizationUrl", r.authorizationUrl());
        platform.tokenUrl = url("tokenUrl", r.tokenUrl());
        String nation = r.nation() == null || r.nation().isBlank() ? null : r.nation().trim().toUpperCase(Locale.ROOT);
        String claim = r.nationClaim() == null || r.nationClaim().isBlank() ? null : text("nationClaim",
                r.nationClaim(), 200);
        if (nation == null && claim == null) {
            throw new InvalidInput("nation", "Give the nation the platform serves (nation, ISO 3166 alpha-3) "
                    + "or the claim that carries it (nationClaim)");
        }
        if (nation != null && Nation.findById(nation) == null) {
            throw new InvalidInput("nation", "nation " + nation + " is not a known nation code (ISO 3166 alpha-3)");
        }
        platform.nationIso3 = nation;
        platform.nationClaim = claim;
        Map<String, String> roles = r.roles() == null || r.roles().isEmpty() ? DEFAULT_ROLES : r.roles();
        platform.roleMap = RoleMap.format(RoleMap.check(roles));
        if (platform.roleMap.length() > 1000) {
            throw new InvalidInput("roles", "roles may hold at most 1000 characters in all (Role=OURROLE per line)");
        }
        platform.emailsVerified = Boolean.TRUE.equals(r.emailsVerified());
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, field + " may hold at most " + max + " characters");
        }
        return trimmed;
    }

    /** An https address; http only on this machine (a platform under test), never elsewhere. */
    static String url(String field, String value) {
        String text = text(field, value, 1000);
        try {
            URI uri = new URI(text);
            boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            if (uri.getHost() == null || !("https".equals(uri.getScheme())
                    || "http".equals(uri.getScheme()) && loopback)) {
                throw new InvalidInput(field, field + " must be an https:// address, got " + text);
            }
            return text;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInput(field, field + " must be an https:// address, got " + text);
        }
    }

    /** Role mappings as stored ("Learner=LEARNER" per line) and as checked. */
    static final class RoleMap {

        private RoleMap() {
        }

        static Map<String, String> parse(String text) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String line : LtiPlatform.lines(text)) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new InvalidInput("roles", "Each role line reads LtiRole=OURROLE, got \"" + line + "\"");
                }
                map.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
            return map;
        }

        static String format(Map<String, String> roles) {
            StringBuilder text = new StringBuilder();
            roles.forEach((k, v) -> text.append(text.isEmpty() ? "" : "\n").append(k).append('=').append(v));
            return text.toString();
        }

        /** LTI roles by short name (Learner, Instructor, ContentDeveloper...); ours other than ADMIN. */
        static Map<String, String> check(Map<String, String> roles) {
            Map<String, String> checked = new LinkedHashMap<>();
            roles.forEach((lti, ours) -> {
                String name = lti == null ? "" : lti.trim();
                if (!name.matches("[A-Za-z][A-Za-z0-9#/:._-]{0,200}")) {
                    throw new InvalidInput("roles", "roles: \"" + lti + "\" is not an LTI role name such as Learner");
                }
                String role = ours == null ? "" : ours.trim().toUpperCase(Locale.ROOT);
                if (Role.ADMIN.name().equals(role)) {
                    throw new InvalidInput("roles", "roles: no LTI role may map to ADMIN (" + name + ")");
                }
                try {
                    Role.valueOf(role);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("roles", "roles: " + name + " maps to \"" + ours
                            + "\"; allowed: LEARNER, AUTHOR, NATION_OFFICER, HQ_STAFF");
                }
                checked.put(name, role);
            });
            if (checked.isEmpty()) {
                throw new InvalidInput("roles", "roles needs at least one mapping, such as Learner=LEARNER");
            }
            return checked;
        }
    }
}
