package org.cthb.readiness.readiness;

import org.cthb.readiness.standard.Standards;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Requirement;

import java.util.Map;
import java.util.TreeMap;

/**
 * The theatre in-processing windows that decide GRACE: the standard of each nation with an overlay, and the NATO
 * baseline for every other nation. A view of one nation needs only that nation's effective standard.
 */
record GraceWindows(Map<DeploymentRole, Requirement> others, Map<String, Map<DeploymentRole, Requirement>> overlaid) {

    static GraceWindows of(Standards standards, String nation) {
        if (nation != null) {
            return new GraceWindows(standards.effective(nation), Map.of());
        }
        Map<String, Map<DeploymentRole, Requirement>> overlaid = new TreeMap<>();
        standards.nationsWithOverlay().forEach(n -> overlaid.put(n, standards.effective(n)));
        return new GraceWindows(standards.effective(null), overlaid);
    }

}
