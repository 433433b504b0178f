package org.cthb.readiness.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Remembers, from a launch's Assignment and Grade Services claim, the line item that a learner's score for the
 * launched module goes to. Only a launch that names a module and grants the score scope makes one.
 */
@ApplicationScoped
public class GradeLinks {

    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    @Transactional
    public void remember(long accountId, LtiPlatform platform, JWTClaimsSet claims, String moduleId) {
        if (moduleId == null || !(claims.getClaim(AGS) instanceof Map<?, ?> ags)
                || !(ags.get("lineitem") instanceof String lineItem)
                || !(ags.get("scope") instanceof List<?> scopes) || !scopes.contains(SCORE_SCOPE)) {
            return;
        }
        try {
            Platforms.url("lineitem", lineItem);
        } catch (org.cthb.readiness.error.InvalidInput notHttps) {
            // Scores are sent only over https (or to this machine in tests): the launch goes on without them.
            return;
        }
        String hash = Secrets.hash(lineItem);
        if (GradeLink.count("accountId = ?1 and platformId = ?2 and lineItemHash = ?3", accountId, platform.id,
                hash) > 0) {
            return;
        }
        GradeLink link = new GradeLink();
        link.accountId = accountId;
        link.platformId = platform.id;
        link.subject = claims.getSubject();
        link.moduleId = moduleId;
        link.lineItem = lineItem;
        link.lineItemHash = hash;
        link.persist();
    }
}
