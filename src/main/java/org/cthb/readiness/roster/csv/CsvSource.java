package org.cthb.readiness.roster.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Opens a roster file as CSV the way spreadsheets save it: UTF-8 with or without a byte order mark, and a comma or,
 * where the decimal separator is a comma (as in French Excel), a semicolon between values.
 */
final class CsvSource {

    private static final int BOM = '\uFEFF';
    // Enough for any sensible header row; the delimiter is guessed from what fits in it.
    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    private CsvSource() {
    }

    /** A parser over every record, the header row included, so row numbers match the spreadsheet's. */
    static CSVParser open(InputStream in) throws IOException {
        // Bytes that are not UTF-8 become U+FFFD, so each one is reported at its own row rather than failing a
        // whole read-ahead buffer at a row nowhere near it.
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        skipByteOrderMark(reader);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(reader))
                .setIgnoreEmptyLines(false)
                .get();
        return CSVParser.parse(reader, format);
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    /** The semicolon when the first line has more of them than commas outside quotes; the comma otherwise. */
    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < HEADER_LOOKAHEAD; i++) {
            int c = reader.read();
            if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }
}
