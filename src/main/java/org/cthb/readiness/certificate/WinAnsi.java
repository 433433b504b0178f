package org.cthb.readiness.certificate;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * Fits text to the Western European character set of the standard PDF fonts. Embedding a Unicode font would cost
 * hundreds of kilobytes per certificate; instead a name like "Łukasz Dąbrowski" prints as "Lukasz Dabrowski" rather
 * than with holes where the letters were.
 */
final class WinAnsi {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** Letters with a stroke, not an accent, so Unicode decomposition does not reduce them to a base letter. */
    private static final Map<Character, String> STROKED = Map.of(
            'Ł', "L", 'ł', "l", 'Đ', "D", 'đ', "d", 'Ħ', "H", 'ħ', "h", 'ı', "i", 'Ŧ', "T", 'ŧ', "t");

    private WinAnsi() {
    }

    static String fit(String text) {
        CharsetEncoder encoder = CP1252.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (encoder.canEncode(c)) {
                out.append(c);
            } else if (STROKED.containsKey(c)) {
                out.append(STROKED.get(c));
            } else {
                out.append(withoutAccents(c, encoder));
            }
        }
        return out.toString();
    }

    private static String withoutAccents(char c, CharsetEncoder encoder) {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && encoder.canEncode(base) ? base : "?";
    }
}
