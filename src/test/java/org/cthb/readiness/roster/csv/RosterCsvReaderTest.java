package org.cthb.readiness.roster.csv;

import org.cthb.readiness.standard.rules.DeploymentRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.roster.csv.Recorder.HEADER;
import static org.cthb.readiness.roster.csv.Recorder.line;

/** The file format: encodings, delimiters, quoting, header, size limit and streaming, with spreadsheet row numbers. */
class RosterCsvReaderTest {

    @Test
    void validRowIsReadWithEveryValue() {
        Recorder result = Recorder.read(HEADER
                + " FR-001 ,Jean-Luc,Lefèvre,Military,Capitaine,MALE,1984,jl@defense.gouv.fr,KFOR,gendarmerie,"
                + "2025-10-01\n");
        assertThat(result.errors).isEmpty();
        assertThat(result.rows).containsExactly(new RosterRow(2, "FR-001", "Jean-Luc", "Lefèvre", Category.MILITARY,
                "Capitaine", Gender.MALE, 1984, "jl@defense.gouv.fr", "KFOR", DeploymentRole.MILITARY_POLICE,
                LocalDate.of(2025, 10, 1)));
        assertThat(result.summary).isEqualTo(new ReadSummary(1, 1, 0, true));
    }

    @Test
    void emptyRankIsNull() {
        assertThat(Recorder.read(HEADER + line("A1")).rows).singleElement()
                .satisfies(row -> assertThat(row.rank()).isNull());
    }

    @Test
    void headerIsCaseInsensitiveInAnyOrderAndMayLeaveOutRank() {
        Recorder result = Recorder.read("Start Date,ROLE,Mission,email,Birth_Year,gender,category,FAMILY_NAME,"
                + "given_name,national_id,notes\n"
                + "2025-09-01,trainer,KFOR,a@b.org,1990,other,partner,Haddad,Amina,X9,hi\n");
        assertThat(result.errors).isEmpty();
        assertThat(result.rows).singleElement().satisfies(row -> {
            assertThat(row.nationalId()).isEqualTo("X9");
            assertThat(row.role()).isEqualTo(DeploymentRole.TRAINER);
            assertThat(row.category()).isEqualTo(Category.PARTNER);
        });
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((HEADER + line("B1")).getBytes(StandardCharsets.UTF_8));
        Recorder result = Recorder.read(bytes.toByteArray(), 1_000_000);
        assertThat(result.errors).isEmpty();
        assertThat(result.rows).extracting(RosterRow::nationalId).containsExactly("B1");
    }

    @Test
    void semicolonDelimiterIsDetectedFromTheHeader() {
        Recorder result = Recorder.read(HEADER.replace(',', ';')
                + "S1;Zoë;Dupont, Jr;contractor;;undisclosed;1975;z@example.fr;EUFOR;contracting officer;"
                + "2026-01-15\r\n");
        assertThat(result.errors).isEmpty();
        assertThat(result.rows).singleElement().satisfies(row -> {
            assertThat(row.familyName()).isEqualTo("Dupont, Jr");
            assertThat(row.role()).isEqualTo(DeploymentRole.PROCUREMENT);
        });
    }

    @Test
    void quotedValuesMayHoldDelimitersAndNewlinesWithoutShiftingRowNumbers() {
        Recorder result = Recorder.read(HEADER
                + "Q1,\"Anne\nMarie\",\"O'Brien, \"\"Annie\"\"\",civilian,,female,1990,a@b.ie,KFOR,trainer,2025-09-01\n"
                + "Q2,Bob,Smith,civilian,,male,1990,bob@,KFOR,trainer,2025-09-01\n");
        assertThat(result.rows).singleElement().satisfies(row -> {
            assertThat(row.givenName()).isEqualTo("Anne\nMarie");
            assertThat(row.familyName()).isEqualTo("O'Brien, \"Annie\"");
        });
        assertThat(result.errors).containsExactly(new RowError(3, "email", "'bob@' is not a valid e-mail address"));
    }

    @Test
    void blankRowsAreSkippedButStillCounted() {
        Recorder result = Recorder.read(HEADER + line("C1") + "\n,,,,,,,,,,\n" + "C2,,Haddad,civilian,,female,1990,"
                + "x@y.org,KFOR,trainer,2025-09-01\n");
        assertThat(result.errors).containsExactly(new RowError(5, "given_name", "a value is required"));
        assertThat(result.summary).isEqualTo(new ReadSummary(4, 1, 1, true));
    }

    @Test
    void missingHeaderColumnsAreOneErrorOnRowOne() {
        Recorder result = Recorder.read("national_id,given_name,family_name,category,gender,birth_year,mission,"
                + "start_date\n" + line("D1"));
        assertThat(result.errors).containsExactly(new RowError(1, null, "missing columns: email, role"));
        assertThat(result.rows).isEmpty();
        assertThat(result.summary.complete()).isFalse();
    }

    @Test
    void repeatedHeaderColumnIsAnError() {
        Recorder result = Recorder.read(HEADER.replace("rank", "Email") + line("E1"));
        assertThat(result.errors).containsExactly(new RowError(1, "email", "the column appears more than once"));
    }

    @Test
    void firstLineLongerThanTheDelimiterLookaheadIsReadAsAHeader() {
        Recorder result = Recorder.read("x;".repeat(40_000) + "\n");
        assertThat(result.errors).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("missing columns: national_id, given_name"));
    }

    @Test
    void emptyFileNeedsAHeader() {
        assertThat(Recorder.read("").errors).containsExactly(
                new RowError(1, null, "the file is empty; its first row must name the columns"));
    }

    @Test
    void fileLargerThanTheLimitStopsWithAClearError() {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; content.length() < 1_200_000; i++) {
            content.append(line("L" + i));
        }
        Recorder result = Recorder.read(content.toString().getBytes(StandardCharsets.UTF_8), 1024 * 1024);
        assertThat(result.errors).singleElement().satisfies(error -> {
            assertThat(error.message()).isEqualTo("file is larger than 1 MB");
            assertThat(error.row()).isEqualTo(result.rows.size() + 2);
        });
        assertThat(result.rows.size()).isBetween(1000, 12_000);
        assertThat(result.summary.complete()).isFalse();
    }

    @Test
    void textThatIsNotUtf8IsReportedAtItsOwnRowAndColumn() {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            content.append(line("F" + i));
        }
        content.append(line("BAD").replace("Amina", "Ana\u00efs")).append(line("RANK").replace(",,", ",Lt\u00e9,"));
        Recorder result = Recorder.read(content.toString().getBytes(StandardCharsets.ISO_8859_1), 1_000_000);
        String message = "holds characters that are not UTF-8; save the file as \"CSV UTF-8\" and try again";
        assertThat(result.errors).containsExactly(new RowError(502, "given_name", message),
                new RowError(503, "rank", message));
        assertThat(result.summary).isEqualTo(new ReadSummary(502, 500, 2, true));
    }

    @Test
    void unclosedQuoteStopsAtTheRowWhereItOpens() {
        Recorder result = Recorder.read(HEADER + line("G1") + "G2,\"Amina,Haddad,civilian\n" + line("G3"));
        assertThat(result.rows).extracting(RosterRow::nationalId).containsExactly("G1");
        assertThat(result.errors).containsExactly(
                new RowError(3, null, "a quoted value that starts on this row is never closed"));
        assertThat(result.summary.complete()).isFalse();
    }

    @Test
    void textAfterAClosingQuoteStopsReading() {
        Recorder result = Recorder.read(HEADER + "\"Q\nQ\",A,B\n" + "G2,\"Amina\"x,Haddad\n" + line("G3"));
        assertThat(result.errors).containsExactly(new RowError(2, "category", "a value is required"),
                new RowError(2, "gender", "a value is required"), new RowError(2, "birth_year", "a value is required"),
                new RowError(2, "email", "a value is required"), new RowError(2, "mission", "a value is required"),
                new RowError(2, "role", "a value is required"), new RowError(2, "start_date", "a value is required"),
                new RowError(3, null, "a quoted value is followed by other text before the next delimiter"));
    }

    @Test
    void hundredThousandRowsAreStreamedWithoutError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("roster.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write(HEADER);
            for (int i = 0; i < 100_000; i++) {
                writer.write(line("N" + i));
            }
        }
        AtomicLong bytesReadAtFirstRow = new AtomicLong(-1);
        AtomicLong rows = new AtomicLong();
        try (InputStream in = Files.newInputStream(file)) {
            CountingInput counted = new CountingInput(in);
            ReadSummary summary = new RosterCsvReader(50L * 1024 * 1024, Recorder.YEAR).read(counted, new RosterSink() {
                @Override
                public void row(RosterRow row) {
                    bytesReadAtFirstRow.compareAndSet(-1, counted.count);
                    rows.incrementAndGet();
                }

                @Override
                public void error(RowError error) {
                    throw new AssertionError(error.toString());
                }
            });
            assertThat(summary).isEqualTo(new ReadSummary(100_000, 100_000, 0, true));
        }
        assertThat(rows).hasValue(100_000);
        assertThat(bytesReadAtFirstRow.get()).as("bytes read before the first row came out")
                .isLessThan(Files.size(file) / 100);
    }

    /** Counts the bytes taken from a stream, to show that rows come out before the file is read whole. */
    static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
