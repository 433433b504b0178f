package org.cthb.readiness.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.roster.csv.RosterCsvReader;
import org.cthb.readiness.roster.csv.RosterRow;
import org.cthb.readiness.roster.csv.RowError;
import org.cthb.readiness.security.NationScope;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a nation's roster from CSV in two streaming passes: the first checks every row (and is all a dry run
 * does), the second writes in batches, only when no row was rejected. The file is never held in memory.
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

    public RosterReport importCsv(String iso3, Path file, boolean dryRun) {
        String nation = scope.require(iso3);
        Set<String> missions = referenceData.missions().stream().map(ReferenceData.MissionView::code)
                .collect(Collectors.toSet());
        RosterCheck check = new RosterCheck(nation, missions, writer, dryRun);
        read(file, check);
        RosterReport report = check.report(false);
        if (dryRun || report.rejected() > 0) {
            audit.record(dryRun ? "ROSTER_DRY_RUN" : "ROSTER_REFUSED", "roster", nation, nation,
                    report.rows() + " rows, " + report.rejected() + " rejected");
            return report;
        }
        write(nation, file);
        audit.record("ROSTER_IMPORTED", "roster", nation, nation,
                report.rows() + " rows: " + report.created() + " created, " + report.updated() + " updated");
        return new RosterReport(report.nation(), false, true, report.rows(), report.created(), report.updated(),
                0, List.of());
    }

    private void write(String nation, Path file) {
        RosterBatches batches = new RosterBatches(BATCH, rows -> {
            try {
                writer.write(nation, rows);
            } catch (SQLException e) {
                throw new IllegalStateException("Roster batch could not be written: " + e.getMessage(), e);
            }
        }, written -> LOG.infof("Roster %s: %d rows written", nation, written));
        read(file, batches);
        batches.flush();
        try {
            writer.linkAccounts(nation);
        } catch (SQLException e) {
            throw new IllegalStateException("Accounts could not be linked to the roster: " + e.getMessage(), e);
        }
    }

    private static void read(Path file, org.cthb.readiness.roster.csv.RosterSink sink) {
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
}
