package org.cthb.readiness.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.security.Pseudonyms;
import org.cthb.readiness.web.PublicAddress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records learning events as xAPI 1.0.3 statements in the outbox, in the caller's transaction, for learners whose
 * nation runs a Learning Record Store. The actor is a pseudonymous account, never a name or an e-mail, the same
 * for a person whatever links their account later. Each statement says, in English and French, what was learnt
 * (activity names and types), where it sits (the parent activity, the course and the course version as grouping)
 * and which run it belongs to ({@code context.registration}: the quiz attempt for quiz statements, the enrolment
 * in the course version for the others).
 */
@ApplicationScoped
public class LearningRecords {

    /** The verbs the service uses, from ADL's registry, with their display in both languages. */
    public enum Verb {
        LAUNCHED("launched", "a lancé"), EXPERIENCED("experienced", "a suivi"), ATTEMPTED("attempted", "a tenté"),
        ANSWERED("answered", "a répondu à"), PASSED("passed", "a réussi"), FAILED("failed", "a échoué à"),
        COMPLETED("completed", "a terminé");

        final String en;
        final String fr;

        Verb(String en, String fr) {
            this.en = en;
            this.fr = fr;
        }
    }

    @Inject
    PublicAddress publicAddress;
    @Inject
    Pseudonyms pseudonyms;
    @Inject
    LrsEndpoints endpoints;
    @Inject
    XapiActivityNames names;
    @Inject
    CourseCatalog catalog;
    @Inject
    ObjectMapper json;

    /**
     * Records one statement. {@code activity} is a path under the service's activity space, such as
     * {@code course/cthb-predeployment/v1/module/reporting/quiz}; {@code score} is null or 0..100.
     * {@code activityName} is the fallback name for a path the course does not describe.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long accountId, Verb verb, String activity, String activityName, Boolean success, Integer score) {
        Object[] learner = learner(accountId);
        String nation = (String) learner[0];
        if (!endpoints.has(nation)) {
            return;
        }
        XapiOutboxEntry entry = new XapiOutboxEntry();
        entry.statementId = UUID.randomUUID().toString();
        entry.nation = nation;
        entry.statement = statement(entry.statementId, accountId, verb, activity, activityName, success, score);
        entry.createdAt = Instant.now();
        entry.nextAttemptAt = entry.createdAt;
        entry.persist();
    }

    private String statement(String id, long accountId, Verb verb, String activity, String fallbackName,
                             Boolean success, Integer score) {
        XapiActivityNames.Path path = names.describe(activity, fallbackName);
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("id", id);
        statement.put("actor", Map.of("objectType", "Agent",
                "account", Map.of("homePage", publicAddress.base(), "name", actor(accountId))));
        statement.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/" + verb.en,
                "display", Map.of("en-US", verb.en, "fr-FR", verb.fr)));
        statement.put("object", activity(path.self()));
        if (success != null || score != null) {
            Map<String, Object> result = new LinkedHashMap<>();
            if (score != null) {
                result.put("score", Map.of("scaled", score / 100.0, "raw", score, "min", 0, "max", 100));
            }
            if (success != null) {
                result.put("success", success);
            }
            if (verb == Verb.COMPLETED || verb == Verb.PASSED || verb == Verb.FAILED) {
                result.put("completion", true);
            }
            statement.put("result", result);
        }
        Map<String, Object> context = new LinkedHashMap<>();
        UUID registration = registration(accountId, path);
        if (registration != null) {
            context.put("registration", registration.toString());
        }
        Map<String, Object> contextActivities = new LinkedHashMap<>();
        if (path.parent() != null) {
            contextActivities.put("parent", List.of(activity(path.parent())));
        }
        if (!path.grouping().isEmpty()) {
            contextActivities.put("grouping", path.grouping().stream().map(this::activity).toList());
        }
        if (!contextActivities.isEmpty()) {
            context.put("contextActivities", contextActivities);
        }
        context.put("platform", "CTHB Readiness");
        statement.put("context", context);
        statement.put("timestamp", Instant.now().toString());
        try {
            return json.writeValueAsString(statement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> activity(XapiActivityNames.Activity activity) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", Map.of("en-US", activity.en(), "fr-FR", activity.fr()));
        definition.put("type", activity.type());
        return Map.of("objectType", "Activity", "id", publicAddress.base() + "/xapi/activities/" + activity.path(),
                "definition", definition);
    }

    /**
     * The run a statement belongs to, as a keyed hash (the LRS learns no internal id): a quiz attempt (the latest one
     * of the module, which is the one being taken, answered or graded), else the enrolment in the course version.
     */
    private UUID registration(long accountId, XapiActivityNames.Path path) {
        if (path.courseId() == null) {
            return null;
        }
        long versionId = catalog.version(path.courseId(), path.versionNumber()).id();
        if (path.moduleId() != null && path.quizRelated()) {
            @SuppressWarnings("unchecked")
            List<Number> attempts = Panache.getEntityManager().createNativeQuery("select id from quiz_attempt"
                            + " where account_id = ?1 and version_id = ?2 and module_id = ?3"
                            + " order by attempt_no desc limit 1")
                    .setParameter(1, accountId).setParameter(2, versionId).setParameter(3, path.moduleId())
                    .getResultList();
            if (!attempts.isEmpty()) {
                return pseudonyms.of(Pseudonyms.Use.XAPI_REGISTRATION, "attempt:" + attempts.get(0).longValue());
            }
        }
        return pseudonyms.of(Pseudonyms.Use.XAPI_REGISTRATION, "enrolment:" + accountId + ":" + versionId);
    }

    private static Object[] learner(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select coalesce(p.nation_iso3, a.nation_iso3),"
                + " a.id from account a left join person p on p.id = a.person_id where a.id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() ? new Object[2] : rows.get(0);
    }

    /**
     * The actor's name: a keyed hash of the account, the same before and after a roster links the account to its
     * person, so that an LRS sees one learner throughout; without the key it cannot be traced back to the account.
     */
    String actor(long accountId) {
        return pseudonyms.urn(Pseudonyms.Use.XAPI_ACTOR, accountId);
    }
}
