package org.cthb.readiness.standard.rules;

/** One way an overlay would weaken the baseline, e.g. "COMMANDER: pass mark 70 is lower than the baseline's 80". */
public record Weakening(DeploymentRole role, Aspect aspect, String message) {

    /** Which part of a requirement is weakened, so a form can point at the right field. */
    public enum Aspect { MODULES, PASS_MARK, VALIDITY, IN_PROCESSING, GRACE_WINDOW }

    @Override
    public String toString() {
        return message;
    }
}
