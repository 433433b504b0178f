package org.cthb.readiness.roster;

import org.cthb.readiness.roster.csv.RosterRow;
import org.cthb.readiness.roster.csv.RosterSink;
import org.cthb.readiness.roster.csv.RowError;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check pass: counts rows that would be created, updated or rejected, looking up existing national ids a
 * batch at a time; in a dry run it also keeps each row's outcome for the officer to read.
 */
final class RosterCheck implements RosterSink {

    private final String nation;
    private final Set<String> missions;
    private final RosterBatchWriter writer;
    private final boolean keepOutcomes;
    private final Map<Long, RosterReport.RowOutcome> pending = new LinkedHashMap<>();
    private final Map<Long, List<RowError>> rejected = new LinkedHashMap<>();
    private final List<RosterReport.RowOutcome> outcomes = new ArrayList<>();
    private long rows;
    private long created;
    private long updated;

    RosterCheck(String nation, Set<String> missions, RosterBatchWriter writer, boolean keepOutcomes) {
        this.nation = nation;
        this.missions = missions;
        this.writer = writer;
        this.keepOutcomes = keepOutcomes;
    }

    @Override
    public void row(RosterRow row) {
        if (!missions.contains(row.mission())) {
            error(RosterImport.unknownMission(row));
            return;
        }
        rows++;
        pending.put(row.row(), new RosterReport.RowOutcome(row.row(), row.nationalId(), null, List.of()));
        if (pending.size() == RosterImport.BATCH) {
            resolvePending();
        }
    }

    @Override
    public void error(RowError error) {
        if (pending.remove(error.row()) != null) {
            rows--;
        }
        if (!rejected.containsKey(error.row()) && error.row() > 1) {
            rows++;
        }
        rejected.computeIfAbsent(error.row(), r -> new ArrayList<>()).add(error);
        if (keepOutcomes) {
            outcomes.removeIf(o -> o.row() == error.row() && "REJECTED".equals(o.action()));
            outcomes.add(new RosterReport.RowOutcome(error.row(), null, "REJECTED", List.copyOf(rejected.get(error.row()))));
        }
    }

    RosterReport report(boolean applied) {
        resolvePending();
        if (keepOutcomes) {
            outcomes.sort(java.util.Comparator.comparingLong(RosterReport.RowOutcome::row));
        }
        return new RosterReport(nation, keepOutcomes, applied, rows, created, updated, rejected.size(),
                keepOutcomes ? List.copyOf(outcomes) : List.of(), null);
    }

    private void resolvePending() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Set<String> existing = writer.existing(nation, pending.values().stream()
                    .map(RosterReport.RowOutcome::nationalId).toList());
            for (RosterReport.RowOutcome row : pending.values()) {
                String action = existing.contains(row.nationalId()) ? "UPDATE" : "CREATE";
                if ("UPDATE".equals(action)) {
                    updated++;
                } else {
                    created++;
                }
                if (keepOutcomes) {
                    outcomes.add(new RosterReport.RowOutcome(row.row(), row.nationalId(), action, List.of()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Existing persons could not be read: " + e.getMessage(), e);
        }
        pending.clear();
    }
}
