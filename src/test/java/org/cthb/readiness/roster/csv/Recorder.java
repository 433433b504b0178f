package org.cthb.readiness.roster.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader sends, for tests; the year is fixed so birth-year limits do not move with the calendar. */
class Recorder implements RosterSink {

    static final String HEADER =
            "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n";
    static final Year YEAR = Year.of(2025);

    final List<RosterRow> rows = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    ReadSummary summary;

    @Override
    public void row(RosterRow row) {
        rows.add(row);
    }

    @Override
    public void error(RowError error) {
        errors.add(error);
    }

    static Recorder read(String content) {
        return read(content.getBytes(StandardCharsets.UTF_8), 10L * 1024 * 1024);
    }

    static Recorder read(byte[] content, long maxBytes) {
        Recorder recorder = new Recorder();
        try {
            recorder.summary = new RosterCsvReader(maxBytes, YEAR).read(new ByteArrayInputStream(content), recorder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recorder;
    }

    /** A valid data line with the given national identifier. */
    static String line(String id) {
        return id + ",Amina,Haddad,civilian,,female,1990,amina." + id + "@example.org,KFOR,ALL_PERSONNEL,2025-09-01\n";
    }
}
