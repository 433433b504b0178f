package org.cthb.readiness.quiz;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.Enrolment;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.Forbidden;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.security.IdentityAttributes;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A second chance with a human in the loop: a nation officer (their own nation's people) or an administrator grants
 * a learner who used their attempts at a module's quiz more of them, with a reason that goes to the audit log.
 */
@ApplicationScoped
public class AttemptGrants {

    static final int MAX_EXTRA = 5;
    static final int MAX_REASON = 500;

    /** What an officer asks: the module, how many more attempts, and why. */
    public record GrantRequest(String module, Integer extraAttempts, String reason) {
    }

    /** A grant as it goes over the wire. */
    public record GrantView(long id, String module, int extraAttempts, String reason, String grantedBy,
                            Instant grantedAt) {
    }

    /** Where the person stands on one module's quiz in their current round of training. */
    public record ModuleAttempts(String module, String title, int used, int allowed, boolean passed) {
    }

    /** A person of the nation, their standing on each quiz, and the attempts granted them in this round. */
    public record PersonAttempts(String nation, String nationalId, String name, boolean hasAccount,
                                 List<ModuleAttempts> modules, List<GrantView> grants) {
    }

    private record Person(String name, Long accountId) {
    }

    @ConfigProperty(name = "cthb.learning.course", defaultValue = "cthb-predeployment")
    String courseId;
    @Inject
    SecurityIdentity identity;
    @Inject
    ReferenceData referenceData;
    @Inject
    CourseCatalog catalog;
    @Inject
    TrainingCycles cycles;
    @Inject
    QuizService quizzes;
    @Inject
    AuditLog audit;

    @Transactional
    public PersonAttempts person(String iso3, String nationalId, String language) {
        String nation = requireNation(iso3);
        Person person = person(nation, nationalId);
        if (person.accountId() == null) {
            return new PersonAttempts(nation, nationalId, person.name(), false, List.of(), List.of());
        }
        TrainingCycle cycle = cycles.of(person.accountId());
        // Read only: looking at a person must not enrol them.
        Enrolment enrolment = Enrolment.findById(new Enrolment.Key(person.accountId(), courseId));
        CourseCatalog.Version version = enrolment == null ? catalog.current(courseId)
                : catalog.versionById(enrolment.versionId);
        Map<String, QuizOutcome> outcomes = quizzes.outcomes(person.accountId(), version.id(), cycle);
        List<ModuleAttempts> modules = version.content().modules().stream().map(m -> {
            QuizOutcome o = outcomes.getOrDefault(m.id(), QuizOutcome.NONE);
            return new ModuleAttempts(m.id(), m.title().in(language), o.attempts(), m.quiz().attempts() + o.granted(),
                    o.passed());
        }).toList();
        List<GrantView> grants = AttemptGrant.inCycle(person.accountId(), cycle).stream().map(AttemptGrants::view)
                .toList();
        return new PersonAttempts(nation, nationalId, person.name(), true, modules, grants);
    }

    /** Records the grant and audits it; the learner's next start counts it. */
    @Transactional
    public GrantView grant(String iso3, String nationalId, GrantRequest request) {
        String nation = requireNation(iso3);
        Person person = person(nation, nationalId);
        if (request == null) {
            throw new InvalidInput("body", "send {\"module\": \"...\", \"extraAttempts\": 1, \"reason\": \"...\"}");
        }
        CourseContent.ModuleContent module = module(request.module());
        int extra = extra(request.extraAttempts());
        String reason = reason(request.reason());
        if (person.accountId() == null) {
            throw new NotFound("Person " + nationalId + " of " + nation + " has no account yet: attempts can be "
                    + "granted once they have signed in");
        }
        AttemptGrant grant = new AttemptGrant();
        grant.accountId = person.accountId();
        grant.moduleId = module.id();
        grant.extraAttempts = extra;
        grant.reason = reason;
        grant.grantedBy = identity.getPrincipal().getName();
        grant.grantedAt = Instant.now();
        grant.persist();
        audit.record("ATTEMPTS_GRANTED", "account", String.valueOf(person.accountId()), nation,
                extra + " more attempt(s) at " + module.id() + " for " + nationalId + ": " + reason);
        return view(grant);
    }

    /**
     * Administrators grant anywhere; a nation officer only to their own nation's people (403 otherwise, since the
     * officer knows the nation exists); an unknown nation answers 404 naming it.
     */
    private String requireNation(String iso3) {
        String nation = iso3 == null ? "" : iso3.toUpperCase(Locale.ROOT);
        if (referenceData.nation(nation).isEmpty()) {
            throw new NotFound("iso3", "No nation " + iso3 + ": use an ISO 3166-1 alpha-3 code such as FRA");
        }
        if (identity.hasRole(Role.ADMIN_NAME)) {
            return nation;
        }
        if (identity.hasRole(Role.OFFICER_NAME) && nation.equals(identity.getAttribute(IdentityAttributes.NATION))) {
            return nation;
        }
        throw new Forbidden("iso3", "Only administrators and officers of " + nation + " may grant attempts to its "
                + "people");
    }

    private static Person person(String nation, String nationalId) {
        List<?> rows = Panache.getEntityManager().createNativeQuery("""
                select concat(p.family_name, ', ', p.given_name), (select min(a.id) from account a
                    where a.person_id = p.id)
                from person p where p.nation_iso3 = ?1 and p.national_id = ?2""")
                .setParameter(1, nation).setParameter(2, nationalId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("nationalId", "No person with national id " + nationalId + " in the roster of "
                    + nation);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Person(String.valueOf(row[0]), row[1] == null ? null : ((Number) row[1]).longValue());
    }

    private CourseContent.ModuleContent module(String id) {
        List<String> known = catalog.current(courseId).content().modules().stream().map(m -> m.id()).toList();
        if (id == null || id.isBlank()) {
            throw new InvalidInput("module", "module is required; one of " + String.join(", ", known));
        }
        return catalog.current(courseId).content().module(id.strip()).orElseThrow(() -> new InvalidInput("module",
                "no module " + id + " in course " + courseId + "; one of " + String.join(", ", known)));
    }

    private static int extra(Integer extra) {
        if (extra == null || extra < 1 || extra > MAX_EXTRA) {
            throw new InvalidInput("extraAttempts", "extraAttempts must be a whole number from 1 to " + MAX_EXTRA
                    + (extra == null ? "" : ", not " + extra));
        }
        return extra;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "a reason is required: it is kept in the audit log");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInput("reason", "the reason may have at most " + MAX_REASON + " characters, not "
                    + reason.strip().length());
        }
        return reason.strip();
    }

    private static GrantView view(AttemptGrant g) {
        return new GrantView(g.id, g.moduleId, g.extraAttempts, g.reason, g.grantedBy, g.grantedAt);
    }
}
