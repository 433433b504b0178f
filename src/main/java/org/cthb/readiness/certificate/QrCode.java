package org.cthb.readiness.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.Map;

/** A QR code as vector squares in a PDF, which stays sharp when printed and costs a few hundred bytes. */
final class QrCode {

    private QrCode() {
    }

    /**
     * One bit per module, no quiet zone. Level M survives a crease or a smudge on a printed certificate while
     * keeping a verification URL at a size phones read from arm's length.
     */
    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + text, e);
        }
    }

    /**
     * Draws the modules in a {@code size} square whose lower-left corner is at ({@code x}, {@code y}); the caller
     * leaves white space around it (the quiet zone). Each run of dark modules in a row is one rectangle.
     */
    static void draw(PdfContentByte canvas, BitMatrix matrix, float x, float y, float size) {
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            float bottom = y + size - (row + 1) * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                canvas.rectangle(x + start * module, bottom, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
