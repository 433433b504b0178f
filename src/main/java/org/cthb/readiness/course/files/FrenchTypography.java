package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography as the Imprimerie nationale's rules have it: a non-breaking space (U+00A0, or the narrow U+202F)
 * before ; : ! ? and inside « », so that the sign never starts a line on its own. Addresses, link targets, inline
 * code, clock times and Markdown table rules are left alone.
 */
final class FrenchTypography {

    static final String PREFIX = "French typography: ";
    private static final String NBSP = "\u00A0\u202F";
    /** What is not prose: link and image targets, autolinks, inline code, bare addresses, table rules. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "\\]\\([^)]*\\)|<[^>\\s]+>|`[^`]*`|\\b[a-z][a-z0-9+.-]*://\\S+|(?m)^[ \\t]*\\|?[ \\t]*:?-{3,}[-:| \\t]*$");
    private static final Pattern HIGH_SIGN = Pattern.compile("[;:!?]");

    private FrenchTypography() {
    }

    static void check(List<BilingualText> texts, Problems problems) {
        for (BilingualText text : texts) {
            String prose = masked(text.fr());
            List<Integer> places = new ArrayList<>();
            List<String> what = new ArrayList<>();
            Matcher sign = HIGH_SIGN.matcher(prose);
            while (sign.find()) {
                if (needsSpaceBefore(prose, sign.start())) {
                    places.add(sign.start());
                    what.add("before '" + sign.group() + "'");
                }
            }
            for (int i = 0; i < prose.length(); i++) {
                if (prose.charAt(i) == '«' && !nbspAt(prose, i + 1)) {
                    places.add(i);
                    what.add("after '«'");
                } else if (prose.charAt(i) == '»' && !nbspAt(prose, i - 1)) {
                    places.add(i);
                    what.add("before '»'");
                }
            }
            report(text, prose, places, what, problems);
        }
    }

    /** One finding per line, naming each place by the words around it. */
    private static void report(BilingualText text, String prose, List<Integer> places, List<String> what,
                               Problems problems) {
        java.util.Map<Integer, List<String>> byLine = new java.util.TreeMap<>();
        for (int i = 0; i < places.size(); i++) {
            byLine.computeIfAbsent(text.frLineAt(places.get(i)), l -> new ArrayList<>())
                    .add(what.get(i) + " in \"" + around(prose, places.get(i)) + "\"");
        }
        byLine.forEach((line, found) -> problems.lint(text.frFile(), line, PREFIX + "a non-breaking space (U+00A0 or"
                + " U+202F) goes " + String.join("; ", found)));
    }

    private static boolean needsSpaceBefore(String prose, int at) {
        if (at == 0 || prose.charAt(at - 1) == '\n' || nbspAt(prose, at - 1)) {
            return false;
        }
        char before = prose.charAt(at - 1);
        char sign = prose.charAt(at);
        boolean clock = sign == ':' && Character.isDigit(before) && at + 1 < prose.length()
                && Character.isDigit(prose.charAt(at + 1));
        boolean image = sign == '!' && at + 1 < prose.length() && prose.charAt(at + 1) == '[';
        boolean doubled = "?!;:".indexOf(before) >= 0;
        return !clock && !image && !doubled;
    }

    private static boolean nbspAt(String text, int at) {
        return at >= 0 && at < text.length() && NBSP.indexOf(text.charAt(at)) >= 0;
    }

    /** Masks what is not prose with letters, keeping every offset (and so every line) where it was. */
    static String masked(String text) {
        Matcher matcher = NOT_PROSE.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, 'x');
                }
            }
        }
        return out.toString();
    }

    private static String around(String text, int at) {
        int from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 12);
        int end = text.indexOf('\n', at);
        int to = Math.min(end < 0 ? text.length() : end, at + 3);
        return text.substring(from, to).strip();
    }
}
