package org.cthb.readiness.recognition;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** What an Open Badges 3.0 credential must say, once its signature holds: its kind, its dates, its achievement. */
final class CredentialChecks {

    private CredentialChecks() {
    }

    /** The achievement's id, once the credential is an achievement credential valid at {@code now}. */
    static String achievementId(Map<String, Object> credential, Instant now) {
        Object type = credential.get("type");
        List<?> types = type instanceof List<?> list ? list : List.of(String.valueOf(type));
        if (!types.contains("OpenBadgeCredential") && !types.contains("AchievementCredential")) {
            throw new ForeignCredentialException(Refusal.NOT_OPEN_BADGE, "its type is " + types
                    + ", not OpenBadgeCredential");
        }
        Instant from = instant(credential, "validFrom", "issuanceDate");
        if (from != null && from.isAfter(now)) {
            throw new ForeignCredentialException(Refusal.NOT_YET_VALID, "valid from " + from);
        }
        Instant until = validUntil(credential);
        if (until != null && until.isBefore(now)) {
            throw new ForeignCredentialException(Refusal.EXPIRED, "valid until " + until);
        }
        if (credential.get("credentialSubject") instanceof Map<?, ?> subject
                && subject.get("achievement") instanceof Map<?, ?> achievement
                && achievement.get("id") instanceof String id && !id.isBlank()) {
            return id;
        }
        throw new ForeignCredentialException(Refusal.NOT_OPEN_BADGE, "credentialSubject.achievement.id is missing");
    }

    /** {@code validUntil} (VC 2.0), or {@code expirationDate} (VC 1.1); null when the credential never expires. */
    static Instant validUntil(Map<String, Object> credential) {
        return instant(credential, "validUntil", "expirationDate");
    }

    private static Instant instant(Map<String, Object> credential, String name, String olderName) {
        Object value = credential.containsKey(name) ? credential.get(name) : credential.get(olderName);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(String.valueOf(value)).toInstant();
        } catch (DateTimeParseException e) {
            throw new ForeignCredentialException(Refusal.UNREADABLE, name + " is not a date-time: " + value, e);
        }
    }
}
