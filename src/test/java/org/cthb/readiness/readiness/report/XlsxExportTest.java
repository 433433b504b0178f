package org.cthb.readiness.readiness.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The XLSX export holds the same text as the table, formulas neutralised, read back from the sheet's XML. */
class XlsxExportTest {

    static byte[] export(List<String> header, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write("Readiness", header, rows, out);
        return out.toByteArray();
    }

    @Test
    void everyDangerousPrefixIsNeutralisedInHeaderAndRows() throws Exception {
        List<List<String>> rows = Arrays.stream(SafeCellsTest.DANGEROUS).map(value -> List.of(value, "ok")).toList();
        List<List<String>> sheet = XlsxSheet.read(export(List.of("@header", "plain"), rows));
        assertThat(sheet.get(0)).containsExactly("'@header", "plain");
        for (int i = 0; i < SafeCellsTest.DANGEROUS.length; i++) {
            assertThat(sheet.get(i + 1)).containsExactly("'" + SafeCellsTest.DANGEROUS[i], "ok");
        }
    }

    @Test
    void ordinaryValuesAreWrittenAsTheyAre() throws Exception {
        List<List<String>> rows = List.of(List.of("Zoë Lefèvre", "1990", "a=b"), List.of("O'Brien", "x-y", "<b>&"));
        assertThat(XlsxSheet.read(export(List.of("name", "year", "note"), rows)))
                .containsExactly(List.of("name", "year", "note"), rows.get(0), rows.get(1));
    }

    @Test
    void manyRowsAreAllWritten() throws Exception {
        List<List<String>> rows = IntStream.range(0, 5_000).mapToObj(i -> List.of("P" + i, "=" + i)).toList();
        List<List<String>> sheet = XlsxSheet.read(export(List.of("id", "formula"), rows));
        assertThat(sheet).hasSize(5_001);
        assertThat(sheet.get(5_000)).containsExactly("P4999", "'=4999");
    }
}
