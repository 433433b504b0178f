package org.cthb.readiness.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.lti.LaunchRefused.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deep Linking 2.0: a teacher in the platform picks modules from our catalogue, and we answer with one LTI resource
 * link per module (its custom parameter {@code module} names it, and a line item asks the platform for a grade
 * column), in a response JWT signed with our published key.
 */
@ApplicationScoped
public class DeepLinking {

    static final String SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    /** Only people who prepare courses in the platform pick modules. */
    private static final String[] TEACHERS = {"Instructor", "ContentDeveloper", "Administrator", "TeachingAssistant"};

    @Inject
    ToolKeys keys;
    @Inject
    ToolUrls urls;
    @Inject
    ModuleCatalogue catalogue;

    /** What the picking page posts back, and the form that carries our answer to the platform. */
    public record Answer(String returnUrl, String jwt) {
    }

    /** Keeps a verified request for the teacher's choice; returns the single-use token of the picking form. */
    @Transactional
    public String open(LtiPlatform platform, JWTClaimsSet claims) {
        if (!LaunchAccounts.hasRole(claims, TEACHERS)) {
            throw new LaunchRefused(Reason.NO_ROLE, "deep linking needs a teaching role, got "
                    + LaunchAccounts.roles(claims));
        }
        if (!(claims.getClaim(SETTINGS) instanceof Map<?, ?> settings)
                || !(settings.get("deep_link_return_url") instanceof String returnUrl)) {
            throw new LaunchRefused(Reason.DEEP_LINK, "deep_linking_settings.deep_link_return_url is missing");
        }
        Object accept = settings.get("accept_types");
        if (accept instanceof List<?> types && !types.contains("ltiResourceLink")) {
            throw new LaunchRefused(Reason.DEEP_LINK, "the platform accepts no ltiResourceLink here");
        }
        String token = Secrets.random();
        DeepLinkRequest request = new DeepLinkRequest();
        request.tokenHash = Secrets.hash(token);
        request.platformId = platform.id;
        request.deploymentId = claims.getClaim(IdTokenVerifier.CLAIM + "deployment_id").toString();
        try {
            request.returnUrl = Platforms.url("deep_link_return_url", returnUrl);
        } catch (org.cthb.readiness.error.InvalidInput e) {
            throw new LaunchRefused(Reason.DEEP_LINK, e.getMessage());
        }
        request.data = settings.get("data") instanceof String data && data.length() <= 2000 ? data : null;
        request.lineItems = true;
        request.createdAt = Instant.now();
        request.persist();
        return token;
    }

    /** The signed answer with one link per chosen module; the request is used up. */
    @Transactional
    public Answer answer(String token, List<String> moduleIds) {
        DeepLinkRequest request = token == null ? null
                : DeepLinkRequest.<DeepLinkRequest>find("tokenHash", Secrets.hash(token)).firstResult();
        if (request == null || request.usedAt != null
                || request.createdAt.plus(LaunchStates.LIFETIME.multipliedBy(3)).isBefore(Instant.now())) {
            throw new LaunchRefused(Reason.DEEP_LINK, "this choice of modules was already sent or is too old");
        }
        Set<String> chosen = Set.copyOf(moduleIds == null ? List.of() : moduleIds);
        LtiPlatform platform = LtiPlatform.findById(request.platformId);
        List<ModuleCatalogue.LinkableModule> modules = catalogue.modules(platform).stream()
                .filter(m -> chosen.contains(m.moduleId())).toList();
        if (modules.size() != chosen.size()) {
            throw new LaunchRefused(Reason.UNKNOWN_MODULE, "unknown module in " + chosen);
        }
        request.usedAt = Instant.now();
        List<Map<String, Object>> items = new ArrayList<>();
        for (ModuleCatalogue.LinkableModule module : modules) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "ltiResourceLink");
            item.put("title", module.titleEn());
            item.put("url", urls.urls().launch());
            item.put("custom", Map.of("module", module.moduleId()));
            if (request.lineItems) {
                item.put("lineItem", Map.of("scoreMaximum", 100, "label", module.titleEn(),
                        "resourceId", module.moduleId(), "tag", "cthb-module"));
            }
            items.add(item);
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.clientId)
                .audience(platform.issuer).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("nonce", Secrets.random())
                .claim(IdTokenVerifier.CLAIM + "message_type", "LtiDeepLinkingResponse")
                .claim(IdTokenVerifier.CLAIM + "version", "1.3.0")
                .claim(IdTokenVerifier.CLAIM + "deployment_id", request.deploymentId)
                .claim(CONTENT_ITEMS, items);
        if (request.data != null) {
            claims.claim(DATA, request.data);
        }
        return new Answer(request.returnUrl, keys.sign(claims.build()));
    }
}
