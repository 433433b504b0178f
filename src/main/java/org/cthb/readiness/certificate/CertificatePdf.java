package org.cthb.readiness.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Renders a certificate as a one-page A4 PDF in English or French, with a QR code of its verification URL. Only
 * the standard Helvetica fonts are used, which readers have built in, so the file stays at a few kilobytes.
 */
public final class CertificatePdf {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Font TITLE = new Font(Font.HELVETICA, 28, Font.BOLD);
    private static final Font HOLDER = new Font(Font.HELVETICA, 22, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 12, Font.NORMAL);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.NORMAL, GREY);
    private static final Font VALUE = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font NUMBER = new Font(Font.HELVETICA, 30, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, GREY);
    private static final float QR_SIZE = 110;

    private CertificatePdf() {
    }

    /** What a certificate shows; {@code number} is the display form, e.g. {@code 7KQ-4XM-9ZT-B2C}. */
    public record Data(String number, String holderName, String nationName, String standardName,
            int standardVersion, LocalDate issuedOn, LocalDate expiresOn, String verifyUrl) {

        public Data {
            Objects.requireNonNull(number);
            Objects.requireNonNull(holderName);
            Objects.requireNonNull(nationName);
            Objects.requireNonNull(standardName);
            Objects.requireNonNull(issuedOn);
            Objects.requireNonNull(expiresOn);
            Objects.requireNonNull(verifyUrl);
        }
    }

    /** The PDF bytes; {@code language} is {@code "fr"} for French, anything else gives English. */
    public static byte[] render(Data data, String language) {
        CertificateLabels labels = CertificateLabels.forLanguage(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            document.addTitle(labels.title() + " " + data.number());
            document.addCreator("CTHB Readiness");
            document.open();
            drawFrame(writer, document);
            writeBody(document, data, labels);
            drawQrCode(writer, document, labels, data.verifyUrl());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render certificate " + data.number(), e);
        }
        return out.toByteArray();
    }

    private static void writeBody(Document document, Data data, CertificateLabels labels) {
        document.add(centred(labels.title(), TITLE, 36));
        document.add(centred(labels.certifies(), BODY, 28));
        document.add(centred(WinAnsi.fit(data.holderName()), HOLDER, 10));
        document.add(centred(labels.colon(labels.nation()) + " " + WinAnsi.fit(data.nationName()), BODY, 18));
        document.add(centred(labels.completed(), BODY, 10));
        document.add(centred(WinAnsi.fit(data.standardName()) + ", " + labels.version() + " "
                + data.standardVersion(), VALUE, 30));
        document.add(dates(data, labels));
        document.add(centred(labels.number(), LABEL, 0));
        Paragraph number = centred(data.number(), NUMBER, 0);
        number.setLeading(36);
        document.add(number);
    }

    private static PdfPTable dates(Data data, CertificateLabels labels) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(70);
        table.setSpacingAfter(30);
        table.addCell(cell(labels.colon(labels.issuedOn()), LABEL));
        table.addCell(cell(labels.colon(labels.validUntil()), LABEL));
        table.addCell(cell(labels.date(data.issuedOn()), VALUE));
        table.addCell(cell(labels.date(data.expiresOn()), VALUE));
        return table;
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
     * The code sits centred near the foot of the page, with what it is for above it and its URL underneath for
     * those who cannot scan.
     */
    private static void drawQrCode(PdfWriter writer, Document document, CertificateLabels labels, String url) {
        float pageWidth = document.getPageSize().getWidth();
        float qrBottom = document.bottomMargin() + 24;
        QrCode.draw(writer.getDirectContent(), QrCode.matrix(url), (pageWidth - QR_SIZE) / 2, qrBottom, QR_SIZE);
        float width = pageWidth - document.leftMargin() - document.rightMargin();
        writeLine(writer, document, labels.verify(), width, qrBottom + QR_SIZE + 30);
        writeLine(writer, document, url, width, qrBottom - 4);
    }

    private static void writeLine(PdfWriter writer, Document document, String text, float width, float top) {
        PdfPTable line = new PdfPTable(1);
        line.setTotalWidth(width);
        line.addCell(cell(text, SMALL));
        line.writeSelectedRows(0, -1, document.leftMargin(), top, writer.getDirectContent());
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPaddingBottom(4);
        return cell;
    }
}
