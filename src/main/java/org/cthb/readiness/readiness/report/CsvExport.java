package org.cthb.readiness.readiness.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a table as CSV that Excel opens correctly: UTF-8 with a byte order mark, CRLF, every cell made safe. */
public final class CsvExport {

    // Without the byte order mark, Excel reads UTF-8 as the local code page and mangles accented names.
    private static final char BOM = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvExport() {
    }

    /** Writes the header and the rows to the stream, which stays open. */
    public static void write(List<String> header, Iterable<? extends List<String>> rows, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header.stream().map(SafeCells::text));
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(SafeCells::text));
        }
        printer.flush();
    }
}
