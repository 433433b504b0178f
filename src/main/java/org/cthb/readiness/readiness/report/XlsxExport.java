package org.cthb.readiness.readiness.report;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a table as a one-sheet XLSX workbook, streaming rows out, every cell made safe and stored as text. */
public final class XlsxExport {

    // Rows are flushed in batches so a 50,000-person list never sits in memory as a whole.
    private static final int FLUSH_EVERY = 1_000;

    private XlsxExport() {
    }

    /** Writes the header (in bold) and the rows to a sheet of that name; the stream stays open. */
    public static void write(String sheetName, List<String> header, Iterable<? extends List<String>> rows,
                             OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "CTHB Readiness", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        writeRow(sheet, 0, header);
        sheet.range(0, 0, 0, Math.max(0, header.size() - 1)).style().bold().set();
        int r = 1;
        for (List<String> row : rows) {
            if (r >= Worksheet.MAX_ROWS) {
                throw new IllegalArgumentException("a sheet holds at most " + Worksheet.MAX_ROWS + " rows");
            }
            writeRow(sheet, r++, row);
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
    }

    private static void writeRow(Worksheet sheet, int r, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            sheet.value(r, c, SafeCells.text(cells.get(c)));
        }
    }
}
