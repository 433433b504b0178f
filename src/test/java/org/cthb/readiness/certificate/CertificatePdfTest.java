package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final String URL = "https://readiness.example.org/verify/7KQ4XM9ZTB2P";
    private static final CertificatePdf.Data DATA = new CertificatePdf.Data("7KQ-4XM-9ZT-B2P", "Zoé Lefèvre-Ngata",
            "France", "CTHB minimum standard", 3, LocalDate.of(2025, 3, 12), LocalDate.of(2028, 3, 12), URL);

    @Test
    void isASmallOnePagePdf() throws Exception {
        byte[] pdf = CertificatePdf.render(DATA, "en");

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isLessThan(60 * 1024);
        assertThat(new PdfReader(pdf).getNumberOfPages()).isEqualTo(1);
    }

    @Test
    void englishCertificateShowsWhoWhatAndWhen() throws Exception {
        String text = textOf(CertificatePdf.render(DATA, "en"));

        assertThat(text).contains("Certificate of Training", "Zoé Lefèvre-Ngata", "Nation: France",
                "CTHB minimum standard, version 3", "Issued on:", "12 March 2025", "Valid until:", "12 March 2028",
                "Certificate number", "7KQ-4XM-9ZT-B2P", URL);
    }

    @Test
    void frenchCertificateHasFrenchLabelsAndDates() throws Exception {
        String text = textOf(CertificatePdf.render(DATA, "fr"));

        assertThat(text).contains("Certificat de formation", "Nous certifions que", "Zoé Lefèvre-Ngata",
                "Numéro de certificat", "Délivré le", "Valable jusqu'au", "12 mars 2025", "12 mars 2028",
                "7KQ-4XM-9ZT-B2P", URL);
        assertThat(text).doesNotContain("Certificate number", "Issued on", "March");
    }

    @Test
    void namesBeyondWesternEuropeanLettersLoseOnlyTheirAccents() throws Exception {
        CertificatePdf.Data polish = new CertificatePdf.Data("7KQ-4XM-9ZT-B2P", "Łukasz Dąbrowski", "Poland",
                "CTHB minimum standard", 3, LocalDate.of(2025, 3, 12), LocalDate.of(2028, 3, 12), URL);

        assertThat(textOf(CertificatePdf.render(polish, "en"))).contains("Lukasz Dabrowski");
        assertThat(WinAnsi.fit("Zoé Øster Şahin 李")).isEqualTo("Zoé Øster Sahin ?");
    }

    @Test
    void qrCodeDecodesBackToTheVerificationUrl() throws Exception {
        BitMatrix matrix = QrCode.matrix(URL);

        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new ImageLuminance(render(matrix, 4, 4))))).getText();

        assertThat(decoded).isEqualTo(URL);
    }

    private static String textOf(byte[] pdf) throws Exception {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replace('\u00a0', ' ');
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

    /** zxing's core has no BufferedImage source (that lives in its javase module), so here is a small one. */
    private static final class ImageLuminance extends LuminanceSource {

        private final BufferedImage image;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            this.image = image;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            for (int x = 0; x < getWidth(); x++) {
                out[x] = (byte) image.getRaster().getSample(x, y, 0);
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            byte[] out = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, out, y * getWidth(), getWidth());
            }
            return out;
        }
    }
}
