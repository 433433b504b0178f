package org.cthb.readiness.standard.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** NATO's baseline standard, per deployment role; it applies to every nation and no overlay may weaken it. */
public record Baseline(Map<DeploymentRole, Requirement> roles) {

    public Baseline {
        roles = Map.copyOf(roles);
        if (!roles.containsKey(DeploymentRole.ALL_PERSONNEL)) {
            throw new IllegalArgumentException("a baseline must state the ALL_PERSONNEL requirement");
        }
    }

    /**
     * The baseline's requirement for a role, merged with the core one: a commander is also deployed personnel, so
     * the core modules apply and the stricter of the two values wins.
     */
    public Requirement requirementFor(DeploymentRole role) {
        Requirement core = roles.get(DeploymentRole.ALL_PERSONNEL);
        Requirement own = roles.get(role);
        if (own == null || role == DeploymentRole.ALL_PERSONNEL) {
            return core;
        }
        Set<String> modules = new HashSet<>(core.modules());
        modules.addAll(own.modules());
        return new Requirement(modules, Math.max(core.passMark(), own.passMark()),
                Math.min(core.validityMonths(), own.validityMonths()),
                core.inProcessingAllowed() && own.inProcessingAllowed(), Math.min(core.graceDays(), own.graceDays()));
    }
}
