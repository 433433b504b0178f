package org.cthb.readiness.roster.csv;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.Iterator;
import java.util.Optional;

/**
 * Streams a roster CSV file row by row, validating each row, so that a 50,000-person roster is never held in
 * memory and the officer gets every problem with the row number their spreadsheet shows.
 */
public final class RosterCsvReader {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    private final long maxBytes;
    private final Year currentYear;
    private final FieldLimits limits;

    /** A reader that refuses files of more than maxBytes, checking birth years against this year. */
    public RosterCsvReader(long maxBytes) {
        this(maxBytes, Year.now());
    }

    /** A reader that refuses files of more than maxBytes, checking birth years against the given year. */
    public RosterCsvReader(long maxBytes, Year currentYear) {
        this(maxBytes, currentYear, FieldLimits.FORMAT);
    }

    /** A reader that also refuses values longer than the given limits (the database's columns). */
    public RosterCsvReader(long maxBytes, FieldLimits limits) {
        this(maxBytes, Year.now(), limits);
    }

    /** A reader with every parameter given. */
    public RosterCsvReader(long maxBytes, Year currentYear, FieldLimits limits) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.currentYear = currentYear;
        this.limits = limits;
    }

    /**
     * Reads the whole file, sending each valid row and each problem to the sink. A file that is too large or not
     * CSV is reported as one last error where reading stopped; other read failures are thrown.
     * The stream is not closed.
     */
    public ReadSummary read(InputStream in, RosterSink sink) throws IOException {
        CountingSink counting = new CountingSink(sink);
        try {
            Iterator<CSVRecord> records = CsvSource.open(new SizeLimitedInputStream(in, maxBytes)).iterator();
            return counting.summary(readAll(records, counting));
        } catch (UncheckedIOException e) {
            counting.error(stopped(counting.stoppedAt(), e.getCause()));
        } catch (IOException e) {
            counting.error(stopped(counting.stoppedAt(), e));
        }
        return counting.summary(false);
    }

    /** True when the end of the file was reached. */
    private boolean readAll(Iterator<CSVRecord> records, CountingSink sink) {
        if (!records.hasNext()) {
            sink.error(new RowError(1, null, "the file is empty; its first row must name the columns"));
            return true;
        }
        CSVRecord first = records.next();
        sink.nextRow();
        Optional<RosterHeader> header = RosterHeader.read(first, sink::error);
        if (header.isEmpty()) {
            return false;
        }
        RowValidator validator = new RowValidator(header.get(), currentYear, limits);
        while (records.hasNext()) {
            CSVRecord record = records.next();
            long row = sink.nextRow();
            // Excel leaves blank rows in a CSV when lines are deleted; they carry nothing to import.
            if (!record.stream().allMatch(String::isBlank)) {
                validator.check(row, record, sink);
            }
        }
        return true;
    }

    private RowError stopped(long row, IOException cause) throws IOException {
        if (cause instanceof SizeLimitedInputStream.TooLarge) {
            return new RowError(row, null, "file is larger than " + megabytes() + " MB");
        }
        if (cause instanceof CSVException) {
            return new RowError(row, null, notCsv(cause.getMessage()));
        }
        throw cause;
    }

    // The parser's own words count text lines, which differ from spreadsheet rows once a value holds a newline.
    private static String notCsv(String parserMessage) {
        if (parserMessage.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value that starts on this row is never closed";
        }
        if (parserMessage.contains("Invalid character between encapsulated token and delimiter")) {
            return "a quoted value is followed by other text before the next delimiter";
        }
        return "the file cannot be read as CSV from this row on: " + parserMessage;
    }

    private String megabytes() {
        return BigDecimal.valueOf(maxBytes).divide(MEGABYTE, MathContext.DECIMAL64).round(new MathContext(3))
                .stripTrailingZeros().toPlainString();
    }
}
