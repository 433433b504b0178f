package org.cthb.readiness.account;

import jakarta.enterprise.inject.spi.CDI;

/** The running service's {@link Sessions}, for tests that open a session without a password. */
final class CdiSessions {

    private CdiSessions() {
    }

    static Sessions get() {
        return CDI.current().select(Sessions.class).get();
    }
}
