package org.cthb.readiness.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.security.IdentityAttributes;
import org.cthb.readiness.security.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log: administrators see everything, a nation officer only the entries about their nation. */
@ApplicationScoped
public class AuditBrowser {

    static final int MAX_PAGE = 500;

    /** One audit entry as it goes over the wire. */
    public record Entry(long id, Instant at, String actor, String actorRole, String action, String subjectType,
                        String subjectId, String nation, String from, String detail) {
    }

    @Inject
    SecurityIdentity identity;

    @Transactional
    public List<Entry> entries(String action, String actor, String nation, int page, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInput("size", "size must be between 1 and " + MAX_PAGE + ", not " + size);
        }
        // The offset (page × size) must fit an int for the query: beyond it the page would be empty anyway.
        int lastPage = (Integer.MAX_VALUE - size) / size;
        if (page < 0 || page > lastPage) {
            throw new InvalidInput("page", "page counts from 0 and goes up to " + lastPage + " with size " + size
                    + ", not " + page);
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String scope = identity.hasRole(Role.ADMIN_NAME) ? nation : identity.getAttribute(IdentityAttributes.NATION);
        if (scope != null && !scope.isBlank()) {
            where.add("nationIso3 = :nation");
            params.and("nation", scope.toUpperCase());
        }
        if (action != null && !action.isBlank()) {
            where.add("action = :action");
            params.and("action", action);
        }
        if (actor != null && !actor.isBlank()) {
            where.add("actor = :actor");
            params.and("actor", actor);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id desc";
        return AuditEvent.<AuditEvent>find(query, params).page(Page.of(page, size)).list().stream()
                .map(e -> new Entry(e.id, e.occurredAt, e.actor, e.actorRole, e.action, e.subjectType, e.subjectId,
                        e.nationIso3, e.remoteAddress, e.detail)).toList();
    }
}
