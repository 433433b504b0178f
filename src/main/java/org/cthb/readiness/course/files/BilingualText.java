package org.cthb.readiness.course.files;

/**
 * A text and its translation, with where each is written: a localised YAML field (both in one file) or a lesson
 * body (two files). The checks that compare the languages or read the French work on these.
 *
 * @param enLine the line of the English text (a lesson body's first line)
 * @param frLine the line of the French text
 * @param lines  whether line numbers advance with the text's own lines (a lesson body), or all of it is reported at
 *               frLine (a YAML field, whose folded lines no longer exist once parsed)
 */
record BilingualText(String enFile, int enLine, String en, String frFile, int frLine, String fr, boolean lines) {

    /** The line of the French text where {@code offset} falls. */
    int frLineAt(int offset) {
        if (!lines) {
            return frLine;
        }
        int line = frLine;
        for (int i = 0; i < offset && i < fr.length(); i++) {
            if (fr.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
