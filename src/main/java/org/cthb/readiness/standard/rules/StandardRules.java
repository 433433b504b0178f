package org.cthb.readiness.standard.rules;

import org.cthb.readiness.standard.rules.Weakening.Aspect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks that a national overlay never weakens NATO's baseline, and combines both into what a role must meet. */
public final class StandardRules {

    private StandardRules() {
    }

    /** Every way the overlay weakens the baseline, role by role in declaration order; empty when it is acceptable. */
    public static List<Weakening> check(Baseline baseline, Overlay overlay) {
        List<Weakening> found = new ArrayList<>();
        for (DeploymentRole role : DeploymentRole.values()) {
            if (overlay.roles().containsKey(role)) {
                found.addAll(check(role, baseline.requirementFor(role), overlay.ruleFor(role)));
            }
        }
        return found;
    }

    /**
     * What a person deploying in this role must meet: all modules of the baseline and of the overlay, for the role
     * and for all personnel, with the strictest pass mark, validity, in-processing and grace window among them.
     */
    public static Requirement effective(Baseline baseline, Overlay overlay, DeploymentRole role) {
        Requirement base = baseline.requirementFor(role);
        Requirement result = tighten(base, overlay.ruleFor(DeploymentRole.ALL_PERSONNEL));
        return role == DeploymentRole.ALL_PERSONNEL ? result : tighten(result, overlay.ruleFor(role));
    }

    private static Requirement tighten(Requirement base, OverlayRule rule) {
        Set<String> modules = new HashSet<>(base.modules());
        modules.addAll(rule.extraModules());
        int passMark = rule.passMark() == null ? base.passMark() : Math.max(base.passMark(), rule.passMark());
        int validity = rule.validityMonths() == null
                ? base.validityMonths() : Math.min(base.validityMonths(), rule.validityMonths());
        boolean inProcessing = base.inProcessingAllowed() && !Boolean.FALSE.equals(rule.inProcessingAllowed());
        int grace = rule.graceDays() == null ? base.graceDays() : Math.min(base.graceDays(), rule.graceDays());
        // A grace window only means something where training may be finished at in-processing.
        return new Requirement(modules, passMark, validity, inProcessing, inProcessing ? grace : 0);
    }

    private static List<Weakening> check(DeploymentRole role, Requirement base, OverlayRule rule) {
        List<Weakening> found = new ArrayList<>();
        for (String module : new TreeSet<>(rule.droppedModules())) {
            if (base.modules().contains(module)) {
                found.add(weakening(role, Aspect.MODULES, "drops module '" + module + "' that the baseline requires"));
            }
        }
        if (rule.passMark() != null && rule.passMark() < base.passMark()) {
            found.add(weakening(role, Aspect.PASS_MARK, "pass mark " + rule.passMark()
                    + " is lower than the baseline's " + base.passMark()));
        }
        found.addAll(checkTiming(role, base, rule));
        return found;
    }

    private static List<Weakening> checkTiming(DeploymentRole role, Requirement base, OverlayRule rule) {
        List<Weakening> found = new ArrayList<>();
        if (rule.validityMonths() != null && rule.validityMonths() > base.validityMonths()) {
            found.add(weakening(role, Aspect.VALIDITY, "validity of " + rule.validityMonths()
                    + " months is longer than the baseline's " + base.validityMonths()));
        }
        if (Boolean.TRUE.equals(rule.inProcessingAllowed()) && !base.inProcessingAllowed()) {
            found.add(weakening(role, Aspect.IN_PROCESSING,
                    "allows theatre in-processing where the baseline does not"));
        }
        if (rule.graceDays() != null && rule.graceDays() > base.graceDays()) {
            found.add(weakening(role, Aspect.GRACE_WINDOW, "grace window of " + rule.graceDays()
                    + " days is wider than the baseline's " + base.graceDays()));
        }
        return found;
    }

    private static Weakening weakening(DeploymentRole role, Aspect aspect, String what) {
        return new Weakening(role, aspect, role + ": " + what);
    }
}
