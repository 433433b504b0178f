package org.cthb.readiness.course;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.JobAidSections;
import org.cthb.readiness.pdf.EmbeddedFont;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * A role module's job aid as a one-page A4 PDF, in English or French, with the library and the embedded Noto Sans
 * font the certificates use (Latin covers both languages). The page says which language it is in (the catalogue's
 * /Lang, read by screen readers), its sections are printed as headings and bullet lists in the course's order, and
 * the type is set smaller until it fits one page (the validator bounds the text so that it always does).
 */
public final class JobAidPdf {

    private static final float[] BODY_SIZES = {10.5f, 10f, 9.5f, 9f, 8.5f, 8f};
    private static final Color NAVY = new Color(0x0B, 0x2A, 0x4A);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private JobAidPdf() {
    }

    /** Loaded once and shared. */
    private static final class Fonts {
        static final BaseFont REGULAR = EmbeddedFont.load("NotoSans-Regular.ttf");
        static final BaseFont BOLD = EmbeddedFont.load("NotoSans-Bold.ttf");
    }

    /**
     * The PDF bytes.
     *
     * @param subtitle what the job aid belongs to (course, module, version), in {@code language}
     * @param footer   where the paragraph references lead, in {@code language}
     */
    public static byte[] render(CourseContent.JobAid aid, String language, String subtitle, String footer) {
        for (float size : BODY_SIZES) {
            byte[] pdf = render(aid, language, subtitle, footer, size, false);
            if (pdf != null) {
                return pdf;
            }
        }
        return render(aid, language, subtitle, footer, BODY_SIZES[BODY_SIZES.length - 1], true);
    }

    private static byte[] render(CourseContent.JobAid aid, String language, String subtitle, String footer,
                                 float size, boolean last) {
        CourseContent.JobAidText text = aid.in(language);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 48, 48, 44, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            document.addTitle(text.title());
            document.addCreator("CTHB Readiness");
            document.open();
            Paragraph title = new Paragraph(text.title(), new Font(Fonts.BOLD, size + 8, Font.NORMAL, NAVY));
            title.setSpacingAfter(2);
            document.add(title);
            Paragraph sub = new Paragraph(subtitle, new Font(Fonts.REGULAR, size - 1, Font.NORMAL, GREY));
            sub.setSpacingAfter(size);
            document.add(sub);
            for (JobAidSections.Section section : JobAidSections.parse(text.markdown())) {
                Paragraph heading = new Paragraph(section.heading(), new Font(Fonts.BOLD, size + 3, Font.NORMAL,
                        NAVY));
                heading.setSpacingBefore(size * 0.6f);
                heading.setSpacingAfter(size * 0.3f);
                document.add(heading);
                List list = new List(false, size * 1.3f);
                list.setListSymbol(new com.lowagie.text.Chunk("\u2022", new Font(Fonts.REGULAR, size)));
                for (String item : section.items()) {
                    ListItem li = new ListItem(item, new Font(Fonts.REGULAR, size));
                    li.setSpacingAfter(size * 0.25f);
                    list.add(li);
                }
                document.add(list);
            }
            Paragraph foot = new Paragraph(footer, new Font(Fonts.REGULAR, size - 2, Font.NORMAL, GREY));
            foot.setSpacingBefore(size);
            document.add(foot);
            if (!last && writer.getPageNumber() > 1) {
                return null;
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render job aid " + aid.name(), e);
        }
        return out.toByteArray();
    }
}
