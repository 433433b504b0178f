package org.cthb.readiness.offline;

import org.cthb.readiness.error.Conflict;

/** An answer given offline to an attempt that was submitted meanwhile (another window, another device): it wins. */
public class SubmittedElsewhere extends Conflict {

    public SubmittedElsewhere(String message) {
        super("attempt", message);
    }
}
