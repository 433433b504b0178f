package org.cthb.readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.cthb.readiness.reference.Mission;

import java.util.UUID;

/** Creates missions of one test alone, so that the counts of a readiness view are that test's own. */
public final class TestMissions {

    private TestMissions() {
    }

    /** A new mission whose code starts with {@code prefix}. */
    public static String create(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            Mission mission = new Mission();
            mission.code = code;
            mission.nameEn = "Test mission " + code;
            mission.nameFr = "Mission d'essai " + code;
            mission.hostAreaEn = "Test area";
            mission.hostAreaFr = "Zone d'essai";
            mission.persist();
        });
        return code;
    }
}
