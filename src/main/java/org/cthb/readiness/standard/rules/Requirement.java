package org.cthb.readiness.standard.rules;

import java.util.Set;

/**
 * What a standard asks of one deployment role: the modules to pass, the pass mark, how long a pass stays valid,
 * and whether the training may be finished at theatre in-processing within a grace window after arrival.
 */
public record Requirement(Set<String> modules, int passMark, int validityMonths, boolean inProcessingAllowed,
                          int graceDays) {

    public Requirement {
        modules = Set.copyOf(modules);
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("pass mark must be between 0 and 100, not " + passMark);
        }
        if (validityMonths < 1) {
            throw new IllegalArgumentException("validity must be at least one month, not " + validityMonths);
        }
        if (graceDays < 0) {
            throw new IllegalArgumentException("grace window cannot be negative: " + graceDays);
        }
    }
}
