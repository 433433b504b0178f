package org.cthb.readiness.offline;

/**
 * What the server did with a change sent from a phone: {@code applied} it, or found it already received
 * ({@code replayed}: the same change sent again, after a reply was lost, changes nothing).
 */
public record OfflineOutcome(String clientId, String kind, boolean applied, boolean replayed) {
}
