package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final String URL = "https://readiness.example.org/verify?number=7KQ-4XM-9ZT-B2P";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final CertificatePdf.Data DATA = data("Zoé Lefèvre-Ngata", CertificatePdf.Standing.valid(TODAY));

    @Test
    void isASmallOnePagePdf() throws Exception {
        byte[] pdf = CertificatePdf.render(DATA, "en");

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // Only the glyphs used are embedded (subsets), so the file stays small.
        assertThat(pdf.length).isLessThan(80 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void englishCertificateShowsWhoWhatWhenAndItsStatusOnTheDayItWasMade() throws Exception {
        String text = textOf(CertificatePdf.render(DATA, "en"));

        assertThat(text).contains("Certificate of Training", "Zoé Lefèvre-Ngata", "Nation: France",
                "CTHB minimum standard, version 3", "Issued on:", "12 March 2025", "Valid until:", "12 March 2028",
                "Certificate number", "7KQ-4XM-9ZT-B2P", "Status on 7 December 2026: VALID", URL);
    }

    @Test
    void frenchCertificateHasFrenchLabelsAndDates() throws Exception {
        String text = textOf(CertificatePdf.render(DATA, "fr"));

        assertThat(text).contains("Certificat de formation", "Nous certifions que", "Zoé Lefèvre-Ngata",
                "Numéro de certificat", "Délivré le", "Valable jusqu'au", "12 mars 2025", "12 mars 2028",
                "État au 7 décembre 2026 : VALABLE", "7KQ-4XM-9ZT-B2P", URL);
        assertThat(text).doesNotContain("Certificate number", "Issued on", "March");
    }

    @Test
    void namesInEveryScriptOfNatoAndPartnerNationsPrintAsWritten() throws Exception {
        for (String name : new String[] {"Αλέξανδρος Παπαδόπουλος", "Олена Коваленко", "Łukasz Dąbrowski",
                "Şükrü Öztürk", "Nguyễn Thị Minh Khai", "דוד כהן", "Արամ Խաչատրյան", "ნინო ბერიძე"}) {
            byte[] pdf = CertificatePdf.render(data(name, CertificatePdf.Standing.valid(TODAY)), "en");

            String text = textOf(pdf);
            assertThat(text).as(name).contains(name);
            assertThat(text.replace(URL, "")).as(name).doesNotContain("?", "\uFFFD");
        }
    }

    @Test
    void certificatesMadeAtTheSameTimeShareTheFontsWithoutMixingThemUp() throws Exception {
        String[] names = {"Αλέξανδρος Παπαδόπουλος", "Олена Коваленко", "דוד כהן", "Արամ Խաչատրյան",
                "ნინო ბერიძე", "Zoé Lefèvre-Ngata"};
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<byte[]>> pdfs = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = names[i % names.length];
                pdfs.add(pool.submit(() -> CertificatePdf.render(data(name, CertificatePdf.Standing.valid(TODAY)),
                        "en")));
            }
            for (int i = 0; i < pdfs.size(); i++) {
                assertThat(textOf(pdfs.get(i).get())).contains(names[i % names.length]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void arabicNamesAreJoinedAndReadRightToLeft() throws Exception {
        String name = "فاطمة الزهراء";
        byte[] pdf = CertificatePdf.render(data(name, CertificatePdf.Standing.valid(TODAY)), "en");

        String text = textOf(pdf);
        // A reader extracts the joined letters as written: PDFBox puts the visual (right-to-left) glyph order back
        // into reading order and folds the contextual forms back to the letters.
        assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains(name);
        assertThat(text.replace(URL, "")).doesNotContain("?", "\uFFFD");
        // Shaped, not isolated letters: the glyphs drawn are the joining forms (initial, medial, final) of
        // Unicode's Arabic Presentation Forms-B, e.g. the initial form of feh (U+FED3) that begins the name.
        String drawn = rawGlyphText(pdf);
        assertThat(drawn).contains("\uFED3").doesNotContain("\u0641");
        assertThat(fontsUsed(pdf)).anyMatch(font -> font.contains("NotoSansArabic"))
                .anyMatch(font -> font.contains("NotoSans-"));
    }

    @Test
    void aRevokedCertificateSaysSoAndNeverThatItIsValid() throws Exception {
        CertificatePdf.Standing revoked = CertificatePdf.Standing.revoked(TODAY, LocalDate.of(2026, 11, 30),
                "Quiz answers were shared");

        String english = textOf(CertificatePdf.render(data("Олена Коваленко", revoked), "en"));
        assertThat(english).contains("REVOKED on 30 November 2026", "Reason: Quiz answers were shared",
                "Status on 7 December 2026: REVOKED", "Олена Коваленко", URL);
        assertThat(english.toLowerCase()).doesNotContain("valid");

        String french = textOf(CertificatePdf.render(data("Олена Коваленко", revoked), "fr"));
        assertThat(french).contains("RÉVOQUÉ le 30 novembre 2026", "Motif : Quiz answers were shared",
                "État au 7 décembre 2026 : RÉVOQUÉ");
        assertThat(french.toLowerCase()).doesNotContain("valid", "valable");
    }

    @Test
    void anExpiredCertificateSaysSoAndNeverThatItIsValid() throws Exception {
        CertificatePdf.Data expired = new CertificatePdf.Data("7KQ-4XM-9ZT-B2P", "Zoé Lefèvre-Ngata", "France",
                "CTHB minimum standard", 3, LocalDate.of(2023, 3, 12), LocalDate.of(2025, 3, 12), URL,
                CertificatePdf.Standing.expired(TODAY));

        String text = textOf(CertificatePdf.render(expired, "en"));

        assertThat(text).contains("EXPIRED on 12 March 2025", "Status on 7 December 2026: EXPIRED");
        assertThat(text.toLowerCase()).doesNotContain("valid");
    }

    @Test
    void aLongNameAndTheLongestReasonStayOnOnePageAboveTheCode() throws Exception {
        String reason = "Reason ".repeat(CertificateService.REASON_MAX / 7);
        CertificatePdf.Data worst = new CertificatePdf.Data("7KQ-4XM-9ZT-B2P",
                "Maria Fernanda de los Ángeles Rodríguez-Villavicencio y Santa Cruz de la Sierra",
                "Bosnia and Herzegovina", "CTHB minimum standard with a national overlay of a long name", 12,
                LocalDate.of(2025, 3, 12), LocalDate.of(2028, 3, 12), URL,
                CertificatePdf.Standing.revoked(TODAY, LocalDate.of(2026, 11, 30), reason));

        byte[] pdf = CertificatePdf.render(worst, "fr");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        Map<String, float[]> lines = lines(pdf);
        float[] status = line(lines, "État au 7 décembre 2026 : RÉVOQUÉ");
        float[] caption = line(lines, "Scannez le code");
        // Baselines measured from the top: the status line ends above the caption of the code begins.
        assertThat(status[0]).isLessThan(caption[0] - caption[1]);
        assertThat(textOf(pdf)).contains("Motif : Reason Reason", "Reason\u2026");
    }

    @Test
    void theQrCodePrintedOnThePageLeadsToTheLiveVerificationPage() throws Exception {
        CertificatePdf.Standing revoked = CertificatePdf.Standing.revoked(TODAY, TODAY, "Left the service");
        byte[] pdf = CertificatePdf.render(data("Αλέξανδρος Παπαδόπουλος", revoked), "en");

        assertThat(Pdfs.scanQrCode(pdf)).isEqualTo(URL);
    }

    @Test
    void qrCodeDecodesBackToTheVerificationUrl() throws Exception {
        BitMatrix matrix = QrCode.matrix(URL);

        String decoded = Pdfs.decode(render(matrix, 4, 4));

        assertThat(decoded).isEqualTo(URL);
    }

    private static CertificatePdf.Data data(String holder, CertificatePdf.Standing standing) {
        return new CertificatePdf.Data("7KQ-4XM-9ZT-B2P", holder, "France", "CTHB minimum standard", 3,
                LocalDate.of(2025, 3, 12), LocalDate.of(2028, 3, 12), URL, standing);
    }

    private static String textOf(byte[] pdf) throws Exception {
        return Pdfs.text(pdf);
    }

    /** Each printed line's text, with its baseline (from the top of the page) and height in points. */
    private static Map<String, float[]> lines(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, float[]> lines = new java.util.LinkedHashMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    var first = glyphs.get(0);
                    lines.put(text.replace('\u00a0', ' '), new float[] {first.getYDirAdj(), first.getHeightDir()});
                }
            };
            stripper.getText(document);
            return lines;
        }
    }

    private static float[] line(Map<String, float[]> lines, String start) {
        return lines.entrySet().stream().filter(line -> line.getKey().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start + " in " + lines.keySet()))
                .getValue();
    }

    /** The characters of the glyphs exactly as drawn: visual order, contextual forms kept. */
    private static String rawGlyphText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            };
            stripper.getText(document);
            return drawn.toString();
        }
    }

    private static Set<String> fontsUsed(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> names = new HashSet<>();
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                names.add(font.getName());
            }
            return names;
        }
    }

    /** Draws the modules black on white, {@code scale} pixels each, inside a quiet zone of {@code quiet} modules. */
    private static BufferedImage render(BitMatrix matrix, int scale, int quiet) {
        int size = (matrix.getWidth() + 2 * quiet) * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int column = x / scale - quiet;
                int row = y / scale - quiet;
                boolean dark = column >= 0 && row >= 0 && column < matrix.getWidth() && row < matrix.getHeight()
                        && matrix.get(column, row);
                image.getRaster().setSample(x, y, 0, dark ? 0 : 255);
            }
        }
        return image;
    }
}
