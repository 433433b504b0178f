package org.cthb.readiness.database;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service on the counting driver, with the scheduler off so that no background job (xAPI sender, LTI scores,
 * clean-ups) sends statements while a test counts those of one page.
 */
public class StatementCounting implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.driver", CountingDriver.class.getName(),
                "quarkus.scheduler.enabled", "false");
    }
}
