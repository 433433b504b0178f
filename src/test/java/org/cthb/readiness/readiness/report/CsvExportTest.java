package org.cthb.readiness.readiness.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export starts with a byte order mark, quotes what needs quoting and neutralises formulas. */
class CsvExportTest {

    static byte[] export(List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(header, rows, out);
        return out.toByteArray();
    }

    static List<List<String>> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void startsWithAByteOrderMarkAndWritesAccentsAsUtf8() throws IOException {
        byte[] bytes = export(List.of("name"), List.of(List.of("Zoë Lefèvre")));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFname\r\nZoë Lefèvre\r\n");
    }

    @Test
    void everyDangerousPrefixIsNeutralisedInHeaderAndRows() throws IOException {
        List<List<String>> rows = Arrays.stream(SafeCellsTest.DANGEROUS).map(value -> List.of(value, "ok")).toList();
        List<List<String>> read = parse(export(List.of("=header", "plain"), rows));
        assertThat(read.get(0)).containsExactly("'=header", "plain");
        for (int i = 0; i < SafeCellsTest.DANGEROUS.length; i++) {
            assertThat(read.get(i + 1)).containsExactly("'" + SafeCellsTest.DANGEROUS[i], "ok");
        }
    }

    @Test
    void ordinaryValuesSurviveARoundTrip() throws IOException {
        List<List<String>> rows = List.of(List.of("Dupont, Jr", "line\nbreak", "say \"hi\""), List.of("", "1990", "x"));
        assertThat(parse(export(List.of("a", "b", "c"), rows))).containsExactly(List.of("a", "b", "c"),
                rows.get(0), rows.get(1));
    }
}
