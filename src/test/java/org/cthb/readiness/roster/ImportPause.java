package org.cthb.readiness.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a nation's import after its first committed batch until the test lets it go, so that a test can look at
 * a running import. Does nothing unless armed, and never holds for more than a minute.
 */
@ApplicationScoped
public class ImportPause {

    private volatile String nation;
    private volatile CountDownLatch reached = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(0);

    /** The next import of the nation stops after its first batch. */
    public void arm(String iso3) {
        reached = new CountDownLatch(1);
        release = new CountDownLatch(1);
        nation = iso3;
    }

    /** Waits until the armed import is held. */
    public void awaitHeld() throws InterruptedException {
        if (!reached.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("the import never reached its first batch");
        }
    }

    public void release() {
        nation = null;
        release.countDown();
    }

    void onBatch(@Observes RosterImport.BatchWritten batch) throws InterruptedException {
        if (batch.nation().equals(nation)) {
            nation = null;
            CountDownLatch held = release;
            reached.countDown();
            held.await(60, TimeUnit.SECONDS);
        }
    }
}
