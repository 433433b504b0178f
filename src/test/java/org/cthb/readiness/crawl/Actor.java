package org.cthb.readiness.crawl;

/** Who a crawler acts as: every role, and a learner at each stage of the training. */
public enum Actor {
    ANONYMOUS,
    LEARNER_NOT_STARTED,
    LEARNER_MID_QUIZ,
    LEARNER_CERTIFIED,
    AUTHOR,
    OFFICER,
    HQ_STAFF,
    ADMIN;

    /** The e-mail of this actor in the cast (of the own nation for nation-bound actors); null when anonymous. */
    public String email(Cast cast) {
        return switch (this) {
            case ANONYMOUS -> null;
            case LEARNER_NOT_STARTED -> cast.own.newLearner();
            case LEARNER_MID_QUIZ -> cast.own.midQuizLearner();
            case LEARNER_CERTIFIED -> cast.own.certifiedLearner();
            case AUTHOR -> cast.author;
            case OFFICER -> cast.own.officer();
            case HQ_STAFF -> cast.hq;
            case ADMIN -> cast.admin;
        };
    }

    public boolean isLearner() {
        return name().startsWith("LEARNER");
    }

    /** The role name the OpenAPI document lists for operations this actor may call. */
    public String role() {
        return switch (this) {
            case ANONYMOUS -> null;
            case LEARNER_NOT_STARTED, LEARNER_MID_QUIZ, LEARNER_CERTIFIED -> "LEARNER";
            case AUTHOR -> "AUTHOR";
            case OFFICER -> "NATION_OFFICER";
            case HQ_STAFF -> "HQ_STAFF";
            case ADMIN -> "ADMIN";
        };
    }

    public WebSession session(Cast cast) {
        return this == ANONYMOUS ? WebSession.anonymous() : WebSession.signIn(email(cast));
    }
}
