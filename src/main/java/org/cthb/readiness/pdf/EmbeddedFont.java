package org.cthb.readiness.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A font shipped in {@code src/main/resources/fonts}, embedded in the PDFs the service prints (certificates, job
 * aids) as a subset of the glyphs used (Identity-H), so that every reader shows the same letters without the font
 * being installed. Callers load each font once and share it: a BaseFont is read-only once created.
 */
public final class EmbeddedFont {

    private EmbeddedFont() {
    }

    /** The font in {@code /fonts/<file>}; a missing file is a broken build, reported as such. */
    public static BaseFont load(String file) {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font resource /fonts/" + file + " is missing from the build");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
