package org.cthb.readiness.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A certificate PDF read back as a person would: its text, and its QR code scanned off the printed page. */
final class Pdfs {

    private Pdfs() {
    }

    /** The text as a reader copies it: in reading order, one line per printed line, no-break spaces as spaces. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    /** The first page rendered at 150 dpi, as a phone's camera would see a print, and the QR code on it decoded. */
    static String scanQrCode(byte[] pdf) throws IOException, NotFoundException, ChecksumException, FormatException {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
        }
        return decode(page);
    }

    static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
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
