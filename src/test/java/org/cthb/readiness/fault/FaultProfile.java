package org.cthb.readiness.fault;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * One configuration for every fault test, so that the suite starts the service once: Luxembourg's LRS never
 * answers (its statements stay in the outbox, where a test can count them), Estonia's comes up late, and the
 * xAPI sender runs every second.
 */
public class FaultProfile implements QuarkusTestProfile {

    /** The nation whose learners take quizzes while the database is killed. */
    static final String QUIZ_NATION = "LUX";
    /** The nation whose LRS is away at first. */
    static final String LRS_NATION = "EST";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cthb.lrs." + QUIZ_NATION + ".endpoint", "http://127.0.0.1:" + LateLrs.unusedPort() + "/xapi",
                "cthb.lrs." + LRS_NATION + ".endpoint", LateLrs.INSTANCE.endpoint(),
                "cthb.lrs." + LRS_NATION + ".username", "lrs",
                "cthb.lrs." + LRS_NATION + ".password", "secret",
                "cthb.xapi.send-every", "1s");
    }
}
