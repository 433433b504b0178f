package org.cthb.readiness.roster;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.roster.csv.FieldLimits;
import org.cthb.readiness.roster.csv.RosterCsvReader;
import org.cthb.readiness.roster.csv.RosterRow;
import org.cthb.readiness.roster.csv.RosterSink;
import org.cthb.readiness.roster.csv.RowError;
import org.cthb.readiness.security.NationScope;
import org.cthb.readiness.web.RefusalMsg;
import org.cthb.readiness.web.Refusals;
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
    /** A background import records how far its check pass got every this many rows. */
    static final int CHECK_PROGRESS_EVERY = 10_000;
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
    /** Told after every batch an import committed (tests hold an import there to look at it mid-way). */
    @Inject
    jakarta.enterprise.event.Event<BatchWritten> batchWritten;

    /** A batch of import {@code importId} is committed: {@code rowsWritten} rows of the file are written so far. */
    public record BatchWritten(long importId, String nation, long rowsWritten) {
    }

    /** The roster columns' lengths, read off the schema once. */
    private volatile java.util.Map<String, Integer> columnLengths;

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
        RefusalMsg msg = msg();
        RosterReport report = check(nation, missions(), file, dryRun, msg, identity.getPrincipal().getName(),
                rows -> { });
        if (dryRun || report.rejected() > 0) {
            audit.record(dryRun ? "ROSTER_DRY_RUN" : "ROSTER_REFUSED", "roster", nation, nation,
                    report.rows() + " rows, " + report.rejected() + " rejected");
            return report;
        }
        long run = runs.begin(nation, fileName, identity.getPrincipal().getName());
        try {
            apply(nation, file, run, report.rows(), msg);
        } catch (RuntimeException e) {
            runs.failed(run, e.getMessage(), false);
            throw e;
        }
        runs.done(run);
        audit.record("ROSTER_IMPORTED", "roster", nation, nation, imported(run, report));
        return report.appliedAs(run);
    }

    /**
     * Starts a committed import in the background and answers at once with its run, which the officer follows.
     * The file becomes the import's own: it is deleted when the import ends.
     */
    public ImportProgress start(String iso3, Path file, String fileName) {
        boolean handedOver = false;
        try {
            String nation = scope.require(iso3);
            String actor = identity.getPrincipal().getName();
            Set<String> missions = missions();
            RefusalMsg msg = msg();
            long run = runs.begin(nation, fileName, actor);
            audit.record("ROSTER_IMPORT_STARTED", "roster", nation, nation, "import " + run + " of " + fileName);
            try {
                background.execute(() -> inBackground(nation, missions, file, run, actor, msg));
                handedOver = true;
            } catch (RuntimeException e) {
                runs.failed(run, "the import could not be started: " + e.getMessage(), false);
                throw e;
            }
            return runs.progress(nation, run);
        } finally {
            if (!handedOver) {
                RosterFiles.delete(file);
            }
        }
    }

    /** The file is deleted as soon as both passes have read it, before the run is marked done or failed. */
    private void inBackground(String nation, Set<String> missions, Path file, long run, String actor, RefusalMsg msg) {
        Runnable outcome;
        try {
            RosterReport report = check(nation, missions, file, false, msg, actor,
                    rows -> runs.rowsChecked(run, rows));
            if (report.rejected() > 0) {
                outcome = () -> {
                    runs.failed(run, report.rejected() + " of " + report.rows() + " rows are rejected, nothing was"
                            + " written: a dry run shows why", true);
                    audit.recordAs(actor, "ROSTER_REFUSED", "roster", nation, nation, "import " + run);
                };
            } else {
                apply(nation, file, run, report.rows(), msg);
                outcome = () -> {
                    runs.done(run);
                    audit.recordAs(actor, "ROSTER_IMPORTED", "roster", nation, nation, imported(run, report));
                };
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Roster import %d of %s failed", run, nation);
            outcome = () -> runs.failed(run, e.getMessage(), true);
        } finally {
            RosterFiles.delete(file);
        }
        try {
            outcome.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The outcome of roster import %d of %s could not be recorded", run, nation);
        }
    }

    private void apply(String nation, Path file, long run, long rows, RefusalMsg msg) {
        runs.rowsRead(run, rows);
        RosterBatches batches = new RosterBatches(BATCH, batch -> {
            try {
                writer.write(nation, batch);
            } catch (SQLException e) {
                throw new IllegalStateException("Roster batch could not be written: " + e.getMessage(), e);
            }
        }, written -> {
            runs.batchCommitted(run, written);
            batchWritten.fire(new BatchWritten(run, nation, written));
        });
        read(file, batches, limits(msg));
        batches.flush();
        try {
            writer.linkAccounts(nation);
        } catch (SQLException e) {
            throw new IllegalStateException("Accounts could not be linked to the roster: " + e.getMessage(), e);
        }
    }

    /**
     * The one check of a file, for a dry run and an import alike; every account a row tried to reach and may not
     * is audited, whether the caller only checked or meant to import.
     */
    private RosterReport check(String nation, Set<String> missions, Path file, boolean dryRun, RefusalMsg msg,
                               String actor, java.util.function.LongConsumer progress) {
        RosterCheck check = new RosterCheck(nation, missions, writer, dryRun, msg);
        read(file, new RosterSink() {
            private long seen;

            @Override
            public void row(RosterRow row) {
                check.row(row);
                counted(row.row());
            }

            @Override
            public void error(RowError error) {
                check.error(error);
                counted(error.row());
            }

            /** Rows are numbered from the header (row 1), and a row with several errors reports each. */
            private void counted(long row) {
                if (row - 1 > seen) {
                    seen = row - 1;
                    if (seen % CHECK_PROGRESS_EVERY == 0) {
                        progress.accept(seen);
                    }
                }
            }
        }, limits(msg));
        RosterReport report = check.report(false);
        for (RosterCheck.RefusedAccount refused : check.refusedAccounts()) {
            audit.recordAs(actor, "ROSTER_ACCOUNT_REFUSED", "account", String.valueOf(refused.accountId()), nation,
                    "roster " + (dryRun ? "dry run" : "import") + " row " + refused.row()
                            + ": not linked, the e-mail " + refused.reason());
        }
        return report;
    }

    /** The column lengths of the schema, with the words of the caller's language. */
    private FieldLimits limits(RefusalMsg msg) {
        java.util.Map<String, Integer> lengths = columnLengths;
        if (lengths == null) {
            try {
                lengths = writer.columnLengths();
            } catch (SQLException e) {
                throw new IllegalStateException("The roster columns could not be read: " + e.getMessage(), e);
            }
            columnLengths = lengths;
        }
        return new FieldLimits(lengths, msg::roster_too_long);
    }

    /** Messages in the language of the request, or English outside one. */
    private static RefusalMsg msg() {
        return Refusals.inRequestLanguage();
    }

    private Set<String> missions() {
        return referenceData.missions().stream().map(ReferenceData.MissionView::code).collect(Collectors.toSet());
    }

    private static String imported(long run, RosterReport report) {
        return "import " + run + ": " + report.rows() + " rows: " + report.created() + " created, "
                + report.updated() + " updated";
    }

    private static void read(Path file, RosterSink sink, FieldLimits limits) {
        try (InputStream in = Files.newInputStream(file)) {
            var summary = new RosterCsvReader(MAX_BYTES, limits).read(in, sink);
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
