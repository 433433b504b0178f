package org.cthb.readiness.security;

/** What an account may do. Constants double as the role names checked by {@code @RolesAllowed}. */
public enum Role {
    LEARNER,
    AUTHOR,
    /** A troop-contributing nation's training officer: sees only their own nation. */
    NATION_OFFICER,
    /** NATO headquarters staff: read-only, counts across nations, never names. */
    HQ_STAFF,
    ADMIN;

    public static final String LEARNER_NAME = "LEARNER";
    public static final String AUTHOR_NAME = "AUTHOR";
    public static final String OFFICER_NAME = "NATION_OFFICER";
    public static final String HQ_NAME = "HQ_STAFF";
    public static final String ADMIN_NAME = "ADMIN";

    public boolean needsNation() {
        return this == NATION_OFFICER;
    }
}
