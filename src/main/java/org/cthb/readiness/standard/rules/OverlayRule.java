package org.cthb.readiness.standard.rules;

import java.util.Set;

/**
 * A nation's changes to the baseline for one role; a null value means "same as the baseline". Dropped modules are
 * baseline modules the nation asks to leave out: they are always reported as a weakening and never honoured.
 */
public record OverlayRule(Set<String> extraModules, Set<String> droppedModules, Integer passMark,
                          Integer validityMonths, Boolean inProcessingAllowed, Integer graceDays) {

    public OverlayRule {
        extraModules = extraModules == null ? Set.of() : Set.copyOf(extraModules);
        droppedModules = droppedModules == null ? Set.of() : Set.copyOf(droppedModules);
        if (passMark != null && (passMark < 0 || passMark > 100)) {
            throw new IllegalArgumentException("pass mark must be between 0 and 100, not " + passMark);
        }
        if (validityMonths != null && validityMonths < 1) {
            throw new IllegalArgumentException("validity must be at least one month, not " + validityMonths);
        }
        if (graceDays != null && graceDays < 0) {
            throw new IllegalArgumentException("grace window cannot be negative: " + graceDays);
        }
    }

    /** An overlay rule that changes nothing. */
    public static OverlayRule sameAsBaseline() {
        return new OverlayRule(Set.of(), Set.of(), null, null, null, null);
    }
}
