package org.cthb.readiness.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Objects;
import org.cthb.readiness.certificate.CertificateFonts.Style;

/**
 * Renders a certificate as a one-page A4 PDF in English or French, with a QR code of its verification URL. Text is
 * set in embedded Noto Sans subsets (see {@link CertificateFonts}) so that every holder's name prints as written,
 * Arabic and Hebrew right to left with joined letters. A certificate is a snapshot: it prints its status on the day
 * it was downloaded, a revoked or expired one says so in red and never calls itself valid, and the QR code leads to
 * the live status.
 */
public final class CertificatePdf {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RED = new Color(0xB0, 0x1C, 0x1C);
    private static final Style TITLE = new Style(28, true, Color.BLACK);
    private static final Style HOLDER = new Style(22, true, Color.BLACK);
    private static final Style BODY = new Style(12, false, Color.BLACK);
    private static final Style LABEL = new Style(10, false, GREY);
    private static final Style VALUE = new Style(12, true, Color.BLACK);
    private static final Style NUMBER = new Style(30, true, Color.BLACK);
    private static final Style SMALL = new Style(9, false, GREY);
    private static final Style BANNER = new Style(20, true, RED);
    private static final Style REASON = new Style(11, false, RED);
    private static final Style STATUS = new Style(10, true, Color.BLACK);
    private static final Style WATERMARK = new Style(96, true, RED);
    private static final float QR_SIZE = 110;
    /** Where the QR code's lower edge and the top of the verification block (its caption) sit, from the foot. */
    private static final float QR_BOTTOM = 80;
    private static final float FOOT_TOP = QR_BOTTOM + QR_SIZE + 30;
    /** How many characters of a revocation reason are printed when the whole one does not fit. */
    private static final int SHORT_REASON = 160;

    private CertificatePdf() {
    }

    /** What a certificate shows; {@code number} is the display form, e.g. {@code 7KQ-4XM-9ZT-B2C}. */
    public record Data(String number, String holderName, String nationName, String standardName,
            int standardVersion, LocalDate issuedOn, LocalDate expiresOn, String verifyUrl, Standing standing) {

        public Data {
            Objects.requireNonNull(number);
            Objects.requireNonNull(holderName);
            Objects.requireNonNull(nationName);
            Objects.requireNonNull(standardName);
            Objects.requireNonNull(issuedOn);
            Objects.requireNonNull(expiresOn);
            Objects.requireNonNull(verifyUrl);
            Objects.requireNonNull(standing);
        }
    }

    /**
     * The certificate's status on the day the PDF is made ({@code on}); {@code revokedOn} and {@code reason} only
     * when revoked.
     */
    public record Standing(Certificate.Status status, LocalDate on, LocalDate revokedOn, String reason) {

        public Standing {
            Objects.requireNonNull(status);
            Objects.requireNonNull(on);
            if (status == Certificate.Status.REVOKED) {
                Objects.requireNonNull(revokedOn);
                Objects.requireNonNull(reason);
            }
        }

        public static Standing valid(LocalDate on) {
            return new Standing(Certificate.Status.VALID, on, null, null);
        }

        public static Standing expired(LocalDate on) {
            return new Standing(Certificate.Status.EXPIRED, on, null, null);
        }

        public static Standing revoked(LocalDate on, LocalDate revokedOn, String reason) {
            return new Standing(Certificate.Status.REVOKED, on, revokedOn, reason);
        }
    }

    /**
     * The PDF bytes; {@code language} is {@code "fr"} for French, anything else gives English. A revocation reason
     * too long for the page (up to 500 characters are allowed) is shortened with an ellipsis; the verification
     * page shows it in full.
     */
    public static byte[] render(Data data, String language) {
        byte[] whole = render(data, language, false);
        return whole != null ? whole : render(data, language, true);
    }

    /** The PDF, or null when its body does not fit on one page above the QR code and {@code shorten} is false. */
    private static byte[] render(Data data, String language, boolean shorten) {
        CertificateLabels labels = CertificateLabels.forLanguage(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // The bottom margin keeps the flowing text above the verification block drawn at the foot of the page.
        Document document = new Document(PageSize.A4, 56, 56, 64, FOOT_TOP + 12);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            document.addTitle(labels.title() + " " + data.number());
            document.addCreator("CTHB Readiness");
            document.open();
            drawFrame(writer, document);
            if (data.standing().status() == Certificate.Status.REVOKED) {
                drawWatermark(writer, document, labels.revoked());
            }
            drawQrCode(writer, document, labels, data.verifyUrl());
            writeBody(document, data, labels, shorten);
            if (!shorten && writer.getPageNumber() > 1) {
                return null;
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render certificate " + data.number(), e);
        }
        return out.toByteArray();
    }

    private static void writeBody(Document document, Data data, CertificateLabels labels, boolean shorten) {
        Standing standing = data.standing();
        boolean banner = standing.status() != Certificate.Status.VALID;
        document.add(centred(labels.title(), TITLE, banner ? 12 : 36));
        if (standing.status() == Certificate.Status.REVOKED) {
            document.add(centred(labels.happenedOn(standing.status(), standing.revokedOn()), BANNER, 2));
            document.add(centred(labels.colon(labels.reason()) + " " + shortened(standing.reason(), shorten),
                    REASON, 14));
        } else if (standing.status() == Certificate.Status.EXPIRED) {
            document.add(centred(labels.happenedOn(standing.status(), data.expiresOn()), BANNER, 14));
        }
        document.add(centred(labels.certifies(), BODY, banner ? 16 : 28));
        document.add(centred(data.holderName(), HOLDER, 10));
        document.add(centred(labels.colon(labels.nation()) + " " + data.nationName(), BODY, 18));
        document.add(centred(labels.completed(), BODY, 10));
        document.add(centred(data.standardName() + ", " + labels.version() + " " + data.standardVersion(), VALUE,
                banner ? 20 : 30));
        document.add(dates(data, labels));
        document.add(centred(labels.number(), LABEL, 0));
        document.add(centred(data.number(), NUMBER, 8));
        document.add(centred(labels.colon(labels.statusOn() + " " + labels.date(standing.on())) + " "
                + labels.status(standing.status()), STATUS, 0));
    }

    private static String shortened(String reason, boolean shorten) {
        int end = shorten && reason.codePointCount(0, reason.length()) > SHORT_REASON
                ? reason.offsetByCodePoints(0, SHORT_REASON) : reason.length();
        return end < reason.length() ? reason.substring(0, end).stripTrailing() + "\u2026" : reason;
    }

    private static PdfPTable dates(Data data, CertificateLabels labels) {
        String until = switch (data.standing().status()) {
            case VALID -> labels.validUntil();
            case EXPIRED -> labels.expiredOn();
            case REVOKED -> labels.expiryDate();
        };
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(70);
        table.setSpacingAfter(banner(data) ? 16 : 30);
        table.addCell(cell(labels.colon(labels.issuedOn()), LABEL));
        table.addCell(cell(labels.colon(until), LABEL));
        table.addCell(cell(labels.date(data.issuedOn()), VALUE));
        table.addCell(cell(labels.date(data.expiresOn()), VALUE));
        return table;
    }

    private static boolean banner(Data data) {
        return data.standing().status() != Certificate.Status.VALID;
    }

    private static void drawFrame(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        canvas.saveState();
        canvas.setColorStroke(GREY);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.restoreState();
    }

    /**
     * The status across the page, faint, under the text: a revoked certificate stays recognisable as such even
     * when the banner is cut off a printout.
     */
    private static void drawWatermark(PdfWriter writer, Document document, String word) {
        PdfContentByte canvas = writer.getDirectContentUnder();
        Rectangle page = document.getPageSize();
        PdfGState faint = new PdfGState();
        faint.setFillOpacity(0.12f);
        canvas.saveState();
        canvas.setGState(faint);
        canvas.beginText();
        canvas.setFontAndSize(CertificateFonts.font(WATERMARK), WATERMARK.size());
        canvas.setColorFill(WATERMARK.color());
        canvas.showTextAligned(Element.ALIGN_CENTER, word, page.getWidth() / 2, page.getHeight() / 2, 55);
        canvas.endText();
        canvas.restoreState();
    }

    /**
     * The code sits centred near the foot of the page, with what it is for above it and its URL underneath for
     * those who cannot scan.
     */
    private static void drawQrCode(PdfWriter writer, Document document, CertificateLabels labels, String url) {
        float pageWidth = document.getPageSize().getWidth();
        QrCode.draw(writer.getDirectContent(), QrCode.matrix(url), (pageWidth - QR_SIZE) / 2, QR_BOTTOM, QR_SIZE);
        float width = pageWidth - document.leftMargin() - document.rightMargin();
        writeLine(writer, document, labels.verify(), width, FOOT_TOP);
        writeLine(writer, document, url, width, QR_BOTTOM - 4);
    }

    private static void writeLine(PdfWriter writer, Document document, String text, float width, float top) {
        PdfPTable line = new PdfPTable(1);
        line.setTotalWidth(width);
        line.addCell(cell(text, SMALL));
        line.writeSelectedRows(0, -1, document.leftMargin(), top, writer.getDirectContent());
    }

    /** One centred paragraph: a one-cell table, because only cells and columns lay out right-to-left text. */
    private static PdfPTable centred(String text, Style style, float spacingAfter) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(spacingAfter);
        PdfPCell cell = cell(text, style);
        cell.setLeading(0, 1.3f);
        table.addCell(cell);
        return table;
    }

    /**
     * A borderless centred cell. Its run direction makes OpenPDF apply the Unicode bidirectional algorithm and join
     * Arabic letters (into their presentation forms, which Noto Sans Arabic maps); a text whose first letter is
     * Arabic or Hebrew reads right to left as a whole.
     */
    private static PdfPCell cell(String text, Style style) {
        PdfPCell cell = new PdfPCell(CertificateFonts.phrase(text, style));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setRunDirection(CertificateFonts.rightToLeft(text) ? PdfWriter.RUN_DIRECTION_RTL
                : PdfWriter.RUN_DIRECTION_LTR);
        cell.setArabicOptions(ColumnText.AR_LIG);
        cell.setPaddingBottom(4);
        return cell;
    }
}
