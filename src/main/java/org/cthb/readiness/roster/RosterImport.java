package org.cthb.readiness.roster;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.roster.csv.RosterCsvReader;
import org.cthb.readiness.roster.csv.RosterRow;
import org.cthb.readiness.roster.csv.RosterSink;
import org.cthb.readiness.roster.csv.RowError;
import org.cthb.readiness.security.NationScope;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a nation's roster from CSV in two streaming passes: the first checks every row (and is all a dry run
 * does), the second writes in batches, only when no row was rejected. The file is never held in memory. A
 * committed import is recorded as a run that shows its progress, whether the caller waits for it or not.
 */
@ApplicationScoped
public class RosterImport {

    /** Rosters larger than this are refused; 100,000 rows take about 12 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(RosterImport.class);

    @Inject
    NationScope scope;
    @Inject
    ReferenceData referenceData;
    @Inject
    RosterBatchWriter writer;
    @Inject
    AuditLog audit;
    @Inject
    RosterImportRuns runs;
    @Inject
    SecurityIdentity identity;

    private ManagedExecutor background;

    /** Background imports, two at a time at most; they carry no request context, which ends with the request. */
    @PostConstruct
    void startExecutor() {
        background = ManagedExecutor.builder().maxAsync(2).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    public RosterReport importCsv(String iso3, Path file, boolean dryRun) {
        return importCsv(iso3, file, null, dryRun);
    }

    /** Checks the file and, unless this is a dry run or a row is rejected, writes it before answering. */
    public RosterReport importCsv(String iso3, Path file, String fileName, boolean dryRun) {
        String nation = scope.require(iso3);
        RosterReport report = check(nation, missions(), file, dryRun);
        if (dryRun || report.rejected() > 0) {
            audit.record(dryRun ? "ROSTER_DRY_RUN" : "ROSTER_REFUSED", "roster", nation, nation,
                    report.rows() + " rows, " + report.rejected() + " rejected");
            return report;
        }
        long run = runs.begin(nation, fileName, identity.getPrincipal().getName());
        try {
            apply(nation, file, run, report.rows());
        } catch (RuntimeException e) {
            runs.failed(run, e.getMessage(), false);
            throw e;
        }
        audit.record("ROSTER_IMPORTED", "roster", nation, nation, imported(run, report));
        return report.appliedAs(run);
    }

    /**
     * Starts a committed import in the background and answers at once with its run, which the officer follows.
     * The file becomes the import's own: it is deleted when the import ends.
     */
    public ImportProgress start(String iso3, Path file, String fileName) {
        String nation = scope.require(iso3);
        String actor = identity.getPrincipal().getName();
        Set<String> missions = missions();
        long run = runs.begin(nation, fileName, actor);
        audit.record("ROSTER_IMPORT_STARTED", "roster", nation, nation, "import " + run + " of " + fileName);
        background.execute(() -> inBackground(nation, missions, file, run, actor));
        return runs.progress(nation, run);
    }

    private void inBackground(String nation, Set<String> missions, Path file, long run, String actor) {
        try {
            RosterReport report = check(nation, missions, file, false);
            if (report.rejected() > 0) {
                runs.failed(run, report.rejected() + " of " + report.rows() + " rows are rejected, nothing was"
                        + " written: a dry run shows why", true);
                audit.recordAs(actor, "ROSTER_REFUSED", "roster", nation, nation, "import " + run);
                return;
            }
            apply(nation, file, run, report.rows());
            audit.recordAs(actor, "ROSTER_IMPORTED", "roster", nation, nation, imported(run, report));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Roster import %d of %s failed", run, nation);
            runs.failed(run, e.getMessage(), true);
        } finally {
            file.toFile().delete();
        }
    }

    private void apply(String nation, Path file, long run, long rows) {
        runs.rowsRead(run, rows);
        RosterBatches batches = new RosterBatches(BATCH, batch -> {
            try {
                writer.write(nation, batch);
            } catch (SQLException e) {
                throw new IllegalStateException("Roster batch could not be written: " + e.getMessage(), e);
            }
        }, written -> runs.batchCommitted(run, written));
        read(file, batches);
        batches.flush();
        try {
            writer.linkAccounts(nation);
        } catch (SQLException e) {
            throw new IllegalStateException("Accounts could not be linked to the roster: " + e.getMessage(), e);
        }
        runs.done(run);
    }

    private RosterReport check(String nation, Set<String> missions, Path file, boolean keepOutcomes) {
        RosterCheck check = new RosterCheck(nation, missions, writer, keepOutcomes);
        read(file, check);
        return check.report(false);
    }

    private Set<String> missions() {
        return referenceData.missions().stream().map(ReferenceData.MissionView::code).collect(Collectors.toSet());
    }

    private static String imported(long run, RosterReport report) {
        return "import " + run + ": " + report.rows() + " rows: " + report.created() + " created, "
                + report.updated() + " updated";
    }

    private static void read(Path file, RosterSink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            var summary = new RosterCsvReader(MAX_BYTES).read(in, sink);
            if (!summary.complete() && summary.rows() == 0 && summary.errors() == 0) {
                throw new InvalidInput("file", "the roster file is empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RowError unknownMission(RosterRow row) {
        return new RowError(row.row(), "mission", "'" + row.mission() + "' is not a known mission");
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
