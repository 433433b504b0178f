package org.cthb.readiness.readiness.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the first sheet of an XLSX file as text with a plain XML parser, so tests need no spreadsheet library. */
public final class XlsxSheet {

    private XlsxSheet() {
    }

    /** Each row's cell texts, in order; cells the file leaves out are empty strings. */
    public static List<List<String>> read(byte[] xlsx) throws Exception {
        Map<String, byte[]> parts = unzip(xlsx);
        List<String> shared = parts.containsKey("xl/sharedStrings.xml")
                ? texts(parse(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si")) : List.of();
        NodeList rows = parse(parts.get("xl/worksheets/sheet1.xml")).getElementsByTagName("row");
        List<List<String>> result = new ArrayList<>();
        for (int r = 0; r < rows.getLength(); r++) {
            List<String> row = new ArrayList<>();
            NodeList cells = ((Element) rows.item(r)).getElementsByTagName("c");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                int column = column(cell.getAttribute("r"));
                while (row.size() < column) {
                    row.add("");
                }
                row.add(value(cell, shared));
            }
            result.add(row);
        }
        return result;
    }

    private static String value(Element cell, List<String> shared) {
        String type = cell.getAttribute("t");
        if (type.equals("inlineStr")) {
            return cell.getElementsByTagName("is").item(0).getTextContent();
        }
        String v = cell.getElementsByTagName("v").getLength() == 0
                ? "" : cell.getElementsByTagName("v").item(0).getTextContent();
        return type.equals("s") ? shared.get(Integer.parseInt(v)) : v;
    }

    private static int column(String reference) {
        int column = 0;
        for (char ch : reference.replaceAll("\\d", "").toCharArray()) {
            column = column * 26 + (ch - 'A' + 1);
        }
        return column - 1;
    }

    private static List<String> texts(NodeList items) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            texts.add(items.item(i).getTextContent());
        }
        return texts;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    // The writer streams its zip with Zip64 data descriptors, which ZipInputStream cannot follow; ZipFile reads the
    // central directory instead, as spreadsheet applications do.
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            Map<String, byte[]> parts = new HashMap<>();
            try (ZipFile zipFile = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zipFile.entries())) {
                    parts.put(entry.getName(), zipFile.getInputStream(entry).readAllBytes());
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
