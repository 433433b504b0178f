package org.cthb.readiness.roster;

import org.cthb.readiness.roster.csv.RosterRow;
import org.cthb.readiness.roster.csv.RosterSink;
import org.cthb.readiness.roster.csv.RowError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Groups valid rows into batches for writing, and reports progress after each batch. */
final class RosterBatches implements RosterSink {

    private final int size;
    private final Consumer<List<RosterRow>> write;
    private final LongConsumer progress;
    private List<RosterRow> batch = new ArrayList<>();
    private long written;

    RosterBatches(int size, Consumer<List<RosterRow>> write, LongConsumer progress) {
        this.size = size;
        this.write = write;
        this.progress = progress;
    }

    @Override
    public void row(RosterRow row) {
        batch.add(row);
        if (batch.size() == size) {
            flush();
        }
    }

    @Override
    public void error(RowError error) {
        throw new IllegalStateException("The roster changed between its check and its import: " + error);
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        write.accept(batch);
        written += batch.size();
        batch = new ArrayList<>();
        progress.accept(written);
    }
}
