package org.cthb.readiness.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Appends to the audit log, in the caller's transaction, naming the signed-in actor and their address. */
@ApplicationScoped
public class AuditLog {

    static final String SYSTEM = "system";

    @Inject
    CurrentVertxRequest currentRequest;

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String action, String subjectType, String subjectId, String nation, String detail) {
        recordAs(currentActor(), action, subjectType, subjectId, nation, detail);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void recordAs(String actor, String action, String subjectType, String subjectId, String nation,
                         String detail) {
        recordAs(actor, currentRole(), action, subjectType, subjectId, nation, detail);
    }

    /**
     * As {@link #recordAs(String, String, String, String, String, String)} with the actor's role given: for what is
     * recorded while the caller is being authenticated (an OpenID Connect bearer token), when the identity must not
     * be asked for, being the one under construction.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordAs(String actor, String actorRole, String action, String subjectType, String subjectId,
                         String nation, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = actor;
        event.actorRole = actorRole;
        event.action = action;
        event.subjectType = subjectType;
        event.subjectId = subjectId;
        event.nationIso3 = nation;
        event.remoteAddress = remoteAddress();
        event.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        event.persist();
    }

    private String currentActor() {
        SecurityIdentity identity = identity();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    private String currentRole() {
        SecurityIdentity identity = identity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        // Only the service's own roles, within the column: an identity provider's roles can be anything (OIDC sign-in).
        String roles = identity.getRoles().stream().filter(AuditLog::isServiceRole)
                .collect(java.util.stream.Collectors.joining(","));
        return roles.isEmpty() ? null : roles.length() <= 20 ? roles : roles.substring(0, 20);
    }

    private static boolean isServiceRole(String role) {
        return java.util.Arrays.stream(org.cthb.readiness.security.Role.values()).anyMatch(r -> r.name().equals(role));
    }

    private static SecurityIdentity identity() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(SecurityIdentity.class).get();
    }

    private String remoteAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = currentRequest.getCurrent();
        return context == null || context.request().remoteAddress() == null
                ? null : context.request().remoteAddress().hostAddress();
    }
}
