package org.cthb.readiness.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.reference.Nation;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the claims of an OpenID Connect sign-in into a local account: matched by verified e-mail (the claim named by
 * {@code cthb.oidc.email-claim}), its role and nation mapped by configuration. The strongest known role wins
 * (ADMIN over HQ_STAFF over NATION_OFFICER over AUTHOR over LEARNER); values of the role claim that map to nothing are
 * ignored while one maps to a role (groups claims carry many unrelated groups), but a role claim with no known value,
 * an unknown nation, an unverified or missing e-mail or a disabled account refuses the sign-in, audited, with the
 * reason: a 403 page, never a 500.
 */
@ApplicationScoped
public class OidcAccounts {

    /** A sign-in the claims do not allow, with what to tell the person (the value at fault, never a secret). */
    public static final class Refused extends RuntimeException {
        public final Reason reason;
        public final String value;

        Refused(Reason reason, String value) {
            super(reason + (value == null ? "" : ": " + value));
            this.reason = reason;
            this.value = value;
        }
    }

    /** Why a sign-in was refused. */
    public enum Reason { NO_VERIFIED_EMAIL, UNKNOWN_ROLE, UNKNOWN_NATION, NATION_REQUIRED, ACCOUNT_DISABLED }

    @ConfigProperty(name = "cthb.oidc.email-claim", defaultValue = "email")
    String emailClaim;
    @ConfigProperty(name = "cthb.oidc.email-verified-claim", defaultValue = "email_verified")
    String emailVerifiedClaim;
    @ConfigProperty(name = "cthb.oidc.role-claim", defaultValue = "cthb_role")
    String roleClaim;
    @ConfigProperty(name = "cthb.oidc.nation-claim", defaultValue = "cthb_nation")
    String nationClaim;
    /** Provider values to roles, {@code value=ROLE} separated by commas; a role's own name always maps to it. */
    @ConfigProperty(name = "cthb.oidc.role-map")
    Optional<String> roleMap;
    /** Provider values to ISO 3166 alpha-3 codes, {@code value=ISO3} separated by commas; a known code maps to itself. */
    @ConfigProperty(name = "cthb.oidc.nation-map")
    Optional<String> nationMap;

    @Inject
    AuditLog audit;

    /** The account a token signs in to: its e-mail, role and nation as the claims and configuration say. */
    public record SignedIn(String email, Role role, String nation) {
    }

    /** The e-mail of the account the claims sign in to, created or brought up to date; or {@link Refused}. */
    @Transactional(dontRollbackOn = Refused.class)
    public String accountFor(JsonWebToken token) {
        return signIn(token).email();
    }

    /**
     * The account the claims sign in to, created or brought up to date, for the browser's sign-in and for each
     * request with a bearer token alike; or {@link Refused}, audited.
     */
    @Transactional(dontRollbackOn = Refused.class)
    public SignedIn signIn(JsonWebToken token) {
        String subject = token.getSubject();
        try {
            Account account = resolve(token);
            return new SignedIn(account.email, account.role, account.nationIso3);
        } catch (Refused refused) {
            // The identity is not asked for: a bearer token's is being built from these very claims.
            audit.recordAs("oidc:" + subject, null, "OIDC_SIGN_IN_REFUSED", "oidc_subject", subject, null,
                    refused.getMessage());
            throw refused;
        }
    }

    private Account resolve(JsonWebToken token) {
        String email = values(token, emailClaim).stream().findFirst().map(Account::normalise).orElse(null);
        boolean verified = values(token, emailVerifiedClaim).stream().anyMatch("true"::equalsIgnoreCase);
        if (email == null || !verified) {
            throw new Refused(Reason.NO_VERIFIED_EMAIL, email);
        }
        List<String> roleValues = values(token, roleClaim);
        Map<String, Role> roles = mapping(roleMap.orElse(""), v -> Role.valueOf(v.toUpperCase(Locale.ROOT)));
        Role role = roleValues.stream().map(v -> roleOf(v, roles)).flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new Refused(Reason.UNKNOWN_ROLE, String.join(", ", roleValues)));
        String nation = values(token, nationClaim).stream().findFirst().map(this::nationOf).orElse(null);
        if (role.needsNation() && nation == null) {
            throw new Refused(Reason.NATION_REQUIRED, role.name());
        }
        Optional<Account> existing = Account.byEmail(email);
        if (existing.isPresent()) {
            Account account = existing.get();
            if (!account.enabled) {
                throw new Refused(Reason.ACCOUNT_DISABLED, email);
            }
            if (account.role != role || !java.util.Objects.equals(account.nationIso3, nation)) {
                audit.recordAs(email, role.name(), "OIDC_ACCOUNT_UPDATED", "account", String.valueOf(account.id),
                        nation, account.role + " " + account.nationIso3 + " -> " + role + " " + nation);
                account.role = role;
                account.nationIso3 = nation;
            }
            return account;
        }
        Account account = new Account();
        account.email = email;
        account.role = role;
        account.nationIso3 = nation;
        // No password: this person signs in through their organisation's provider only.
        account.passwordHash = null;
        account.language = "en";
        account.enabled = true;
        account.persist();
        audit.recordAs(email, role.name(), "ACCOUNT_CREATED", "account", String.valueOf(account.id), nation,
                email + " as " + role + " through OpenID Connect");
        return account;
    }

    private static Optional<Role> roleOf(String value, Map<String, Role> configured) {
        Role mapped = configured.get(value.toLowerCase(Locale.ROOT));
        if (mapped != null) {
            return Optional.of(mapped);
        }
        try {
            return Optional.of(Role.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String nationOf(String value) {
        String configured = mapping(nationMap.orElse(""), v -> v.toUpperCase(Locale.ROOT))
                .get(value.toLowerCase(Locale.ROOT));
        String code = configured != null ? configured : value.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}") || Nation.findById(code) == null) {
            throw new Refused(Reason.UNKNOWN_NATION, value);
        }
        return code;
    }

    private static <T> Map<String, T> mapping(String pairs, java.util.function.Function<String, T> target) {
        Map<String, T> map = new HashMap<>();
        for (String pair : pairs.split(",")) {
            int eq = pair.lastIndexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq).trim().toLowerCase(Locale.ROOT), target.apply(pair.substring(eq + 1)
                        .trim()));
            }
        }
        return map;
    }

    /** The values of a claim (a dotted path reaches into objects), as strings; empty when absent. */
    static List<String> values(JsonWebToken token, String path) {
        String[] parts = path.split("\\.");
        Object value = token.getClaim(parts[0]);
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof JsonObject object ? object.get(parts[i])
                    : value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        List<String> values = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> values.add(text(v)));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(text(v)));
        } else if (value != null) {
            values.add(text(value));
        }
        values.removeIf(v -> v == null || v.isBlank());
        return values;
    }

    private static String text(Object value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value == JsonValue.TRUE) {
            return "true";
        }
        if (value == JsonValue.FALSE) {
            return "false";
        }
        return value == null ? null : value.toString();
    }
}
