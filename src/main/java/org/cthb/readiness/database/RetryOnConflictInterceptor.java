package org.cthb.readiness.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link RetriedOnConflict} operation again, up to three times in all, when its transaction lost to a
 * concurrent one or its connection was lost; what still fails goes to the usual mapping (503 with Retry-After).
 * Sits outside the transaction (priority before {@code @Transactional}'s), so each run is a fresh transaction; when
 * the caller already holds one, a retry could not undo what it did, so the failure is passed on as it is.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {

    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class);
    static final int RUNS = 3;
    /**
     * A lost connection is tried again only when it failed fast (a node that went away: the sequential URL then
     * connects to the next one); one that failed after waiting for the pool would make the person wait twice.
     */
    private static final long FAST_FAILURE_MILLIS = 2_000;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return invocation.proceed();
        }
        for (int run = 1; ; run++) {
            long started = System.nanoTime();
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (run >= RUNS || !worthRunningAgain(e, started)) {
                    throw e;
                }
                LOG.debugf("%s lost to a concurrent change or a lost connection (run %d of %d); running it again",
                        invocation.getMethod().getName(), run, RUNS);
                // A little jitter, so that two requests that collided do not collide again at once.
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * run));
            }
        }
    }

    private static boolean worthRunningAgain(RuntimeException e, long started) {
        if (TransactionConflict.isConflict(e) || DuplicateKey.isDuplicate(e)) {
            return true;
        }
        return DatabaseOutage.isOutage(e)
                && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < FAST_FAILURE_MILLIS;
    }
}
