package org.cthb.readiness.roster;

import org.cthb.readiness.roster.csv.RosterRow;
import org.cthb.readiness.roster.csv.RosterSink;
import org.cthb.readiness.roster.csv.RowError;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.RefusalMsg;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The check pass, the same for a dry run and an import: counts rows that would be created, updated or rejected,
 * looking up existing national ids and accounts a batch at a time. A row whose e-mail belongs to an account the
 * import may not link (see {@link #accountProblem}) is rejected. Rejected rows are always kept with their errors;
 * in a dry run every row's outcome is.
 */
final class RosterCheck implements RosterSink {

    /** An account a row would have reached, and why it may not. */
    record RefusedAccount(long row, long accountId, String reason) {
    }

    private final String nation;
    private final Set<String> missions;
    private final RosterBatchWriter writer;
    private final boolean keepOutcomes;
    private final RefusalMsg msg;
    private final Map<Long, RosterRow> pending = new LinkedHashMap<>();
    private final Map<Long, List<RowError>> rejected = new LinkedHashMap<>();
    private final List<RosterReport.RowOutcome> outcomes = new ArrayList<>();
    private final List<RefusedAccount> refusedAccounts = new ArrayList<>();
    private long rows;
    private long created;
    private long updated;

    RosterCheck(String nation, Set<String> missions, RosterBatchWriter writer, boolean keepOutcomes, RefusalMsg msg) {
        this.nation = nation;
        this.missions = missions;
        this.writer = writer;
        this.keepOutcomes = keepOutcomes;
        this.msg = msg;
    }

    @Override
    public void row(RosterRow row) {
        if (!missions.contains(row.mission())) {
            error(RosterImport.unknownMission(row));
            return;
        }
        rows++;
        pending.put(row.row(), row);
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
        outcomes.removeIf(o -> o.row() == error.row() && "REJECTED".equals(o.action()));
        outcomes.add(new RosterReport.RowOutcome(error.row(), null, "REJECTED", List.copyOf(rejected.get(error.row()))));
    }

    RosterReport report(boolean applied) {
        resolvePending();
        outcomes.sort(java.util.Comparator.comparingLong(RosterReport.RowOutcome::row));
        return new RosterReport(nation, keepOutcomes, applied, rows, created, updated, rejected.size(),
                List.copyOf(outcomes), null);
    }

    /** The accounts rows tried to reach and may not, for the audit log. */
    List<RefusedAccount> refusedAccounts() {
        return List.copyOf(refusedAccounts);
    }

    private void resolvePending() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Map<String, RosterBatchWriter.AccountMatch> accounts = writer.accounts(pending.values().stream()
                    .map(RosterCheck::email).distinct().toList());
            for (RosterRow row : List.copyOf(pending.values())) {
                RosterBatchWriter.AccountMatch account = accounts.get(email(row));
                String problem = account == null ? null : accountProblem(row, account);
                if (problem != null) {
                    refusedAccounts.add(new RefusedAccount(row.row(), account.id(), problem));
                    error(new RowError(row.row(), "email", problem));
                }
            }
            Set<String> existing = writer.existing(nation, pending.values().stream()
                    .map(RosterRow::nationalId).toList());
            for (RosterRow row : pending.values()) {
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

    /**
     * Why the row may not reach this account, or null when it may: only an unlinked learner account of the
     * importing nation is linked, or one already linked to this very person (a re-import).
     */
    private String accountProblem(RosterRow row, RosterBatchWriter.AccountMatch account) {
        if (!Role.LEARNER.name().equals(account.role())) {
            return msg.roster_account_role(account.role());
        }
        if (!nation.equals(account.nation())) {
            return msg.roster_account_other_nation();
        }
        if (account.personId() != null && !(nation.equals(account.personNation())
                && row.nationalId().equalsIgnoreCase(account.personNationalId()))) {
            return msg.roster_account_other_person();
        }
        return null;
    }

    private static String email(RosterRow row) {
        return row.email().toLowerCase(Locale.ROOT);
    }
}
