package org.cthb.readiness.certificate;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.text.Bidi;
import java.util.List;
import java.util.stream.Stream;
import org.cthb.readiness.pdf.EmbeddedFont;
import org.jboss.logging.Logger;

/**
 * The Noto Sans fonts a certificate is printed in, and text split into runs of the font that has its letters.
 * Noto Sans covers Latin (every European language and Vietnamese), Greek and Cyrillic; Noto Sans Arabic, Hebrew,
 * Armenian and Georgian cover the other alphabets of NATO and partner nations. Each is embedded as a subset of the
 * glyphs used (Identity-H), so a certificate costs tens of kilobytes, not megabytes. The fonts and their licence
 * (SIL Open Font License 1.1) are in {@code src/main/resources/fonts}.
 */
final class CertificateFonts {

    private static final Logger LOG = Logger.getLogger(CertificateFonts.class);
    private static final String[] FAMILIES = {"NotoSans", "NotoSansArabic", "NotoSansHebrew", "NotoSansArmenian",
            "NotoSansGeorgian"};
    /** What stands for a letter none of the fonts has: visible, unlike a glyph that is silently left out. */
    private static final int MISSING = 0xFFFD;

    /** The style of a run of text: size in points, bold or not, colour. */
    record Style(float size, boolean bold, Color color) {
    }

    private CertificateFonts() {
    }

    /** Loaded once: each font is parsed when first needed, then shared by every rendering (read-only). */
    private static final class Loaded {
        static final List<BaseFont> REGULAR = load("Regular");
        static final List<BaseFont> BOLD = load("Bold");

        private static List<BaseFont> load(String weight) {
            return Stream.of(FAMILIES).map(family -> EmbeddedFont.load(family + "-" + weight + ".ttf")).toList();
        }
    }

    /**
     * The text as runs of one font each: a character stays in the current run's font when that font has it (so
     * spaces and punctuation between Arabic words stay Arabic), otherwise it takes the first font that has it.
     */
    static Phrase phrase(String text, Style style) {
        List<BaseFont> fonts = style.bold() ? Loaded.BOLD : Loaded.REGULAR;
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        BaseFont current = null;
        for (int cp : text.codePoints().toArray()) {
            BaseFont font = current != null && (current.charExists(cp) || invisible(cp)) ? current : first(fonts, cp);
            if (font == null && invisible(cp)) {
                font = fonts.get(0);
            } else if (font == null) {
                LOG.warnf("no certificate font has U+%04X; printed as U+FFFD", cp);
                font = fonts.get(0);
                cp = MISSING;
            }
            if (font != current && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), new Font(current, style.size(), Font.NORMAL, style.color())));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), new Font(current, style.size(), Font.NORMAL, style.color())));
        }
        return phrase;
    }

    /** The plain font of a style, for text drawn directly on the page rather than laid out. */
    static BaseFont font(Style style) {
        return (style.bold() ? Loaded.BOLD : Loaded.REGULAR).get(0);
    }

    /** Whether the text reads right to left as a whole (its first strong letter is Arabic or Hebrew). */
    static boolean rightToLeft(String text) {
        return !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** Line breaks and format characters (joiners, direction marks) draw nothing: any font carries them. */
    private static boolean invisible(int cp) {
        return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT;
    }

    private static BaseFont first(List<BaseFont> fonts, int cp) {
        for (BaseFont font : fonts) {
            if (font.charExists(cp)) {
                return font;
            }
        }
        return null;
    }
}
