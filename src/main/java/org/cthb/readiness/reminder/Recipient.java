package org.cthb.readiness.reminder;

import java.util.Locale;

/**
 * Who a reminder goes to: the person and account it concerns (either may be unknown), the address, and the
 * language of their account; null when they have none, and the mail then speaks both languages.
 */
public record Recipient(Long personId, Long accountId, String name, String email, String language, String nation) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** The address as the once-a-day key compares it. */
    public String normalisedEmail() {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
