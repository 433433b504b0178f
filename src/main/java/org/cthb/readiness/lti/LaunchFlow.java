package org.cthb.readiness.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.lti.LaunchRefused.Reason;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a launch leads to, once its state and token are checked: a session, a new window, or module picking. */
@ApplicationScoped
public class LaunchFlow {

    static final String RESOURCE_LINK = "LtiResourceLinkRequest";
    static final String DEEP_LINKING = "LtiDeepLinkingRequest";

    @Inject
    LaunchStates states;
    @Inject
    IdTokenVerifier verifier;
    @Inject
    LaunchAccounts accounts;
    @Inject
    GradeLinks grades;
    @Inject
    ModuleCatalogue catalogue;
    @Inject
    DeepLinking deepLinking;

    sealed interface Outcome permits SignIn, PickModules {
    }

    /** Sign {@code accountId} in and land on {@code landing}. */
    record SignIn(long accountId, String landing, String language) implements Outcome {
    }

    record PickModules(String token, String language, String nation) implements Outcome {
    }

    Outcome launch(String idToken, String state) {
        if (state == null || state.isBlank()) {
            throw new LaunchRefused(Reason.MISSING_PARAMETER, "state");
        }
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRefused(Reason.MISSING_PARAMETER, "id_token");
        }
        LaunchState login = states.consume(state);
        LtiPlatform platform = platform(login.platformId);
        JWTClaimsSet claims = verifier.verify(idToken, platform, login.nonce);
        String language = language(claims);
        Object type = claims.getClaim(IdTokenVerifier.CLAIM + "message_type");
        if (DEEP_LINKING.equals(type)) {
            return new PickModules(deepLinking.open(platform, claims), language, platform.nationIso3);
        }
        if (!RESOURCE_LINK.equals(type)) {
            throw new LaunchRefused(Reason.MESSAGE_TYPE, "message_type " + type);
        }
        String moduleId = requestedModule(claims);
        ModuleCatalogue.LinkableModule module = moduleId == null ? null : catalogue.module(moduleId, platform)
                .orElseThrow(() -> new LaunchRefused(Reason.UNKNOWN_MODULE, "module " + moduleId));
        Account account = accounts.accountFor(platform, claims, language);
        grades.remember(account.id, platform, claims, moduleId);
        return new SignIn(account.id, module == null ? "/learn" : module.landing(), language);
    }

    /** A ticket that opens the launched session in a new window: single use, a few minutes. */
    @Transactional
    public String ticket(SignIn signIn) {
        String ticket = Secrets.random();
        LaunchTicket row = new LaunchTicket();
        row.ticketHash = Secrets.hash(ticket);
        row.accountId = signIn.accountId();
        row.landing = signIn.landing();
        row.language = signIn.language();
        row.createdAt = Instant.now();
        row.persist();
        return ticket;
    }

    /** Uses a ticket up; an unknown, used or stale ticket is refused. */
    @Transactional
    public SignIn redeem(String ticket) {
        Instant now = Instant.now();
        String hash = ticket == null ? "" : Secrets.hash(ticket);
        int claimed = LaunchTicket.update("usedAt = ?1 where ticketHash = ?2 and usedAt is null and createdAt > ?3",
                now, hash, now.minus(LaunchStates.LIFETIME));
        if (claimed != 1) {
            throw new LaunchRefused(Reason.TICKET, "ticket unknown, used or too old");
        }
        LaunchTicket row = LaunchTicket.find("ticketHash", hash).firstResult();
        return new SignIn(row.accountId, row.landing, row.language);
    }

    @Transactional
    Account account(long id) {
        return Account.findById(id);
    }

    @Transactional
    LtiPlatform platform(long id) {
        LtiPlatform platform = LtiPlatform.findById(id);
        if (platform == null) {
            throw new LaunchRefused(Reason.NO_PLATFORM, "platform " + id + " is no longer registered");
        }
        return platform;
    }

    /** The custom parameter {@code module} of the link (set by our deep links), or none: the dashboard. */
    static String requestedModule(JWTClaimsSet claims) {
        if (claims.getClaim(LaunchAccounts.CUSTOM) instanceof Map<?, ?> custom
                && custom.get("module") instanceof String module && !module.isBlank()) {
            return module.trim();
        }
        return null;
    }

    /** The platform's language when it is one of ours. */
    static String language(JWTClaimsSet claims) {
        Object presentation = claims.getClaim(IdTokenVerifier.CLAIM + "launch_presentation");
        Object locale = presentation instanceof Map<?, ?> p ? p.get("locale") : null;
        if (locale == null) {
            return null;
        }
        String language = locale.toString().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return org.cthb.readiness.web.Languages.isSupported(language) ? language : null;
    }
}
