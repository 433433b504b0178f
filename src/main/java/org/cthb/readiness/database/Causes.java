package org.cthb.readiness.database;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Searches an error's causes and suppressed exceptions alike: Hibernate, the transaction manager and the pool each
 * wrap the driver's error differently, and the pool hides a dead connection behind a failed enlistment.
 */
final class Causes {

    private Causes() {
    }

    static boolean anyMatch(Throwable error, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(error);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (seen.put(t, true) != null) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }
}
