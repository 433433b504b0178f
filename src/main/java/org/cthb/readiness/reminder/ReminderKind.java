package org.cthb.readiness.reminder;

/** Why a reminder was sent; each kind is sent at most once a day to an address. */
public enum ReminderKind {
    /** An officer or administrator reminded the people of a readiness view who are not ready. */
    NOT_READY,
    /** The daily job reminded a holder that their certificate expires soon. */
    CERTIFICATE_EXPIRY
}
