package org.cthb.readiness.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.security.Pseudonyms;
import org.cthb.readiness.web.PublicAddress;
import org.eclipse.microprofile.config.Config;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records learning events as xAPI 1.0.3 statements in the outbox, in the caller's transaction, for learners whose
 * nation runs a Learning Record Store. The actor is a pseudonymous account, never a name or an e-mail.
 */
@ApplicationScoped
public class LearningRecords {

    /** The verbs the service uses, from ADL's registry. */
    public enum Verb { LAUNCHED, EXPERIENCED, ATTEMPTED, ANSWERED, PASSED, FAILED, COMPLETED }

    @Inject
    PublicAddress publicAddress;
    @Inject
    Pseudonyms pseudonyms;
    @Inject
    Config config;
    @Inject
    ObjectMapper json;

    /**
     * Records one statement. {@code activity} is a path under the service's activity space, such as
     * {@code course/cthb-predeployment/v1/module/reporting/quiz}; {@code score} is null or 0..100.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long accountId, Verb verb, String activity, String activityName, Boolean success, Integer score) {
        Object[] learner = learner(accountId);
        String nation = (String) learner[0];
        if (nation == null || config.getOptionalValue("cthb.lrs." + nation + ".endpoint", String.class).isEmpty()) {
            return;
        }
        XapiOutboxEntry entry = new XapiOutboxEntry();
        entry.statementId = UUID.randomUUID().toString();
        entry.nation = nation;
        entry.statement = statement(entry.statementId, actor(accountId), verb, activity,
                activityName, success, score);
        entry.createdAt = Instant.now();
        entry.nextAttemptAt = entry.createdAt;
        entry.persist();
    }

    private String statement(String id, String actorName, Verb verb, String activity, String name, Boolean success,
                             Integer score) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("id", id);
        statement.put("actor", Map.of("objectType", "Agent",
                "account", Map.of("homePage", publicAddress.base(), "name", actorName)));
        String verbName = verb.name().toLowerCase();
        statement.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/" + verbName,
                "display", Map.of("en-US", verbName)));
        statement.put("object", Map.of("objectType", "Activity", "id", publicAddress.base() + "/xapi/activities/" + activity,
                "definition", Map.of("name", Map.of("en-US", name))));
        if (success != null || score != null) {
            Map<String, Object> result = new LinkedHashMap<>();
            if (success != null) {
                result.put("success", success);
            }
            if (score != null) {
                result.put("score", Map.of("scaled", score / 100.0, "raw", score, "min", 0, "max", 100));
            }
            statement.put("result", result);
        }
        statement.put("timestamp", Instant.now().toString());
        try {
            return json.writeValueAsString(statement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
