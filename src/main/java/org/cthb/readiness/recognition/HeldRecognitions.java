package org.cthb.readiness.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.account.Account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recognitions a learner holds, module by module, for the dashboard and certificates: unrevoked ones only,
 * and for each module the one that counts longest (no expiry first), so that an expired one shows only when no
 * live one stands for the module.
 */
@ApplicationScoped
public class HeldRecognitions {

    /** One module's recognition: the source is the trusted issuer's name; {@code validUntil} null for no expiry. */
    public record Held(long recognitionId, String moduleId, String source, Instant validUntil) {

        /** Counts until the uploaded credential's own validUntil / expirationDate / exp. */
        public boolean liveAt(Instant at) {
            return validUntil == null || validUntil.isAfter(at);
        }

        /** The last day (UTC) the recognition counted in full, for "recognition expired on". */
        public LocalDate expiredOn() {
            return validUntil == null ? null : LocalDate.ofInstant(validUntil, ZoneOffset.UTC);
        }
    }

    /** Module id to the recognition held for it by the account's person; empty without a linked person. */
    public Map<String, Held> ofAccount(long accountId) {
        Account account = Account.findById(accountId);
        if (account == null || account.personId == null) {
            return Map.of();
        }
        List<Recognition> unrevoked = Recognition.list("personId = ?1 and revokedAt is null", account.personId);
        Comparator<Held> longest = Comparator.comparing(Held::validUntil,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, Held> held = new HashMap<>();
        unrevoked.forEach(r -> held.merge(r.moduleId, new Held(r.id, r.moduleId, r.issuerName, r.validUntil),
                (a, b) -> longest.compare(a, b) >= 0 ? a : b));
        return held;
    }
}
