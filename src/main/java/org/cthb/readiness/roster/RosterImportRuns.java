package org.cthb.readiness.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.security.NationScope;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the record of committed roster imports. Every change is its own short transaction, apart from the
 * batches it reports on, so that progress shows while the import runs and survives the import's failure.
 */
@ApplicationScoped
public class RosterImportRuns {

    /** A running import that has not moved for this long was stopped by a restart of the service. */
    static final Duration STALLED = Duration.ofMinutes(10);
    /** How long a failed import keeps trying to record its failure while the database is away. */
    static final Duration RECORD_FAILURE_FOR = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(RosterImportRuns.class);

    @Inject
    NationScope scope;

    /**
     * Records the start of an import, unless one of the nation is still running: two imports of one nation at once
     * would interleave their batches (the later file's rows overwritten by the earlier's), and the officer could not
     * tell which file the roster holds. Any instance may start an import, so the look-up is a locking read: of two
     * starts at the same moment, on one instance or two, the second sees the first.
     *
     * @throws ImportRunning naming the running import, which its officer can follow
     */
    long begin(String nation, String fileName, String startedBy) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // A locking read of the nation's running imports (next-key locks on ix_import_run_nation_status, also
            // when there is none): of two starts at once, the second waits, or loses with a deadlock that answers
            // 503 Retry-After, and then sees the first. Not the nation's row: every open transaction writing a
            // person of the nation holds that row (foreign key) and would hold the start up.
            RosterImportRun running = RosterImportRun.<RosterImportRun>find("nation = ?1 and status = ?2 order by id",
                            nation, RosterImportRun.Status.RUNNING)
                    .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list().stream()
                    .filter(r -> r.updatedAt.isAfter(Instant.now().minus(STALLED))).findFirst().orElse(null);
            if (running != null) {
                throw new ImportRunning(view(running));
            }
            RosterImportRun run = new RosterImportRun();
            run.nation = nation;
            run.fileName = fileName == null || fileName.isBlank() ? "roster.csv" : fileName;
            run.startedBy = startedBy;
            run.startedAt = Instant.now();
            run.updatedAt = run.startedAt;
            run.status = RosterImportRun.Status.RUNNING;
            run.persist();
            return run.id;
        });
    }

    void rowsChecked(long id, long rows) {
        QuarkusTransaction.requiringNew().run(() -> run(id).rowsChecked(rows));
    }

    void rowsRead(long id, long rows) {
        QuarkusTransaction.requiringNew().run(() -> run(id).rowsRead(rows));
    }

    void batchCommitted(long id, long written) {
        QuarkusTransaction.requiringNew().run(() -> run(id).batchCommitted(written));
    }

    void done(long id) {
        QuarkusTransaction.requiringNew().run(() -> run(id).finish(RosterImportRun.Status.DONE, null));
    }

    /**
     * Records the failure. A background import keeps trying for a while, since what failed is often the database
     * itself, so that the officer reads FAILED with the reason rather than a run that seems to hang. (While the
     * pool drops its dead connections, a read may even come back empty: any failure is worth another try.)
     */
    void failed(long id, String message, boolean waitForDatabase) {
        Instant giveUp = Instant.now().plus(waitForDatabase ? RECORD_FAILURE_FOR : Duration.ZERO);
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> run(id).finish(RosterImportRun.Status.FAILED, message));
                return;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(giveUp)) {
                    LOG.errorf(e, "Roster import %d failed (%s) and the failure could not be recorded", id, message);
                    return;
                }
                pause();
            }
        }
    }

    /** One import of the nation, for its officers and administrators; another nation's answers 404. */
    public ImportProgress progress(String iso3, long id) {
        String nation = scope.require(iso3);
        return QuarkusTransaction.requiringNew().call(() -> RosterImportRun.<RosterImportRun>findByIdOptional(id)
                .filter(run -> run.nation.equals(nation)).map(RosterImportRuns::view)
                .orElseThrow(() -> new NotFound("No roster import " + id + " for " + nation)));
    }

    /** The nation's latest imports, newest first. */
    public List<ImportProgress> recent(String iso3) {
        String nation = scope.require(iso3);
        return QuarkusTransaction.requiringNew().call(() -> RosterImportRun.<RosterImportRun>find(
                "nation = ?1 order by startedAt desc, id desc", nation).page(0, 50).list().stream()
                .map(RosterImportRuns::view).toList());
    }

    private static ImportProgress view(RosterImportRun run) {
        if (run.status == RosterImportRun.Status.RUNNING && run.updatedAt.isBefore(Instant.now().minus(STALLED))) {
            return ImportProgress.of(run, RosterImportRun.Status.FAILED, "stopped making progress at " + run.updatedAt
                    + " (the service restarted?); import the file again: rows already written are kept");
        }
        return ImportProgress.of(run, run.status, run.message);
    }

    private static RosterImportRun run(long id) {
        return RosterImportRun.<RosterImportRun>findByIdOptional(id)
                .orElseThrow(() -> new IllegalStateException("Roster import " + id + " vanished"));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording a roster import's failure", e);
        }
    }
}
