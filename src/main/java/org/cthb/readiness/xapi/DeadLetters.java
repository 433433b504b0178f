package org.cthb.readiness.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statements an LRS refused for themselves (a 4xx about the statement, several times): listed per nation with the
 * LRS's answer, so an administrator can fix the cause and resend them, or discard them. Both are audited.
 */
@ApplicationScoped
public class DeadLetters {

    /** One dead letter as the administrator sees it. */
    @Schema(name = "XapiDeadLetter")
    public record DeadLetter(long id, String statementId, String nation, String verb, String activity,
                             Instant createdAt, Instant deadAt, int attempts, int rejections,
                             @Schema(description = "HTTP status of the LRS's last refusal") Integer lastStatus,
                             @Schema(description = "The LRS's answer, cut at 2000 characters") String lastResponse) {
    }

    /** A nation's outbox: what waits, how long, how many dead letters, and its LRS's back-off. */
    @Schema(name = "XapiNationOutbox")
    public record NationOutbox(String nation, long pending, long oldestPendingAgeSeconds, long dead,
                               int lrsFailures, Instant lrsNextAttemptAt, String lrsLastError,
                               Instant lrsLastSuccessAt) {
    }

    @Inject
    XapiOutbox outbox;
    @Inject
    LrsEndpoints endpoints;
    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper json;

    public List<NationOutbox> outboxes() {
        Map<String, XapiOutbox.NationStats> stats = new TreeMap<>(outbox.stats());
        endpoints.nations().forEach(n -> stats.putIfAbsent(n, new XapiOutbox.NationStats(n, 0, null, 0)));
        Instant now = Instant.now();
        return stats.values().stream().map(s -> {
            var lrs = outbox.state(s.nation());
            return new NationOutbox(s.nation(), s.pending(), s.oldestAgeSeconds(now), s.dead(),
                    lrs.map(XapiOutbox.LrsState::failures).orElse(0),
                    lrs.map(XapiOutbox.LrsState::nextAttemptAt).orElse(null),
                    lrs.map(XapiOutbox.LrsState::lastError).orElse(null),
                    lrs.map(XapiOutbox.LrsState::lastSuccessAt).orElse(null));
        }).toList();
    }

    /** Dead letters, oldest first; {@code nation} null or blank for all nations. */
    @Transactional
    public List<DeadLetter> list(String nation) {
        String code = nation(nation);
        List<XapiOutboxEntry> entries = code == null
                ? XapiOutboxEntry.list("deadAt is not null and sentAt is null order by nation, id")
                : XapiOutboxEntry.list("deadAt is not null and sentAt is null and nation = ?1 order by id", code);
        return entries.stream().map(this::view).toList();
    }

    /** Puts a dead letter back in the queue, due now, with its refusals forgotten. */
    @Transactional
    public void resend(long id) {
        XapiOutboxEntry entry = dead(id);
        entry.deadAt = null;
        entry.rejections = 0;
        entry.nextAttemptAt = Instant.now();
        audit.record("XAPI_DEAD_LETTER_RESENT", "xapi_statement", entry.statementId, entry.nation,
                "last LRS answer " + entry.lastStatus);
    }

    /** Removes a dead letter for good; the audit line keeps its id and the LRS's last answer. */
    @Transactional
    public void discard(long id) {
        XapiOutboxEntry entry = dead(id);
        audit.record("XAPI_DEAD_LETTER_DISCARDED", "xapi_statement", entry.statementId, entry.nation,
                "last LRS answer " + entry.lastStatus + ": " + entry.lastResponse);
        entry.delete();
    }

    private static XapiOutboxEntry dead(long id) {
        XapiOutboxEntry entry = XapiOutboxEntry.findById(id);
        if (entry == null || entry.deadAt == null || entry.sentAt != null) {
            throw new NotFound("id", "No dead xAPI statement " + id);
        }
        return entry;
    }

    private static String nation(String nation) {
        if (nation == null || nation.isBlank()) {
            return null;
        }
        String code = nation.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new InvalidInput("nation", "nation must be an ISO 3166 alpha-3 code such as FRA, not '"
                    + (nation.length() > 20 ? nation.substring(0, 20) + "..." : nation) + "'");
        }
        return code;
    }

    private DeadLetter view(XapiOutboxEntry e) {
        String verb = null;
        String activity = null;
        try {
            JsonNode statement = json.readTree(e.statement);
            verb = statement.path("verb").path("id").asText(null);
            activity = statement.path("object").path("id").asText(null);
        } catch (java.io.IOException ignored) {
            // A statement that is not JSON is shown without its verb and activity; its answer says the rest.
        }
        return new DeadLetter(e.id, e.statementId, e.nation, verb, activity, e.createdAt, e.deadAt, e.attempts,
                e.rejections, e.lastStatus, e.lastResponse);
    }
}
