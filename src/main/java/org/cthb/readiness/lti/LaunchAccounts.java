package org.cthb.readiness.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.lti.LaunchRefused.Reason;
import org.cthb.readiness.reference.Nation;
import org.cthb.readiness.security.Role;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who a launch is here. A platform's user is found again by platform and {@code sub}. The first time, they are
 * linked to an existing account only by an e-mail the platform vouches for and only within the platform's nation
 * (so no platform can take over another nation's people or anybody's account by claiming an e-mail); otherwise a
 * new account is made with the role the registration maps their LTI role to (never ADMIN). An existing account
 * keeps its own role: a launch never raises anyone's rights.
 */
@ApplicationScoped
public class LaunchAccounts {

    static final String ROLES = IdTokenVerifier.CLAIM + "roles";
    static final String CUSTOM = IdTokenVerifier.CLAIM + "custom";

    @Inject
    AuditLog audit;

    @Transactional
    public Account accountFor(LtiPlatform platform, JWTClaimsSet claims, String language) {
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new LaunchRefused(Reason.MISSING_PARAMETER, "sub is missing (anonymous launch)");
        }
        Optional<LtiIdentity> known = LtiIdentity.of(platform.id, subject);
        Account account;
        if (known.isPresent()) {
            account = Account.findById(known.get().accountId);
        } else {
            Role role = mappedRole(platform, claims);
            String nation = nation(platform, claims);
            account = linkByEmail(platform, claims, nation).orElseGet(() -> create(platform, subject, claims, role,
                    nation, language));
            LtiIdentity identity = new LtiIdentity();
            identity.platformId = platform.id;
            identity.subject = subject;
            identity.accountId = account.id;
            identity.persist();
        }
        if (account == null || !account.enabled) {
            throw new LaunchRefused(Reason.NO_ROLE, "account disabled");
        }
        if (language != null) {
            account.language = language;
        }
        return account;
    }

    /** The first of the registration's mappings (in its order) that the launch's roles carry. */
    static Role mappedRole(LtiPlatform platform, JWTClaimsSet claims) {
        List<String> roles = roles(claims);
        for (Map.Entry<String, String> mapping : Platforms.RoleMap.parse(platform.roleMap).entrySet()) {
            if (roles.stream().anyMatch(r -> shortName(r).equalsIgnoreCase(mapping.getKey())
                    || r.equalsIgnoreCase(mapping.getKey()))) {
                Role role = Role.valueOf(mapping.getValue());
                if (role == Role.ADMIN) {
                    break;
                }
                return role;
            }
        }
        throw new LaunchRefused(Reason.NO_ROLE, "roles " + roles + " map to no role here");
    }

    static List<String> roles(JWTClaimsSet claims) {
        Object value = claims.getClaim(ROLES);
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** {@code http://purl.imsglobal.org/vocab/lis/v2/membership#Learner} is "Learner". */
    static String shortName(String role) {
        int hash = role.lastIndexOf('#');
        int slash = role.lastIndexOf('/');
        return role.substring(Math.max(hash, slash) + 1);
    }

    static boolean hasRole(JWTClaimsSet claims, String... shortNames) {
        return roles(claims).stream().map(LaunchAccounts::shortName)
                .anyMatch(r -> List.of(shortNames).stream().anyMatch(r::equalsIgnoreCase));
    }

    static String nation(LtiPlatform platform, JWTClaimsSet claims) {
        String nation = platform.nationIso3;
        if (nation == null && platform.nationClaim != null) {
            Object value = claims.getClaim(platform.nationClaim);
            if (value == null && claims.getClaim(CUSTOM) instanceof Map<?, ?> custom) {
                value = custom.get(platform.nationClaim);
            }
            nation = value == null ? null : value.toString().trim().toUpperCase(Locale.ROOT);
        }
        if (nation == null || Nation.findById(nation) == null) {
            throw new LaunchRefused(Reason.NO_NATION, "nation " + nation + " (claim " + platform.nationClaim + ")");
        }
        return nation;
    }

    /** An existing account of the same nation with the e-mail the platform vouches for. */
    private Optional<Account> linkByEmail(LtiPlatform platform, JWTClaimsSet claims, String nation) {
        String email = verifiedEmail(platform, claims);
        if (email == null) {
            return Optional.empty();
        }
        Optional<Account> account = Account.byEmail(email).filter(a -> nation.equals(nationOf(a)));
        account.ifPresent(a -> audit.recordAs(a.email, "LTI_ACCOUNT_LINKED", "account", String.valueOf(a.id),
                nation, platform.issuer));
        return account;
    }

    static String verifiedEmail(LtiPlatform platform, JWTClaimsSet claims) {
        Object email = claims.getClaim("email");
        boolean verified = platform.emailsVerified || Boolean.TRUE.equals(claims.getClaim("email_verified"));
        return verified && email instanceof String text && text.contains("@") && text.length() <= 254
                ? text.trim().toLowerCase(Locale.ROOT) : null;
    }

    private static String nationOf(Account account) {
        if (account.personId != null) {
            Object nation = Panache.getEntityManager()
                    .createNativeQuery("select nation_iso3 from person where id = ?1")
                    .setParameter(1, account.personId).getSingleResult();
            return nation == null ? account.nationIso3 : nation.toString();
        }
        return account.nationIso3;
    }

    private Account create(LtiPlatform platform, String subject, JWTClaimsSet claims, Role role, String nation,
                           String language) {
        String email = verifiedEmail(platform, claims);
        if (email == null || Account.byEmail(email).isPresent()) {
            // Not vouched for, or another nation's account has it: a login name nobody can receive mail at.
            email = "lti-" + platform.id + "-" + Secrets.hash(subject).substring(0, 20) + "@lti.invalid";
        }
        Account account = new Account();
        account.email = email;
        account.role = role;
        account.nationIso3 = nation;
        account.language = language == null ? "en" : language;
        account.enabled = true;
        account.persist();
        if (role == Role.LEARNER) {
            // As a roster import would: a learner whose nation's roster lists their e-mail is that person.
            Panache.getEntityManager().flush();
            Panache.getEntityManager().createNativeQuery("update account a join person p on p.email = a.email"
                            + " and p.nation_iso3 = a.nation_iso3 set a.person_id = p.id where a.id = ?1")
                    .setParameter(1, account.id).executeUpdate();
            Panache.getEntityManager().refresh(account);
        }
        audit.recordAs(account.email, "LTI_ACCOUNT_CREATED", "account", String.valueOf(account.id), nation,
                platform.issuer + " as " + role);
        return account;
    }
}
