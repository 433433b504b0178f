package org.cthb.readiness.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One committed roster import, from its start to DONE or FAILED, with how far it got. */
@Entity
@Table(name = "roster_import_run")
public class RosterImportRun extends PanacheEntityBase {

    /** Where an import stands. */
    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nation_iso3")
    public String nation;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "rows_read")
    public long rowsRead;

    /** Rows the check pass has read so far; the check pass is part of a committed import. */
    @Column(name = "rows_checked")
    public long rowsChecked;

    @Column(name = "rows_written")
    public long rowsWritten;

    @Column(name = "batches_committed")
    public int batchesCommitted;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String message;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    void batchCommitted(long written) {
        requireRunning();
        rowsWritten = written;
        batchesCommitted++;
        updatedAt = Instant.now();
    }

    void rowsChecked(long rows) {
        requireRunning();
        rowsChecked = rows;
        updatedAt = Instant.now();
    }

    void rowsRead(long rows) {
        requireRunning();
        rowsRead = rows;
        rowsChecked = rows;
        updatedAt = Instant.now();
    }

    void finish(Status outcome, String why) {
        requireRunning();
        status = outcome;
        message = why == null || why.length() <= 1000 ? why : why.substring(0, 1000);
        finishedAt = Instant.now();
        updatedAt = finishedAt;
    }

    /** A finished import is a record: nothing moves it again. */
    private void requireRunning() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("Roster import " + id + " already ended " + status);
        }
    }
}
