package org.cthb.readiness.readiness;

/** Where a deploying person stands on the start date of their deployment. */
public enum ReadinessStatus {
    /** A valid certificate covers the start date. */
    READY,
    /** Certified today, but the certificate expires before the start date. */
    EXPIRES,
    /** Not certified, but the standard allows finishing at theatre in-processing and the start is within its window. */
    GRACE,
    IN_PROGRESS,
    NOT_STARTED
}
