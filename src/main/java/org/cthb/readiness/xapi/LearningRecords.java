package org.cthb.readiness.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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

    @ConfigProperty(name = "cthb.public-url")
    String publicUrl;
    @ConfigProperty(name = "cthb.xapi.pseudonym-salt", defaultValue = "cthb")
    String salt;
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
        entry.statement = statement(entry.statementId, pseudonym(accountId, (String) learner[1]), verb, activity,
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
                "account", Map.of("homePage", publicUrl, "name", actorName)));
        String verbName = verb.name().toLowerCase();
        statement.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/" + verbName,
                "display", Map.of("en-US", verbName)));
        statement.put("object", Map.of("objectType", "Activity", "id", publicUrl + "/xapi/activities/" + activity,
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
                + " p.pseudonym from account a left join person p on p.id = a.person_id where a.id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() ? new Object[2] : rows.get(0);
    }

    /** The person's own pseudonym when the roster knows them; otherwise a salted hash of the account. */
    private String pseudonym(long accountId, String personPseudonym) {
        if (personPseudonym != null) {
            return personPseudonym;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + accountId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
