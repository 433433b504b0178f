package org.cthb.readiness.standard.rules;

import java.util.Map;

/** A troop-contributing nation's overlay on the baseline, per deployment role; roles it omits follow the baseline. */
public record Overlay(String nation, Map<DeploymentRole, OverlayRule> roles) {

    public Overlay {
        roles = Map.copyOf(roles);
    }

    /** The nation's rule for a role, or one that changes nothing. */
    public OverlayRule ruleFor(DeploymentRole role) {
        return roles.getOrDefault(role, OverlayRule.sameAsBaseline());
    }
}
