package org.cthb.readiness.course.files;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's reading time, computed from its words rather than typed: {@value #WORDS_PER_MINUTE} words a minute (a
 * careful reading of instructional text in a second language, below the 200–250 of casual reading), rounded up, at
 * least one minute. Both languages show the same figure, that of the longer text, so neither reader is short-changed.
 */
final class ReadingTime {

    static final int WORDS_PER_MINUTE = 180;
    /** A word: letters or digits, joined by an apostrophe or hyphen (l'exploitation, host-nation). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    /** Link and image targets, HTML tags: read by no one. */
    private static final Pattern NOT_READ = Pattern.compile("\\]\\([^)]*\\)|<[^>]*>");

    /** What a lesson file typed as its minutes, and where, to warn when it disagrees. */
    record Typed(String file, int line, Integer minutes) {
    }

    private ReadingTime() {
    }

    static int words(String markdown) {
        Matcher words = WORD.matcher(NOT_READ.matcher(markdown).replaceAll(" "));
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    /** The minutes both languages show: the longer text's words at the stated rate, rounded up. */
    static int minutes(String en, String fr) {
        int words = Math.max(words(en), words(fr));
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** A typed figure is no longer used; one that differs would mislead whoever reads the file. */
    static void warnIfTypedDiffers(Typed typed, int minutes, Problems problems) {
        if (typed != null && typed.minutes() != null && typed.minutes() != minutes) {
            problems.warn(typed.file(), typed.line(), "minutes " + typed.minutes() + " is ignored: the reading time"
                    + " is computed from the word count at " + WORDS_PER_MINUTE + " words a minute, " + minutes
                    + " here; remove the key or make it " + minutes);
        }
    }
}
