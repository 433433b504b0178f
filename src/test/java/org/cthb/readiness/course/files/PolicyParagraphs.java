package org.cthb.readiness.course.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of the 2023 NATO policy, read from its published text (a copy of {@code ../shared/sources/} kept in
 * the test resources so the build does not depend on a folder outside the repository): "1".."32" and the guiding
 * principles of paragraph 25 as "25.1".."25.8".
 *
 * <p>The text is the web page as published, whose ordered list restarts at "1." after the sub-list of paragraph 25 and
 * again for the footnotes. So paragraphs are counted in document order rather than trusted by their printed number,
 * and the footnotes are recognised as the numbered items after the last blank separator line (the paragraphs are
 * separated by such lines, the footnotes are a tight list at the end).
 */
final class PolicyParagraphs {

    static final Path POLICY = Path.of("src/test/resources/policy/nato-cthb-policy-2023.txt");
    private static final Pattern TOP = Pattern.compile("^ {2}\\d+\\. (.*)$");
    private static final Pattern SUB = Pattern.compile("^ {4}(\\d+)\\. (.*)$");

    private PolicyParagraphs() {
    }

    /** Paragraph number to its text, in order. */
    static Map<String, String> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(POLICY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int lastSeparator = 0;
        for (int i = 0; i < lines.size(); i++) {
            // the separators are spaces and a no-break space, which isBlank() does not count as blank
            if (!lines.get(i).isEmpty() && lines.get(i).replace('\u00A0', ' ').isBlank()) {
                lastSeparator = i;
            }
        }
        Map<String, String> paragraphs = new LinkedHashMap<>();
        int number = 0;
        for (int i = 0; i < lastSeparator; i++) {
            Matcher top = TOP.matcher(lines.get(i));
            Matcher sub = SUB.matcher(lines.get(i));
            if (top.matches()) {
                number++;
                paragraphs.put(String.valueOf(number), top.group(1));
            } else if (sub.matches() && number > 0) {
                paragraphs.put(number + "." + sub.group(1), sub.group(2));
                paragraphs.merge(String.valueOf(number), " " + sub.group(2), String::concat);
            }
        }
        return paragraphs;
    }
}
